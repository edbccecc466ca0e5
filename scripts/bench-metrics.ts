/**
 * `npm run bench`: how the project-metrics computation scales (issue 5, "Benchmark"). Seeds the Jira
 * emulator with 1,000, 10,000 and 50,000 defects (about five status changes each), adds 20 ms of
 * latency to every Jira call, runs the metrics service over HTTP against it, and prints one JSON line
 * per size:
 *   {"defects","jiraCalls","lowerBoundCalls","wallMs","computeMs","peakRssMb"}
 * lowerBoundCalls = ceil(defects / search page size) + ceil(defects / 1000): the search pages and
 * the bulk changelog requests no implementation can avoid. Then it times a naive version (one
 * changelog request per issue) at 1,000 defects and prints the ratio.
 *
 * peakRssMb is the app's memory: the metrics service runs in a measuring process of its own that
 * loads nothing but the app's modules (TypeScript through tsx's in-thread require hook, tsx/cjs, not
 * the loader thread of the `tsx` command, a second V8 isolate of about 35 MB that no Forge function
 * has), and the emulator with its 50,000 stored issues runs in another child process. The first line
 * says so and gives the measuring process's resident set before any run. Kept out of `npm test`.
 *
 * Processes: `npm run bench` starts the launcher (this file under the tsx command), which forks the
 * measuring process (`--measure`), which forks the emulator (`--emulator`, under the tsx command's
 * loader, as it imports lazily).
 */
import { fork, type ChildProcess } from 'node:child_process';
import type { Route } from '@forge/api';
import type { JiraResponse, JiraTransport } from '../src/jira';
import { calendarDayIn, defaultSettings, type MetricsSettings } from '../src/domain/metrics';
import { computeProjectMetrics, createMetricsJira } from '../src/services/metrics';
import { SEARCH_PAGE_SIZE } from '../src/services/metrics/defect-fetch';
import type { ImportIssue } from '../sandbox/emulator/import-format';

const SIZES = [1_000, 10_000, 50_000];
const NAIVE_SIZE = 1_000;
const LATENCY_MS = 20;
const IMPORT_BATCH = 5_000;
const DAY_MS = 86_400_000;
const PERIOD_DAYS = 360;
const BULK_CHANGELOG_ISSUES = 1_000;

// ---------------------------------------------------------------------------------------------
// The emulator child: seeds itself on request (so the import body never passes through the
// measured process) and serves /rest/api/3 and /__sandbox on a free port.
// ---------------------------------------------------------------------------------------------

type ChildRequest = { type: 'seed'; defects: number; now: string } | { type: 'latency'; ms: number };
type ChildReply = { type: 'ready'; port: number; authorization: string } | { type: 'done'; ms: number } | { type: 'error'; message: string };
/** The launcher's own node options (the tsx command's loader), handed down for the emulator. */
const LOADER_EXEC_ARGV = 'BENCH_LOADER_EXEC_ARGV';

