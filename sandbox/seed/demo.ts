/**
 * The "demo" seed: the issues the sandbox imports on top of base.ts so that `npm start` shows a
 * lived-in QA project. Three incidents at different post-mortem stages (finished, in progress, just
 * detected), each linked to the defects behind it; about 330 bugs over the last twelve months with
 * Jira-shaped status histories (some escaped to production, some reopened, some closed with an
 * invalid resolution), with Payments leaking most and every component improving release by release;
 * and the stories and tasks they relate to.
 *
 * Output is the sandbox import format (../emulator/import-format.ts). Every time is an offset from
 * `now` (rounded down to the minute) and every choice comes from a seeded PRNG, so one `now` always
 * gives the same issues, and keys, statuses and proportions are the same whatever `now` is.
 * Descriptions and comments are ADF built with @atlaskit/adf-utils, as Jira stores them.
 */
import { doc, paragraph, text } from '@atlaskit/adf-utils/builders';
import type {
  ImportChangeItem, ImportComment, ImportHistory, ImportIssue, ImportLink,
} from '../emulator/import-format';
import { PRIORITIES, RESOLUTIONS, STATUS, STATUSES, USERS, qaVersions } from './base';
import { withDemoPostmortems } from './demo-postmortems';
import { DEMO_REQUIREMENTS, DEMO_TEST_EXECUTIONS, DEMO_TEST_PLANS, RELEASED_DAYS_AGO, TEST_ASPECTS, type DemoTestExecution } from './demo-requirements';

/** The demo incidents by post-mortem role. */
export const DEMO_INCIDENTS = { completed: 'QA-1', inProgress: 'QA-2', fresh: 'QA-3' } as const;

/** Incidents someone already opened the post-mortem panel on (pressed its quick-add button); the fresh one has not. */
export const DEMO_ISSUES_WITH_PANEL: readonly string[] = [DEMO_INCIDENTS.completed, DEMO_INCIDENTS.inProgress];

/** The label the demo marks escaped defects with (the default escaped-defect rule). */
export const DEMO_ESCAPED_LABEL = 'found-in-production';

const PROJECT_KEY = 'QA';
const GENERATED_BUG_COUNT = 318;
/** Picked so the small per-release samples show the intended trends clearly; any seed gives valid data. */
const SEED = 29;

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

type Person = keyof typeof USERS;
type Worker = 'alice' | 'bob' | 'carol';
type StatusKey = keyof typeof STATUS;
type ComponentName = 'Checkout' | 'Payments' | 'Search' | 'Accounts';
type PriorityName = 'Highest' | 'High' | 'Medium' | 'Low' | 'Lowest';
type ResolutionName = 'Done' | 'Fixed' | "Won't Do" | 'Duplicate' | 'Cannot Reproduce' | 'Not a Bug';
type IssueTypeName = 'Incident' | 'Bug' | 'Story' | 'Task' | 'Test' | 'Test Execution' | 'Test Plan';
type Adf = ReturnType<typeof doc>;

const WORKERS: readonly Worker[] = ['alice', 'bob', 'carol'];
const INVALID_RESOLUTIONS: readonly ResolutionName[] = ['Duplicate', "Won't Do", 'Cannot Reproduce', 'Not a Bug'];

// ---------------------------------------------------------------------------------------------
// Deterministic randomness
// ---------------------------------------------------------------------------------------------

/** mulberry32: a small, fast PRNG; good enough for demo data and identical on every platform. */
class Dice {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  }

  between(min: number, max: number): number {
    return min + (max - min) * this.next();
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  weighted<T extends string>(weights: Readonly<Partial<Record<T, number>>>): T {
    const entries = Object.entries(weights) as [T, number][];
    const total = entries.reduce((sum, [, w]) => sum + w, 0);
    let roll = this.next() * total;
    for (const [value, weight] of entries) {
      roll -= weight;
      if (roll < 0) return value;
    }
    return entries[entries.length - 1][0];
  }
}

/**
 * Yes/no outcomes whose share per group follows the probability closely even over a few dozen
 * draws (error diffusion with a jittered threshold), so per-component and per-release trends show
 * the intended shape instead of sampling noise.
 */
class Quota {
  private readonly carry = new Map<string, number>();

  constructor(private readonly dice: Dice) {}

  take(group: string, probability: number): boolean {
    const carry = (this.carry.get(group) ?? this.dice.between(0, 0.5)) + probability;
    const yes = carry >= this.dice.between(0.75, 1.25);
    this.carry.set(group, yes ? carry - 1 : carry);
    return yes;
  }
}

// ---------------------------------------------------------------------------------------------
// What an issue is planned as, before it is rendered into the import format
// ---------------------------------------------------------------------------------------------

interface StatusStep { at: number; to: StatusKey; author: Worker; resolution?: ResolutionName }
interface FieldChange { at: number; author: Person; items: ImportChangeItem[] }
interface CommentPlan { at: number; author: Person; body: string }

interface IssuePlan {
  key: string;
  type: IssueTypeName;
  summary: string;
  description: Adf;
  created: number;
  components: ComponentName[];
  priority: PriorityName;
  labels: string[];
  reporter: Person;
  assignee: Worker | null;
  /** Status transitions after creation, oldest first; the issue starts in To Do. */
  steps: StatusStep[];
  /** Other changelog entries (priority, assignee). */
  changes: FieldChange[];
  comments: CommentPlan[];
  links: ImportLink[];
  fixVersion: string | null;
  /** The release the defect was found in (Jira's "Affects versions"); bugs only. */
  affectsVersion?: string | null;
}

/** An issue before keys are handed out (in import order). */
type Draft = Omit<IssuePlan, 'key'>;

interface WorkflowOutcome {
  status: StatusKey;
  resolution: ResolutionName | null;
  /** Last entry into Done, when the issue is Done now. */
  resolutiondate: number | null;
  histories: FieldChange[];
}

