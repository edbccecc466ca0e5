/**
 * An independent, deliberately simple implementation of the metric definitions (DESIGN.md section
 * 4, DECISIONS.md) over the emulator's raw data, read through plain REST calls (search pages, then
 * GET issue/{key}/changelog for every issue: the per-issue way the app must never take). The
 * integration tests compare the app's answers with these figures.
 */
import type { Sandbox } from '../../helpers/sandbox';

export interface RawIssue {
  id: string;
  key: string;
  type: string;
  created: string;
  statusId: string;
  resolution: string | null;
  labels: string[];
  duedate: string | null;
  resolutiondate: string | null;
  components: string[];
  fixVersions: string[];
  /** Affects versions: the releases the defect was found in. */
  affectsVersions: string[];
  properties: Record<string, unknown>;
  /** Status changes, oldest first. */
  changes: { from: string | null; to: string | null; at: string }[];
}

export interface RawSite {
  issues: RawIssue[];
  doneStatusIds: Set<string>;
  knownStatusIds: Set<string>;
}

interface Named { name: string }

/**
 * A GET as any careful client makes it: Jira's burst limit counts every caller's requests to an
 * endpoint, so reading hundreds of changelogs one by one meets 429s; each is waited out for the
 * Retry-After Jira sends, as Jira asks.
 */
async function get<T>(sb: Sandbox, user: string, path: string): Promise<T> {
  let answer = await sb.jira<T>(user, path);
  while (answer.status === 429 && answer.retryAfterSeconds !== undefined) {
    await new Promise((resolve) => setTimeout(resolve, (answer.retryAfterSeconds as number) * 1000));
    answer = await sb.jira<T>(user, path);
  }
  if (answer.status !== 200) throw new Error(`GET ${path} answered ${answer.status}: ${JSON.stringify(answer.body)}`);
  return answer.body;
}

/** Every issue of the project as `user` sees it, with its full status history. */
export async function readRawSite(sb: Sandbox, user = 'alice', projectKey = 'QA'): Promise<RawSite> {
  const statuses = await get<{ id: string; statusCategory: { key: string } }[]>(sb, user, '/rest/api/3/status');
  const issues: RawIssue[] = [];
  let token: string | undefined;
  do {
    const query = new URLSearchParams({
      jql: `project = ${projectKey}`, maxResults: '100', fields: 'issuetype,status,resolution,resolutiondate,duedate,created,labels,components,fixVersions,versions',
      properties: 'qa-postmortem,qa-postmortem-action', ...(token ? { nextPageToken: token } : {}),
    });
    const page = await get<{ issues: { id: string; key: string; fields: Record<string, unknown>; properties?: Record<string, unknown> }[]; nextPageToken?: string }>(
      sb, user, `/rest/api/3/search/jql?${query}`,
    );
    for (const issue of page.issues) {
      const f = issue.fields as { issuetype: Named; status: { id: string }; resolution: Named | null; resolutiondate: string | null; duedate: string | null; created: string; labels: string[]; components: Named[]; fixVersions: Named[]; versions: Named[] };
      issues.push({
        id: issue.id, key: issue.key, type: f.issuetype.name, created: f.created, statusId: f.status.id,
        resolution: f.resolution?.name ?? null, labels: f.labels, duedate: f.duedate, resolutiondate: f.resolutiondate, components: f.components.map((c) => c.name),
        fixVersions: f.fixVersions.map((v) => v.name), affectsVersions: f.versions.map((v) => v.name), properties: issue.properties ?? {}, changes: [],
      });
    }
    token = page.nextPageToken;
  } while (token);
  for (const issue of issues) {
    let startAt = 0;
    for (;;) {
      const page = await get<{ values: { created: string; items: { field: string; from: string | null; to: string | null }[] }[]; isLast: boolean }>(
        sb, user, `/rest/api/3/issue/${issue.key}/changelog?startAt=${startAt}`,
      );
      for (const history of page.values) {
        for (const item of history.items) if (item.field === 'status') issue.changes.push({ from: item.from, to: item.to, at: history.created });
      }
      startAt += page.values.length;
      if (page.isLast || page.values.length === 0) break;
    }
    issue.changes.sort((a, b) => Date.parse(a.at.replace(/([+-]\d\d)(\d\d)$/, '$1:$2')) - Date.parse(b.at.replace(/([+-]\d\d)(\d\d)$/, '$1:$2')));
  }
  return {
    issues,
    doneStatusIds: new Set(statuses.filter((s) => s.statusCategory.key === 'done').map((s) => s.id)),
    knownStatusIds: new Set(statuses.map((s) => s.id)),
  };
}

export interface Rule {
  from: string;
  to: string;
  component?: string;
  fixVersion?: string;
  defectTypes?: string[];
  invalidResolutions?: string[];
  /** The escaped rule, as a predicate (the default is the label found-in-production). */
  escaped?: (issue: RawIssue) => boolean;
}

export interface Tally { defects: number; escaped: number; resolved: number; reopened: number }

const rate = (n: number, d: number) => (d === 0 ? null : Math.round((n * 1000) / d) / 10);

export function figures(t: Tally) {
  return { leakage: { rate: rate(t.escaped, t.defects), escaped: t.escaped, defects: t.defects }, reopen: { rate: rate(t.reopened, t.resolved), reopened: t.reopened, resolved: t.resolved } };
}

