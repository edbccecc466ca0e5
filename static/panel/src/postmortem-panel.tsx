/**
 * The post-mortem as the panel shows it once loaded: a header with the post-mortem's status and the
 * save state, the stage list on the left, the chosen stage on the right (or the conflict to resolve),
 * and Previous / Next to walk through the stages in order.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import Button from '@atlaskit/button/new';
import Lozenge from '@atlaskit/lozenge';
import SectionMessage from '@atlaskit/section-message';
import { token } from '@atlaskit/tokens';
import type { PostmortemView } from '../../../src/contract';
import {
  POSTMORTEM_STATUS_LABELS,
  STAGE_IDS,
  STAGE_LABELS,
  stageCompleteness,
  summarizeForIndex,
  type PostmortemDocument,
  type StageCompleteness,
  type StageId,
} from '../../../src/domain/postmortem';
import { ConflictView } from './components/conflict-view';
import { DuplicateTasksNotice } from './components/duplicate-tasks-notice';
import { RepairNotice } from './components/repair-notice';
import { SaveStatusIndicator } from './components/save-status';
import { StageNav } from './components/stage-nav';
import { PanelEnvProvider, type PanelEnv } from './editor/panel-env';
import { usePostmortemEditor, type ChangesKeptIn } from './editor/use-postmortem-editor';
import { useTaskCreation } from './editor/use-task-creation';
import { DOC_SECTION_LABELS } from './model/doc-sections';
import { browserStorage } from './model/draft-store';
import { newId } from './model/new-id';
import { panelCompleteness } from './model/panel-completeness';
import { standingFindings } from './model/standing-findings';
import { withLiveTaskState } from './model/task-view';
import { joinLabels } from './model/words';
import { resolveTimeZone, todayInZone } from './model/zoned-time';
import { lazyPart, PartBoundary, prefetch } from '../../shared/src/lazy-part';

// Each stage's code (with the pickers and selects it uses) loads when the stage is first shown; the
// others are fetched once the browser is idle, so moving on does not wait.
const GatherPart = lazyPart(() => import('./stages/gather-stage'), 'GatherStage');
const TimelinePart = lazyPart(() => import('./stages/timeline-stage'), 'TimelineStage');
const RootCausePart = lazyPart(() => import('./stages/root-cause-stage'), 'RootCauseStage');
const ProbesPart = lazyPart(() => import('./stages/probes-stage'), 'ProbesStage');
const ActionsPart = lazyPart(() => import('./stages/actions-stage'), 'ActionsStage');
const ReviewPart = lazyPart(() => import('./stages/review-stage'), 'ReviewStage');
const FollowThroughPart = lazyPart(() => import('./stages/follow-through-stage'), 'FollowThroughStage');
const STAGE_PARTS = [GatherPart, TimelinePart, RootCausePart, ProbesPart, ActionsPart, ReviewPart, FollowThroughPart];
/** The stage the panel opens on: the follow-through once the review is complete, else the first stage not complete. */
function openingStage(doc: PostmortemDocument, completeness: StageCompleteness): StageId {
  return doc.review.completedAt ? 'follow-through' : STAGE_IDS.find((id) => !completeness[id].complete) ?? 'review';
}

/**
 * Fetches the code of the stage the panel will open on, judged from the post-mortem as stored (a
 * draft kept in this browser may open elsewhere; that stage then loads when shown) and today in this
 * browser's zone, so the first stage does not wait for the panel's first render to be asked for.
 */
export function preloadOpeningStage(view: PostmortemView): void {
  const today = todayInZone(new Date(), resolveTimeZone());
  const doc = withLiveTaskState(view.document, view.actionTasks);
  const completeness = panelCompleteness(stageCompleteness(doc, today, standingFindings(view.findings ?? [], view.document)));
  void STAGE_PARTS[STAGE_IDS.indexOf(openingStage(view.document, completeness))].load().catch(() => undefined);
}

const { Component: GatherStage } = GatherPart;
const { Component: TimelineStage } = TimelinePart;
const { Component: RootCauseStage } = RootCausePart;
const { Component: ProbesStage } = ProbesPart;
const { Component: ActionsStage } = ActionsPart;
const { Component: ReviewStage } = ReviewPart;
const { Component: FollowThroughStage } = FollowThroughPart;

const STATUS_APPEARANCE = { draft: 'default', 'in-progress': 'inprogress', complete: 'success' } as const;

export interface PostmortemPanelProps {
  view: PostmortemView;
  site: string;
  timeZone: string;
  today: string;
}

/** The id of a stage's heading (its StageHeader), which the stage's region is labelled by. */
const stageHeadingId = (id: StageId) => `stage-heading-${id}`;

/** Long enough for a stage's code on a slow network; a wait still going after it is given up. */
const HEADING_WAIT_MS = 15_000;

/** The wait for a stage's heading that Previous/Next started last, so only the newest one focuses. */
let headingWatch: { stop: () => void } | undefined;

/** Stops waiting to focus a stage's heading: another stage was chosen, or the panel is gone. */
function stopHeadingWatch(): void {
  headingWatch?.stop();
  headingWatch = undefined;
}

