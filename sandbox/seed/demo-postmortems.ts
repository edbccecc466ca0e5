/**
 * The post-mortems the demo seed stores on its incidents (issue property `qa-postmortem`), so the
 * panel opens on a finished post-mortem (QA-1: every stage done, summary comment posted) and on one
 * in progress (QA-2: impact and timeline done, root cause half way), next to a fresh incident (QA-3).
 *
 * The timelines are made the way the panel makes them: the suggestions src/jira makes from the
 * incident's Jira history, taken in, then curated (key events marked, some reworded, links
 * dismissed, the facilitator's own events added). Suggestions are known by the ids Jira gives its
 * records, so this module works out the ids the emulator will give the imported issues, histories,
 * comments and links (each counts from 10000 in import order; see sandbox/emulator/import.ts). If
 * that numbering changes, the demo still works; only the incidents would show Jira events as new
 * suggestions.
 *
 * QA-1's action items have their Jira tasks (demo-action-tasks.ts), imported after every other issue
 * so the ids above stay as predicted; their links to QA-1 are among the links the facilitator dismissed.
 */
import {
  buildCompletionSummary,
  emptyDocument,
  mergeTimeline,
  PostmortemDocumentSchema,
  POSTMORTEM_PROPERTY_KEY,
  splitForStorage,
  withIndexSummary,
  type ActionItem,
  type IncidentRef,
  type RootCause,
  type PostmortemDocument,
  type TimelineEvent,
} from '../../src/domain/postmortem';
import { buildTimelineSuggestions, type JiraIssueForTimeline, type JiraIssueLink } from '../../src/jira/mappers/incident';
import type { ImportComment, ImportIssue } from '../emulator/import-format';
import { APP_USER, LINK_TYPES, USERS, qaVersions } from './base';
import { demoActionTasks, QA1_TASK_LIVES } from './demo-action-tasks';

const FIRST_ID = 10000;
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

type Person = keyof typeof USERS;

/** The ids the emulator gives one imported issue's records. */
interface ImportedIds {
  issueId: string;
  /** In the emulator's order: histories sorted by time (stable), comments as given. */
  historyIds: string[];
  commentIds: string[];
}

interface ImportedLink {
  id: string;
  typeName: string;
  /** The issue the link goes from (Jira's inwardIssue of the link record) and to. */
  sourceKey: string;
  destinationKey: string;
  created?: string;
}

function importedIds(issues: ImportIssue[]): { byKey: Map<string, ImportedIds>; links: ImportedLink[] } {
  const byKey = new Map<string, ImportedIds>();
  let history = FIRST_ID;
  let comment = FIRST_ID;
  issues.forEach((issue, index) => {
    const historyCount = issue.changelog?.histories.length ?? 0;
    const commentCount = issue.comments?.length ?? 0;
    const ids: ImportedIds = {
      issueId: String(FIRST_ID + index),
      historyIds: Array.from({ length: historyCount }, () => String(history++)),
      commentIds: Array.from({ length: commentCount }, () => String(comment++)),
    };
    if (issue.key) byKey.set(issue.key, ids);
  });
  const links: ImportedLink[] = [];
  const made = new Set<string>();
  let link = FIRST_ID;
  for (const issue of issues) {
    for (const l of issue.links ?? []) {
      if (!issue.key) continue;
      const [sourceKey, destinationKey] = l.outwardIssue ? [issue.key, l.outwardIssue.key] : [l.inwardIssue?.key ?? '', issue.key];
      const signature = `${l.type.name}:${sourceKey}:${destinationKey}`;
      if (made.has(signature)) continue;
      made.add(signature);
      links.push({ id: String(link++), typeName: l.type.name, sourceKey, destinationKey, ...(l.created ? { created: l.created } : {}) });
    }
  }
  return { byKey, links };
}

function personOf(accountId: string | undefined) {
  const user = Object.values(USERS).find((u) => u.accountId === accountId);
  return user ? { accountId: user.accountId, displayName: user.displayName } : null;
}

/** The histories in the order the emulator stores (and numbers) them. */
function sortedHistories(issue: ImportIssue) {
  return [...(issue.changelog?.histories ?? [])].sort((a, b) => Date.parse(a.created) - Date.parse(b.created));
}

