/**
 * `POST /__sandbox/import`: loads issues written in Jira's JSON with names where Jira takes ids
 * (import-format.ts). Everything is checked first and any problem refuses the whole body with a 400
 * naming the issue index and field, so an import is all or nothing. Then names become ids, keys are
 * kept or assigned after the project's highest, times are kept as given (backdating), status items of
 * histories get their ids from their names, plain-text comments become ADF, links and properties are
 * attached. One pass over the body with map lookups: 50,000 issues import in a few seconds.
 */
import type { EmChangeItem, EmComment, EmHistory, EmIssue, EmLink, EmProject, EmStatus, EmUser } from './model';
import type { ImportBody, ImportChangeItem, ImportIssue, ImportUserRef } from './import-format';
import type { EmulatorState } from './store';
import { isAdfDoc, textToAdf } from './adf';
import { JiraHttpError } from './http-error';
import { isIsoDay, laterOf, normalizeTime } from './jira-time';
import { propertyProblem } from './entity-properties';
import { linkItem } from './link-ops';

const MAX_REPORTED_ERRORS = 50;
const KEY_PATTERN = /^([A-Z][A-Z0-9_]*)-([1-9]\d*)$/;

/** Jira's fieldId for the field names its changelog uses. */
const FIELD_IDS: Record<string, string> = {
  status: 'status', resolution: 'resolution', priority: 'priority', assignee: 'assignee', reporter: 'reporter',
  labels: 'labels', summary: 'summary', description: 'description', duedate: 'duedate', issuetype: 'issuetype',
  Component: 'components', 'Fix Version': 'fixVersions', Version: 'versions',
};

/** "source <outward description> destination"; the source becomes Jira's outwardIssue of the link. */
interface PreparedLink { typeId: string; sourceKey: string; destinationKey: string; created?: string }

interface PreparedIssue {
  key?: string;
  keyNumber?: number;
  project: EmProject;
  issue: Omit<EmIssue, 'id' | 'key'>;
  links: PreparedLink[];
  parentKey?: string;
}

class Problems {
  readonly messages: string[] = [];
  add(where: string, message: string): void {
    if (this.messages.length < MAX_REPORTED_ERRORS) this.messages.push(`${where}: ${message}`);
  }
}

function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

function resolveUser(state: EmulatorState, ref: ImportUserRef | null | undefined, where: string, problems: Problems): EmUser | null | undefined {
  if (ref === null || ref === undefined) return null;
  const user = typeof ref.accountId === 'string' ? state.userById(ref.accountId)
    : typeof ref.emailAddress === 'string' ? state.userByEmail(ref.emailAddress) : undefined;
  if (!user) problems.add(where, `User '${ref.accountId ?? ref.emailAddress ?? JSON.stringify(ref)}' does not exist.`);
  return user;
}

function time(value: unknown, where: string, problems: Problems): string | undefined {
  const normalized = normalizeTime(value);
  if (normalized === null) problems.add(where, `'${String(value)}' is not an ISO-8601 time.`);
  return normalized ?? undefined;
}

function statusRef(state: EmulatorState, id: unknown, name: unknown, where: string, problems: Problems): EmStatus | undefined {
  const status = typeof id === 'string' && id !== '' ? state.statusById(id) : typeof name === 'string' ? state.statusByName(name) : undefined;
  if (!status) problems.add(where, `Status '${String(id ?? name)}' does not exist.`);
  return status;
}

