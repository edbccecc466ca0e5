/**
 * The demo seed is what every demo, integration test and browser test sees, so it has to be
 * internally consistent the way Jira's own data is: histories that replay to the issue's current
 * status and resolution, names that exist in the site config, links between real issues, and
 * proportions that make the metrics worth looking at.
 */
import type { ImportHistory, ImportIssue } from '../../../sandbox/emulator/import-format';
import {
  APP_USER, ISSUE_TYPES, LINK_TYPES, PRIORITIES, RESOLUTIONS, STATUS, STATUSES, TRANSITIONS, USERS,
  qaProject, qaVersions,
} from '../../../sandbox/seed/base';
import { DEMO_ESCAPED_LABEL, DEMO_INCIDENTS, demoIssues } from '../../../sandbox/seed/demo';
import { DEMO_REQUIREMENTS } from '../../../sandbox/seed/demo-requirements';
import { ACTION_TASK_LABEL, ACTION_TASK_PROPERTY_KEY, ACTION_TYPE_LABELS } from '../../../src/domain/actions';
import { PostmortemDocumentSchema, POSTMORTEM_PROPERTY_KEY, type PostmortemDocument } from '../../../src/domain/postmortem';

const MINUTE = 60_000;
const DAY = 86_400_000;
const INVALID = new Set(['Duplicate', "Won't Do", 'Cannot Reproduce', 'Not a Bug']);
const WORKER_IDS = new Set([USERS.alice, USERS.bob, USERS.carol].map((u) => u.accountId));
const USER_IDS = new Set(Object.values(USERS).map((u) => u.accountId));
const statusById = new Map(STATUSES.map((s) => [s.id, s]));
const statusByName = new Map(STATUSES.map((s) => [s.name, s]));
const isDoneCategory = (statusId: string | null | undefined) => statusById.get(statusId ?? '')?.categoryKey === 'done';

const ms = (isoTime: string) => Date.parse(isoTime);
const histories = (issue: ImportIssue): ImportHistory[] => issue.changelog?.histories ?? [];
const itemsOf = (issue: ImportIssue, field: string) =>
  histories(issue).flatMap((h) => h.items.filter((i) => i.field === field).map((item) => ({ item, at: ms(h.created), author: h.author })));
const typeOf = (issue: ImportIssue) => issue.fields.issuetype.name;
/** The tasks the app made for post-mortem action items (the completed incident's). */
const isActionTask = (issue: ImportIssue) => (issue.fields.labels ?? []).includes(ACTION_TASK_LABEL);
const bugsOf = (issues: ImportIssue[]) => issues.filter((i) => typeOf(i) === 'Bug');
const isEscaped = (issue: ImportIssue) => (issue.fields.labels ?? []).includes(DEMO_ESCAPED_LABEL);
const isInvalid = (issue: ImportIssue) => INVALID.has(issue.fields.resolution?.name ?? '');
const isReopened = (issue: ImportIssue) =>
  itemsOf(issue, 'status').some(({ item }) => isDoneCategory(item.from) && !isDoneCategory(item.to));
const reopenCount = (issue: ImportIssue) =>
  itemsOf(issue, 'status').filter(({ item }) => isDoneCategory(item.from) && !isDoneCategory(item.to)).length;
const wasResolved = (issue: ImportIssue) => itemsOf(issue, 'status').some(({ item }) => isDoneCategory(item.to));
const fixVersionOf = (issue: ImportIssue) => issue.fields.fixVersions?.[0]?.name ?? null;
const componentOf = (issue: ImportIssue) => issue.fields.components?.[0]?.name;

/** DESIGN.md section 4: defects in scope exclude invalid resolutions; a rate over nothing is null. */
function leakage(defects: ImportIssue[]): number | null {
  const scope = defects.filter((d) => !isInvalid(d));
  return scope.length === 0 ? null : scope.filter(isEscaped).length / scope.length;
}
function reopenRate(defects: ImportIssue[]): number | null {
  const resolved = defects.filter((d) => !isInvalid(d) && wasResolved(d));
  return resolved.length === 0 ? null : resolved.filter(isReopened).length / resolved.length;
}

