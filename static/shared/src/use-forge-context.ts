/** React access to the Forge context: loading, the context, or the error that prevented it. */
import { useCallback, useEffect, useState } from 'react';
import { getForgeContext, type AppContext } from './forge-context';
import { toUiError, type UiError } from './ui-error';

export interface ForgeContextState {
  context: AppContext | null;
  error: UiError | null;
  loading: boolean;
  retry: () => void;
}

export function useForgeContext(): ForgeContextState {
  const [context, setContext] = useState<AppContext | null>(null);
  const [error, setError] = useState<UiError | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    getForgeContext().then(
      (value) => { if (live) { setContext(value); setError(null); } },
      (e: unknown) => { if (live) setError(toUiError(e, 'getContext')); },
    );
    return () => { live = false; };
  }, [attempt]);

  const retry = useCallback(() => { setError(null); setAttempt((n) => n + 1); }, []);
  return { context, error, loading: !context && !error, retry };
}
