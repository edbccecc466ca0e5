/**
 * The issue panel's container: the Forge context (which incident, the viewer's time zone), then
 * getPostmortem, with the loading, empty and error states; the post-mortem itself once loaded.
 */
import { useMemo } from 'react';
import SectionMessage from '@atlaskit/section-message';
import { token } from '@atlaskit/tokens';
import type { PostmortemView } from '../../../src/contract';
import { ErrorState } from '../../shared/src/error-state';
import { LoadingState } from '../../shared/src/loading-state';
import { UiError } from '../../shared/src/ui-error';
import { useForgeContext } from '../../shared/src/use-forge-context';
import { useInvoke } from '../../shared/src/use-invoke';
import { resolveTimeZone, todayInZone } from './model/zoned-time';
import { lazyPart, PartBoundary } from '../../shared/src/lazy-part';

// The post-mortem's code loads while getPostmortem is under way (started at mount), not before the first paint.
const PanelPart = lazyPart(() => import('./postmortem-panel'), 'PostmortemPanel');
const PostmortemPanel = PanelPart.Component;

/** getPostmortem's payload: the incident comes from the Forge context. */
export const POSTMORTEM_PAYLOAD = {};

/**
 * Starts fetching the post-mortem's code, the fields most stages are made of (the select alone is
 * about 110 KB) and, once both the code and the post-mortem have arrived, the stage it opens on, whose
 * own chunk is then small; main.tsx calls it before React mounts, to overlap with the first render.
 */
export function preloadPanel(postmortem: Promise<PostmortemView>): void {
  void Promise.all([
    import('./fields/select-input'), import('./fields/text-area-input'), import('./fields/text-input'), import('./fields/string-list-input'),
    import('./components/stage-header'), import('./components/item-card'),
  ]).catch(() => undefined);
  void Promise.all([PanelPart.load(), postmortem]).then(([part, view]) => part.preloadOpeningStage(view)).catch(() => undefined);
}

export function PanelApp() {
  const forge = useForgeContext();
  const context = forge.context;
  const view = useInvoke('getPostmortem', POSTMORTEM_PAYLOAD, { enabled: Boolean(context?.extension.issue?.key) });
  const timeZone = useMemo(() => resolveTimeZone(context?.timezone), [context?.timezone]);
  const today = useMemo(() => todayInZone(new Date(), timeZone), [timeZone]);

  let body;
  if (forge.error) body = <ErrorState error={forge.error} onRetry={forge.retry} />;
  else if (!context) body = <LoadingState label="Loading the post-mortem…" />;
  else if (!context.extension.issue?.key) body = <ErrorState error={new UiError('VALIDATION', 'Open this panel from an incident issue.')} />;
  else if (view.error) body = <ErrorState error={view.error} onRetry={view.reload} />;
  else if (view.loading || !view.data) body = <LoadingState label="Loading the post-mortem…" />;
  else if (!view.data.canEdit && view.data.revision === 0) {
    body = (
      <div data-testid="empty-state">
        <SectionMessage appearance="information" title="No post-mortem yet">
          <p>Nobody has started a post-mortem for {view.data.incident.key} yet. People who can edit this incident can start one here.</p>
        </SectionMessage>
      </div>
    );
  } else {
    body = (
      <PartBoundary label="Loading the post-mortem…">
        <PostmortemPanel view={view.data} site={context.cloudId ?? context.siteUrl ?? 'site'} timeZone={timeZone} today={today} />
      </PartBoundary>
    );
  }
  return <div style={{ padding: `${token('space.050')} ${token('space.025')}`, font: token('font.body'), color: token('color.text') }}>{body}</div>;
}