function statusRef(key: StatusKey): { id: string; name: string } {
  const status = STATUSES.find((s) => s.id === STATUS[key]);
  if (!status) throw new Error(`demo seed: status ${key} is missing from base.ts`);
  return { id: status.id, name: status.name };
}

function resolutionId(name: ResolutionName): string {
  const resolution = RESOLUTIONS.find((r) => r.name === name);
  if (!resolution) throw new Error(`demo seed: resolution ${name} is missing from base.ts`);
  return resolution.id;
}

function priorityId(name: PriorityName): string {
  const priority = PRIORITIES.find((p) => p.name === name);
  if (!priority) throw new Error(`demo seed: priority ${name} is missing from base.ts`);
  return priority.id;
}

/** Replays status steps the way Jira's workflow records them: status and resolution items together. */
function walkWorkflow(steps: readonly StatusStep[]): WorkflowOutcome {
  let status: StatusKey = 'todo';
  let resolution: ResolutionName | null = null;
  let resolutiondate: number | null = null;
  const histories: FieldChange[] = [];
  for (const step of steps) {
    const from = statusRef(status);
    const to = statusRef(step.to);
    const items: ImportChangeItem[] = [{
      field: 'status', fieldId: 'status', from: from.id, fromString: from.name, to: to.id, toString: to.name,
    }];
    if (step.to === 'done') {
      const next = step.resolution ?? 'Done';
      items.push({
        field: 'resolution', fieldId: 'resolution',
        from: resolution && resolutionId(resolution), fromString: resolution,
        to: resolutionId(next), toString: next,
      });
      resolution = next;
      resolutiondate = step.at;
    } else if (resolution !== null) {
      items.push({
        field: 'resolution', fieldId: 'resolution',
        from: resolutionId(resolution), fromString: resolution, to: null, toString: null,
      });
      resolution = null;
      resolutiondate = null;
    }
    status = step.to;
    histories.push({ at: step.at, author: step.author, items });
  }
  return { status, resolution, resolutiondate, histories };
}

function assigneeChange(at: number, author: Person, from: Worker | null, to: Worker | null): FieldChange {
  const ref = (who: Worker | null) => (who ? USERS[who] : null);
  return {
    at, author,
    items: [{
      field: 'assignee', fieldId: 'assignee',
      from: ref(from)?.accountId ?? null, fromString: ref(from)?.displayName ?? null,
      to: ref(to)?.accountId ?? null, toString: ref(to)?.displayName ?? null,
    }],
  };
}

function priorityChange(at: number, author: Person, from: PriorityName, to: PriorityName): FieldChange {
  return {
    at, author,
    items: [{ field: 'priority', fieldId: 'priority', from: priorityId(from), fromString: from, to: priorityId(to), toString: to }],
  };
}

function adf(...paragraphs: string[]): Adf {
  return doc(...paragraphs.map((p) => paragraph(text(p))));
}

function iso(ms: number): string {
  return new Date(ms).toISOString();
}

function utcClock(ms: number): string {
  return `${iso(ms).slice(11, 16)} UTC`;
}

function link(type: 'Blocks' | 'Causes' | 'Duplicate' | 'Relates' | 'Test', outwardKey: string, created: number): ImportLink {
  return { type: { name: type }, outwardIssue: { key: outwardKey }, created: iso(created) };
}

function renderIssue(plan: IssuePlan): ImportIssue {
  const outcome = walkWorkflow(plan.steps);
  const histories: ImportHistory[] = [...outcome.histories, ...plan.changes]
    .sort((a, b) => a.at - b.at)
    .map((h) => ({ author: { accountId: USERS[h.author].accountId }, created: iso(h.at), items: h.items }));
  const comments: ImportComment[] = [...plan.comments]
    .sort((a, b) => a.at - b.at)
    .map((c) => ({ author: { accountId: USERS[c.author].accountId }, body: adf(c.body), created: iso(c.at) }));
  const updated = Math.max(plan.created, ...plan.steps.map((s) => s.at), ...plan.changes.map((c) => c.at),
    ...plan.comments.map((c) => c.at));
  return {
    key: plan.key,
    fields: {
      project: { key: PROJECT_KEY },
      issuetype: { name: plan.type },
      summary: plan.summary,
      description: plan.description,
      status: { name: statusRef(outcome.status).name },
      resolution: outcome.resolution ? { name: outcome.resolution } : null,
      priority: { name: plan.priority },
      assignee: plan.assignee ? { accountId: USERS[plan.assignee].accountId } : null,
      reporter: { accountId: USERS[plan.reporter].accountId },
      labels: plan.labels,
      components: plan.components.map((name) => ({ name })),
      fixVersions: plan.fixVersion ? [{ name: plan.fixVersion }] : [],
      versions: plan.affectsVersion ? [{ name: plan.affectsVersion }] : [],
      duedate: null,
      created: iso(plan.created),
      updated: iso(updated),
      resolutiondate: outcome.resolutiondate === null ? null : iso(outcome.resolutiondate),
    },
    changelog: { histories },
    comments,
    links: plan.links,
  };
}

// ---------------------------------------------------------------------------------------------
// Time and releases
// ---------------------------------------------------------------------------------------------

interface Clock {
  /** `now` rounded down to the minute; every generated time is at or before it. */
  anchor: number;
  /** `days` (fractional) before the anchor, in whole minutes. */
  ago(days: number): number;
  /** The release that ships work finished at `ms`: the first one released after it, else the unreleased one. */
  releaseAfter(ms: number): string;
  /** The release live at `ms`: the last one released on or before it, else null. */
  releaseBefore(ms: number): string | null;
}

function makeClock(now: Date): Clock {
  const anchor = Math.floor(now.getTime() / MINUTE) * MINUTE;
  const versions = qaVersions(now).map((v) => ({
    name: v.name, released: v.released, releaseMs: Date.parse(`${v.releaseDate}T00:00:00Z`),
  }));
  const unreleased = versions.find((v) => !v.released);
  if (!unreleased) throw new Error('demo seed: base.ts has no unreleased version');
  return {
    anchor,
    ago: (days) => anchor - Math.round((days * DAY) / MINUTE) * MINUTE,
    releaseAfter: (ms) => versions.find((v) => v.released && v.releaseMs > ms)?.name ?? unreleased.name,
    releaseBefore: (ms) => versions.filter((v) => v.released && v.releaseMs <= ms).at(-1)?.name ?? null,
  };
}

