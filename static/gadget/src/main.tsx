/**
 * Placeholder dashboard gadget, to be replaced by the real metrics UI: the view shows the Forge
 * context; the edit view (context.extension.entryPoint === 'edit') saves a project key with view.submit.
 */
import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { view } from '@forge/bridge';

interface GadgetContext { extension?: { entryPoint?: string; gadgetConfiguration?: { projectKey?: string } } }

function Edit({ initial }: { initial: string }) {
  const [projectKey, setProjectKey] = useState(initial);
  return (
    <form onSubmit={(e) => { e.preventDefault(); void view.submit({ projectKey }); }}>
      <label>Project key <input value={projectKey} onChange={(e) => setProjectKey(e.target.value)} /></label>
      <button type="submit">Save</button>
    </form>
  );
}

function App() {
  const [context, setContext] = useState<GadgetContext | null>(null);
  useEffect(() => { void view.getContext().then((c) => setContext(c as GadgetContext)); }, []);
  if (!context) return <p>Loading...</p>;
  const config = context.extension?.gadgetConfiguration ?? {};
  if (context.extension?.entryPoint === 'edit') return <Edit initial={config.projectKey ?? ''} />;
  return <pre style={{ fontSize: 12 }}>{JSON.stringify(context, null, 2)}</pre>;
}

createRoot(document.getElementById('root') as HTMLElement).render(<StrictMode><App /></StrictMode>);