/** A defect "in scope" and its facts, or null when it does not count. */
export function judge(site: RawSite, issue: RawIssue, rule: Rule): { escaped: boolean; resolved: boolean; reopened: boolean } | null {
  const types = (rule.defectTypes ?? ['Bug']).map((t) => t.toLowerCase());
  const invalid = (rule.invalidResolutions ?? ['Duplicate', "Won't Do", 'Cannot Reproduce', 'Not a Bug']).map((r) => r.toLowerCase());
  const day = issue.created.slice(0, 10);
  if (!types.includes(issue.type.toLowerCase()) || day < rule.from || day > rule.to) return null;
  if (issue.resolution !== null && invalid.includes(issue.resolution.toLowerCase())) return null;
  if (rule.component !== undefined && !issue.components.includes(rule.component)) return null;
  if (rule.fixVersion !== undefined && !issue.fixVersions.includes(rule.fixVersion)) return null;
  const done = (id: string | null) => id !== null && site.doneStatusIds.has(id);
  const known = (id: string | null) => id !== null && site.knownStatusIds.has(id);
  let resolved = done(issue.statusId);
  let reopened = false;
  for (const change of issue.changes) {
    if (done(change.to) || done(change.from)) resolved = true;
    if (done(change.from) && known(change.to) && !done(change.to)) reopened = true;
  }
  const escaped = (rule.escaped ?? ((i: RawIssue) => i.labels.includes('found-in-production')))(issue);
  return { escaped, resolved, reopened };
}

/** Tallies per group key; `keysOf` names the groups a defect falls in. */
export function tallies(site: RawSite, rule: Rule, keysOf: (issue: RawIssue) => string[]): Map<string, Tally> {
  const result = new Map<string, Tally>();
  for (const issue of site.issues) {
    const facts = judge(site, issue, rule);
    if (!facts) continue;
    for (const key of keysOf(issue)) {
      const t = result.get(key) ?? { defects: 0, escaped: 0, resolved: 0, reopened: 0 };
      t.defects += 1;
      if (facts.escaped) t.escaped += 1;
      if (facts.resolved) t.resolved += 1;
      if (facts.resolved && facts.reopened) t.reopened += 1;
      result.set(key, t);
    }
  }
  return result;
}

export function overall(site: RawSite, rule: Rule) {
  return figures(tallies(site, rule, () => ['all']).get('all') ?? { defects: 0, escaped: 0, resolved: 0, reopened: 0 });
}

const jiraTime = (t: string) => Date.parse(t.replace(/([+-]\d\d)(\d\d)$/, '$1:$2'));

/**
 * Action-item follow-through the simple way: tasks labelled postmortem-action created in the period;
 * done = in a Done-category status; overdue = open and due before `today`.
 */
/** `component`: a component's view counts the tasks of that component's incidents only. */
export function followThrough(site: RawSite, from: string, today: string, component?: string) {
  const incidentsOfComponent = new Set(site.issues.filter((i) => i.type === 'Incident' && component !== undefined && i.components.includes(component)).map((i) => i.key));
  const incidentOf = (task: RawIssue) => (task.properties['qa-postmortem-action'] as { incident?: string } | undefined)?.incident;
  const tasks = site.issues.filter((i) => i.labels.includes('postmortem-action') && i.created.slice(0, 10) >= from
    && (component === undefined || incidentsOfComponent.has(incidentOf(i) ?? '')));
  // DESIGN.md section 4: closed with an invalid resolution is cancelled, not done (the default list).
  const invalid = ['duplicate', "won't do", 'cannot reproduce', 'not a bug'];
  const closed = tasks.filter((t) => site.doneStatusIds.has(t.statusId));
  const cancelled = closed.filter((t) => t.resolution !== null && invalid.includes(t.resolution.toLowerCase()));
  const done = closed.filter((t) => !cancelled.includes(t));
  const open = tasks.filter((t) => !site.doneStatusIds.has(t.statusId));
  const days = done.filter((t) => t.resolutiondate)
    .map((t) => (jiraTime(t.resolutiondate!) - jiraTime(t.created)) / 86_400_000)
    .sort((a, b) => a - b);
  const mid = Math.floor(days.length / 2);
  const median = days.length === 0 ? null : days.length % 2 ? days[mid] : (days[mid - 1] + days[mid]) / 2;
  return {
    total: tasks.length,
    open: open.length,
    overdue: open.filter((t) => t.duedate !== null && t.duedate < today).length,
    done: done.length,
    cancelled: cancelled.length,
    completionRate: tasks.length ? Math.round((done.length / tasks.length) * 1000) / 10 : null,
    medianDaysToDone: median === null ? null : Math.round(median * 10) / 10,
  };
}

/**
 * Reopens in period, month by month: the defects (any creation date, not resolved as invalid) with a
 * change from a Done status to another known status within the month, each counted once a month
 * (DECISIONS.md 15), read from the change's time as Jira wrote it in the viewer's zone.
 */
export function reopensByMonth(site: RawSite, period: { from: string; to: string }, invalidResolutions = ['Duplicate', "Won't Do", 'Cannot Reproduce', 'Not a Bug']): Map<string, number> {
  const invalid = invalidResolutions.map((r) => r.toLowerCase());
  const done = (id: string | null) => id !== null && site.doneStatusIds.has(id);
  const known = (id: string | null) => id !== null && site.knownStatusIds.has(id);
  const keysByMonth = new Map<string, Set<string>>();
  for (const issue of site.issues) {
    if (issue.type !== 'Bug' || (issue.resolution !== null && invalid.includes(issue.resolution.toLowerCase()))) continue;
    for (const change of issue.changes) {
      const day = change.at.slice(0, 10);
      if (day < period.from || day > period.to || !done(change.from) || !known(change.to) || done(change.to)) continue;
      const month = day.slice(0, 7);
      keysByMonth.set(month, (keysByMonth.get(month) ?? new Set()).add(issue.key));
    }
  }
  return new Map([...keysByMonth].map(([month, keys]) => [month, keys.size]));
}