/** Minutes after `start`, for writing incident timelines. */
function after(start: number, minutes: number): number {
  return start + minutes * MINUTE;
}

// ---------------------------------------------------------------------------------------------
// Incidents, with the defects and stories linked to them
// ---------------------------------------------------------------------------------------------

interface BugSketch {
  summary: string;
  component: ComponentName;
  created: number;
  priority: PriorityName;
  escaped: boolean;
  reporter: Person;
  assignee: Worker;
  steps: StatusStep[];
  links: ImportLink[];
  comments?: CommentPlan[];
}

/** Bugs written by hand (the ones behind the incidents); keys are given when all bugs are sorted. */
function sketchedBug(sketch: BugSketch, clock: Clock): Draft {
  const outcome = walkWorkflow(sketch.steps);
  return {
    type: 'Bug',
    summary: sketch.summary,
    description: bugDescription(sketch.escaped, sketch.component, sketch.reporter, sketch.created, clock),
    created: sketch.created,
    components: [sketch.component],
    priority: sketch.priority,
    labels: sketch.escaped ? [DEMO_ESCAPED_LABEL] : [],
    reporter: sketch.reporter,
    assignee: sketch.assignee,
    steps: sketch.steps,
    changes: [],
    comments: sketch.comments ?? [],
    links: sketch.links,
    fixVersion: outcome.status === 'done' && outcome.resolutiondate !== null
      ? clock.releaseAfter(outcome.resolutiondate)
      : clock.releaseAfter(clock.anchor),
  };
}

/** An incident with the bugs and the stories or tasks linked to it (links live on the later issues). */
interface IncidentSet { incident: IssuePlan; bugs: Draft[]; stories: Draft[] }

function completedIncident(clock: Clock): IncidentSet {
  const key = DEMO_INCIDENTS.completed;
  const t = clock.ago(45.27);
  const resolved = after(t, 26 * 60 + 5);
  const incident: IssuePlan = {
    key, type: 'Incident',
    summary: 'Checkout fails with 502 for card payments',
    description: adf(
      'Customers could not pay by card: the payment step of checkout answered 502 Bad Gateway.',
      `Started about ${utcClock(after(t, -22))}; detected at ${utcClock(t)} by the checkout 5xx alert; `
        + `mitigated at ${utcClock(after(t, 48))} by rolling back payment-service.`,
      'Impact: about 38% of card payments failed for 70 minutes, an estimated 1,900 abandoned orders. '
        + 'PayPal and gift-card payments were not affected.',
    ),
    created: t, components: ['Checkout', 'Payments'], priority: 'Highest', labels: ['sev-1'],
    reporter: 'dave', assignee: 'carol',
    steps: [
      { at: after(t, 9), to: 'inProgress', author: 'bob' },
      { at: resolved, to: 'done', author: 'carol', resolution: 'Done' },
    ],
    changes: [
      assigneeChange(after(t, 5), 'alice', null, 'bob'),
      priorityChange(after(t, 7), 'alice', 'Medium', 'Highest'),
      assigneeChange(after(t, 71), 'bob', 'bob', 'carol'),
    ],
    comments: [
      { at: after(t, 12), author: 'bob', body: `Detected at ${utcClock(t)}: the checkout 5xx alert fired; about 38% of card payments return 502. PayPal and gift cards look fine.` },
      { at: after(t, 31), author: 'carol', body: 'payment-service logs show the card gateway rejecting expired session tokens since the morning deployment.' },
      { at: after(t, 49), author: 'bob', body: `Mitigated at ${utcClock(after(t, 48))}: rolled back payment-service to the previous build; the 502 rate is back to baseline.` },
      { at: after(t, 24 * 60 + 40), author: 'carol', body: 'Token refresh fix deployed and verified with synthetic card payments for every card scheme.' },
      { at: after(t, 26 * 60 + 10), author: 'carol', body: `Resolved at ${utcClock(resolved)}. Closing the incident; post-mortem to follow.` },
      { at: after(t, 3 * 24 * 60), author: 'alice', body: 'Post-mortem session booked with Checkout and Payments; the linked defects are on this incident.' },
    ],
    links: [], fixVersion: clock.releaseAfter(resolved),
  };
  const story = storyPlan(clock, {
    type: 'Story', summary: 'Keep card payment sessions alive during long checkouts',
    component: 'Payments', reporter: 'dave', assignee: 'carol', created: 110, started: 95, done: 84,
    links: [link('Relates', key, after(t, 62))],
  });
  const bugs = [
    sketchedBug({
      summary: 'Card gateway session token is not refreshed after 15 minutes', component: 'Payments',
      created: clock.ago(74.6), priority: 'Medium', escaped: false, reporter: 'alice', assignee: 'carol',
      steps: [
        { at: after(t, 40), to: 'inProgress', author: 'carol' },
        { at: after(t, 20 * 60), to: 'done', author: 'carol', resolution: 'Fixed' },
      ],
      links: [link('Causes', key, after(t, 35))],
    }, clock),
    sketchedBug({
      summary: 'Checkout returns 502 instead of a retry page when the card gateway times out', component: 'Checkout',
      created: after(t, 20), priority: 'Highest', escaped: true, reporter: 'bob', assignee: 'bob',
      steps: [
        { at: after(t, 25), to: 'inProgress', author: 'bob' },
        { at: after(t, 6 * 60), to: 'done', author: 'bob', resolution: 'Fixed' },
      ],
      links: [link('Causes', key, after(t, 21))],
    }, clock),
    sketchedBug({
      summary: 'Retrying a failed card payment creates a duplicate pending order', component: 'Checkout',
      created: after(t, 2 * 60), priority: 'High', escaped: true, reporter: 'dave', assignee: 'bob',
      steps: [
        { at: after(t, 24 * 60), to: 'inProgress', author: 'bob' },
        { at: after(t, 2 * 24 * 60), to: 'done', author: 'bob', resolution: 'Fixed' },
        { at: after(t, 5 * 24 * 60), to: 'reopened', author: 'alice' },
        { at: after(t, 5 * 24 * 60 + 120), to: 'inProgress', author: 'bob' },
        { at: after(t, 7 * 24 * 60), to: 'done', author: 'bob', resolution: 'Fixed' },
      ],
      links: [link('Relates', key, after(t, 2 * 60 + 3))],
      comments: [{ at: after(t, 5 * 24 * 60), author: 'alice', body: 'Reopening: a second retry within 5 seconds still creates two pending orders on staging.' }],
    }, clock),
    sketchedBug({
      summary: '502 error page shows the raw gateway message to shoppers', component: 'Checkout',
      created: after(t, 3 * 60), priority: 'Medium', escaped: true, reporter: 'alice', assignee: 'bob',
      steps: [
        { at: after(t, 2 * 24 * 60), to: 'inProgress', author: 'bob' },
        { at: after(t, 4 * 24 * 60), to: 'done', author: 'bob', resolution: 'Fixed' },
      ],
      links: [link('Relates', key, after(t, 3 * 60 + 2))],
    }, clock),
    sketchedBug({
      summary: 'payment-service health check ignores the card gateway dependency', component: 'Payments',
      created: after(t, 24 * 60 + 30), priority: 'Low', escaped: false, reporter: 'carol', assignee: 'carol',
      steps: [
        { at: after(t, 6 * 24 * 60), to: 'inProgress', author: 'carol' },
        { at: after(t, 10 * 24 * 60), to: 'done', author: 'carol', resolution: 'Fixed' },
      ],
      links: [link('Relates', key, after(t, 24 * 60 + 31))],
    }, clock),
  ];
  return { incident, bugs, stories: [story] };
}

