/**
 * The dashboard gadget: Jira opens the same resource for the gadget's view and its edit view and
 * tells them apart by `context.extension.entryPoint` ('edit'); the configuration saved from the
 * edit view comes back in `context.extension.gadgetConfiguration`.
 */
import { useEffect } from 'react';
import { ErrorState } from '../../shared/src/error-state';
import { LoadingState } from '../../shared/src/loading-state';
import { useForgeContext } from '../../shared/src/use-forge-context';
import { lazyPart, PartBoundary } from '../../shared/src/lazy-part';
import { parseGadgetConfig } from './gadget-config';
import { Unconfigured } from './view/unconfigured';
import { space } from './view/palette';

// The edit view is its own part: the dashboard's view never loads the form's pickers.
const EditPart = lazyPart(() => import('./edit/edit-container'), 'EditContainer');
const EditContainer = EditPart.Component;
// The view loads alongside the Forge context, so the first paint waits for neither.
const ViewPart = lazyPart(() => import('./view/metrics-container'), 'MetricsContainer');
const MetricsContainer = ViewPart.Component;

export function App() {
  useEffect(() => {
    void ViewPart.load().catch(() => undefined);
  }, []);
  const { context, error, retry } = useForgeContext();
  let content;
  if (error) content = <ErrorState error={error} onRetry={retry} />;
  else if (!context) content = <LoadingState label="Loading…" />;
  else {
    const config = parseGadgetConfig(context.extension.gadgetConfiguration);
    if (context.extension.entryPoint === 'edit') content = <PartBoundary label="Loading…"><EditContainer initial={config} /></PartBoundary>;
    else content = config ? <PartBoundary label="Loading…"><MetricsContainer config={config} /></PartBoundary> : <Unconfigured />;
  }
  return <main style={{ padding: space.s100 }}>{content}</main>;
}