/** The incident as GET issue?expand=changelog would show it to the timeline builder. */
function asJiraIssue(issue: ImportIssue, ids: ImportedIds, links: ImportedLink[], all: ImportIssue[]): JiraIssueForTimeline {
  const key = issue.key ?? '';
  const summaryOf = (k: string) => all.find((i) => i.key === k)?.fields.summary ?? '';
  const issuelinks: JiraIssueLink[] = links
    .filter((l) => l.sourceKey === key || l.destinationKey === key)
    .map((l) => {
      const type = LINK_TYPES.find((t) => t.name === l.typeName);
      const otherKey = l.sourceKey === key ? l.destinationKey : l.sourceKey;
      const other = { key: otherKey, fields: { summary: summaryOf(otherKey) } };
      return {
        id: l.id,
        type: { name: l.typeName, inward: type?.inward, outward: type?.outward },
        ...(l.sourceKey === key ? { outwardIssue: other } : { inwardIssue: other }),
      };
    });
  return {
    id: ids.issueId,
    key,
    fields: {
      summary: issue.fields.summary,
      created: issue.fields.created,
      reporter: personOf(issue.fields.reporter?.accountId),
      comment: {
        comments: (issue.comments ?? []).map((c, i) => ({
          id: ids.commentIds[i], author: personOf(c.author?.accountId), body: c.body, created: c.created,
        })),
      },
      issuelinks,
    },
    changelog: {
      histories: sortedHistories(issue).map((h, i) => ({
        id: ids.historyIds[i], author: personOf(h.author?.accountId), created: h.created,
        items: h.items.map((item) => ({ ...item, from: item.from ?? null, to: item.to ?? null })),
      })),
    },
  };
}

/** Finds Jira's suggestion for a record of the incident, to curate it. */
class Suggestions {
  constructor(
    readonly events: TimelineEvent[],
    private readonly ids: ImportedIds,
    private readonly links: ImportedLink[],
  ) {}

  created(): string {
    return `created:${this.ids.issueId}`;
  }

  comment(index: number): string {
    return `comment:${this.ids.commentIds[index]}`;
  }

  /** The first item of the history entry at `index` (in time order). */
  history(index: number): string {
    return `history:${this.ids.historyIds[index]}:0`;
  }

  linksOfType(typeName: string): ImportedLink[] {
    return this.links.filter((l) => l.typeName === typeName);
  }

  allLinks(): string[] {
    return this.links.map((l) => `issuelink:${l.id}`);
  }
}

interface Curation {
  /** Taken in but marked as key events. */
  key?: string[];
  /** Reworded (and timed) by the facilitator: Jira no longer overwrites them. */
  reword?: { sourceId: string; text: string; at?: string }[];
  /** Removed from the timeline and not suggested again. */
  dismiss?: string[];
  /** Jira events after this time happened after the timeline was written: left as suggestions. */
  before?: number;
  /** The facilitator's own events. */
  own?: { id: string; at: number; text: string; key?: boolean }[];
}

function curatedTimeline(suggestions: Suggestions, curation: Curation): PostmortemDocument['timeline'] {
  const taken = suggestions.events.filter((e) => curation.before === undefined || Date.parse(e.at) <= curation.before);
  const merged = mergeTimeline({ events: [], dismissedSourceIds: [] }, taken);
  const dismissed = new Set(curation.dismiss ?? []);
  const keys = new Set(curation.key ?? []);
  const rewords = new Map((curation.reword ?? []).map((r) => [r.sourceId, r]));
  const events: TimelineEvent[] = merged.events
    .filter((e) => !dismissed.has(e.sourceId ?? ''))
    .map((e) => {
      const reword = rewords.get(e.sourceId ?? '');
      const edited = reword ? { ...e, text: reword.text, at: reword.at ?? e.at, edited: true } : e;
      return { ...edited, key: keys.has(e.sourceId ?? '') };
    });
  for (const own of curation.own ?? []) {
    events.push({ id: own.id, at: new Date(own.at).toISOString(), kind: 'custom', text: own.text, source: 'user', key: own.key ?? false, edited: false });
  }
  events.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  return { events, dismissedSourceIds: [...dismissed] };
}