function inProgressIncident(clock: Clock): IncidentSet {
  const key = DEMO_INCIDENTS.inProgress;
  const t = clock.ago(12.14);
  const incident: IssuePlan = {
    key, type: 'Incident',
    summary: "Refunds stuck in 'pending' after payment provider timeouts",
    description: adf(
      "Refunds requested since the 1.6 release stay 'pending' in order history although the payment provider completed them.",
      `Detected at ${utcClock(t)} from support tickets; mitigated at ${utcClock(after(t, 5 * 60))} with an hourly reconciliation job.`,
      'Impact: 312 refunds delayed by two days or more; 27 support tickets; no money lost.',
    ),
    created: t, components: ['Payments'], priority: 'High', labels: ['sev-2'],
    reporter: 'dave', assignee: 'carol',
    steps: [{ at: after(t, 15), to: 'inProgress', author: 'carol' }],
    changes: [
      assigneeChange(after(t, 10), 'alice', null, 'carol'),
      priorityChange(after(t, 11), 'alice', 'Medium', 'High'),
    ],
    comments: [
      { at: after(t, 8), author: 'dave', body: "Detected: 27 tickets from customers whose refunds show 'pending' for more than 48 hours." },
      { at: after(t, 2 * 60), author: 'carol', body: 'Refund webhooks from the provider time out after 10 s and are not retried; 312 refunds affected since the 1.6 release.' },
      { at: after(t, 5 * 60 + 5), author: 'alice', body: 'Mitigated: finance runs the refund reconciliation job every hour until the retry fix ships.' },
      { at: after(t, 3 * 24 * 60), author: 'carol', body: 'Webhook retry fix is in review; the reconciliation job keeps running meanwhile.' },
    ],
    links: [], fixVersion: clock.releaseAfter(clock.anchor),
  };
  const story = storyPlan(clock, {
    type: 'Story', summary: 'Self-service refunds from order history',
    component: 'Payments', reporter: 'dave', assignee: 'carol', created: 70, started: 60, done: 30,
    links: [link('Relates', key, after(t, 2 * 60 + 10))],
  });
  const bugs = [
    sketchedBug({
      summary: 'Refund webhook handler gives up after the first provider timeout', component: 'Payments',
      created: after(t, 60), priority: 'Highest', escaped: true, reporter: 'carol', assignee: 'carol',
      steps: [{ at: after(t, 2 * 60 + 5), to: 'inProgress', author: 'carol' }],
      links: [link('Causes', key, after(t, 61))],
    }, clock),
    sketchedBug({
      summary: "Refund status page shows 'pending' after the provider confirmed the refund", component: 'Payments',
      created: after(t, 3 * 60), priority: 'High', escaped: true, reporter: 'dave', assignee: 'carol',
      steps: [
        { at: after(t, 24 * 60), to: 'inProgress', author: 'carol' },
        { at: after(t, 2 * 24 * 60), to: 'done', author: 'carol', resolution: 'Fixed' },
        { at: after(t, 4 * 24 * 60), to: 'reopened', author: 'alice' },
      ],
      links: [link('Relates', key, after(t, 3 * 60 + 1))],
      comments: [{ at: after(t, 4 * 24 * 60), author: 'alice', body: "Reopening: partial refunds still show 'pending' after the provider callback." }],
    }, clock),
    sketchedBug({
      summary: 'Late webhook retry issues a second refund for the same order', component: 'Payments',
      created: after(t, 6 * 60), priority: 'High', escaped: false, reporter: 'alice', assignee: 'bob',
      steps: [
        { at: after(t, 24 * 60), to: 'inProgress', author: 'bob' },
        { at: after(t, 3 * 24 * 60), to: 'done', author: 'bob', resolution: 'Fixed' },
      ],
      links: [link('Causes', key, after(t, 6 * 60 + 2))],
    }, clock),
    sketchedBug({
      summary: 'Refund amount off by one unit for JPY orders', component: 'Payments',
      created: clock.ago(150.3), priority: 'Medium', escaped: true, reporter: 'dave', assignee: 'carol',
      steps: [
        { at: clock.ago(147.1), to: 'inProgress', author: 'carol' },
        { at: clock.ago(141.8), to: 'done', author: 'carol', resolution: 'Fixed' },
      ],
      links: [link('Relates', key, after(t, 24 * 60 + 20))],
    }, clock),
  ];
  return { incident, bugs, stories: [story] };
}

