/**
 * Stage 5, Action items: specific, owned and time-bound. Each item has a title, a type, an owner
 * (a person who can be assigned in the project), a due date that starts 4 weeks out for High and
 * Highest priority and 8 weeks otherwise (and follows the priority until someone picks a date), a
 * priority and a description. The week counts come from the project's settings
 * (getActionItemDefaults). An item that already has its Jira task shows it.
 */
import { useMemo } from 'react';
import Button from '@atlaskit/button/new';
import { token } from '@atlaskit/tokens';
import {
  ACTION_ITEM_PRIORITIES,
  ACTION_ITEM_TYPE_LABELS,
  ACTION_ITEM_TYPES,
  actionItemMissing,
  type ActionItem,
  type ActionItemPriority,
} from '../../../../src/domain/postmortem';
import { ItemCard } from '../components/item-card';
import { StageHeader } from '../components/stage-header';
import { usePanelEnv } from '../editor/panel-env';
import { DateInput } from '../fields/date-input';
import { SelectInput } from '../fields/select-input';
import { TextAreaInput } from '../fields/text-area-input';
import { TextInput } from '../fields/text-input';
import { DEFAULT_DUE_WEEKS, defaultDueDate, dueDateAfterPriorityChange, type DueDateDefaults } from '../model/due-date';
import { newId } from '../model/new-id';
import { useInvoke } from '../../../shared/src/use-invoke';
import { searchAssignablePeople, type UserSearch } from '../people/assignable-user-search';
import { UserPicker } from '../people/user-picker';
import type { StageProps } from './stage-props';
import { TaskStatus } from './task-status';

const priorityLabel = (p: ActionItemPriority) => p;
const NO_PAYLOAD = {};

function isPriority(name: string | null): name is ActionItemPriority {
  return name !== null && (ACTION_ITEM_PRIORITIES as readonly string[]).includes(name);
}

function ActionItemCard({ item, position, search, weeks, onChange, onRemove }: {
  item: ActionItem; position: number; search: UserSearch; weeks: DueDateDefaults; onChange: (patch: Partial<ActionItem>) => void; onRemove: () => void;
}) {
  const { readOnly, today } = usePanelEnv();
  const missing = actionItemMissing(item, position, today);
  const titleId = `${item.id}-title`;
  const owner = item.ownerAccountId ? { accountId: item.ownerAccountId, displayName: item.ownerDisplayName ?? item.ownerAccountId } : null;
  const pastDue = Boolean(item.dueDate && item.dueDate < today && !item.taskKey);
  return (
    <ItemCard
      testId="action-item"
      labelledBy={titleId}
      title={<span id={titleId}>Action item {position}{item.title.trim() ? `: ${item.title}` : ''}</span>}
      actions={readOnly ? null : <Button spacing="compact" appearance="subtle" aria-label={`Remove action item ${position}`} onClick={onRemove}>Remove</Button>}
    >
      {item.taskKey || item.createError ? <div style={{ marginBlockEnd: token('space.100') }}>Task: <TaskStatus item={item} /></div> : null}
      <TextInput label={`Action item ${position} title`} value={item.title} onChange={(title) => onChange({ title })}
        placeholder="e.g. Add a regression test for card payments with 3-D Secure" />
      <div style={{ display: 'grid', gridTemplateColumns: 'minmax(0, 1.2fr) minmax(0, 1fr)', columnGap: token('space.150') }}>
        <SelectInput label="Type" value={item.type} options={ACTION_ITEM_TYPES} labels={ACTION_ITEM_TYPE_LABELS} onChange={(type) => onChange({ type })} />
        <UserPicker label="Owner" value={owner} search={search}
          onChange={(person) => onChange(person ? { ownerAccountId: person.accountId, ownerDisplayName: person.displayName } : { ownerAccountId: null, ownerDisplayName: undefined })} />
        <SelectInput label="Priority" value={item.priority} options={ACTION_ITEM_PRIORITIES} labels={priorityLabel}
          onChange={(priority) => { if (priority) onChange({ priority, dueDate: dueDateAfterPriorityChange(item.dueDate, item.priority, priority, today, weeks) }); }} />
        <DateInput label="Due date" value={item.dueDate} minDate={today} onChange={(dueDate) => onChange({ dueDate })}
          error={!item.dueDate ? 'A due date is required' : pastDue ? 'The due date is in the past' : null}
          helper={`${weeks.highWeeks} weeks for High and Highest priority, ${weeks.otherWeeks} weeks otherwise`} />
      </div>
      <TextAreaInput label={`Action item ${position} description`} value={item.description} onChange={(description) => onChange({ description })}
        placeholder="What done looks like, and how it will be checked" />
      {missing.length > 0 && !readOnly ? (
        <p style={{ margin: `0 0 ${token('space.100')}`, color: token('color.text.subtle'), font: token('font.body.small') }}>
          Still to do: {missing.map((m) => m.replace(`Action item ${position} `, '')).join('; ')}
        </p>
      ) : null}
    </ItemCard>
  );
}

export function ActionsStage({ doc, update, state, headingId }: StageProps) {
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

  return (
    <div>
      <StageHeader id={headingId} title="Action items" complete={state.complete} missing={state.missing}
        intro="Specific, owned and time-bound work that stops this from happening again. Each becomes a Jira task assigned to its owner." />
      {doc.actionItems.length === 0 ? <p style={{ color: token('color.text.subtle') }}>No action items yet.</p> : null}
      {doc.actionItems.map((item, i) => (
        <ActionItemCard key={item.id} item={item} position={i + 1} search={searchAssignablePeople} weeks={weeks}
          onChange={(patch) => setItems((items) => items.map((x) => (x.id === item.id ? { ...x, ...patch } : x)))}
          onRemove={() => setItems((items) => items.filter((x) => x.id !== item.id))} />
      ))}
      {readOnly ? null : <Button onClick={add}>Add action item</Button>}
    </div>
  );
}
