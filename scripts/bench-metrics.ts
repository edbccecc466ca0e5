/**
 * `npm run bench`: what the project metrics cost, for the design of issue 10 (counts Jira makes:
 * `counts`) and the one before it (every defect and its history fetched: `fetch`), side by side.
 * Seeds the Jira emulator with 1,000, 10,000 and 200,000 defects (BENCH_SIZES to choose) created
 * within a six-month view, runs each design once against it with every answer recorded (Jira calls,
 * rate-limit points by Jira's rule, peak memory), then replays the answers with 20 ms and 300 ms a
 * call for the wall times (scripts/bench/recording.ts); a 300 ms replay longer than four minutes is
 * projected from the 20 ms one instead, and marked so. Prints a JSON line per design and size, a
 * Markdown table, and the counts design's points ratio between the largest and the smallest size.
 * The two designs' figures must agree at every size, or the bench fails.
 *
 * peakRssMb is the app's memory: the metrics service runs in a measuring process of its own that
 * loads nothing but the app's modules (TypeScript through tsx's in-thread require hook, tsx/cjs, not
 * the loader thread of the `tsx` command, a second V8 isolate of about 35 MB that no Forge function
 * has), and the emulator with its stored issues runs in another child process. The first line
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
import { fetchSiteMetadata } from '../src/services/metrics/site-lists';
import { fetchDesignMetrics } from './bench/fetch-design';
import { createRecording } from './bench/recording';
import type { ImportIssue } from '../sandbox/emulator/import-format';

/** `BENCH_SIZES=1000,10000` to choose; 200,000 takes the emulator a few minutes to seed and search. */
const SIZES = (process.env.BENCH_SIZES ?? '1000,10000,200000').split(',').map(Number);
const IMPORT_BATCH = 5_000;
const DAY_MS = 86_400_000;
/** The view: the last six months (183 days), by month; the defects are created within its first 180. */
const VIEW_DAYS = 183;
const PERIOD_DAYS = 180;
/** A replay at 300 ms a call projected to take longer than this is reported as the projection. */
const REPLAY_LIMIT_MS = 240_000;
/** How long the recording run waits for one emulator answer. */
const EMULATOR_TIMEOUT_MS = 900_000;

// ---------------------------------------------------------------------------------------------
// The emulator child: seeds itself on request (so the import body never passes through the
// measured process) and serves /rest/api/3 and /__sandbox on a free port.
// ---------------------------------------------------------------------------------------------