function at(start: number, minutes: number): string {
  return new Date(start + minutes * MINUTE).toISOString();
}

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function owner(person: Person): Pick<ActionItem, 'ownerAccountId' | 'ownerDisplayName'> {
  return { ownerAccountId: USERS[person].accountId, ownerDisplayName: USERS[person].displayName };
}

function keyOfSummary(issues: ImportIssue[], summary: string): string {
  const found = issues.find((i) => i.fields.summary === summary);
  if (!found?.key) throw new Error(`demo post-mortems: no issue "${summary}" in the demo seed`);
  return found.key;
}

function refOf(issue: ImportIssue): IncidentRef {
  return {
    key: issue.key ?? '',
    summary: issue.fields.summary,
    ...(issue.fields.created ? { created: issue.fields.created } : {}),
    components: (issue.fields.components ?? []).map((c) => c.name),
  };
}

/** Index fields recomputed, then checked as the app would check a save. */
function finished(document: PostmortemDocument): PostmortemDocument {
  const valid = PostmortemDocumentSchema.parse(withIndexSummary(document));
  splitForStorage(valid);
  return valid;
}

const TOKEN_BUG = 'Card gateway session token is not refreshed after 15 minutes';
const GATEWAY_BUG = 'Checkout returns 502 instead of a retry page when the card gateway times out';

/** QA-1's 5 Whys: the gateway stub in the test environment never expired tokens. */
function completedRootCause(gatewayBug: string): RootCause {
  return {
    whys: [
      { id: 'qa1-why-1', question: 'Why did card payments fail with 502?', answer: 'The card gateway rejected payment-service requests because their session tokens had expired.' },
      { id: 'qa1-why-2', question: 'Why were expired session tokens sent?', answer: 'The morning deployment changed the token cache, and tokens were no longer refreshed after 15 minutes.' },
      { id: 'qa1-why-3', question: 'Why did the change reach production?', answer: 'Regression tests run against a gateway stub whose tokens never expire, so no test covered a session longer than the token lifetime.' },
      { id: 'qa1-why-4', question: 'Why do the stub tokens never expire?', answer: 'The stub predates the gateway\'s 15-minute tokens; the contract change was never carried into the test environment.' },
      { id: 'qa1-why-5', question: 'Why was the contract change not carried into the test environment?', answer: 'Gateway contract changes have no owner in the release process, and test-environment parity is not reviewed before a release.' },
    ],
    contributingFactors: [
      `Checkout answered 502 instead of a retry page when the gateway timed out (${gatewayBug}).`,
      'The payment-service health check ignores the card gateway, so the deployment looked healthy.',
    ],
    category: 'environment-gap',
  };
}

/** QA-1's action items as agreed; due dates fit their tasks' lives in demo-action-tasks.ts. */
function completedActionItems(now: Date, tokenBug: string): ActionItem[] {
  const due = (days: number) => isoDay(now.getTime() + days * DAY);
  return [
    {
      id: 'qa1-action-1', title: 'Add long-session card payment scenarios to the checkout regression suite', type: 'test-design-enhancement',
      ...owner('bob'), dueDate: due(-10), priority: 'High',
      description: 'Cover sessions longer than the gateway token lifetime (15 minutes) for every card scheme, against a stub that expires tokens.',
    },
    {
      id: 'qa1-action-2', title: 'Exploratory charter: checkout when the card gateway times out or rejects tokens', type: 'exploratory-test-charter',
      ...owner('alice'), dueDate: due(-3), priority: 'Medium',
      description: 'Explore retries, error pages and duplicate orders when the gateway is slow, rejects tokens or is unavailable.',
    },
    {
      id: 'qa1-action-3', title: 'Review gateway contract changes and test-environment parity before each release', type: 'process-refinement',
      ...owner('alice'), dueDate: due(12), priority: 'Medium',
      description: 'Add a release checklist step: list third-party contract changes and confirm the staging stubs follow them.',
    },
    {
      id: 'qa1-action-4', title: 'Alert on the card gateway token-rejection rate', type: 'metric-monitoring',
      ...owner('carol'), dueDate: due(4), priority: 'Medium',
      description: 'Page the Payments on-call when more than 1% of gateway calls are rejected for expired tokens over 5 minutes.',
    },
    {
      id: 'qa1-action-5', title: 'Validate the token refresh fix with 30-minute synthetic card sessions', type: 'fix-validation',
      ...owner('carol'), dueDate: due(-26), priority: 'High',
      description: `Run synthetic payments for every card scheme with sessions held open for 30 minutes; link the results to ${tokenBug}.`,
    },
  ];
}

