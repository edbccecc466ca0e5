/**
 * Parts of a screen loaded when needed (a panel stage, the gadget's chart and edit view, the
 * settings form), so a resource's first-load JavaScript is the shell that can show a loading state
 * and ask for its data. `load` starts fetching the part's code; `prefetch` does it ahead of need
 * when the browser is idle, so moving to the next stage does not wait for the network.
 */
import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import { LoadingState } from './loading-state';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a part's props are whatever its component takes
type AnyComponent = ComponentType<any>;

export interface LazyPart<C extends AnyComponent, M = unknown> {
  Component: C;
  /** Fetches the part's module (once), e.g. to call another of its exports. */
  load: () => Promise<M>;
}

/** A named export of a module, as a component that loads the module on first render. */
export function lazyPart<M, K extends keyof M>(importer: () => Promise<M>, name: K): LazyPart<M[K] & AnyComponent, M> {
  let loading: Promise<M> | null = null;
  let loaded: M | undefined;
  const load = () => (loading ??= importer().then((module) => (loaded = module), (error: unknown) => {
    loading = null;
    throw error;
  }));
  // React.lazy suspends (a fallback, then a retry render) unless the promise it is given has already
  // settled when it asks; code loaded ahead (preloaded, prefetched) is handed over at once, so the
  // first render shows the part itself.
  const Component = lazy(() => {
    const module = loaded;
    if (module) return settled({ default: module[name] as AnyComponent }) as Promise<{ default: AnyComponent }>;
    return load().then((m) => ({ default: m[name] as AnyComponent }));
  });
  return { Component: Component as unknown as M[K] & AnyComponent, load };
}

/**
 * A thenable that calls back at once: React.lazy reads a module handed over this way in the same
 * render (its initializer subscribes, then checks whether it resolved), where a Promise's callbacks
 * wait for a microtask. https://github.com/facebook/react/blob/v18.3.1/packages/react/src/ReactLazy.js
 */
function settled<T>(value: T): PromiseLike<T> {
  return {
    then<R1 = T, R2 = never>(onFulfilled?: ((v: T) => R1 | PromiseLike<R1>) | null): PromiseLike<R1 | R2> {
      return settled((onFulfilled ? onFulfilled(value) : value) as R1 | R2);
    },
  };
}

/** Fetches the parts' code once the browser is idle (or after the current task where it has no idle callback). */
export function prefetch(parts: ReadonlyArray<{ load: () => Promise<unknown> }>): void {
  const run = () => {
    for (const p of parts) void p.load().catch(() => undefined);
  };
  const idle = (globalThis as { requestIdleCallback?: (cb: () => void, options?: { timeout: number }) => number }).requestIdleCallback;
  // After the current render and its effects: a timer first, then the browser's next idle period.
  setTimeout(() => (idle ? idle(run, { timeout: 2000 }) : run()), 300);
}

/** Where a lazy part renders: its loading state until the code has arrived. */
export function PartBoundary({ label, children }: { label: string; children: ReactNode }) {
  return <Suspense fallback={<LoadingState label={label} />}>{children}</Suspense>;
}
