/**
 * `npm run bench:sandbox`: how fast the sandbox itself is, measured here rather than asserted in
 * tests (a timing assertion flakes on a loaded machine). Prints one JSON line per measure, each the
 * best of three runs after a warm-up:
 *   {"measure":"demo-seed","issues","ms"}                  generating the demo site's issues
 *   {"measure":"import-50k","issues","histories","ms"}      POST /__sandbox/import-equivalent of 50,000 issues
 *   {"measure":"search-labels-50k","matches","ms"}          one JQL search over them
 *   {"measure":"jql-history-50k","matches","ms"}            WAS / CHANGED clauses over the same issues
 */
import { createJiraEmulator } from '../sandbox/emulator';
import { compileJql } from '../sandbox/emulator/jql';
import { USERS } from '../sandbox/seed/base';
import { demoIssues } from '../sandbox/seed/demo';

const ISSUES = 50_000;
const HISTORIES = 5;
const DAY_MS = 86_400_000;

function best<T>(run: () => T): { ms: number; result: T } {
  run();
  let ms = Number.POSITIVE_INFINITY;
  let result = run();
  for (let i = 0; i < 3; i += 1) {
    const started = performance.now();
    result = run();
    ms = Math.min(ms, performance.now() - started);
  }
  return { ms: Math.round(ms), result };
}

function print(line: Record<string, unknown>): void {
  process.stdout.write(`${JSON.stringify(line)}\n`);
}

const now = new Date();
const seed = best(() => demoIssues(now));
print({ measure: 'demo-seed', issues: seed.result.length, ms: seed.ms });

const statuses = ['To Do', 'In Progress', 'Done', 'Reopened', 'In Progress', 'Done'];
const at = (days: number, hours: number) => new Date(now.getTime() - days * DAY_MS + hours * 3_600_000).toISOString();
const issues = Array.from({ length: ISSUES }, (_, i) => ({
  fields: {
    project: { key: 'QA' }, issuetype: { name: 'Bug' }, summary: `Defect ${i}`, status: { name: 'Done' },
    created: at(300, i / 1000), labels: i % 4 === 0 ? ['found-in-production'] : [],
  },
  changelog: {
    histories: Array.from({ length: HISTORIES }, (_, h) => ({
      author: { accountId: h % 2 === 0 ? USERS.alice.accountId : USERS.bob.accountId },
      created: at(300, h + i / 1000),
      items: [{ field: 'status', fromString: statuses[h], toString: statuses[h + 1] }],
    })),
  },
}));
const emulator = createJiraEmulator({ seed: 'empty', now: () => now });
const imported = best(() => {
  emulator.reset('empty');
  emulator.importIssues({ issues } as never);
  return emulator.store.issues().length;
});
print({ measure: 'import-50k', issues: imported.result, histories: ISSUES * HISTORIES, ms: imported.ms });

const store = emulator.store;
const search = (jql: string) => {
  const { matches } = compileJql(jql, store, USERS.alice.accountId);
  return store.issues().filter(matches).length;
};
const labels = best(() => search('project = QA AND labels = found-in-production'));
print({ measure: 'search-labels-50k', matches: labels.result, ms: labels.ms });
const history = best(() => search('status was "In Progress" by "alice@example.com" AND status changed to Reopened after -400d AND labels = found-in-production'));
print({ measure: 'jql-history-50k', matches: history.result, ms: history.ms });