function prepareItem(state: EmulatorState, raw: ImportChangeItem, where: string, problems: Problems): EmChangeItem {
  if (typeof raw?.field !== 'string' || raw.field === '') {
    problems.add(where, 'A change item needs a field.');
    return { field: '', fieldtype: 'jira', from: null, fromString: null, to: null, toString: null };
  }
  const item: EmChangeItem = {
    field: raw.field,
    fieldtype: 'jira',
    from: raw.from ?? null,
    fromString: raw.fromString ?? null,
    to: raw.to ?? null,
    toString: raw.toString ?? null,
  };
  const fieldId = raw.fieldId ?? FIELD_IDS[raw.field];
  if (fieldId !== undefined) item.fieldId = fieldId;
  if (raw.field === 'status') {
    const from = statusRef(state, raw.from, raw.fromString, `${where}.from`, problems);
    const to = statusRef(state, raw.to, raw.toString, `${where}.to`, problems);
    if (from) { item.from = from.id; item.fromString = raw.fromString ?? from.name; }
    if (to) { item.to = to.id; item.toString = raw.toString ?? to.name; }
  } else if (raw.field === 'resolution') {
    const byName = (name: string | null | undefined) => (typeof name === 'string' ? state.resolutionByName(name)?.id ?? null : null);
    item.from = raw.from ?? byName(raw.fromString);
    item.to = raw.to ?? byName(raw.toString);
  }
  return item;
}

