/**
 * Stage 5, Action items: specific, owned and time-bound. Each item has a title, a type, an owner
 * (a person who can be assigned in the project), a due date that starts 4 weeks out for High and
 * Highest priority and 8 weeks otherwise (and follows the priority until someone picks a date), a
 * priority and a description. The week counts come from the project's settings
 * (getActionItemDefaults). "Create tasks" makes their Jira tasks (issue 4); an item with a task
 * shows it live, and where the item and its task differ (edited here or in Jira) says so per field;
 * "Update tasks in Jira" writes the items' title, owner, due date, priority and description to them.
 */
import { useMemo } from 'react';
import Button from '@atlaskit/button/new';
import { token } from '@atlaskit/tokens';
import type { ActionItemCreateOutcome, ActionItemProblem, ActionTaskStatus, TaskUpdateOutcome } from '../../../../src/contract';
import type { TaskFieldDrift } from '../../../../src/domain/actions/task-drift';
import { ACTION_ITEM_FIELDS, type ActionItemField } from '../../../../src/contracts/vocabulary';
import {
  ACTION_ITEM_PRIORITIES,
  ACTION_ITEM_TYPE_LABELS,
  ACTION_ITEM_TYPES,
  actionItemMissing,
  type ActionItem,
  type ActionItemPriority,
  type WatchedFigure,
} from '../../../../src/domain/postmortem';
import { WatchFields } from '../tasks/watch-fields';
import { ItemCard } from '../components/item-card';
import { StageHeader } from '../components/stage-header';
import { usePanelEnv } from '../editor/panel-env';
import type { TaskCreation } from '../editor/use-task-creation';
import { DateInput } from '../fields/date-input';
import { SelectInput } from '../fields/select-input';
import { TextAreaInput } from '../fields/text-area-input';
import { TextInput } from '../fields/text-input';
import { DEFAULT_DUE_WEEKS, defaultDueDate, dueDateAfterPriorityChange, type DueDateDefaults } from '../model/due-date';
import { newId } from '../model/new-id';
import { problemOn } from '../model/task-creation';
import { taskViewOf, type TaskView } from '../model/task-view';
import { useInvoke } from '../../../shared/src/use-invoke';
import { searchAssignablePeople, type UserSearch } from '../people/assignable-user-search';
import { UserPicker } from '../people/user-picker';
import { CreateTasksBar } from '../tasks/create-tasks-bar';
import { ItemOutcome } from '../tasks/item-outcome';
import { TaskDriftNotice, UpdateTasksBar, driftOf } from '../tasks/task-drift-notice';
import { TaskState } from '../tasks/task-state';
import type { StageProps } from './stage-props';

const priorityLabel = (p: ActionItemPriority) => p;
const NO_PAYLOAD = {};

/** The checked fields each kind of edit touches, so their problems from the last run are cleared. */
const FIELDS_OF_PATCH: Partial<Record<keyof ActionItem, ActionItemField>> = {
  title: 'title', type: 'type', ownerAccountId: 'owner', dueDate: 'dueDate',
};

function isPriority(name: string | null): name is ActionItemPriority {
  return name !== null && (ACTION_ITEM_PRIORITIES as readonly string[]).includes(name);
}

interface ActionItemCardProps {
  item: ActionItem;
  position: number;
  search: UserSearch;
  weeks: DueDateDefaults;
  task: TaskView | null;
  outcome: ActionItemCreateOutcome | undefined;
  problems: ActionItemProblem[] | undefined;
  live: ActionTaskStatus | undefined;
  drift: TaskFieldDrift[];
  update: TaskUpdateOutcome | undefined;
  /** The project's targets, which a Metric monitoring item's watch starts from. */
  targets: Record<WatchedFigure, number> | null;
  onChange: (patch: Partial<ActionItem>) => void;
  onRemove: () => void;
}