type ChildRequest = { type: 'seed'; defects: number; now: string };
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
      emulator.reset('empty');
      const now = new Date(message.now);
      for (let done = 0; done < message.defects; done += IMPORT_BATCH) {
        emulator.importIssues({ issues: benchDefects(base, Math.min(IMPORT_BATCH, message.defects - done), now, done) });
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

function scopeOf(now: Date) {
  return { projectKey: 'QA', from: calendarDayIn(new Date(now.getTime() - VIEW_DAYS * DAY_MS)), to: calendarDayIn(now) };
}

type Design = 'counts' | 'fetch';

interface Figures {
  leakage: unknown;
  reopen: unknown;
}

/** One run of a design over a transport; the figures, to check both designs agree. */
async function runDesign(design: Design, transport: JiraTransport, now: Date, settings: MetricsSettings, requestTimeoutMs?: number): Promise<Figures & { defects: number }> {
  const jira = createMetricsJira(transport, { requestTimeoutMs });
  if (design === 'counts') {
    // A first view: the statuses and resolutions are not kept yet, so they are paid for too.
    const site = await fetchSiteMetadata(jira);
    const run = await computeProjectMetrics(jira, { ...scopeOf(now), groupBy: 'month' }, settings, { today: calendarDayIn(now), now, timeZone: 'UTC', site });
    return { defects: run.metrics.leakage.defects, leakage: run.metrics.leakage, reopen: run.metrics.reopen };
  }
  const run = await fetchDesignMetrics(jira, scopeOf(now), settings);
  return { defects: run.rates.leakage.defects, leakage: run.rates.leakage, reopen: run.rates.reopen };
}

interface Line {
  defects: number;
  design: Design;
  points: number;
  calls: number;
  wallMsAt20ms: number;
  /** Measured, or projected from the 20 ms run when it would take longer than REPLAY_LIMIT_MS. */
  wallMsAt300ms: number;
  wallAt300msProjected: boolean;
  peakRssMb: number;
  figures: Figures;
}

/** A design at one size: recorded against the emulator (calls, points, memory), then replayed at 20 and 300 ms a call. */
async function measure(site: EmulatorSite, design: Design, defectCount: number, now: Date, settings: MetricsSettings): Promise<Line> {
  const recording = createRecording();
  try {
    (globalThis as { gc?: () => void }).gc?.();
    const rss = rssSampler();
    // The emulator takes seconds to evaluate history JQL over 200,000 issues, which Jira's index does
    // not: the recording run waits for it, and the replays time the design alone.
    const recorded = await runDesign(design, recording.transport(httpTransport(site)), now, settings, EMULATOR_TIMEOUT_MS);
    const peakRssMb = rss.stop();
    const wallAt = async (latencyMs: number) => {
      const started = performance.now();
      await runDesign(design, recording.replay(latencyMs), now, settings);
      return Math.round(performance.now() - started);
    };
    const wallMsAt20ms = await wallAt(20);
    const projected = Math.round(wallMsAt20ms * (300 / 20));
    const runAt300 = projected <= REPLAY_LIMIT_MS;
    return {
      defects: defectCount,
      design,
      points: recording.points,
      calls: recording.calls,
      wallMsAt20ms,
      wallMsAt300ms: runAt300 ? await wallAt(300) : projected,
      wallAt300msProjected: !runAt300,
      peakRssMb,
      figures: { leakage: recorded.leakage, reopen: recorded.reopen },
    };
  } finally {
    recording.dispose();
  }
}

function table(lines: Line[]): string {
  const rows = lines.map((l) => `| ${l.defects.toLocaleString('en-US')} | ${l.design} | ${l.points.toLocaleString('en-US')} | ${l.calls.toLocaleString('en-US')} | `
    + `${(l.wallMsAt20ms / 1000).toFixed(1)} s | ${(l.wallMsAt300ms / 1000).toFixed(1)} s${l.wallAt300msProjected ? ' (projected)' : ''} | ${l.peakRssMb} MB |`);
  return ['| defects in view | design | Jira points | calls | wall at 20 ms/call | wall at 300 ms/call | peak memory |', '| ---: | --- | ---: | ---: | ---: | ---: | ---: |', ...rows].join('\n');
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
    view: `the last ${VIEW_DAYS} days by month, every defect created within them`,
    peakRssOf: `the measuring process (pid ${process.pid}): the metrics service and its modules, TypeScript through tsx/cjs; `
      + `the emulator runs in child process ${child.pid}`,
  }));
  const settings = defaultSettings();
  const now = new Date();
  const lines: Line[] = [];
  try {
    for (const defects of SIZES) {
      await ask(child, { type: 'seed', defects, now: now.toISOString() });
      for (const design of ['counts', 'fetch'] as const) {
        const line = await measure(site, design, defects, now, settings);
        lines.push(line);
        console.log(JSON.stringify(line));
      }
      const [counts, fetched] = lines.slice(-2);
      if (JSON.stringify(counts.figures) !== JSON.stringify(fetched.figures)) throw new Error(`The designs disagree at ${defects} defects`);
    }
    const countsLines = lines.filter((l) => l.design === 'counts');
    console.log(`\n${table(lines)}\n`);
    console.log(JSON.stringify({
      countsPointsRatioLargestToSmallest: Math.round((countsLines.at(-1)!.points / countsLines[0].points) * 100) / 100,
      countsMaxPoints: Math.max(...countsLines.map((l) => l.points)),
    }));
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