/** What happened to QA-1's action items after the post-mortem was completed. */
interface FollowThrough {
  rootCause: RootCause;
  /** The items with their tasks' keys and states. */
  actionItems: ActionItem[];
  /** When the app wrote the post-mortem since completion (ms, oldest first). */
  writes: number[];
}

/**
 * QA-1: complete. Every stage done, summary comment posted when it was completed; since then the
 * app has recorded its tasks' progress (last written by the app, at one revision per write).
 */
function completedPostmortem(
  incident: ImportIssue, suggestions: Suggestions, all: ImportIssue[], completedAt: number, followThrough: FollowThrough,
): PostmortemDocument {
  const t = Date.parse(incident.fields.created ?? '');
  const causes = suggestions.linksOfType('Causes');
  const tokenBug = keyOfSummary(all, TOKEN_BUG);
  const lastWrite = followThrough.writes.at(-1);
  const base = emptyDocument(refOf(incident), new Date(completedAt));
  return finished({
    ...base,
    revision: 17 + followThrough.writes.length,
    updatedAt: new Date(lastWrite ?? completedAt).toISOString(),
    updatedBy: lastWrite === undefined ? USERS.alice.accountId : APP_USER.accountId,
    gather: {
      severity: 'sev1',
      usersAffected: null,
      customersAffected: 1900,
      impactSummary: 'About 38% of card payments failed with 502 Bad Gateway for 70 minutes; an estimated 1,900 orders were abandoned. PayPal and gift-card payments were not affected.',
      startedAt: at(t, -22),
      detectedAt: at(t, 0),
      mitigatedAt: at(t, 48),
      resolvedAt: at(t, 26 * 60 + 5),
      affectedJourneys: ['Pay by card at checkout', 'Retry a failed payment'],
      affectedComponents: ['Checkout', 'Payments'],
      evidence: [
        { label: 'Checkout 5xx rate during the incident', url: 'https://grafana.example.com/d/checkout-5xx?from=incident', kind: 'dashboard' },
        { label: 'payment-service gateway rejections (token expired)', url: 'https://logs.example.com/app/payment-service?q=TOKEN_EXPIRED', kind: 'log' },
        { label: 'Status page incident report', url: 'https://status.example.com/incidents/card-payments-502', kind: 'incident-report' },
      ],
      suspectedChanges: [
        { kind: 'deployment', ref: 'payment-service morning deployment (new token cache)', note: 'Rolled back at mitigation; the 502 rate returned to baseline.' },
        { kind: 'issue', ref: tokenBug, note: 'The gateway session token was not refreshed after 15 minutes.' },
      ],
    },
    timeline: curatedTimeline(suggestions, {
      key: [suggestions.comment(0), suggestions.comment(1), suggestions.comment(2), suggestions.history(4)],
      reword: [
        { sourceId: suggestions.comment(0), text: 'Checkout 5xx alert fired: about 38% of card payments answer 502; PayPal and gift cards unaffected.' },
        { sourceId: suggestions.comment(1), text: 'Cause found in payment-service logs: the card gateway rejects expired session tokens since the morning deployment.' },
        { sourceId: suggestions.comment(2), text: 'Mitigated: payment-service rolled back to the previous build; 502 rate back to baseline.' },
        ...causes.map((l) => ({
          sourceId: `issuelink:${l.id}`,
          text: `Defect linked as a cause: ${l.sourceKey} ${all.find((i) => i.key === l.sourceKey)?.fields.summary ?? ''}`.trim(),
          ...(l.created ? { at: new Date(l.created).toISOString() } : {}),
        })),
      ],
      dismiss: [
        ...suggestions.allLinks().filter((id) => !causes.some((l) => id === `issuelink:${l.id}`)),
        suggestions.comment(4),
        suggestions.comment(5),
        suggestions.comment(6),
      ],
      own: [
        { id: 'qa1-event-deploy', at: t - 37 * MINUTE, text: 'payment-service deployed with the new gateway token cache.' },
        { id: 'qa1-event-impact', at: t - 22 * MINUTE, text: 'First card payments fail with 502 (from the gateway logs).', key: true },
      ],
    }),
    rootCause: followThrough.rootCause,
    probes: {
      testCoverage: {
        answer: 'no',
        notes: 'No functional or regression test kept a card session open past 15 minutes; exploratory sessions on checkout never covered gateway timeouts.',
        evidence: [{ label: 'Checkout regression suite', url: 'https://testmanagement.example.com/suites/checkout-regression', kind: 'other' }],
      },
      riskAssessment: {
        answer: 'partly',
        notes: 'The token cache change was rated low risk in release planning because the unit tests passed; its dependency on the gateway contract was not considered.',
        evidence: [],
      },
      processEffectiveness: {
        answer: 'no',
        notes: 'The staging gateway stub differs from production (tokens never expire). UAT covered the happy path only; the UAT pass rate was high and stable, so it gave no warning.',
        evidence: [],
        uatPassRates: [
          { release: '1.4', passRate: 97 },
          { release: '1.5', passRate: 98 },
        ],
      },
      defectTrends: {
        answer: 'yes',
        notes: 'Payments has had the highest leakage rate of the project in recent releases, and its reopen rate is above target.',
        evidence: [],
      },
    },
    actionItems: followThrough.actionItems,
    review: { dismissedFindings: [], completedAt: new Date(completedAt).toISOString(), completedBy: USERS.alice.accountId },
  });
}