function freshIncident(clock: Clock): IncidentSet {
  const key = DEMO_INCIDENTS.fresh;
  const t = clock.ago(161 / (24 * 60));
  const incident: IssuePlan = {
    key, type: 'Incident',
    summary: 'Search returns no results for accented queries',
    description: adf(
      "Product searches containing accented letters ('café', 'crème') return no results on the web shop and the apps.",
      `Detected at ${utcClock(t)} from customer reports; queries without accents work.`,
    ),
    created: t, components: ['Search'], priority: 'High', labels: [],
    reporter: 'dave', assignee: 'alice', steps: [],
    changes: [
      priorityChange(after(t, 18), 'alice', 'Medium', 'High'),
      assigneeChange(after(t, 20), 'alice', null, 'alice'),
    ],
    comments: [
      { at: after(t, 4), author: 'dave', body: "Detected: customers report that searching for 'café' or 'crème' finds nothing since this morning." },
      { at: after(t, 33), author: 'alice', body: "Confirmed on production and staging. It started after this morning's search analyser upgrade." },
    ],
    links: [], fixVersion: clock.releaseAfter(clock.anchor),
  };
  const analyserTask = storyPlan(clock, {
    type: 'Task', summary: 'Upgrade the search analyser to v8',
    component: 'Search', reporter: 'alice', assignee: 'alice', created: 30, started: 10,
    done: (clock.anchor - after(t, -4 * 60)) / DAY,
    links: [link('Relates', key, after(t, 40))],
  });
  const story = storyPlan(clock, {
    type: 'Story', summary: 'Typo- and accent-tolerant product search',
    component: 'Search', reporter: 'dave', assignee: 'alice', created: 20, started: 6,
    links: [link('Relates', key, after(t, 90))],
  });
  const bugs = [
    sketchedBug({
      summary: 'Search index drops diacritics for new documents after the analyser upgrade', component: 'Search',
      created: after(t, 45), priority: 'High', escaped: true, reporter: 'alice', assignee: 'alice',
      steps: [], links: [link('Causes', key, after(t, 46))],
    }, clock),
    sketchedBug({
      summary: "Autocomplete suggestions skip words containing 'é'", component: 'Search',
      created: clock.ago(110.4), priority: 'Medium', escaped: false, reporter: 'alice', assignee: 'alice',
      steps: [
        { at: clock.ago(104.2), to: 'inProgress', author: 'alice' },
        { at: clock.ago(100.9), to: 'done', author: 'alice', resolution: 'Fixed' },
      ],
      links: [link('Relates', key, after(t, 50))],
    }, clock),
    sketchedBug({
      summary: 'Brand filter is case-sensitive for non-ASCII brand names', component: 'Search',
      created: clock.ago(60.2), priority: 'Low', escaped: true, reporter: 'dave', assignee: 'alice',
      steps: [
        { at: clock.ago(57.5), to: 'inProgress', author: 'alice' },
        { at: clock.ago(55.1), to: 'done', author: 'alice', resolution: 'Fixed' },
      ],
      links: [link('Relates', key, after(t, 55))],
    }, clock),
  ];
  return { incident, bugs, stories: [analyserTask, story] };
}

// ---------------------------------------------------------------------------------------------
// Stories and tasks
// ---------------------------------------------------------------------------------------------

interface StorySketch {
  type: 'Story' | 'Task';
  summary: string;
  component: ComponentName;
  reporter: Person;
  assignee: Worker;
  /** Days ago. */
  created: number;
  started?: number;
  done?: number;
  links?: ImportLink[];
}

function storyPlan(clock: Clock, s: StorySketch): Draft {
  const steps: StatusStep[] = [];
  if (s.started !== undefined) steps.push({ at: clock.ago(s.started), to: 'inProgress', author: s.assignee });
  if (s.done !== undefined) steps.push({ at: clock.ago(s.done), to: 'done', author: s.assignee, resolution: 'Done' });
  const doneAt = s.done === undefined ? null : clock.ago(s.done);
  return {
    type: s.type, summary: s.summary,
    description: adf(s.type === 'Story'
      ? `As a customer I want this so that using the ${s.component.toLowerCase()} area takes fewer steps.`
      : `Engineering task for the ${s.component} team.`),
    created: clock.ago(s.created), components: [s.component], priority: 'Medium', labels: [],
    reporter: s.reporter, assignee: s.assignee, steps, changes: [], comments: [], links: s.links ?? [],
    fixVersion: clock.releaseAfter(doneAt ?? clock.anchor),
  };
}

