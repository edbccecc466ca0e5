/**
 * Placeholder issue panel, to be replaced by the real post-mortem UI: shows the Forge context and
 * what the `getPostmortem` resolver answers, so the host and bridge can be seen working end to end.
 */
import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { invoke, view } from '@forge/bridge';

function App() {
  const [context, setContext] = useState<unknown>(null);
  const [result, setResult] = useState<unknown>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    view.getContext().then(setContext, (e: Error) => setError(e.message));
    invoke('getPostmortem').then(setResult, (e: Error) => setError(e.message));
  }, []);
  return (
    <main style={{ fontFamily: 'sans-serif', fontSize: 14 }}>
      {error && <p role="alert">{error}</p>}
      <h3>getPostmortem</h3>
      <pre data-testid="result">{JSON.stringify(result, null, 2)}</pre>
      <h3>Context</h3>
      <pre data-testid="context">{JSON.stringify(context, null, 2)}</pre>
    </main>
  );
}

createRoot(document.getElementById('root') as HTMLElement).render(<StrictMode><App /></StrictMode>);