/** QA-2: in progress. Impact and timeline done; root cause being worked out. */
function inProgressPostmortem(incident: ImportIssue, suggestions: Suggestions, all: ImportIssue[], now: Date): PostmortemDocument {
  const t = Date.parse(incident.fields.created ?? '');
  const causes = suggestions.linksOfType('Causes');
  const webhookBug = keyOfSummary(all, 'Refund webhook handler gives up after the first provider timeout');
  const release16 = qaVersions(now).find((v) => v.name === '1.6');
  const startedAt = release16 ? `${release16.releaseDate}T10:00:00.000Z` : null;
  const updatedAt = t + 4 * DAY + 3 * 60 * MINUTE;
  const base = emptyDocument(refOf(incident), new Date(updatedAt));
  return finished({
    ...base,
    revision: 9,
    updatedAt: new Date(updatedAt).toISOString(),
    updatedBy: USERS.alice.accountId,
    gather: {
      severity: 'sev2',
      usersAffected: null,
      customersAffected: 312,
      impactSummary: "312 refunds showed 'pending' for two days or more although the payment provider had completed them; 27 support tickets; no money lost.",
      startedAt,
      detectedAt: at(t, 0),
      mitigatedAt: at(t, 5 * 60),
      resolvedAt: null,
      affectedJourneys: ['Refund an order', 'Order history'],
      affectedComponents: ['Payments'],
      evidence: [
        { label: 'Refund webhook timeouts', url: 'https://logs.example.com/app/refund-webhooks?q=timeout', kind: 'log' },
        { label: 'Support tickets about pending refunds', url: 'https://support.example.com/views/pending-refunds', kind: 'incident-report' },
      ],
      suspectedChanges: [
        { kind: 'fix-version', ref: '1.6', note: 'Refunds requested since the 1.6 release are affected.' },
        { kind: 'issue', ref: webhookBug, note: 'Webhook handler does not retry after a provider timeout.' },
      ],
    },
    timeline: curatedTimeline(suggestions, {
      before: t + 2 * DAY,
      key: [suggestions.comment(0), suggestions.comment(1), suggestions.comment(2)],
      reword: causes.map((l) => ({
        sourceId: `issuelink:${l.id}`,
        text: `Defect linked as a cause: ${l.sourceKey} ${all.find((i) => i.key === l.sourceKey)?.fields.summary ?? ''}`.trim(),
        ...(l.created ? { at: new Date(l.created).toISOString() } : {}),
      })),
      dismiss: suggestions.allLinks().filter((id) => !causes.some((l) => id === `issuelink:${l.id}`)),
      own: startedAt ? [{ id: 'qa2-event-release', at: Date.parse(startedAt), text: 'Release 1.6 deployed, including the new refund webhook handler.', key: true }] : [],
    }),
    rootCause: {
      whys: [
        { id: 'qa2-why-1', question: "Why did refunds stay 'pending'?", answer: 'The provider\'s refund webhooks timed out after 10 seconds and the refund status was never updated.' },
        { id: 'qa2-why-2', question: 'Why was the status never updated after a timeout?', answer: 'The webhook handler in 1.6 gives up after the first timeout instead of retrying.' },
        { id: 'qa2-why-3', question: 'Why did testing not catch the missing retry?', answer: '' },
      ],
      contributingFactors: ['The refund status page trusts the webhook only; there is no reconciliation with the provider.'],
      category: null,
    },
  });
}