function prepareIssue(
  state: EmulatorState, raw: ImportIssue, index: number, now: string, bodyKeys: Set<string>, problems: Problems,
): PreparedIssue | undefined {
  const at = `issues[${index}]`;
  const fields = record(raw?.fields);
  if (!fields) { problems.add(at, "'fields' is required."); return undefined; }
  const projectKey = record(fields.project)?.key;
  const project = typeof projectKey === 'string' ? state.projectByIdOrKey(projectKey) : undefined;
  if (!project) { problems.add(`${at}.fields.project`, `Project '${String(projectKey)}' does not exist.`); return undefined; }

  let keyNumber: number | undefined;
  if (raw.key !== undefined) {
    const match = typeof raw.key === 'string' ? KEY_PATTERN.exec(raw.key) : null;
    if (!match || match[1] !== project.key) problems.add(`${at}.key`, `'${String(raw.key)}' is not a key of project ${project.key}.`);
    else if (state.issueByIdOrKey(raw.key) || bodyKeys.has(raw.key)) problems.add(`${at}.key`, `Issue key '${raw.key}' is already used.`);
    else { keyNumber = Number(match[2]); bodyKeys.add(raw.key); }
  }

  const typeName = record(fields.issuetype)?.name;
  const issueType = typeof typeName === 'string' ? state.issueTypeByName(typeName) : undefined;
  if (!issueType || !project.issueTypeIds.includes(issueType.id)) problems.add(`${at}.fields.issuetype`, `Issue type '${String(typeName)}' does not exist in project ${project.key}.`);
  if (typeof fields.summary !== 'string' || fields.summary.trim() === '') problems.add(`${at}.fields.summary`, 'A summary is required.');

  const statusName = record(fields.status)?.name;
  const status = fields.status === undefined ? state.statusById(state.initialStatusId) : statusRef(state, undefined, statusName, `${at}.fields.status`, problems);
  let resolutionId: string | null = null;
  if (fields.resolution !== undefined && fields.resolution !== null) {
    const name = record(fields.resolution)?.name;
    const resolution = typeof name === 'string' ? state.resolutionByName(name) : undefined;
    if (!resolution) problems.add(`${at}.fields.resolution`, `Resolution '${String(name)}' does not exist.`);
    else resolutionId = resolution.id;
  }
  let priorityId: string | null = state.defaultPriorityId;
  if (fields.priority !== undefined) {
    const name = record(fields.priority)?.name;
    const priority = typeof name === 'string' ? state.priorityByName(name) : undefined;
    if (!priority) problems.add(`${at}.fields.priority`, `Priority '${String(name)}' does not exist.`);
    else priorityId = priority.id;
  }
  const assignee = resolveUser(state, fields.assignee as ImportUserRef | null | undefined, `${at}.fields.assignee`, problems);
  const reporter = resolveUser(state, fields.reporter as ImportUserRef | null | undefined, `${at}.fields.reporter`, problems);
  const creator = fields.creator === undefined ? reporter
    : resolveUser(state, fields.creator as ImportUserRef | null | undefined, `${at}.fields.creator`, problems);
  const parentKey = record(fields.parent)?.key;
  if (fields.parent !== undefined && fields.parent !== null && typeof parentKey !== 'string') problems.add(`${at}.fields.parent`, 'Must be {key}.');

  const labels = fields.labels ?? [];
  if (!Array.isArray(labels) || labels.some((l) => typeof l !== 'string' || /\s/.test(l) || l === '')) {
    problems.add(`${at}.fields.labels`, 'Labels must be non-empty strings without spaces.');
  }
  const named = (list: unknown, field: string, catalogue: { id: string; name: string }[]): string[] => {
    if (list === undefined) return [];
    if (!Array.isArray(list)) { problems.add(`${at}.fields.${field}`, 'Must be an array of {name}.'); return []; }
    return list.flatMap((ref) => {
      const name = record(ref)?.name;
      const found = typeof name === 'string' ? catalogue.find((c) => c.name.toLowerCase() === name.toLowerCase()) : undefined;
      if (!found) { problems.add(`${at}.fields.${field}`, `'${String(name)}' does not exist in project ${project.key}.`); return []; }
      return [found.id];
    });
  };
  const componentIds = named(fields.components, 'components', project.components);
  const fixVersionIds = named(fields.fixVersions, 'fixVersions', project.versions);
  const affectsVersionIds = named(fields.versions, 'versions', project.versions);
  if (fields.duedate !== undefined && fields.duedate !== null && !isIsoDay(fields.duedate)) {
    problems.add(`${at}.fields.duedate`, `'${String(fields.duedate)}' is not a YYYY-MM-DD date.`);
  }
  let description: unknown = null;
  if (typeof fields.description === 'string') description = textToAdf(fields.description);
  else if (fields.description !== undefined && fields.description !== null) {
    if (!isAdfDoc(fields.description)) problems.add(`${at}.fields.description`, 'Must be plain text or an ADF document.');
    description = fields.description;
  }
  const created = fields.created === undefined ? now : time(fields.created, `${at}.fields.created`, problems) ?? now;
  const givenUpdated = fields.updated === undefined ? undefined : time(fields.updated, `${at}.fields.updated`, problems);
  const givenResolved = fields.resolutiondate === undefined || fields.resolutiondate === null
    ? undefined : time(fields.resolutiondate, `${at}.fields.resolutiondate`, problems);

  const rawHistories = raw.changelog?.histories ?? [];
  if (!Array.isArray(rawHistories)) problems.add(`${at}.changelog.histories`, 'Must be an array.');
  const histories: EmHistory[] = [];
  (Array.isArray(rawHistories) ? rawHistories : []).forEach((h, hi) => {
    const where = `${at}.changelog.histories[${hi}]`;
    const author = resolveUser(state, h?.author, `${where}.author`, problems);
    const when = time(h?.created, `${where}.created`, problems);
    if (!Array.isArray(h?.items)) { problems.add(`${where}.items`, 'Must be an array.'); return; }
    const items = h.items.map((item, ii) => prepareItem(state, item, `${where}.items[${ii}]`, problems));
    if (when) histories.push({ id: '', authorAccountId: author?.accountId ?? null, created: when, items });
  });
  histories.sort((a, b) => Date.parse(a.created) - Date.parse(b.created));

  const rawComments = raw.comments ?? [];
  const comments: EmComment[] = [];
  (Array.isArray(rawComments) ? rawComments : []).forEach((c, ci) => {
    const where = `${at}.comments[${ci}]`;
    const author = resolveUser(state, c?.author, `${where}.author`, problems) ?? reporter ?? state.userById(project.leadAccountId);
    const when = time(c?.created, `${where}.created`, problems);
    let body: unknown;
    if (typeof c?.body === 'string') body = textToAdf(c.body);
    else if (isAdfDoc(c?.body)) body = c.body;
    else problems.add(`${where}.body`, 'Must be plain text or an ADF document.');
    if (when && body !== undefined) comments.push({ id: '', authorAccountId: author?.accountId ?? '', body, created: when, updated: when });
  });
  if (!Array.isArray(rawComments)) problems.add(`${at}.comments`, 'Must be an array.');

  const links: PreparedLink[] = [];
  (Array.isArray(raw.links) ? raw.links : []).forEach((l, li) => {
    const where = `${at}.links[${li}]`;
    const type = typeof l?.type?.name === 'string' ? state.linkTypeByName(l.type.name) : undefined;
    if (!type) { problems.add(`${where}.type`, `Link type '${String(l?.type?.name)}' does not exist.`); return; }
    const outward = l.outwardIssue?.key;
    const inward = l.inwardIssue?.key;
    if ((outward === undefined) === (inward === undefined)) { problems.add(where, 'Give exactly one of outwardIssue or inwardIssue.'); return; }
    const selfKey = raw.key;
    if (typeof selfKey !== 'string') { problems.add(`${at}.key`, 'An issue with links needs an explicit key.'); return; }
    links.push(outward !== undefined
      ? { typeId: type.id, sourceKey: selfKey, destinationKey: outward, created: l.created }
      : { typeId: type.id, sourceKey: inward as string, destinationKey: selfKey, created: l.created });
  });

  const properties = new Map<string, unknown>();
  (Array.isArray(raw.properties) ? raw.properties : []).forEach((p, pi) => {
    const problem = propertyProblem(p?.key, p?.value);
    if (problem) problems.add(`${at}.properties[${pi}]`, problem);
    else properties.set(p.key, structuredClone(p.value));
  });

  if (!status || !issueType) return undefined;
  let updated = givenUpdated ?? created;
  for (const h of histories) updated = laterOf(updated, h.created);
  for (const c of comments) updated = laterOf(updated, c.created);
  const done = status.categoryKey === 'done';
  let enteredDone: string | undefined;
  let categoryChanged: string | undefined;
  for (const h of histories) {
    for (const item of h.items) {
      if (item.field !== 'status' || item.from === null || item.to === null) continue;
      const fromCategory = state.categoryOfStatus(item.from);
      const toCategory = state.categoryOfStatus(item.to);
      if (fromCategory !== toCategory) categoryChanged = h.created;
      if (toCategory === 'done' && fromCategory !== 'done') enteredDone = h.created;
    }
  }
  return {
    key: raw.key,
    keyNumber,
    project,
    links,
    ...(typeof parentKey === 'string' ? { parentKey } : {}),
    issue: {
      projectId: project.id,
      fields: {
        summary: typeof fields.summary === 'string' ? fields.summary : '',
        description,
        issueTypeId: issueType.id,
        statusId: status.id,
        priorityId,
        resolutionId,
        assigneeAccountId: assignee?.accountId ?? null,
        reporterAccountId: reporter?.accountId ?? null,
        creatorAccountId: creator?.accountId ?? null,
        parentId: null,
        labels: Array.isArray(labels) ? [...labels] as string[] : [],
        componentIds,
        fixVersionIds,
        affectsVersionIds,
        duedate: typeof fields.duedate === 'string' ? fields.duedate : null,
        created,
        updated,
        resolutiondate: givenResolved ?? (done ? enteredDone ?? created : null),
        statuscategorychangedate: categoryChanged ?? created,
      },
      changelog: histories,
      comments,
      properties,
    },
  };
}

