/**
 * Test harness for the emulator's HTTP surface: an express app with the emulator on an ephemeral port,
 * and a small client that calls it with Basic auth as one of the seeded users.
 */
import express from 'express';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { createJiraEmulator, type JiraEmulator, type JiraEmulatorOptions } from '../../../sandbox/emulator';
import { APP_USER, USERS } from '../../../sandbox/seed/base';

export type Who = keyof typeof USERS | 'app' | 'nobody';

/** Whatever JSON.parse gives: tests reach into bodies freely and assert their shapes. */
export type JsonBody = ReturnType<typeof JSON.parse>;

export interface Reply<T = JsonBody> { status: number; body: T; headers: Headers }

export interface EmulatorServer {
  url: string;
  emulator: JiraEmulator;
  call<T = JsonBody>(who: Who, method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<Reply<T>>;
  close(): Promise<void>;
}

function authorization(who: Who): Record<string, string> {
  if (who === 'nobody') return {};
  const email = who === 'app' ? APP_USER.emailAddress : USERS[who].emailAddress;
  return { authorization: `Basic ${Buffer.from(`${email}:any-token`).toString('base64')}` };
}

export async function startEmulator(options: JiraEmulatorOptions = { seed: 'empty' }): Promise<EmulatorServer> {
  const emulator = createJiraEmulator(options);
  const app = express();
  app.use(emulator.router);
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, () => resolve(s));
  });
  // Tests block the event loop with large synchronous imports; keep idle sockets open past that.
  server.keepAliveTimeout = 60_000;
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    emulator,
    async call(who, method, path, body, headers = {}) {
      const response = await fetch(`${url}${path}`, {
        method,
        headers: { ...authorization(who), ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...headers },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await response.text();
      let parsed: unknown = text;
      try { parsed = text === '' ? undefined : JSON.parse(text); } catch { /* not JSON: keep the text */ }
      return { status: response.status, body: parsed as JsonBody, headers: response.headers };
    },
    close: () => new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve()))),
  };
}

export interface EmulatorPerFileHooks {
  ready?: (server: EmulatorServer) => void;
  /** After the reset before each test, e.g. to import the file's issues. */
  eachTest?: (emulator: JiraEmulator) => void;
  /** Emulator options beyond the empty seed, e.g. the installed app's property index. */
  options?: Omit<JiraEmulatorOptions, 'seed'>;
}

/**
 * One emulator server per test file: started before the file's tests, closed after them, and reset
 * to an empty site before each test, so every suite does not repeat the same hooks.
 */
export function emptyEmulatorPerFile(hooks: EmulatorPerFileHooks): void {
  let server: EmulatorServer;
  beforeAll(async () => {
    server = await startEmulator({ ...hooks.options, seed: 'empty' });
    hooks.ready?.(server);
  });
  afterAll(() => server.close());
  beforeEach(() => {
    server.emulator.reset('empty');
    hooks.eachTest?.(server.emulator);
  });
}

/** A minimal valid issue in the import format. */
export function importIssue(overrides: Record<string, unknown> = {}, fields: Record<string, unknown> = {}) {
  return {
    fields: { project: { key: 'QA' }, issuetype: { name: 'Bug' }, summary: 'Something broke', ...fields },
    ...overrides,
  };
}

export const adf = (text: string) => ({ type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });
