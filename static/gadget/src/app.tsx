/**
 * The dashboard gadget: Jira opens the same resource for the gadget's view and its edit view and
 * tells them apart by `context.extension.entryPoint` ('edit'); the configuration saved from the
 * edit view comes back in `context.extension.gadgetConfiguration`.
 */
import { ErrorState } from '../../shared/src/error-state';
import { LoadingState } from '../../shared/src/loading-state';
import { useForgeContext } from '../../shared/src/use-forge-context';
import { EditContainer } from './edit/edit-container';
import { parseGadgetConfig } from './gadget-config';
import { MetricsContainer } from './view/metrics-container';
import { Unconfigured } from './view/unconfigured';
import { space } from './view/palette';

export function App() {
  const { context, error, retry } = useForgeContext();
  let content;
  if (error) content = <ErrorState error={error} onRetry={retry} />;
  else if (!context) content = <LoadingState label="Loading…" />;
  else {
    const config = parseGadgetConfig(context.extension.gadgetConfiguration);
    if (context.extension.entryPoint === 'edit') content = <EditContainer initial={config} />;
    else content = config ? <MetricsContainer config={config} /> : <Unconfigured />;
  }
  return <main style={{ padding: space.s100 }}>{content}</main>;
}