/** Validates the whole body, then imports it; returns the keys in body order. Throws a 400 JiraHttpError listing problems. */
export function importIssues(state: EmulatorState, body: ImportBody | unknown): { keys: string[] } {
  const issues = record(body)?.issues;
  if (!Array.isArray(issues)) throw new JiraHttpError(400, ["The body must be {\"issues\": [...]}."]);
  const problems = new Problems();
  const now = state.now().toISOString();
  const bodyKeys = new Set<string>();
  const prepared = issues.map((raw, index) => prepareIssue(state, raw as ImportIssue, index, now, bodyKeys, problems));
  const linkEnds = (key: string) => bodyKeys.has(key) || state.issueByIdOrKey(key) !== undefined;
  prepared.forEach((p, index) => {
    if (p?.parentKey !== undefined && !linkEnds(p.parentKey)) problems.add(`issues[${index}].fields.parent`, `Issue '${p.parentKey}' is neither in this import nor in the site.`);
  });
  prepared.forEach((p, index) => p?.links.forEach((link, li) => {
    const other = link.sourceKey === p.key ? link.destinationKey : link.sourceKey;
    if (!linkEnds(other)) problems.add(`issues[${index}].links[${li}]`, `Issue '${other}' is neither in this import nor in the site.`);
  }));
  if (problems.messages.length > 0) throw new JiraHttpError(400, problems.messages);

  const nextNumber = new Map<string, number>();
  for (const p of prepared as PreparedIssue[]) {
    const highest = Math.max(nextNumber.get(p.project.id) ?? state.highestKeyNumber(p.project.id), p.keyNumber ?? 0);
    nextNumber.set(p.project.id, highest);
  }
  const keys: string[] = [];
  for (const p of prepared as PreparedIssue[]) {
    let key = p.key;
    if (key === undefined) {
      const number = (nextNumber.get(p.project.id) ?? 0) + 1;
      nextNumber.set(p.project.id, number);
      key = `${p.project.key}-${number}`;
    }
    for (const h of p.issue.changelog) h.id = state.nextHistoryId();
    for (const c of p.issue.comments) c.id = state.nextCommentId();
    state.addIssue({ ...p.issue, id: state.nextIssueId(), key });
    keys.push(key);
  }
  (prepared as PreparedIssue[]).forEach((p, i) => {
    if (p.parentKey === undefined) return;
    const child = state.issueByIdOrKey(keys[i]);
    const parent = state.issueByIdOrKey(p.parentKey);
    if (child && parent) child.fields.parentId = parent.id;
  });

  const made = new Set<string>();
  for (const p of prepared as PreparedIssue[]) {
    for (const l of p.links) {
      const source = state.issueByIdOrKey(l.sourceKey);
      const destination = state.issueByIdOrKey(l.destinationKey);
      if (!source || !destination) continue;
      const signature = `${l.typeId}:${source.id}:${destination.id}`;
      if (made.has(signature) || state.linksOf(source.id).some((e) => `${e.typeId}:${e.outwardIssueId}:${e.inwardIssueId}` === signature)) continue;
      made.add(signature);
      const link: EmLink = {
        id: state.nextLinkId(),
        typeId: l.typeId,
        outwardIssueId: source.id,
        inwardIssueId: destination.id,
        created: normalizeTime(l.created) ?? laterOf(source.fields.created, destination.fields.created),
      };
      state.addLink(link);
      const type = state.linkTypeById(l.typeId);
      if (type) {
        // Jira records a link on both issues' changelogs when it is made (link-ops.ts); an imported
        // link existed since `created`, so its entries are dated then, in time order, by the reporter.
        backdateHistory(state, source, [linkItem(destination, type.outward, false)], link.created);
        if (destination.id !== source.id) backdateHistory(state, destination, [linkItem(source, type.inward, false)], link.created);
      }
    }
  }
  return { keys };
}

/** A history entry at a past moment, kept in time order; `updated` stays as the import gave it. */
function backdateHistory(state: EmulatorState, issue: EmIssue, items: EmChangeItem[], created: string): void {
  const history: EmHistory = { id: state.nextHistoryId(), authorAccountId: issue.fields.reporterAccountId, created, items };
  const at = issue.changelog.findIndex((h) => Date.parse(h.created) > Date.parse(created));
  issue.changelog.splice(at < 0 ? issue.changelog.length : at, 0, history);
}