function backlogStories(clock: Clock): Draft[] {
  const sketches: StorySketch[] = [
    { type: 'Story', summary: 'Saved delivery addresses at checkout', component: 'Checkout', reporter: 'dave', assignee: 'bob', created: 352, started: 340, done: 311 },
    { type: 'Story', summary: 'Guest checkout without creating an account', component: 'Checkout', reporter: 'dave', assignee: 'bob', created: 298, started: 281, done: 251 },
    { type: 'Story', summary: 'Apple Pay and Google Pay at checkout', component: 'Payments', reporter: 'dave', assignee: 'carol', created: 240, started: 221, done: 198 },
    { type: 'Story', summary: 'Faceted filters on mobile search', component: 'Search', reporter: 'dave', assignee: 'alice', created: 200, started: 171, done: 141 },
    { type: 'Story', summary: 'Passwordless login with an e-mail link', component: 'Accounts', reporter: 'dave', assignee: 'bob', created: 170, started: 150, done: 125 },
    { type: 'Story', summary: 'Two-factor authentication for staff accounts', component: 'Accounts', reporter: 'alice', assignee: 'bob', created: 40 },
    { type: 'Task', summary: 'Document the rollback runbook for payment-service', component: 'Payments', reporter: 'alice', assignee: 'carol', created: 260, started: 258, done: 255 },
    { type: 'Task', summary: 'Rotate payment provider API keys', component: 'Payments', reporter: 'carol', assignee: 'carol', created: 210, done: 205 },
    { type: 'Task', summary: 'Load test checkout before the 1.4 release', component: 'Checkout', reporter: 'alice', assignee: 'bob', created: 160, started: 150, done: 140 },
    { type: 'Task', summary: 'Synthetic monitoring for the checkout 5xx rate', component: 'Checkout', reporter: 'alice', assignee: 'bob', created: 41, started: 35, done: 25 },
    { type: 'Task', summary: 'Contract tests for payment provider refund webhooks', component: 'Payments', reporter: 'alice', assignee: 'carol', created: 9 },
  ];
  return sketches.map((s) => storyPlan(clock, s));
}

// ---------------------------------------------------------------------------------------------
// The bulk of the bugs
// ---------------------------------------------------------------------------------------------

const COMPONENT_WEIGHTS: Record<ComponentName, number> = { Checkout: 30, Payments: 28, Search: 22, Accounts: 20 };
/** Chance that a bug escapes to production, before the improvement over the year. */
const ESCAPE_BASE: Record<ComponentName, number> = { Payments: 0.32, Checkout: 0.2, Accounts: 0.13, Search: 0.09 };
/** Chance that a fixed bug is reopened, before the improvement over the year. */
const REOPEN_BASE: Record<ComponentName, number> = { Payments: 0.2, Checkout: 0.14, Accounts: 0.1, Search: 0.08 };
const OWNER: Record<ComponentName, Worker> = { Checkout: 'bob', Payments: 'carol', Search: 'alice', Accounts: 'bob' };
/** Higher priorities are picked up and fixed faster. */
const SPEED: Record<PriorityName, number> = { Highest: 0.25, High: 0.5, Medium: 1, Low: 1.8, Lowest: 2.5 };

const SUMMARIES: Record<ComponentName, readonly string[]> = {
  Checkout: [
    'Cart total not updated after removing a discounted item', 'Order confirmation e-mail sent twice',
    'Shipping cost missing for {region} addresses', 'Expired promo code accepted at checkout',
    'Place order button stays disabled after correcting the address', 'Cart merge loses item quantities after login',
    'Tax rounded incorrectly for {region} orders', 'Gift message cut off at 40 characters',
    'Delivery slot picker offers slots in the past', 'Order summary hides items in a bundle',
    'Back button from the payment step empties the cart', 'Free-shipping threshold ignores gift cards',
  ],
  Payments: [
    'Card declined message shown for successful 3-D Secure payments', 'Refund to an expired card fails without notice',
    'Prices shown in USD for {region} customers', 'Payment retry charges the card twice',
    'Saved card list shows removed cards', 'PayPal return URL loses the order reference',
    'Partial refund rounds to the wrong amount', 'Apple Pay sheet shows the wrong merchant name',
    'Invoice PDF missing the VAT number for {region} businesses', 'Payment webhook processed twice after a provider retry',
    'Gift card balance not restored after a cancelled order', 'Card expiry field rejects two-digit years',
  ],
  Search: [
    'No results for queries with a trailing space', 'Sort by price ignores sale prices',
    'Suggestions list out-of-stock products first', 'Filter counts wrong after changing category',
    'Pagination repeats products on page 2', 'Search page crashes on queries longer than 100 characters',
    'Size filter resets when sorting results', 'Synonyms not applied to the {region} catalogue',
    'Recently viewed products missing from the empty search page', 'Highlighting breaks on queries with quotes',
  ],
  Accounts: [
    'Password reset link expires immediately', 'Profile photo upload fails for PNG files over 2 MB',
    'Sign-up accepts e-mail addresses with spaces', 'Sessions not ended after a password change',
    'Marketing preferences reset after editing the profile', 'Login with Google creates a duplicate account',
    'Address book deletes the wrong address', 'Account locked after correct logins on two devices',
    'Date of birth shifted by one day for {region} users', 'Two-factor code e-mail arrives after the code expired',
  ],
};
const CONTEXTS = ['', '', '', ' on Safari', ' on the Android app', ' on the iOS app', ' in Firefox',
  ' for guest users', ' after a session timeout', ' on slow connections'] as const;
const REGIONS = ['EU', 'UK', 'Canadian', 'Australian', 'Japanese'] as const;

const INVALID_NOTES: Record<ResolutionName, string> = {
  Done: '', Fixed: '', Duplicate: '',
  "Won't Do": "Won't do: this browser version is below our support baseline.",
  'Cannot Reproduce': 'Could not reproduce on staging or production with the steps given; closing.',
  'Not a Bug': 'Works as designed: see the acceptance criteria of the original story.',
};

function bugDescription(escaped: boolean, component: ComponentName, reporter: Person, created: number, clock: Clock): Adf {
  const found = escaped
    ? `Found in production: reported by ${USERS[reporter].displayName} from customer support tickets.`
    : `Found before release by ${USERS[reporter].displayName} during regression testing on staging.`;
  return adf(found, `Area: ${component}. Targeted release at the time of reporting: ${clock.releaseAfter(created)}.`);
}

type Fate = 'fixed' | 'invalid' | 'backlog' | 'stalled';

