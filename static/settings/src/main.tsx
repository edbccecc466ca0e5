/**
 * Placeholder project settings page, to be replaced by the real settings UI: shows the Forge
 * context (context.extension.project) the page runs with.
 */
import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { view } from '@forge/bridge';

function App() {
  const [context, setContext] = useState<unknown>(null);
  useEffect(() => { void view.getContext().then(setContext); }, []);
  return <pre style={{ fontSize: 12 }}>{JSON.stringify(context, null, 2)}</pre>;
}

createRoot(document.getElementById('root') as HTMLElement).render(<StrictMode><App /></StrictMode>);
