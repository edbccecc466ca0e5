/**
 * Runs a manifest function the way the Forge platform does: finds its handler ("index.resolver" is
 * the export `resolver` of src/index.ts), requires it in process (tsx / @swc/jest compile the
 * TypeScript), and calls it inside an invocation scope so `__forge_fetch__` knows the acting user
 * and `__forge_runtime__` the module. Tests may hand in their own handler modules instead.
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

  /** Calls the module's function with `(event, context)` as `user` (null: no user, as in triggers). */
  async call(module: ManifestModule, user: SandboxUser | null, event: unknown, context: unknown): Promise<unknown> {
    const fn = this.functionOf(module);
    const handler = this.handlerOf(fn);
    const scope = newScope(this.host, {
      user, moduleKey: module.key, moduleType: module.type, functionKey: fn.key, timeoutSeconds: fn.timeoutSeconds,
    });
    return runInScope(scope, async () => handler(event, context));
  }
}

export function installContextOf(site: SiteInfo): string {
  return `ari:cloud:jira::site/${site.cloudId}`;
}
