/**
 * The fault matrix (issue "Nothing accepted is lost…", DESIGN.md section 3): every Jira endpoint a
 * resolver calls × 429 with Retry-After 20 s, a 429 of the hourly quota (RateLimit-Reason
 * `jira-quota-global-based`), 500 and 503 on every attempt, and latency past the invocation's time
 * limit. For each cell, through the local Forge host:
 * - the answer is an envelope with a code a person can act on (never INTERNAL, never an HTTP 500),
 *   sent before the host's limit;
 * - nothing is half-written (each scenario says what whole means for it);
 * - once Jira answers again, the same call (the person's retry) succeeds and the work is done once.
 *
 * Which endpoints a resolver calls is measured, not listed: a clean call on a fixture of its own is
 * recorded first. A cell is (endpoint, fault); a file's read-only scenarios skip the cells an earlier
 * scenario of the file has covered, writing scenarios run all of theirs. The latency column runs
 * under a shortened resolver limit (SHORT_LIMIT_MS, switchable in the host like every timing) so that
 * it takes seconds: the rule it checks — no answer after the limit, a clear message instead — is the
 * same at 25 s. Figures go to test-results/reliability/fault-matrix-<file>.json.
 */
import fs from 'node:fs';
import path from 'node:path';
import { DEFAULT_SANDBOX_CONFIG } from '../../../sandbox/config';
import type { FaultRule } from '../../../sandbox/emulator';
import { ERROR_CODES } from '../../../src/contract';
import type { PostmortemDocument } from '../../../src/domain/postmortem';
import type { Sandbox } from '../../helpers/sandbox';
import { sandboxPerFile } from '../../helpers/sandbox-per-file';
import { incidentImport } from '../../integration/postmortem/panel-client';

export const PANEL = 'qa-postmortem-panel';
/** A resolver limit short enough to run the latency column in seconds; the added latency is past it. */
const SHORT_LIMIT_MS = 4_500;
const PAST_LIMIT_MS = 5_000;

/** The incident of a cell, and the task its `prepare` made for it, if any. */
export interface Fixture { key: string; id: string; task?: { key: string; id: string } }
export interface Answer { status: number; body: unknown }

export interface Scenario {
  name: string;
  /** Writes something; its cells all run even where another scenario covered the endpoint. */
  writes?: boolean;
  /** What the incident holds before the call (through the app, without faults). */
  prepare?: (f: Fixture) => Promise<void>;
  call: (f: Fixture) => Promise<Answer>;
  /**
   * For an answer that succeeded as a whole: what it says was not done (e.g. the items whose task Jira
   * refused), or undefined when everything was. Such an answer counts as a refusal that needs a retry.
   */
  notDone?: (data: unknown) => string | undefined;
  /**
   * For a function that is not a UI resolver (a trigger, a scheduled job): reads the host's outcome
   * as a code and what it says. A failed run is retried by the platform, so 'failed' with a message
   * is an acceptable answer there, as long as nothing is half-written and the next run finishes.
   */
  classify?: (answer: Answer) => { code: string; message?: string };
  /**
   * Not a UI resolver: its limit is the function's `timeoutSeconds`, which the host does not shorten,
   * so the latency column is left out (the host's own tests cover a function run past its limit).
   */
  background?: true;
  /** Nothing half-written after a refused or failed call. */
  consistent?: (f: Fixture) => void;
  /** The work done exactly once after a successful call. */
  finished?: (f: Fixture) => void;
  /** After the cell: takes the fixture out of what later cells' runs look at (e.g. closes its task). */
  cleanup?: (f: Fixture) => Promise<void>;
}

interface FaultKind { name: string; rule?: (path: string, method: string) => FaultRule; latency?: true }

const FAULTS: FaultKind[] = [
  { name: '429 Retry-After 20', rule: (p, method) => ({ path: p, method, status: 429, retryAfter: 20, count: 1000 }) },
  { name: '429 quota', rule: (p, method) => ({ path: p, method, status: 429, retryAfter: 1800, rateLimitReason: 'jira-quota-global-based', count: 1000 }) },
  { name: '500', rule: (p, method) => ({ path: p, method, status: 500, count: 1000 }) },
  { name: '503', rule: (p, method) => ({ path: p, method, status: 503, count: 1000 }) },
  { name: 'latency past the limit', latency: true },
];

interface Figures {
  cells: number;
  endpoints: Record<string, string[]>;
  answers: Record<string, number>;
  answeredAfterLimit: number;
  halfWritten: number;
  notRecovered: number;
}