/** One generated bug: attributes drawn from the dice, the status path cut at `now`. */
function generatedBug(dice: Dice, quota: Quota, clock: Clock, created: number, yearStart: number): Draft {
  const progress = (created - yearStart) / (clock.anchor - yearStart);
  const improvement = 1.6 - 1.2 * progress;
  const component = dice.weighted(COMPONENT_WEIGHTS);
  const escaped = quota.take(`escaped:${component}`, ESCAPE_BASE[component] * improvement);
  const fate = dice.weighted<Fate>({ fixed: 0.865, invalid: 0.085, backlog: 0.035, stalled: 0.015 });
  let priority: PriorityName = escaped
    ? dice.weighted<PriorityName>({ Highest: 15, High: 35, Medium: 35, Low: 15 })
    : dice.weighted<PriorityName>({ Highest: 4, High: 18, Medium: 48, Low: 22, Lowest: 8 });
  if (fate === 'backlog') priority = dice.pick<PriorityName>(['Medium', 'Low', 'Lowest']);
  const reporter: Person = escaped
    ? dice.weighted<Person>({ dave: 70, alice: 30 })
    : dice.weighted<Person>({ alice: 55, bob: 15, carol: 15, dave: 15 });
  const assigneeName = dice.chance(0.75) ? OWNER[component] : dice.pick(WORKERS);
  const assignee: Worker | null = fate === 'backlog' && dice.chance(0.5) ? null : assigneeName;
  const reopener: Worker = reporter === 'dave' || reporter === 'eve' ? 'alice' : reporter;
  const template = dice.pick(SUMMARIES[component]).replace('{region}', dice.pick(REGIONS));
  const summary = template + dice.pick(CONTEXTS);
  const labels = escaped ? [DEMO_ESCAPED_LABEL] : dice.chance(0.1) ? ['regression'] : [];

  const speed = SPEED[priority];
  let t = created;
  const wait = (minDays: number, maxDays: number, scale = 1) => {
    t += Math.max(MINUTE, Math.round((dice.between(minDays, maxDays) * scale * DAY) / MINUTE) * MINUTE);
    return t;
  };
  const steps: StatusStep[] = [];
  const worker = assigneeName;
  if (fate === 'invalid') {
    const resolution = dice.weighted<ResolutionName>({
      Duplicate: 35, 'Cannot Reproduce': 30, 'Not a Bug': 25, "Won't Do": 10,
    });
    if (dice.chance(0.3)) steps.push({ at: wait(0.05, 2, speed), to: 'inProgress', author: worker });
    steps.push({ at: wait(0.1, 3, speed), to: 'done', author: dice.chance(0.6) ? 'alice' : worker, resolution });
  } else if (fate === 'stalled') {
    steps.push({ at: wait(0.1, 4, speed), to: 'inProgress', author: worker });
  } else if (fate === 'fixed') {
    const fixedAs = (): ResolutionName => (dice.chance(0.85) ? 'Fixed' : 'Done');
    steps.push({ at: wait(0.05, 3, speed), to: 'inProgress', author: worker });
    steps.push({ at: wait(0.2, 6, speed), to: 'done', author: worker, resolution: fixedAs() });
    const reopens = quota.take(`reopened:${component}`, REOPEN_BASE[component] * improvement) ? (dice.chance(0.22) ? 2 : 1) : 0;
    const ending = dice.weighted({ done: 76, reopened: 14, inProgress: 10 });
    for (let i = 1; i <= reopens; i += 1) {
      const last = i === reopens;
      steps.push({ at: wait(0.5, 12), to: 'reopened', author: reopener });
      if (last && ending === 'reopened') break;
      steps.push({ at: wait(0.05, 1), to: 'inProgress', author: worker });
      if (last && ending === 'inProgress') break;
      steps.push({ at: wait(0.2, 4, speed), to: 'done', author: worker, resolution: fixedAs() });
    }
  }
  const happened = steps.filter((s) => s.at <= clock.anchor);
  const outcome = walkWorkflow(happened);

  const comments: CommentPlan[] = [];
  for (const step of happened) {
    if (step.to === 'reopened') {
      comments.push({ at: step.at, author: step.author, body: `Reopening: still reproducible${dice.pick(CONTEXTS)} with the fix deployed to staging.` });
    }
    if (step.to === 'done' && step.resolution && INVALID_NOTES[step.resolution]) {
      comments.push({ at: step.at, author: step.author, body: INVALID_NOTES[step.resolution] });
    }
  }

  let fixVersion: string | null;
  if (outcome.status === 'done') {
    const valid = outcome.resolution !== null && !INVALID_RESOLUTIONS.includes(outcome.resolution);
    fixVersion = valid && outcome.resolutiondate !== null ? clock.releaseAfter(outcome.resolutiondate) : null;
  } else if (outcome.status === 'todo') {
    fixVersion = dice.chance(0.3) ? clock.releaseAfter(clock.anchor) : null;
  } else {
    fixVersion = dice.chance(0.8) ? clock.releaseAfter(clock.anchor) : null;
  }

  // An escaped bug was found in the release live when it was reported; most others in testing of the
  // next one. Decided from the creation minute, not the dice, so the rest of the demo stays as it was.
  const affectsVersion = escaped ? clock.releaseBefore(created) : (created / MINUTE) % 3 !== 0 ? clock.releaseAfter(created) : null;
  return {
    type: 'Bug', summary, description: bugDescription(escaped, component, reporter, created, clock),
    created, components: [component], priority, labels, reporter, assignee, steps: happened,
    changes: [], comments, links: [], fixVersion, affectsVersion,
  };
}

function generatedBugs(dice: Dice, clock: Clock): Draft[] {
  const yearStart = clock.ago(365);
  const newestMinutesAgo = 90;
  const createdTimes = Array.from({ length: GENERATED_BUG_COUNT }, () =>
    clock.anchor - Math.floor(dice.between(newestMinutesAgo, 365 * 24 * 60)) * MINUTE)
    .sort((a, b) => a - b);
  const quota = new Quota(dice);
  return createdTimes.map((created) => generatedBug(dice, quota, clock, created, yearStart));
}