/** A deterministic PRNG (mulberry32), so every run seeds the same data. */
function dice(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** The demo site's data the seeding uses, loaded in the emulator child only. */
type SeedBase = typeof import('../sandbox/seed/base');

const PATHS: string[][] = [
  // 4 changes: worked, put back, worked again, done.
  ['10000', '3', '10000', '3', '10001'],
  // 5 changes: done, reopened, worked, done.
  ['10000', '3', '10001', '10002', '3', '10001'],
  // 6 changes: reopened twice.
  ['10000', '3', '10001', '10002', '3', '10001', '10002'],
];

function benchDefects(base: SeedBase, count: number, now: Date, offset: number): ImportIssue[] {
  const { STATUSES, USERS, qaVersions } = base;
  const statusName = (id: string) => STATUSES.find((s) => s.id === id)?.name ?? id;
  const random = dice(7 + offset);
  const components = ['Checkout', 'Payments', 'Search', 'Accounts'];
  const versions = qaVersions(now).map((v) => v.name);
  const issues: ImportIssue[] = [];
  for (let i = 0; i < count; i += 1) {
    const createdMs = now.getTime() - Math.floor(random() * PERIOD_DAYS * DAY_MS) - DAY_MS;
    const path = PATHS[random() < 0.5 ? 1 : random() < 0.5 ? 0 : 2];
    const histories = path.slice(1).map((to, step) => ({
      author: { accountId: USERS.bob.accountId },
      created: new Date(createdMs + (step + 1) * 3_600_000).toISOString(),
      items: [{ field: 'status', fieldId: 'status', from: path[step], fromString: statusName(path[step]), to, toString: statusName(to) }],
    }));
    const last = path[path.length - 1];
    const done = last === '10001';
    const invalid = done && random() < 0.05;
    issues.push({
      fields: {
        project: { key: 'QA' },
        issuetype: { name: 'Bug' },
        summary: `Bench defect ${offset + i + 1}`,
        status: { name: statusName(last) },
        resolution: done ? { name: invalid ? 'Duplicate' : 'Fixed' } : null,
        resolutiondate: done ? histories[histories.length - 1].created : null,
        labels: random() < 0.08 ? ['found-in-production'] : [],
        components: [{ name: components[Math.floor(random() * components.length)] }],
        fixVersions: [{ name: versions[Math.floor(random() * versions.length)] }],
        created: new Date(createdMs).toISOString(),
      },
      changelog: { histories },
    });
  }
  return issues;
}

/** Loaded here only, so the measuring process never holds the emulator's code (JQL parser included). */
async function runEmulatorChild(): Promise<void> {
  const { default: express } = await import('express');
  const { createJiraEmulator } = await import('../sandbox/emulator');
  const base = await import('../sandbox/seed/base');
  const { basicAuthHeader } = await import('../sandbox/host/users');
  const emulator = createJiraEmulator({ seed: 'empty' });
  const app = express();
  app.use(emulator.router);
  const server = app.listen(0, '127.0.0.1', () => {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    process.send?.({ type: 'ready', port, authorization: basicAuthHeader(base.USERS.alice) } satisfies ChildReply);
  });
  process.on('message', (message: ChildRequest) => {
    try {
      const started = Date.now();
      if (message.type === 'seed') {
        emulator.reset('empty');
        const now = new Date(message.now);
        for (let done = 0; done < message.defects; done += IMPORT_BATCH) {
          emulator.importIssues({ issues: benchDefects(base, Math.min(IMPORT_BATCH, message.defects - done), now, done) });
        }
      } else {
        emulator.setFaults(message.ms > 0 ? [{ path: '/rest/api/3', latencyMs: message.ms }] : []);
      }
      process.send?.({ type: 'done', ms: Date.now() - started } satisfies ChildReply);
    } catch (error) {
      process.send?.({ type: 'error', message: error instanceof Error ? error.message : String(error) } satisfies ChildReply);
    }
  });
  process.on('disconnect', () => server.close(() => process.exit(0)));
}

// ---------------------------------------------------------------------------------------------
// The measuring process.
// ---------------------------------------------------------------------------------------------

function ask(child: ChildProcess, request: ChildRequest): Promise<number> {
  return new Promise((resolve, reject) => {
    child.once('message', (reply: ChildReply) => {
      if (reply.type === 'done') resolve(reply.ms);
      else reject(new Error(reply.type === 'error' ? reply.message : `Unexpected reply ${JSON.stringify(reply)}`));
    });
    child.send(request);
  });
}

/** Where the emulator listens and alice's Basic credentials for it (from its `ready` message). */
interface EmulatorSite {
  baseUrl: string;
  authorization: string;
}

function httpTransport(site: EmulatorSite): JiraTransport {
  return async (path: Route, init = {}): Promise<JiraResponse> => fetch(`${site.baseUrl}${path.value}`, {
    method: init.method, body: init.body, headers: { ...init.headers, authorization: site.authorization },
  });
}

const toMb = (bytes: number) => Math.round((bytes / 1_048_576) * 10) / 10;
/** The operating system's high-water mark of this process's resident set (ru_maxrss, in KB). */
const maxRssBytes = () => process.resourceUsage().maxRSS * 1024;

/**
 * This process's peak resident set size during a run, in MB. Sampling every 5 ms misses a peak
 * inside synchronous work (parsing a 4 MB changelog page, classifying), so the operating system's
 * high-water mark decides whenever the run raised it; when it did not (an earlier, larger peak
 * still stands), the samples do.
 */
function rssSampler() {
  const maxBefore = maxRssBytes();
  let peak = process.memoryUsage.rss();
  const timer = setInterval(() => { peak = Math.max(peak, process.memoryUsage.rss()); }, 5);
  return {
    stop: () => {
      clearInterval(timer);
      const maxAfter = maxRssBytes();
      return toMb(maxAfter > maxBefore ? maxAfter : Math.max(peak, process.memoryUsage.rss()));
    },
  };
}

const lowerBound = (defects: number) => Math.ceil(defects / SEARCH_PAGE_SIZE) + Math.ceil(defects / BULK_CHANGELOG_ISSUES);

function scopeOf(now: Date) {
  return {
    projectKey: 'QA',
    from: calendarDayIn(new Date(now.getTime() - (PERIOD_DAYS + 5) * DAY_MS)),
    to: calendarDayIn(now),
    groupBy: 'month' as const,
  };
}

async function measure(site: EmulatorSite, defects: number, now: Date, settings: MetricsSettings) {
  (globalThis as { gc?: () => void }).gc?.();
  const jira = createMetricsJira(httpTransport(site));
  const rss = rssSampler();
  const started = performance.now();
  const run = await computeProjectMetrics(jira, scopeOf(now), settings, { today: calendarDayIn(now), now });
  const wallMs = Math.round(performance.now() - started);
  const peakRssMb = rss.stop();
  if (run.defectsFetched !== defects) throw new Error(`Expected ${defects} defects, the search returned ${run.defectsFetched}`);
  return {
    defects,
    jiraCalls: run.metrics.jiraCalls,
    lowerBoundCalls: lowerBound(defects),
    wallMs,
    computeMs: Math.round(run.computeMs * 10) / 10,
    peakRssMb,
  };
}

/** The naive way: the same search, then one changelog request per issue. */
async function measureNaive(site: EmulatorSite, now: Date) {
  const jira = createMetricsJira(httpTransport(site));
  const scope = scopeOf(now);
  const started = performance.now();
  let calls = 0;
  const ids: string[] = [];
  const jql = `project = QA AND issuetype = Bug AND created >= "${scope.from}"`;
  for await (const page of jira.client.searchJqlPages({ jql, fields: ['status', 'created', 'labels', 'resolution'], maxResults: SEARCH_PAGE_SIZE })) {
    ids.push(...page.map((issue) => issue.id));
  }
  calls += jira.calls;
  for (const id of ids) {
    const response = await fetch(`${site.baseUrl}/rest/api/3/issue/${id}/changelog`, { headers: { authorization: site.authorization, accept: 'application/json' } });
    if (!response.ok) throw new Error(`GET changelog of ${id} answered ${response.status}`);
    await response.json();
    calls += 1;
  }
  return { defects: ids.length, jiraCalls: calls, wallMs: Math.round(performance.now() - started) };
}

async function runMeasuringProcess(): Promise<void> {
  const loaderExecArgv = JSON.parse(process.env[LOADER_EXEC_ARGV] ?? '[]') as string[];
  const child = fork(__filename, ['--emulator'], { execArgv: loaderExecArgv, stdio: ['inherit', 'inherit', 'inherit', 'ipc'] });
  const site = await new Promise<EmulatorSite>((resolve, reject) => {
    child.once('message', (reply: ChildReply) => (reply.type === 'ready'
      ? resolve({ baseUrl: `http://127.0.0.1:${reply.port}`, authorization: reply.authorization })
      : reject(new Error('The emulator did not start'))));
    child.once('exit', (code) => reject(new Error(`The emulator exited with ${code}`)));
  });
  (globalThis as { gc?: () => void }).gc?.();
  console.log(JSON.stringify({
    baselineRssMb: toMb(process.memoryUsage.rss()),
    node: process.version,
    peakRssOf: `the measuring process (pid ${process.pid}): the metrics service and its modules, TypeScript through tsx/cjs; `
      + `the emulator runs in child process ${child.pid}`,
  }));
  const settings = defaultSettings();
  const now = new Date();
  const results: Record<number, { wallMs: number }> = {};
  try {
    for (const defects of SIZES) {
      await ask(child, { type: 'latency', ms: 0 });
      await ask(child, { type: 'seed', defects, now: now.toISOString() });
      await ask(child, { type: 'latency', ms: LATENCY_MS });
      const line = await measure(site, defects, now, settings);
      results[defects] = line;
      console.log(JSON.stringify(line));
    }
    await ask(child, { type: 'latency', ms: 0 });
    await ask(child, { type: 'seed', defects: NAIVE_SIZE, now: now.toISOString() });
    await ask(child, { type: 'latency', ms: LATENCY_MS });
    const naive = await measureNaive(site, now);
    const optimised = results[NAIVE_SIZE] ?? (await measure(site, NAIVE_SIZE, now, settings));
    console.log(JSON.stringify({ naive, ratio: Math.round((naive.wallMs / optimised.wallMs) * 10) / 10 }));
  } finally {
    child.disconnect();
  }
}

// ---------------------------------------------------------------------------------------------
// The launcher: the measuring process gets tsx's in-thread require hook instead of this process's
// loader thread; the emulator (started by the measuring process) keeps this process's loader.
// ---------------------------------------------------------------------------------------------

async function launch(): Promise<void> {
  const measuring = fork(__filename, ['--measure'], {
    execArgv: ['--require', require.resolve('tsx/cjs'), ...process.execArgv.filter((flag) => flag.startsWith('--expose-gc'))],
    env: { ...process.env, [LOADER_EXEC_ARGV]: JSON.stringify(process.execArgv) },
    stdio: 'inherit',
  });
  const code = await new Promise<number | null>((resolve) => measuring.once('exit', resolve));
  if (code !== 0) process.exitCode = code ?? 1;
}

const entry = process.argv.includes('--emulator') ? runEmulatorChild : process.argv.includes('--measure') ? runMeasuringProcess : launch;
entry().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
