/**
 * Record and replay of Jira answers for `npm run bench`. A design first runs against the emulator
 * with every answer recorded (to disk, so the recording does not swell the measured process);
 * it then runs again against the recording with a fixed latency per call, so its wall time at 20 ms
 * or 300 ms a call is the design's own (its concurrency and its computing), not the emulator's time
 * to evaluate JQL over 200,000 issues. Points are Jira's rule as the emulator encodes it
 * (sandbox/emulator/rate-limits.ts: 1 + objects returned for a read).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Route } from '@forge/api';
import type { JiraResponse, JiraTransport } from '../../src/jira';
import { pointsFor } from '../../sandbox/emulator/rate-limits';

interface Entry {
  status: number;
  headers: [string, string][];
  file: string;
}

export interface Recording {
  calls: number;
  points: number;
  /** The transport that records through `inner`. */
  transport(inner: JiraTransport): JiraTransport;
  /** A transport answering the recorded answers, in order per request, after `latencyMs`. */
  replay(latencyMs: number): JiraTransport;
  dispose(): void;
}

const keyOf = (path: Route, init: { method?: string; body?: string } = {}) => `${init.method ?? 'GET'} ${path.value}\n${init.body ?? ''}`;

function answer(entry: Entry, text: string): JiraResponse {
  const headers = new Map(entry.headers);
  return { status: entry.status, headers: { get: (name) => headers.get(name.toLowerCase()) ?? null }, text: async () => text };
}

export function createRecording(): Recording {
  const dir = mkdtempSync(join(tmpdir(), 'bench-jira-'));
  const entries = new Map<string, Entry[]>();
  let files = 0;
  const recording: Recording = {
    calls: 0,
    points: 0,
    transport: (inner) => async (path, init) => {
      const response = await inner(path, init);
      const text = await response.text();
      const method = init?.method ?? 'GET';
      recording.calls += 1;
      let body: unknown;
      try {
        body = text ? JSON.parse(text) : undefined;
      } catch {
        body = undefined;
      }
      recording.points += pointsFor(method, path.value.split('?')[0], response.status, body);
      const file = join(dir, String((files += 1)));
      writeFileSync(file, text);
      const headers: [string, string][] = [];
      for (const name of ['content-type', 'retry-after']) {
        const value = response.headers.get(name);
        if (value !== null) headers.push([name, value]);
      }
      const key = keyOf(path, init);
      entries.set(key, [...(entries.get(key) ?? []), { status: response.status, headers, file }]);
      return answer({ status: response.status, headers, file }, text);
    },
    replay: (latencyMs) => {
      const used = new Map<string, number>();
      return async (path, init) => {
        const key = keyOf(path, init);
        const list = entries.get(key);
        const index = used.get(key) ?? 0;
        const entry = list?.[Math.min(index, list.length - 1)];
        if (!entry) throw new Error(`The replay has no answer for ${key.split('\n')[0]}`);
        used.set(key, index + 1);
        await new Promise((resolve) => setTimeout(resolve, latencyMs));
        return answer(entry, readFileSync(entry.file, 'utf8'));
      };
    },
    dispose: () => rmSync(dir, { recursive: true, force: true }),
  };
  return recording;
}