function ActionItemCard({ item, position, search, weeks, task, outcome, problems, live, drift, update, targets, onChange, onRemove }: ActionItemCardProps) {
  const { readOnly, today } = usePanelEnv();
  const missing = actionItemMissing(item, position, today);
  const titleId = `${item.id}-title`;
  const owner = item.ownerAccountId ? { accountId: item.ownerAccountId, displayName: item.ownerDisplayName ?? item.ownerAccountId } : null;
  const pastDue = Boolean(item.dueDate && item.dueDate < today && !item.taskKey);
  const dueError = problemOn(problems, 'dueDate') ?? (!item.dueDate ? 'A due date is required' : pastDue ? 'The due date is in the past' : null);
  return (
    <ItemCard
      testId="action-item"
      labelledBy={titleId}
      title={<span id={titleId}>Action item {position}{item.title.trim() ? `: ${item.title}` : ''}</span>}
      actions={readOnly ? null : <Button spacing="compact" appearance="subtle" aria-label={`Remove action item ${position}`} onClick={onRemove}>Remove</Button>}
    >
      <div data-testid="action-item-task" data-task-key={task?.key ?? ''}>
        {task ? <div style={{ marginBlockEnd: token('space.100') }}><TaskState task={task} /></div> : null}
        <ItemOutcome outcome={outcome} storedError={task ? undefined : item.createError} shownKey={task?.key ?? null} />
      </div>
      {live ? <TaskDriftNotice item={item} live={live} drift={drift} outcome={update} onTake={onChange} /> : null}
      <TextInput label={`Action item ${position} title`} value={item.title} onChange={(title) => onChange({ title })}
        error={problemOn(problems, 'title')} placeholder="e.g. Add a regression test for card payments with 3-D Secure" />
      <div style={{ display: 'grid', gridTemplateColumns: 'minmax(0, 1.2fr) minmax(0, 1fr)', columnGap: token('space.150') }}>
        <SelectInput label="Type" value={item.type} options={ACTION_ITEM_TYPES} labels={ACTION_ITEM_TYPE_LABELS} onChange={(type) => onChange({ type })}
          error={problemOn(problems, 'type')} helper={task && !readOnly ? `Not copied to ${task.key}: its labels stay as created` : undefined} />
        <UserPicker label="Owner" value={owner} search={search} error={problemOn(problems, 'owner')}
          onChange={(person) => onChange(person ? { ownerAccountId: person.accountId, ownerDisplayName: person.displayName } : { ownerAccountId: null, ownerDisplayName: undefined })} />
        <SelectInput label="Priority" value={item.priority} options={ACTION_ITEM_PRIORITIES} labels={priorityLabel}
          onChange={(priority) => {
            if (!priority) return;
            onChange(task ? { priority } : { priority, dueDate: dueDateAfterPriorityChange(item.dueDate, item.priority, priority, today, weeks) });
          }} />
        <DateInput label="Due date" value={item.dueDate} minDate={today} onChange={(dueDate) => onChange({ dueDate })}
          error={dueError} helper={task ? undefined : `${weeks.highWeeks} weeks for High and Highest priority, ${weeks.otherWeeks} weeks otherwise`} />
      </div>
      {item.type === 'metric-monitoring' ? (
        <WatchFields position={position} watch={item.watch} targets={targets} onChange={(watch) => onChange({ watch })} />
      ) : null}
      <TextAreaInput label={`Action item ${position} description`} value={item.description} onChange={(description) => onChange({ description })}
        placeholder="What done looks like, and how it will be checked"
        helper={task && !readOnly ? `Written to ${task.key}'s description when you update the tasks` : undefined} />
      {missing.length > 0 && !readOnly ? (
        <p style={{ margin: `0 0 ${token('space.100')}`, color: token('color.text.subtle'), font: token('font.body.small') }}>
          Still to do: {missing.map((m) => m.replace(`Action item ${position} `, '')).join('; ')}
        </p>
      ) : null}
    </ItemCard>
  );
}

export interface ActionsStageProps extends StageProps {
  tasks: TaskCreation;
}

export function ActionsStage({ doc, update, state, headingId, tasks }: ActionsStageProps) {
  const { readOnly, today, incident } = usePanelEnv();
  const defaults = useInvoke('getActionItemDefaults', NO_PAYLOAD, { enabled: !readOnly });
  const projectWeeks = defaults.data?.dueDateWeeks;
  const weeks = useMemo<DueDateDefaults>(
    () => (projectWeeks ? { highWeeks: projectWeeks.high, otherWeeks: projectWeeks.other } : DEFAULT_DUE_WEEKS),
    [projectWeeks],
  );
  const setItems = (change: (items: ActionItem[]) => ActionItem[]) => update((d) => ({ ...d, actionItems: change(d.actionItems) }));
  const add = () => {
    const priority: ActionItemPriority = isPriority(incident.priority) ? incident.priority : 'Medium';
    setItems((items) => [...items, {
      id: newId('action'), title: '', type: null, ownerAccountId: null, dueDate: defaultDueDate(priority, today, weeks), priority, description: '',
    }]);
  };
  const pending = doc.actionItems.filter((item) => !item.taskKey).length;
  const differing = doc.actionItems.filter((item) => driftOf(item, tasks.liveTasks[item.id]).length > 0).length;
  const change = (item: ActionItem, patch: Partial<ActionItem>) => {
    setItems((items) => items.map((x) => (x.id === item.id ? { ...x, ...patch } : x)));
    tasks.clearProblems(item.id, Object.keys(patch).flatMap((key) => FIELDS_OF_PATCH[key as keyof ActionItem] ?? []));
  };
  const destination = defaults.data ? `${defaults.data.issueType} in ${defaults.data.targetProjectKey}` : null;
  const refusal = readOnly ? `You can read this post-mortem but not create its tasks: that needs permission to edit ${incident.key}.` : null;

  return (
    <div>
      <StageHeader id={headingId} title="Action items" complete={state.complete} missing={state.missing}
        intro="Specific, owned and time-bound work that stops this from happening again. Each becomes a Jira task assigned to its owner." />
      {doc.actionItems.length === 0 ? <p style={{ color: token('color.text.subtle') }}>No action items yet.</p> : null}
      {doc.actionItems.map((item, i) => (
        <ActionItemCard key={item.id} item={item} position={i + 1} search={searchAssignablePeople} weeks={weeks}
          task={taskViewOf(item, tasks.liveTasks, today)} outcome={tasks.run.outcomes[item.id]} problems={tasks.run.problems[item.id]}
          live={item.taskKey ? tasks.liveTasks[item.id] : undefined} drift={driftOf(item, tasks.liveTasks[item.id])} update={tasks.updateRun.results[item.id]}
          targets={defaults.data?.targets ?? null}
          onChange={(patch) => change(item, patch)}
          onRemove={() => {
            setItems((items) => items.filter((x) => x.id !== item.id));
            // A removed item's problems are gone with it.
            tasks.clearProblems(item.id, ACTION_ITEM_FIELDS);
          }} />
      ))}
      {readOnly ? null : <Button onClick={add}>Add action item</Button>}
      <UpdateTasksBar differing={differing} busy={tasks.busy} phase={tasks.updateRun.phase} message={tasks.updateRun.message}
        updated={Object.values(tasks.updateRun.results).filter((r) => r.status === 'updated').length} onUpdate={() => { void tasks.updateTasks(); }} />
      <CreateTasksBar run={tasks.run} busy={tasks.busy} pending={pending} total={doc.actionItems.length} refusal={refusal}
        destination={destination} onCreate={() => { void tasks.start(); }} />
    </div>
  );
}
