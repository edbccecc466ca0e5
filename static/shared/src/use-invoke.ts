/**
 * Calls a resolver when a component mounts (and again on `reload`), with loading, data and error
 * state. The payload is memoised by value, so an inline object literal does not re-fire the call on
 * every render; `enabled: false` holds the call until what it needs (the context) is there.
 * A call begun before React mounted (`startInvoke`) is taken by the first mount that asks for the
 * same key and payload, instead of a second call.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { invokeResolver, type AppContract } from './invoke-resolver';
import { toUiError, type UiError } from './ui-error';

const started = new Map<string, Promise<unknown>>();
const startedKey = (key: string, payloadKey: string) => `${key} ${payloadKey}`;

/**
 * Begins a resolver call now, e.g. from a bundle's entry before React mounts, so its answer is on the
 * way while the rest of the code loads; the first useInvoke of that key and payload takes it. The call
 * is returned too, for work that can start as soon as the answer is in (e.g. fetching the code it needs).
 */
export function startInvoke<K extends keyof AppContract & string>(key: K, payload: AppContract[K]['payload']): Promise<AppContract[K]['result']> {
  const call = invokeResolver(key, payload);
  // Its failure is reported by the useInvoke that takes it; until then it is not an unhandled one.
  call.catch(() => undefined);
  started.set(startedKey(key, JSON.stringify(payload)), call);
  return call;
}

function takeStarted(key: string, payloadKey: string): Promise<unknown> | undefined {
  const call = started.get(startedKey(key, payloadKey));
  started.delete(startedKey(key, payloadKey));
  return call;
}

export interface InvokeState<T> {
  data: T | null;
  error: UiError | null;
  loading: boolean;
  reload: () => void;
  /** Replaces the data, e.g. with what a later save answered. */
  setData: (data: T) => void;
}

export function useInvoke<K extends keyof AppContract & string>(
  key: K,
  payload: AppContract[K]['payload'],
  options: { enabled?: boolean } = {},
): InvokeState<AppContract[K]['result']> {
  type Result = AppContract[K]['result'];
  const enabled = options.enabled ?? true;
  const payloadKey = JSON.stringify(payload);
  const stablePayload = useMemo(() => JSON.parse(payloadKey) as AppContract[K]['payload'], [payloadKey]);
  const [data, setData] = useState<Result | null>(null);
  const [error, setError] = useState<UiError | null>(null);
  const [loading, setLoading] = useState(enabled);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (!enabled) return undefined;
    let live = true;
    setLoading(true);
    setError(null);
    const call = (attempt === 0 ? takeStarted(key, payloadKey) as Promise<Result> | undefined : undefined) ?? invokeResolver(key, stablePayload);
    call.then(
      (result) => { if (live) { setData(result); setLoading(false); } },
      (e: unknown) => { if (live) { setError(toUiError(e, key)); setLoading(false); } },
    );
    return () => { live = false; };
  }, [key, stablePayload, payloadKey, enabled, attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  const replace = useCallback((value: Result) => setData(value), []);
  return { data, error, loading, reload, setData: replace };
}
