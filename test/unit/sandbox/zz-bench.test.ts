import { compileJql } from '/work/main/sandbox/emulator/jql';
import type { EmIssue } from '/work/main/sandbox/emulator/model';
import { STATUS, USERS } from '/work/main/sandbox/seed/base';
import { buildIssue, createTestStore } from '/work/main/test/helpers/em-store';
const { alice, bob, carol, dave } = USERS;
it('bench', () => {
  const issues: EmIssue[] = [];
  const start = Date.parse('2025-09-01T00:00:00.000Z');
  const it = (field: string, from: string | null, to: string | null) => ({ field, fieldtype: 'jira' as const, fieldId: field, from, fromString: null, to, toString: null });
  for (let i = 0; i < 20_000; i++) {
    const created = start + i * 600_000;
    const at = (h: number) => new Date(created + h * 3_600_000).toISOString();
    const issue = buildIssue(`QA-${i + 1}`, new Date(created).toISOString(), { id: String(200_000 + i), fields: { statusId: STATUS.done } });
    issue.changelog = [
      { id: '1', authorAccountId: (i % 2 ? bob : alice).accountId, created: at(1), items: [it('status', STATUS.todo, STATUS.inProgress)] },
      { id: '2', authorAccountId: carol.accountId, created: at(30), items: [it('priority', '3', '2')] },
      { id: '3', authorAccountId: dave.accountId, created: at(50), items: [it('status', STATUS.inProgress, STATUS.done), it('resolution', null, '10000')] },
    ];
    issues.push(issue);
  }
  const big = createTestStore({ now: new Date('2026-03-18T10:30:00.000Z'), issues });
  for (const q of ['status was "In Progress" by "alice@example.com"', 'status changed to Done after -90d', 'NOT priority changed before "2025-10-01"', 'status = Done', 'status was "In Progress" by "alice@example.com" AND status changed to Done after -90d AND NOT priority changed before "2025-10-01"']) {
    for (let r = 0; r < 3; r++) {
      const t = performance.now();
      const { matches } = compileJql(q, big, alice.accountId);
      const n = big.issues().filter(matches).length;
      console.log(q, r, n, Math.round(performance.now() - t));
    }
  }
});