/**
 * Focuses the new stage's heading once it is in the page: a stage whose code is still loading shows a
 * loading state while the previous stage's content stays in the page, hidden (Suspense), so the focus
 * waits for the new stage's own heading, however long its code takes (a budget of animation frames
 * gave up on a slow load: the browser test that holds the stage's code failed that way), and is
 * watched with a MutationObserver, as animation frames stop while a frame is out of view.
 */
function focusStageHeading(id: StageId): void {
  stopHeadingWatch();
  const focusIfShown = (): boolean => {
    const heading = document.getElementById(stageHeadingId(id));
    if (!heading) return false;
    heading.setAttribute('tabindex', '-1');
    heading.focus();
    return true;
  };
  if (focusIfShown()) return;
  const watch = new MutationObserver(() => {
    if (focusIfShown()) stopHeadingWatch();
  });
  const timer = setTimeout(stopHeadingWatch, HEADING_WAIT_MS);
  watch.observe(document.body, { childList: true, subtree: true });
  headingWatch = { stop: () => { watch.disconnect(); clearTimeout(timer); } };
}

/**
 * Where unsaved changes are while a save fails: in this browser when it keeps the draft; else with
 * the app as of the last try, when the failed save could leave them there; else only in this page
 * (the browser refuses the app's frame its storage, or it is full), so the person must not close it.
 */
function savingProblemAdvice(kind: 'retrying' | 'failed', keptIn: ChangesKeptIn): string {
  const when = kind === 'failed' ? 'are saved with your next change, or when you choose Retry now' : 'are saved when a retry succeeds';
  if (keptIn === 'browser') return `Your changes are kept in this browser and ${when}.`;
  if (keptIn === 'app') return `The app kept a copy of your changes as of the last try, which you get back if you open this incident again; they ${when}.`;
  return `This browser could not keep a copy of your changes, so keep this page open: they ${when}.`;
}

const RESTORED_FROM = {
  browser: 'Changes you made in this browser that weren’t saved yet have been restored.',
  app: 'Changes you made that couldn’t be saved last time have been restored: the app kept them for you.',
} as const;