/** The running sandbox of the file, and helpers bound to it. */
export interface Matrix {
  sandbox: () => Sandbox;
  invoke: (user: string, module: string, fn: string, payload: unknown, extension: unknown) => Promise<Answer>;
  panelCall: (fn: string, payload?: unknown) => (f: Fixture) => Promise<Answer>;
  extensionOf: (f: Fixture) => Record<string, unknown>;
  /** Saves `document` as alice onto the incident's current revision; the new revision. */
  saveAsAlice: (f: Fixture, document: PostmortemDocument) => Promise<number>;
  run: (scenarios: Scenario[]) => void;
}

export function faultMatrix(file: string, now: Date, seed: 'empty' | 'demo' = 'empty'): Matrix {
  let sandbox: Sandbox;
  sandboxPerFile({ seed, resetEachTest: false }, {
    ready: async (sb) => {
      sandbox = sb;
      await sb.configure({ searchLagMs: 300 });
    },
  });

  const extensionOf = (f: Fixture) => ({ issue: { key: f.key, id: f.id, type: 'Incident' }, project: { key: 'QA', id: '10000', type: 'software' } });
  const invoke = (user: string, module: string, fn: string, payload: unknown, extension: unknown): Promise<Answer> =>
    sandbox.invoke(user, module, fn, payload, extension as Record<string, unknown>);
  const panelCall = (fn: string, payload: unknown = {}) => (f: Fixture) => invoke('alice', PANEL, fn, payload, extensionOf(f));

  async function saveAsAlice(f: Fixture, document: PostmortemDocument): Promise<number> {
    const view = (await invoke('alice', PANEL, 'getPostmortem', {}, extensionOf(f))).body as { ok: boolean; data: { revision: number } };
    if (!view.ok) throw new Error(`could not read ${f.key}: ${JSON.stringify(view)}`);
    const saved = (await invoke('alice', PANEL, 'savePostmortem', { document: { ...document, revision: view.data.revision }, baseRevision: view.data.revision }, extensionOf(f))).body as { ok: boolean; data: { revision: number } };
    if (!saved.ok) throw new Error(`could not save ${f.key}: ${JSON.stringify(saved)}`);
    return saved.data.revision;
  }

  /** A new incident of its own for each cell (imported without a key: Jira numbers it). */
  function fixture(): Fixture {
    const key = sandbox.emulator.importIssues({ issues: [incidentImport(now)] }).keys[0];
    return { key, id: sandbox.emulator.store.issueByIdOrKey(key)?.id as string };
  }

  /** `METHOD path` of each /rest/ call since `from`, with the fixture's key and id as placeholders. */
  function callsOf(f: Fixture, from: number): { method: string; path: string }[] {
    const seen = new Map<string, { method: string; path: string }>();
    const placeholders: [string, string][] = [[f.key, '{key}'], [f.id, '{id}'], ...(f.task ? [[f.task.key, '{task}'], [f.task.id, '{taskId}']] as [string, string][] : [])];
    for (const request of sandbox.emulator.requests.slice(from)) {
      const templ = request.path.split('/').map((part) => placeholders.find(([value]) => value === part)?.[1] ?? part).join('/');
      seen.set(`${request.method} ${templ}`, { method: request.method, path: templ });
    }
    return [...seen.values()];
  }
  const concrete = (templ: string, f: Fixture) => templ.split('/').map((part) => ({
    '{key}': f.key, '{id}': f.id, '{task}': f.task?.key, '{taskId}': f.task?.id,
  } as Record<string, string | undefined>)[part] ?? part).join('/');

  const figures: Figures = { cells: 0, endpoints: {}, answers: {}, answeredAfterLimit: 0, halfWritten: 0, notRecovered: 0 };
  const covered = new Set<string>();

  function codeOf(answer: Answer, where: string, scenario: Scenario): string {
    if (scenario.classify) {
      const { code, message } = scenario.classify(answer);
      if (code !== 'ok' && !(message && message.trim())) throw new Error(`${where}: failed without saying why: ${JSON.stringify(answer.body)}`);
      return code;
    }
    const body = answer.body as { ok?: boolean; error?: { code?: string; message?: string } };
    if (answer.status === 500 || (body.ok !== true && !body.error)) throw new Error(`${where}: answered ${answer.status} ${JSON.stringify(answer.body)}`);
    if (body.ok === true) return 'ok';
    const error = body.error ?? {};
    if (!ERROR_CODES.includes(error.code as never) || error.code === 'INTERNAL' || !(typeof error.message === 'string' && error.message.length > 0)) {
      throw new Error(`${where}: not an actionable error: ${JSON.stringify(body)}`);
    }
    return error.code as string;
  }

  function run(scenarios: Scenario[]): void {
    afterAll(() => {
      const dir = path.join('test-results', 'reliability');
      fs.mkdirSync(dir, { recursive: true });
      fs.writeFileSync(path.join(dir, `fault-matrix-${file}.json`), `${JSON.stringify(figures, null, 2)}\n`);
    });
    afterEach(async () => {
      sandbox.emulator.clearFaults();
      await sandbox.configure({ resolverTimeoutMs: DEFAULT_SANDBOX_CONFIG.resolverTimeoutMs });
    });

    describe.each(scenarios.map((s) => [s.name, s] as const))('%s under faults', (_name, scenario) => {
      it('answers every fault on every endpoint it calls with an actionable error in time, leaves nothing half-written, and finishes once Jira answers', async () => {
        const probe = fixture();
        await scenario.prepare?.(probe);
        const mark = sandbox.emulator.requests.length;
        expect(codeOf(await scenario.call(probe), `${scenario.name} without faults`, scenario)).toBe('ok');
        const endpoints = callsOf(probe, mark);
        scenario.finished?.(probe);
        await scenario.cleanup?.(probe);
        expect(endpoints.length).toBeGreaterThan(0);
        figures.endpoints[scenario.name] = endpoints.map((e) => `${e.method} ${e.path}`);

        for (const endpoint of endpoints) {
          for (const kind of FAULTS.filter((k) => !(k.latency && scenario.background))) {
            const cell = `${endpoint.method} ${endpoint.path} × ${kind.name}`;
            if (!scenario.writes && covered.has(cell)) continue;
            covered.add(cell);
            const where = `${scenario.name}: ${cell}`;
            const f = fixture();
            await scenario.prepare?.(f);
            const target = concrete(endpoint.path, f);
            if (kind.latency) {
              await sandbox.configure({ resolverTimeoutMs: SHORT_LIMIT_MS });
              sandbox.emulator.setFaults([{ path: target, method: endpoint.method, latencyMs: PAST_LIMIT_MS }]);
            } else {
              sandbox.emulator.setFaults([kind.rule!(target, endpoint.method)]);
            }
            const t0 = Date.now();
            const answer = await scenario.call(f);
            if (process.env.FAULT_MATRIX_TRACE) process.stderr.write(`${where}: ${Date.now() - t0} ms ${JSON.stringify(answer.body).slice(0, Number(process.env.FAULT_MATRIX_TRACE) > 1 ? 100_000 : 300)}\n`);
            sandbox.emulator.clearFaults();
            await sandbox.configure({ resolverTimeoutMs: DEFAULT_SANDBOX_CONFIG.resolverTimeoutMs });
            // The host answers FUNCTION_TIME_OUT (not an app envelope) when the resolver ran past its limit.
            if ((answer.body as { error?: { code?: string } }).error?.code === 'FUNCTION_TIME_OUT') figures.answeredAfterLimit += 1;
            let code = codeOf(answer, where, scenario);
            const leftUndone = code === 'ok' ? scenario.notDone?.((answer.body as { data: unknown }).data) : undefined;
            if (leftUndone !== undefined) {
              if (leftUndone.trim() === '') throw new Error(`${where}: reports work not done without saying why: ${JSON.stringify(answer.body)}`);
              code = 'ok, part not done';
            }
            figures.cells += 1;
            // A request the app gave up on may still be carried out by Jira: judge what is left after it.
            if (scenario.writes) await sandbox.emulator.faultsSettled();
            figures.answers[code] = (figures.answers[code] ?? 0) + 1;
            try { scenario.consistent?.(f); } catch (error) { figures.halfWritten += 1; throw new Error(`${where}: half-written: ${String(error)}`, { cause: error }); }
            if (code !== 'ok' || kind.latency) {
              const again = await scenario.call(f);
              const againData = (again.body as { data?: unknown }).data;
              if (codeOf(again, `${where}, the retry`, scenario) !== 'ok' || scenario.notDone?.(againData) !== undefined) {
                figures.notRecovered += 1;
                throw new Error(`${where}: the retry without faults answered ${JSON.stringify(again.body)}`);
              }
              if (scenario.writes) await sandbox.emulator.faultsSettled();
            }
            try { scenario.finished?.(f); } catch (error) { figures.halfWritten += 1; throw new Error(`${where}: not done exactly once: ${String(error)}`, { cause: error }); }
            await scenario.cleanup?.(f);
          }
        }
      }, 600_000);
    });
  }

  return { sandbox: () => sandbox, invoke, panelCall, extensionOf, saveAsAlice, run };
}