/** Who posted the completion summary, and when relative to the incident. */
const COMPLETED_AFTER = 5 * DAY + 2 * 60 * MINUTE;
/** The facilitator pressed "Create tasks" this long before completing the post-mortem. */
const TASKS_BEFORE_COMPLETION = 90 * MINUTE;

/** The number after the highest key number among `issues` (keys are PROJECT-NUMBER). */
function nextKeyNumber(issues: ImportIssue[]): number {
  return Math.max(0, ...issues.map((i) => Number((i.key ?? '').split('-')[1]) || 0)) + 1;
}

/**
 * The demo issues with the post-mortems stored on the completed and in-progress incidents (and the
 * completed one's summary comment), followed by the completed one's action-item tasks. Issues are
 * copied, not changed.
 */
export function withDemoPostmortems(issues: ImportIssue[], incidents: { completed: string; inProgress: string }, now: Date): ImportIssue[] {
  const list = issues.map((issue) => ({ ...issue }));
  const completed = list.find((i) => i.key === incidents.completed);
  const inProgress = list.find((i) => i.key === incidents.inProgress);
  if (!completed || !inProgress) throw new Error('demo post-mortems: the demo incidents are missing');

  const completedAt = Math.min(Date.parse(completed.fields.created ?? '') + COMPLETED_AFTER, now.getTime());
  const summaryComment: ImportComment = { author: { accountId: USERS.alice.accountId }, body: 'QA post-mortem complete.', created: new Date(completedAt).toISOString() };
  completed.comments = [...(completed.comments ?? []), summaryComment];
  const previousUpdate = Date.parse(completed.fields.updated ?? '');
  const lastUpdate = Number.isNaN(previousUpdate) ? completedAt : Math.max(previousUpdate, completedAt);
  completed.fields = { ...completed.fields, updated: new Date(lastUpdate).toISOString() };

  const rootCause = completedRootCause(keyOfSummary(list, GATEWAY_BUG));
  const tasks = demoActionTasks({
    incident: { key: completed.key ?? '', summary: completed.fields.summary },
    rootCause,
    items: completedActionItems(now, keyOfSummary(list, TOKEN_BUG)),
    lives: QA1_TASK_LIVES,
    creator: 'alice',
    createdAt: completedAt - TASKS_BEFORE_COMPLETION,
    firstNumber: nextKeyNumber(list),
    now,
  });
  list.push(...tasks.issues);

  const { byKey, links } = importedIds(list);
  const suggestionsOf = (issue: ImportIssue) => {
    const ids = byKey.get(issue.key ?? '');
    if (!ids) throw new Error(`demo post-mortems: no ids for ${issue.key}`);
    const own = links.filter((l) => l.sourceKey === issue.key || l.destinationKey === issue.key);
    return new Suggestions(buildTimelineSuggestions(asJiraIssue(issue, ids, links, list)), ids, own);
  };

  const completedDoc = completedPostmortem(completed, suggestionsOf(completed), list, completedAt, {
    rootCause, actionItems: tasks.items, writes: tasks.followThroughWrites,
  });
  summaryComment.body = buildCompletionSummary(completedDoc, refOf(completed));
  const inProgressDoc = inProgressPostmortem(inProgress, suggestionsOf(inProgress), list, now);

  completed.properties = [...(completed.properties ?? []), { key: POSTMORTEM_PROPERTY_KEY, value: completedDoc }];
  inProgress.properties = [...(inProgress.properties ?? []), { key: POSTMORTEM_PROPERTY_KEY, value: inProgressDoc }];
  return list;
}