export function PostmortemPanel({ view, site, timeZone, today }: PostmortemPanelProps) {
  const [tabId] = useState(() => newId('tab'));
  const editor = usePostmortemEditor({ view, site, issueKey: view.incident.key, tabId, storage: browserStorage() });
  const { doc } = editor;
  const tasks = useTaskCreation(editor, view.actionTasks);
  const readOnly = !view.canEdit;
  const judged = useMemo(() => withLiveTaskState(doc, tasks.liveTasks), [doc, tasks.liveTasks]);
  const { findings } = editor;
  const completeness = useMemo(() => panelCompleteness(stageCompleteness(judged, today, findings)), [judged, today, findings]);
  const summary = summarizeForIndex(judged, today);
  const { status } = summary;
  const [stage, setStage] = useState<StageId>(() => openingStage(doc, completeness));
  // The other stages are fetched once the first one shown has loaded, so they do not compete with it.
  const firstStage = useRef(stage);
  useEffect(() => {
    let live = true;
    void STAGE_PARTS[STAGE_IDS.indexOf(firstStage.current)].load().then(() => { if (live) prefetch(STAGE_PARTS); }, () => undefined);
    return () => { live = false; };
  }, []);
  useEffect(() => stopHeadingWatch, []);

  const env: PanelEnv = useMemo(() => ({
    timeZone, today, readOnly, incident: view.incident, people: view.people, siteUrl: view.incident.siteUrl ?? '',
  }), [timeZone, today, readOnly, view.incident, view.people]);

  const navItems = STAGE_IDS.map((id) => ({ id, label: STAGE_LABELS[id], complete: completeness[id].complete, missing: completeness[id].missing }));
  const doneCount = navItems.filter((s) => s.complete).length;
  const index = STAGE_IDS.indexOf(stage);
  const headingId = stageHeadingId(stage);
  const go = (id: StageId, focus: boolean) => {
    setStage(id);
    stopHeadingWatch();
    if (!focus) return;
    // Previous / Next move focus to the new stage's heading, so keyboard and screen-reader users land on it.
    focusStageHeading(id);
  };
  const stageProps = { doc, update: editor.update, state: completeness[stage], headingId };

  return (
    <PanelEnvProvider value={env}>
      <div data-testid="postmortem-panel" data-read-only={readOnly} data-revision={view.revision}>
        <header style={{ display: 'flex', alignItems: 'center', gap: token('space.100'), flexWrap: 'wrap', paddingBlockEnd: token('space.100'), borderBlockEnd: `1px solid ${token('color.border')}`, marginBlockEnd: token('space.150') }}>
          <span style={{ fontWeight: token('font.weight.semibold') }}>Post-mortem</span>
          <span data-testid="postmortem-status"><Lozenge appearance={STATUS_APPEARANCE[status]}>{POSTMORTEM_STATUS_LABELS[status]}</Lozenge></span>
          {/* Once complete, what is left is the follow-through, not stages ("Complete · 6 of 7 stages complete" read as unfinished). */}
          <span data-testid="header-progress" style={{ color: token('color.text.subtle') }}>
            {status === 'complete'
              ? `Follow-through: ${summary.doneActions} of ${doc.actionItems.length} action item${doc.actionItems.length === 1 ? '' : 's'} done`
              : `${doneCount} of ${STAGE_IDS.length} stages complete`}
          </span>
          <span style={{ flex: 1 }} />
          <SaveStatusIndicator status={editor.status} readOnly={readOnly} neverSaved={editor.doc.revision === 0} onRetry={editor.retryNow} />
        </header>

        {readOnly ? (
          <div style={{ marginBlockEnd: token('space.150') }} data-testid="read-only-notice">
            <SectionMessage appearance="information">
              <p>You can read this post-mortem. To change it you need permission to edit this issue; ask a project admin.</p>
            </SectionMessage>
          </div>
        ) : null}
        {view.repairs.length > 0 ? <RepairNotice repairs={view.repairs} readOnly={readOnly} /> : null}
        {view.duplicateTasks.length > 0 ? <DuplicateTasksNotice duplicates={view.duplicateTasks} doc={doc} /> : null}
        {!readOnly && view.revision === 0 && !editor.restoredDraft && doc === view.document ? (
          <div style={{ marginBlockEnd: token('space.150') }} data-testid="empty-notice">
            <SectionMessage appearance="discovery" title="No post-mortem yet">
              <p>Start with Gather and work through the stages; everything is saved as you type, and anyone who can edit this incident can join in.</p>
            </SectionMessage>
          </div>
        ) : null}
        {editor.restoredDraft && editor.status.kind !== 'conflict' ? (
          <div style={{ marginBlockEnd: token('space.150') }} data-testid="restored-notice">
            <SectionMessage appearance="information"><p>{RESTORED_FROM[editor.restoredDraft]}</p></SectionMessage>
          </div>
        ) : null}
        {editor.mergedSections.length > 0 && editor.status.kind !== 'conflict' ? (
          <div style={{ marginBlockEnd: token('space.150') }} data-testid="merged-notice" role="status">
            <SectionMessage appearance="information">
              <p>{editor.mergedBy ?? 'Someone else'} saved changes to {joinLabels(editor.mergedSections.map((s) => DOC_SECTION_LABELS[s]))} while you were editing. Their changes and yours are both kept.</p>
            </SectionMessage>
          </div>
        ) : null}
        {editor.status.kind === 'retrying' || editor.status.kind === 'failed' ? (
          <div style={{ marginBlockEnd: token('space.150') }} data-testid="save-problem">
            <SectionMessage appearance={editor.status.kind === 'failed' ? 'error' : 'warning'}
              title={editor.status.kind === 'failed' ? 'Your changes couldn’t be saved' : 'Saving is taking longer — retrying'}>
              <p>{editor.status.message} {savingProblemAdvice(editor.status.kind, editor.changesKeptIn)}</p>
            </SectionMessage>
          </div>
        ) : null}

        <div style={{ display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', gap: token('space.200') }}>
          <StageNav stages={navItems} current={stage} onSelect={(id) => go(id, false)} />
          <main aria-labelledby={editor.conflict ? undefined : headingId} aria-label={editor.conflict ? 'Resolve conflicting changes' : undefined}
            data-testid={`stage-${stage}`} style={{ minWidth: 0 }}>
            {editor.conflict ? <ConflictView conflict={editor.conflict} onResolve={editor.resolveConflict} keptIn={editor.changesKeptIn} /> : (
              <>
                <PartBoundary label={`Loading ${STAGE_LABELS[stage]}…`}>
                {stage === 'gather' ? <GatherStage {...stageProps} /> : null}
                {stage === 'timeline' ? <TimelineStage {...stageProps} suggestions={view.timelineSuggestions} /> : null}
                {stage === 'root-cause' ? <RootCauseStage {...stageProps} /> : null}
                {stage === 'probes' ? <ProbesStage {...stageProps} /> : null}
                {stage === 'actions' ? <ActionsStage {...stageProps} tasks={tasks} /> : null}
                {stage === 'review' ? <ReviewStage {...stageProps} findings={findings} completeness={completeness} onComplete={editor.complete} /> : null}
                {stage === 'follow-through' ? <FollowThroughStage {...stageProps} liveTasks={tasks.liveTasks} /> : null}
                </PartBoundary>
                <nav aria-label="Stage steps" style={{ display: 'flex', gap: token('space.100'), borderBlockStart: `1px solid ${token('color.border')}`, paddingBlockStart: token('space.150'), marginBlockStart: token('space.200') }}>
                  {index > 0 ? <Button onClick={() => go(STAGE_IDS[index - 1], true)}>Previous: {STAGE_LABELS[STAGE_IDS[index - 1]]}</Button> : null}
                  <span style={{ flex: 1 }} />
                  {index < STAGE_IDS.length - 1 ? <Button appearance="primary" onClick={() => go(STAGE_IDS[index + 1], true)}>Next: {STAGE_LABELS[STAGE_IDS[index + 1]]}</Button> : null}
                </nav>
              </>
            )}
          </main>
        </div>
      </div>
    </PanelEnvProvider>
  );
}