/** Every issue linked to `key`, whichever side the link was written on. */
function linkedTo(issues: ImportIssue[], key: string): { issue: ImportIssue; type: string }[] {
  const byKey = new Map(issues.map((i) => [i.key, i]));
  const found: { issue: ImportIssue; type: string }[] = [];
  for (const issue of issues) {
    for (const l of issue.links ?? []) {
      const other = l.outwardIssue?.key ?? l.inwardIssue?.key;
      if (issue.key === key && other) found.push({ issue: byKey.get(other)!, type: l.type.name });
      if (other === key) found.push({ issue, type: l.type.name });
    }
  }
  return found;
}

const realNow = new Date();
// A second "now" at another time of day, so release-date boundaries fall differently.
const laterNow = new Date(realNow.getTime() + 9 * 3_600_000 + 17 * MINUTE + 23_456);

describe('demo seed', () => {
  it('is deterministic for a given now and moves with now', () => {
    const now = new Date(realNow.getTime());
    const first = demoIssues(now);
    expect(demoIssues(new Date(now.getTime()))).toEqual(first);

    const dayLater = demoIssues(new Date(now.getTime() + DAY));
    expect(dayLater.map((i) => i.key)).toEqual(first.map((i) => i.key));
    dayLater.forEach((issue, index) => {
      const before = first[index];
      expect(ms(issue.fields.created!) - ms(before.fields.created!)).toBe(DAY);
      expect(issue.fields.status).toEqual(before.fields.status);
      expect(issue.fields.fixVersions).toEqual(before.fields.fixVersions);
      expect(histories(issue).map((h) => ms(h.created) - DAY)).toEqual(histories(before).map((h) => ms(h.created)));
    });
  });

  describe.each([['now', realNow], ['later today', laterNow]])('at %s', (_label, now) => {
    const issues = demoIssues(now);
    const nowMs = now.getTime();
    const bugs = bugsOf(issues);
    const project = qaProject(now);
    const versions = qaVersions(now);

    it('has the expected issue counts and explicit, unique keys', () => {
      const count = (type: string) => issues.filter((i) => typeOf(i) === type && !isActionTask(i)).length;
      expect(count('Incident')).toBeGreaterThanOrEqual(3);
      expect(count('Bug')).toBeGreaterThanOrEqual(320);
      // The incidents' and the backlog's stories and tasks, and the requirements of releases 1.4-1.7.
      const requirements = issues.filter((i) => DEMO_REQUIREMENTS.some((r) => r.summary === i.fields.summary));
      expect(requirements).toHaveLength(DEMO_REQUIREMENTS.length);
      expect(count('Story') + count('Task') - requirements.length).toBeGreaterThanOrEqual(10);
      expect(count('Story') + count('Task') - requirements.length).toBeLessThanOrEqual(20);
      expect(count('Test')).toBe(DEMO_REQUIREMENTS.reduce((n, r) => n + r.tests, 0));
      expect(count('Story')).toBeGreaterThan(0);
      expect(count('Task')).toBeGreaterThan(0);
      const keys = issues.map((i) => i.key);
      expect(keys.every((k) => /^QA-\d+$/.test(k ?? ''))).toBe(true);
      expect(new Set(keys).size).toBe(issues.length);
      expect(keys.slice(0, 3)).toEqual([DEMO_INCIDENTS.completed, DEMO_INCIDENTS.inProgress, DEMO_INCIDENTS.fresh]);
      expect(keys.map((k) => Number(k!.slice(3)))).toEqual(issues.map((_, i) => i + 1));
      const withProperty = (key: string) => issues.filter((i) => (i.properties ?? []).some((p) => p.key === key)).map((i) => i.key);
      expect(withProperty(POSTMORTEM_PROPERTY_KEY).sort()).toEqual([DEMO_INCIDENTS.completed, DEMO_INCIDENTS.inProgress].sort());
      expect(withProperty(ACTION_TASK_PROPERTY_KEY)).toEqual(issues.filter(isActionTask).map((i) => i.key));
      expect(issues.every((i) => (i.properties ?? []).every((p) => [POSTMORTEM_PROPERTY_KEY, ACTION_TASK_PROPERTY_KEY].includes(p.key)))).toBe(true);
    });

    it('refers only to names, users and keys that exist', () => {
      const componentNames = new Set(project.components.map((c) => c.name));
      const versionNames = new Set(versions.map((v) => v.name));
      const typeNames = new Set(ISSUE_TYPES.map((t) => t.name));
      const priorityNames = new Set(PRIORITIES.map((p) => p.name));
      const resolutionNames = new Set(RESOLUTIONS.map((r) => r.name));
      const linkTypeNames = new Set(LINK_TYPES.map((l) => l.name));
      const position = new Map(issues.map((issue, index) => [issue.key, index]));
      issues.forEach((issue, index) => {
        const f = issue.fields;
        expect(f.project.key).toBe(project.key);
        expect(typeNames.has(f.issuetype.name)).toBe(true);
        expect(statusByName.has(f.status!.name)).toBe(true);
        expect(priorityNames.has(f.priority!.name)).toBe(true);
        if (f.resolution) expect(resolutionNames.has(f.resolution.name)).toBe(true);
        // The app creates action-item tasks without components, as Jira's create call allows.
        // ... and Xray's test executions and plans have none: a release's run covers every component.
        expect(f.components!.length > 0).toBe(!isActionTask(issue) && !['Test Execution', 'Test Plan'].includes(f.issuetype!.name!));
        f.components!.forEach((c) => expect(componentNames.has(c.name)).toBe(true));
        f.fixVersions!.forEach((v) => expect(versionNames.has(v.name)).toBe(true));
        expect(USER_IDS.has(f.reporter!.accountId!)).toBe(true);
        if (f.assignee) expect(USER_IDS.has(f.assignee.accountId!)).toBe(true);
        histories(issue).forEach((h) => expect(USER_IDS.has(h.author!.accountId!)).toBe(true));
        (issue.comments ?? []).forEach((c) => expect(USER_IDS.has(c.author!.accountId!)).toBe(true));
        expect(f.summary.length).toBeGreaterThan(10);
        expect(f.description).toMatchObject({ type: 'doc', version: 1 });
        for (const l of issue.links ?? []) {
          expect(linkTypeNames.has(l.type.name)).toBe(true);
          const target = l.outwardIssue?.key ?? l.inwardIssue?.key;
          // The import resolves links to issues listed earlier in the same body.
          expect(position.get(target!)).toBeLessThan(index);
          const created = ms(l.created!);
          expect(created).toBeGreaterThanOrEqual(ms(f.created!));
          expect(created).toBeGreaterThanOrEqual(ms(issues[position.get(target!)!].fields.created!));
          expect(created).toBeLessThanOrEqual(nowMs);
        }
      });
      expect(bugs.every((b) => b.fields.assignee === null || WORKER_IDS.has(b.fields.assignee!.accountId!))).toBe(true);
      expect(new Set(bugs.map((b) => b.fields.assignee?.accountId).filter(Boolean))).toEqual(WORKER_IDS);
      expect(bugs.some((b) => b.fields.reporter!.accountId === USERS.dave.accountId)).toBe(true);
      expect(new Set(bugs.map((b) => b.fields.priority!.name)).size).toBe(PRIORITIES.length);
    });

    it('keeps every history consistent with the issue it belongs to', () => {
      for (const issue of issues) {
        const f = issue.fields;
        const created = ms(f.created!);
        expect(created).toBeLessThanOrEqual(nowMs);
        const times = histories(issue).map((h) => ms(h.created));
        times.forEach((t, i) => {
          expect(t).toBeGreaterThan(created);
          expect(t).toBeLessThanOrEqual(nowMs);
          if (i > 0) expect(t).toBeGreaterThanOrEqual(times[i - 1]);
        });
        for (const c of issue.comments ?? []) {
          expect(ms(c.created)).toBeGreaterThan(created);
          expect(ms(c.created)).toBeLessThanOrEqual(nowMs);
          expect(c.body).toMatchObject({ type: 'doc', version: 1 });
        }
        expect(ms(f.updated!)).toBe(Math.max(created, ...times, ...(issue.comments ?? []).map((c) => ms(c.created))));

        // Status: a chain from To Do through allowed transitions to the current status.
        let status: string = STATUS.todo;
        let lastDoneEntry: number | null = null;
        for (const { item, at } of itemsOf(issue, 'status')) {
          expect(item.from).toBe(status);
          expect(item.fromString).toBe(statusById.get(item.from!)!.name);
          expect(item.toString).toBe(statusById.get(item.to!)!.name);
          expect(TRANSITIONS.some((t) => t.to === item.to && t.from.includes(item.from!))).toBe(true);
          status = item.to!;
          if (isDoneCategory(item.to)) lastDoneEntry = at;
        }
        expect(statusByName.get(f.status!.name)!.id).toBe(status);

        // Resolution: set exactly while Done, changed in the same entries, dated by the last entry into Done.
        let resolution: string | null = null;
        for (const { item } of itemsOf(issue, 'resolution')) {
          expect(item.fromString ?? null).toBe(resolution);
          expect(item.from ?? null).toBe(RESOLUTIONS.find((r) => r.name === item.fromString)?.id ?? null);
          expect(item.to ?? null).toBe(RESOLUTIONS.find((r) => r.name === item.toString)?.id ?? null);
          resolution = item.toString ?? null;
        }
        expect(f.resolution?.name ?? null).toBe(resolution);
        for (const h of histories(issue)) {
          const statusItem = h.items.find((i) => i.field === 'status');
          const resolutionItem = h.items.find((i) => i.field === 'resolution');
          const changesDoneness = statusItem !== undefined && isDoneCategory(statusItem.from) !== isDoneCategory(statusItem.to);
          expect(resolutionItem !== undefined).toBe(changesDoneness);
        }
        if (isDoneCategory(status)) {
          expect(resolution).not.toBeNull();
          expect(f.resolutiondate).toBe(new Date(lastDoneEntry!).toISOString());
        } else {
          expect(resolution).toBeNull();
          expect(f.resolutiondate).toBeNull();
        }

        // Priority and assignee changes replay to the current values.
        const priorities = itemsOf(issue, 'priority');
        priorities.forEach(({ item }, i) => {
          if (i > 0) expect(item.fromString).toBe(priorities[i - 1].item.toString);
          expect(item.to).toBe(PRIORITIES.find((p) => p.name === item.toString)!.id);
        });
        if (priorities.length > 0) expect(f.priority!.name).toBe(priorities[priorities.length - 1].item.toString);
        const assignees = itemsOf(issue, 'assignee');
        assignees.forEach(({ item }, i) => {
          expect(item.from ?? null).toBe(i === 0 ? null : assignees[i - 1].item.to);
        });
        if (assignees.length > 0) expect(f.assignee?.accountId ?? null).toBe(assignees[assignees.length - 1].item.to);
      }
    });

    it('moves bugs only by the hands of alice, bob or carol', () => {
      for (const bug of bugs) {
        itemsOf(bug, 'status').forEach(({ author }) => expect(WORKER_IDS.has(author!.accountId!)).toBe(true));
      }
    });

    it('gives each bug the release that shipped it', () => {
      const released = versions.filter((v) => v.released)
        .map((v) => ({ name: v.name, at: Date.parse(`${v.releaseDate}T00:00:00Z`) }));
      const unreleased = versions.find((v) => !v.released)!.name;
      for (const bug of bugs) {
        const version = fixVersionOf(bug);
        const created = ms(bug.fields.created!);
        const release = released.find((r) => r.name === version);
        if (release) expect(release.at).toBeGreaterThan(created);
        if (bug.fields.status!.name === 'Done' && !isInvalid(bug)) {
          const resolved = ms(bug.fields.resolutiondate!);
          expect(version).toBe(released.find((r) => r.at > resolved)?.name ?? unreleased);
        } else if (isInvalid(bug)) {
          expect(version).toBeNull();
        } else {
          expect([null, unreleased]).toContain(version);
        }
      }
      const used = new Set(bugs.map(fixVersionOf));
      released.forEach((r) => expect(used.has(r.name)).toBe(true));
      const open = bugs.filter((b) => b.fields.status!.name !== 'Done');
      expect(open.some((b) => fixVersionOf(b) === null)).toBe(true);
      expect(open.some((b) => fixVersionOf(b) === unreleased)).toBe(true);
    });

    it('has escaped, reopened and invalid defects in realistic proportions', () => {
      const escapedShare = bugs.filter(isEscaped).length / bugs.length;
      expect(escapedShare).toBeGreaterThanOrEqual(0.15);
      expect(escapedShare).toBeLessThanOrEqual(0.25);
      expect(leakage(bugs)).toBeGreaterThanOrEqual(0.15);
      expect(leakage(bugs)).toBeLessThanOrEqual(0.25);
      expect(reopenRate(bugs)).toBeGreaterThanOrEqual(0.08);
      expect(reopenRate(bugs)).toBeLessThanOrEqual(0.15);
      const invalidShare = bugs.filter(isInvalid).length / bugs.length;
      expect(invalidShare).toBeGreaterThanOrEqual(0.06);
      expect(invalidShare).toBeLessThanOrEqual(0.1);
      expect(bugs.filter((b) => isEscaped(b) && isReopened(b)).length).toBeGreaterThanOrEqual(3);
      expect(bugs.filter((b) => reopenCount(b) >= 2).length).toBeGreaterThanOrEqual(2);
      const statusCount = (name: string) => bugs.filter((b) => b.fields.status!.name === name).length;
      expect(statusCount('Reopened')).toBeGreaterThanOrEqual(2);
      expect(statusCount('In Progress')).toBeGreaterThanOrEqual(2);
      expect(statusCount('To Do')).toBeGreaterThanOrEqual(2);
      expect(statusCount('Done')).toBeGreaterThan(bugs.length * 0.8);
      const invalidKinds = new Set(bugs.filter(isInvalid).map((b) => b.fields.resolution!.name));
      expect(invalidKinds.size).toBeGreaterThanOrEqual(3);
      // Every invalid resolution and every reopen is a changelog entry too.
      expect(bugs.filter(isInvalid).every((b) => itemsOf(b, 'resolution').length > 0)).toBe(true);
    });

    it('spreads bugs over the year and makes components and releases differ', () => {
      const createdAges = bugs.map((b) => (nowMs - ms(b.fields.created!)) / DAY);
      expect(Math.max(...createdAges)).toBeLessThanOrEqual(366);
      expect(createdAges.filter((a) => a > 270).length).toBeGreaterThan(40);
      expect(createdAges.filter((a) => a < 90).length).toBeGreaterThan(40);

      const byComponent = new Map<string, ImportIssue[]>();
      bugs.forEach((b) => byComponent.set(componentOf(b)!, [...(byComponent.get(componentOf(b)!) ?? []), b]));
      expect([...byComponent.keys()].sort()).toEqual(['Accounts', 'Checkout', 'Payments', 'Search']);
      byComponent.forEach((list) => expect(list.length).toBeGreaterThanOrEqual(40));
      const leakageOf = (c: string) => leakage(byComponent.get(c)!)!;
      const reopenOf = (c: string) => reopenRate(byComponent.get(c)!)!;
      for (const other of ['Checkout', 'Search', 'Accounts']) {
        expect(leakageOf('Payments')).toBeGreaterThan(leakageOf(other));
        expect(reopenOf('Payments')).toBeGreaterThan(reopenOf(other));
      }
      expect(leakageOf('Payments') - leakageOf('Search')).toBeGreaterThan(0.1);

      const inReleases = (names: string[]) => bugs.filter((b) => names.includes(fixVersionOf(b) ?? ''));
      const early = inReleases(['1.0', '1.1', '1.2']);
      const late = inReleases(['1.4', '1.5', '1.6']);
      expect(leakage(early)! - leakage(late)!).toBeGreaterThan(0.05);
      expect(reopenRate(early)! - reopenRate(late)!).toBeGreaterThan(0.03);
    });

    it('links some bugs to stories and duplicates to their originals', () => {
      const byKey = new Map(issues.map((i) => [i.key, i]));
      const storyLinks = bugs.filter((b) => (b.links ?? []).some((l) => typeOf(byKey.get(l.outwardIssue?.key)!) === 'Story'));
      expect(storyLinks.length).toBeGreaterThanOrEqual(5);
      for (const dup of bugs.filter((b) => b.fields.resolution?.name === 'Duplicate')) {
        for (const l of (dup.links ?? []).filter((x) => x.type.name === 'Duplicate')) {
          const original = byKey.get(l.outwardIssue!.key)!;
          expect(typeOf(original)).toBe('Bug');
          expect(componentOf(original)).toBe(componentOf(dup));
          expect(ms(original.fields.created!)).toBeLessThanOrEqual(ms(dup.fields.created!));
        }
      }
      expect(bugs.some((b) => (b.links ?? []).some((l) => l.type.name === 'Duplicate'))).toBe(true);
    });

    describe('incidents', () => {
      const byKey = new Map(issues.map((i) => [i.key, i]));
      const roles = Object.entries(DEMO_INCIDENTS);

      it.each(roles)('%s incident %s is a realistic incident with linked defects and a story', (_role, key) => {
        const incident = byKey.get(key)!;
        const f = incident.fields;
        expect(typeOf(incident)).toBe('Incident');
        expect(f.summary.length).toBeGreaterThan(20);
        expect(f.assignee).not.toBeNull();
        expect(f.fixVersions!.length).toBe(1);
        expect(f.components!.length).toBeGreaterThan(0);
        expect(['Highest', 'High']).toContain(f.priority!.name);
        expect(itemsOf(incident, 'priority').length).toBeGreaterThanOrEqual(1);
        expect(itemsOf(incident, 'assignee').length).toBeGreaterThanOrEqual(1);
        const comments = incident.comments ?? [];
        expect(comments.length).toBeGreaterThanOrEqual(2);
        expect(new Set(comments.map((c) => c.author!.accountId)).size).toBeGreaterThanOrEqual(2);

        const linked = linkedTo(issues, key);
        const linkedBugs = linked.filter((l) => typeOf(l.issue) === 'Bug');
        expect(linkedBugs.length).toBeGreaterThanOrEqual(3);
        expect(linkedBugs.length).toBeLessThanOrEqual(8);
        linkedBugs.forEach((l) => expect(['Causes', 'Relates']).toContain(l.type));
        expect(linkedBugs.some((l) => l.type === 'Causes')).toBe(true);
        expect(linked.some((l) => typeOf(l.issue) === 'Story')).toBe(true);
        expect(linkedBugs.some((l) => isEscaped(l.issue))).toBe(true);
        const incidentComponents = f.components!.map((c) => c.name);
        linkedBugs.forEach((l) => expect(incidentComponents).toContain(componentOf(l.issue)));
      });

      it('has a finished incident that went To Do -> In Progress -> Done with a Medium -> Highest escalation', () => {
        const incident = byKey.get(DEMO_INCIDENTS.completed)!;
        expect(itemsOf(incident, 'status').map(({ item }) => item.toString)).toEqual(['In Progress', 'Done']);
        expect(incident.fields.status!.name).toBe('Done');
        expect(incident.fields.resolution).toEqual({ name: 'Done' });
        expect(itemsOf(incident, 'priority').map(({ item }) => [item.fromString, item.toString])).toEqual([['Medium', 'Highest']]);
        expect(itemsOf(incident, 'assignee').length).toBeGreaterThanOrEqual(2);
        const comments = (incident.comments ?? []).map((c) => JSON.stringify(c.body));
        for (const word of ['Detected', 'Mitigated', 'Resolved']) {
          expect(comments.some((c) => c.includes(word))).toBe(true);
        }
        const linkedBugs = linkedTo(issues, DEMO_INCIDENTS.completed).filter((l) => typeOf(l.issue) === 'Bug');
        expect(linkedBugs.some((l) => isReopened(l.issue))).toBe(true);
      });

      it('has an incident in progress and a fresh one detected hours ago', () => {
        const inProgress = byKey.get(DEMO_INCIDENTS.inProgress)!;
        expect(inProgress.fields.status!.name).toBe('In Progress');
        expect(inProgress.fields.resolution).toBeNull();
        const fresh = byKey.get(DEMO_INCIDENTS.fresh)!;
        expect(fresh.fields.status!.name).toBe('To Do');
        const age = nowMs - ms(fresh.fields.created!);
        expect(age).toBeGreaterThan(0);
        expect(age).toBeLessThan(DAY / 4);
        const completedAt = ms(byKey.get(DEMO_INCIDENTS.completed)!.fields.created!);
        expect(completedAt).toBeLessThan(ms(inProgress.fields.created!));
        expect(ms(inProgress.fields.created!)).toBeLessThan(ms(fresh.fields.created!));
      });
    });

    describe('the completed post-mortem\'s action-item tasks', () => {
      const byKey = new Map(issues.map((i) => [i.key, i]));
      const incident = byKey.get(DEMO_INCIDENTS.completed)!;
      const document = incident.properties!.find((p) => p.key === POSTMORTEM_PROPERTY_KEY)!.value as PostmortemDocument;
      const tasks = issues.filter(isActionTask);
      const today = now.toISOString().slice(0, 10);
      const taskOf = (actionId: string) => {
        const key = document.actionItems.find((i) => i.id === actionId)?.taskKey;
        return byKey.get(key)!;
      };

      it('are the last issues imported, one per action item, made as the app makes them', () => {
        expect(tasks).toHaveLength(5);
        expect(issues.slice(-tasks.length)).toEqual(tasks);
        expect(document.actionItems.map((i) => i.id)).toEqual(['qa1-action-1', 'qa1-action-2', 'qa1-action-3', 'qa1-action-4', 'qa1-action-5']);
        for (const item of document.actionItems) {
          const task = taskOf(item.id);
          expect(task.fields).toMatchObject({
            project: { key: 'QA' },
            issuetype: { name: 'Task' },
            summary: item.title,
            assignee: { accountId: item.ownerAccountId },
            reporter: { accountId: USERS.alice.accountId },
            duedate: item.dueDate,
            priority: { name: item.priority },
            labels: [ACTION_TASK_LABEL, ACTION_TYPE_LABELS[item.type!]],
          });
          expect(task.properties).toEqual([{ key: ACTION_TASK_PROPERTY_KEY, value: { incident: DEMO_INCIDENTS.completed, incidentId: expect.any(String), actionId: item.id, claim: 'demo-seed' } }]);
          expect(task.links).toEqual([{ type: { name: 'Relates' }, outwardIssue: { key: DEMO_INCIDENTS.completed }, created: task.fields.created }]);
          const description = JSON.stringify(task.fields.description);
          expect(description).toContain(`QA post-mortem of`);
          expect(description).toContain(DEMO_INCIDENTS.completed);
          expect(description).toContain(item.description);
          expect(description).toContain('What done means');
          expect(ms(task.fields.created!)).toBeLessThan(ms(document.review.completedAt!));
        }
      });

      it('stand where the document says: three done with the fix validation, one overdue, one not due yet', () => {
        const state = (actionId: string) => [taskOf(actionId).fields.status!.name, taskOf(actionId).fields.duedate! < today];
        expect(state('qa1-action-1')).toEqual(['Done', true]);
        expect(state('qa1-action-2')).toEqual(['In Progress', true]);
        expect(state('qa1-action-3')).toEqual(['To Do', false]);
        expect(state('qa1-action-4')).toEqual(['Done', false]);
        expect(state('qa1-action-5')).toEqual(['Done', true]);
        expect(document.actionItems.find((i) => i.id === 'qa1-action-5')?.type).toBe('fix-validation');
        for (const item of document.actionItems) {
          const task = taskOf(item.id);
          const status = statusByName.get(task.fields.status!.name)!;
          expect(item).toMatchObject({ taskStatus: status.name, taskStatusCategory: status.categoryKey, taskDueDate: task.fields.duedate });
        }
      });

      it('leave a valid post-mortem, last written by the app, whose index counts them', () => {
        expect(PostmortemDocumentSchema.safeParse(document).success).toBe(true);
        expect(document).toMatchObject({
          status: 'complete', stage: 'follow-through', openActions: 2, overdueActions: 1, doneActions: 3, fixValidation: 'done',
          updatedBy: APP_USER.accountId,
        });
        const lastDone = Math.max(...tasks.map((t) => (t.fields.resolutiondate ? ms(t.fields.resolutiondate) : 0)));
        expect(ms(document.updatedAt)).toBeGreaterThan(lastDone);
        expect(ms(document.updatedAt)).toBeLessThanOrEqual(nowMs);
        expect(document.updatedAt.slice(0, 10) > taskOf('qa1-action-2').fields.duedate!).toBe(true);
      });
    });
  });
});

