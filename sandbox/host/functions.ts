/**
 * Runs a manifest function the way the Forge platform does: finds its handler ("index.resolver" is
 * the export `resolver` of src/index.ts), requires it in process (tsx / @swc/jest compile the
 * TypeScript), and calls it inside an invocation scope so `__forge_fetch__` knows the acting user
 * and `__forge_runtime__` the module. Tests may hand in their own handler modules instead.
 *
 * Each invocation has Forge's time limit (https://developer.atlassian.com/platform/forge/limits-invocation/):
 * 25 s for a UI resolver; the function's `timeoutSeconds` (default 55, at most 900) for triggers,
 * scheduled triggers and queue consumers. Past it the call fails with FUNCTION_TIME_OUT and the
 * invocation is over: anything it still sends to Jira or storage is refused, as a stopped container
 * sends nothing.
 */
import * as path from 'node:path';
import type { ForgeManifest, ManifestFunction, ManifestModule } from './manifest';
import { newScope, runInScope, type RuntimeHost } from './forge-runtime';
import type { SandboxUser } from './users';

export type HandlerModule = Record<string, unknown>;
/** The module behind a handler's file part ("index" -> src/index.ts). */
export type HandlerSource = (file: string) => HandlerModule;
export type ForgeHandler = (event: unknown, context: unknown) => unknown;

/** Identity of the site the app is installed on, as the platform reports it in contexts. */
export interface SiteInfo { cloudId: string; siteUrl: string }

export class FunctionNotFoundError extends Error {
  readonly status = 404;
  constructor(readonly code: string, message: string) { super(message); }
}

/** Forge's default function timeout, and the longest `timeoutSeconds` may ask for. */
export const DEFAULT_FUNCTION_TIMEOUT_SECONDS = 55;
export const MAX_FUNCTION_TIMEOUT_SECONDS = 900;

/** The invocation ran past its time limit. The frontend's error for it is undocumented: a 504 with this code. */
export class FunctionTimeoutError extends Error {
  readonly status = 504;
  readonly code = 'FUNCTION_TIME_OUT';
  constructor(functionKey: string, limitMs: number) {
    super(`The function '${functionKey}' did not finish within its ${Math.round(limitMs / 100) / 10} s limit and was stopped.`);
    this.name = 'FunctionTimeoutError';
  }
}

/** Requires through `module.require`, so jest's module registry (and its TypeScript transform) serves it in tests. */
export function srcHandlerSource(srcDir: string): HandlerSource {
  return (file) => module.require(path.join(srcDir, file)) as HandlerModule;
}

/** Test-only: one object of exports standing in for src/index.ts. */
export function fixedHandlerSource(exportsOfIndex: HandlerModule): HandlerSource {
  return (file) => {
    if (file !== 'index') throw new FunctionNotFoundError('HANDLER_NOT_FOUND', `No handler module '${file}' was given to the host`);
    return exportsOfIndex;
  };
}

export class FunctionRunner {
  constructor(
    readonly manifest: ForgeManifest,
    private readonly handlers: HandlerSource,
    private readonly host: RuntimeHost,
  ) {}

  functionOf(module: ManifestModule): ManifestFunction {
    const fn = this.manifest.functionOf(module);
    if (!fn) throw new FunctionNotFoundError('FUNCTION_NOT_FOUND', `Module '${module.key}' names no function declared in manifest.yml`);
    return fn;
  }

  private handlerOf(fn: ManifestFunction): ForgeHandler {
    const dot = fn.handler.lastIndexOf('.');
    const file = fn.handler.slice(0, dot);
    const exportName = fn.handler.slice(dot + 1);
    const handler = this.handlers(file)[exportName];
    if (typeof handler !== 'function') {
      throw new FunctionNotFoundError('HANDLER_NOT_FOUND', `Function '${fn.key}': src/${file}.ts does not export a function '${exportName}'`);
    }
    return handler as ForgeHandler;
  }

  /** The function's time limit: `uiLimitMs` for a UI resolver, else its manifest `timeoutSeconds` (default 55 s). */
  limitMs(module: ManifestModule, uiLimitMs: number | undefined): number {
    if (uiLimitMs !== undefined) return uiLimitMs;
    const seconds = this.functionOf(module).timeoutSeconds ?? DEFAULT_FUNCTION_TIMEOUT_SECONDS;
    return Math.min(seconds, MAX_FUNCTION_TIMEOUT_SECONDS) * 1000;
  }

  /**
   * Calls the module's function with `(event, context)` as `user` (null: no user, as in triggers),
   * within its time limit (`uiLimitMs` for UI resolvers).
   */
  async call(module: ManifestModule, user: SandboxUser | null, event: unknown, context: unknown, uiLimitMs?: number): Promise<unknown> {
    const fn = this.functionOf(module);
    const handler = this.handlerOf(fn);
    const limitMs = this.limitMs(module, uiLimitMs);
    const scope = newScope(this.host, { user, moduleKey: module.key, moduleType: module.type, functionKey: fn.key, limitMs });
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => {
        scope.ended = true;
        reject(new FunctionTimeoutError(fn.key, limitMs));
      }, limitMs);
    });
    const running = runInScope(scope, async () => handler(event, context));
    running.catch(() => undefined);
    try {
      return await Promise.race([running, deadline]);
    } finally {
      clearTimeout(timer);
      scope.ended = true;
    }
  }
}

export function installContextOf(site: SiteInfo): string {
  return `ari:cloud:jira::site/${site.cloudId}`;
}