/** Duplicates point at the previous bug of their component; some bugs relate to a recently shipped story. */
function crossLink(dice: Dice, bugs: IssuePlan[], stories: IssuePlan[]): void {
  const shippedStories = stories
    .filter((s) => s.type === 'Story')
    .map((s) => ({ plan: s, doneAt: walkWorkflow(s.steps).resolutiondate }))
    .filter((s): s is { plan: IssuePlan; doneAt: number } => s.doneAt !== null);
  bugs.forEach((bug, index) => {
    if (bug.links.length > 0) return;
    const outcome = walkWorkflow(bug.steps);
    if (outcome.resolution === 'Duplicate' && outcome.resolutiondate !== null) {
      const original = bugs.slice(0, index).reverse().find((b) => b.components[0] === bug.components[0]);
      const closer = bug.steps[bug.steps.length - 1].author;
      if (original) {
        bug.links.push(link('Duplicate', original.key, outcome.resolutiondate));
        bug.comments.push({ at: outcome.resolutiondate, author: closer, body: `Duplicate of ${original.key}; closing this one.` });
      }
      return;
    }
    const story = shippedStories.find((s) => s.plan.components[0] === bug.components[0]
      && bug.created > s.doneAt && bug.created - s.doneAt < 45 * DAY);
    if (story && dice.chance(0.35)) bug.links.push(link('Relates', story.plan.key, bug.created));
  });
}

/**
 * The demo project's issues, in import order (every link points at an issue listed before it):
 * incidents QA-1..QA-3, then stories and tasks, then the bugs in order of creation.
 * Deterministic for a given `now`; every time lies between the issue's creation and `now`.
 */
/**
 * The requirements of releases 1.4 to 1.7 (demo-requirements.ts), each done a few days before its
 * release (so its fix version is that release; 1.7's are in progress), then their tests, each
 * linked to its requirement with the "Test" link type ("<test> tests <requirement>").
 */
function requirementPlans(clock: Clock, withKey: (draft: Draft) => IssuePlan): IssuePlan[] {
  const stories = DEMO_REQUIREMENTS.map((requirement, i) => {
    const shipped = RELEASED_DAYS_AGO[requirement.release];
    const done = shipped === null ? undefined : shipped + 3 + (i % 3);
    const created = (done ?? 10) + 40 + (i % 4) * 2;
    return withKey(storyPlan(clock, {
      type: 'Story', summary: requirement.summary, component: requirement.component, reporter: 'dave', assignee: 'carol',
      created, started: created - 10, done,
    }));
  });
  const tests = DEMO_REQUIREMENTS.flatMap((requirement, i) => TEST_ASPECTS.slice(0, requirement.tests).map((aspect, n) => {
    const story = stories[i];
    const created = story.created + (n + 1) * 3_600_000;
    return withKey({
      type: 'Test', summary: `${requirement.summary}: ${aspect}`,
      description: adf(`Checks the ${aspect} of "${requirement.summary}".`),
      created, components: [requirement.component], priority: 'Medium', labels: [],
      reporter: 'alice', assignee: null, steps: [], changes: [], comments: [],
      links: [link('Test', story.key, created)], fixVersion: null,
    });
  }));
  return [
    ...stories, ...tests,
    ...DEMO_TEST_EXECUTIONS.map((execution) => withKey(testExecutionPlan(clock, execution))),
    ...DEMO_TEST_PLANS.map((plan) => withKey(testPlanOf(clock, plan))),
  ];
}

/** An Xray test plan issue of a release; which executions it plans lives in Xray (sandbox/xray/demo-runs.ts). */
function testPlanOf(clock: Clock, plan: (typeof DEMO_TEST_PLANS)[number]): Draft {
  const shipped = RELEASED_DAYS_AGO[plan.release];
  const created = shipped === null ? 12 : shipped + 14;
  return {
    type: 'Test Plan', summary: plan.summary, description: adf(`The user acceptance tests planned for release ${plan.release}.`),
    created: clock.ago(created), components: [], priority: 'Medium', labels: [], reporter: 'alice', assignee: 'alice',
    steps: shipped === null ? [] : [{ at: clock.ago(shipped), to: 'done', author: 'alice', resolution: 'Done' }],
    changes: [], comments: [], links: [], fixVersion: plan.release,
  };
}

/** An Xray test execution issue of a release; its runs live in Xray (sandbox/xray/demo-runs.ts). */
function testExecutionPlan(clock: Clock, execution: DemoTestExecution): Draft {
  const shipped = RELEASED_DAYS_AGO[execution.release];
  const created = shipped === null ? execution.daysBeforeRelease - 3 : shipped + execution.daysBeforeRelease;
  const steps: StatusStep[] = [{ at: clock.ago(created - 1), to: 'inProgress', author: 'alice' }];
  if (shipped !== null) steps.push({ at: clock.ago(shipped + 1), to: 'done', author: 'alice', resolution: 'Done' });
  return {
    type: 'Test Execution', summary: execution.summary,
    description: adf(`${execution.testEnvironments.includes('UAT') ? 'User acceptance' : 'Regression'} tests of release ${execution.release}.`),
    created: clock.ago(created), components: [], priority: 'Medium', labels: [],
    reporter: 'alice', assignee: 'alice', steps, changes: [], comments: [], links: [], fixVersion: execution.release,
  };
}

export function demoIssues(now: Date): ImportIssue[] {
  const clock = makeClock(now);
  const dice = new Dice(SEED);
  const sets = [completedIncident(clock), inProgressIncident(clock), freshIncident(clock)];
  let number = sets.length;
  const withKey = (draft: Draft): IssuePlan => ({ ...draft, key: `${PROJECT_KEY}-${(number += 1)}` });
  const stories = [...sets.flatMap((s) => s.stories), ...backlogStories(clock)].map(withKey);
  const bugs = [...sets.flatMap((s) => s.bugs), ...generatedBugs(dice, clock)]
    .sort((a, b) => a.created - b.created)
    .map(withKey);
  crossLink(dice, bugs, stories);
  const requirements = requirementPlans(clock, withKey);
  return withDemoPostmortems([...sets.map((s) => s.incident), ...stories, ...bugs, ...requirements].map(renderIssue), DEMO_INCIDENTS, now);
}