describe('the demo\'s requirements and tests (DESIGN.md section 4b)', () => {
  const issues = demoIssues(new Date());
  const byKey = new Map(issues.map((i) => [i.key, i]));

  it('plan each requirement for its release and link each of its tests to it with the Test link type', () => {
    for (const requirement of DEMO_REQUIREMENTS) {
      const story = issues.find((i) => i.fields.summary === requirement.summary && i.fields.issuetype.name === 'Story');
      expect(story?.fields.fixVersions).toEqual([{ name: requirement.release }]);
      const tests = issues.filter((i) => i.fields.issuetype.name === 'Test' && (i.links ?? []).some((l) => l.type.name === 'Test' && l.outwardIssue?.key === story?.key));
      expect(tests).toHaveLength(requirement.tests);
    }
  });

  it('leave the search requirements of 1.6 without a test, as the demo incident tells', () => {
    const search16 = DEMO_REQUIREMENTS.filter((r) => r.release === '1.6' && r.component === 'Search');
    expect(search16.length).toBeGreaterThan(0);
    expect(search16.every((r) => r.tests === 0)).toBe(true);
    expect(DEMO_REQUIREMENTS.filter((r) => r.release === '1.4').every((r) => r.tests > 0)).toBe(true);
    // Every Test links to a story that exists.
    for (const test of issues.filter((i) => i.fields.issuetype.name === 'Test')) {
      expect(byKey.get(test.links?.[0]?.outwardIssue?.key)?.fields.issuetype.name).toBe('Story');
    }
  });
});
