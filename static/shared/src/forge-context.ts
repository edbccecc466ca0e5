/**
 * The parts of the Forge context the Custom UI apps read (view.getContext), fetched once per page
 * and shared by every component that asks.
 * https://developer.atlassian.com/platform/forge/apis-reference/ui-api-bridge/view/#getcontext
 */
import { view } from '@forge/bridge';
import { toUiError } from './ui-error';

export interface AppContext {
  accountId?: string;
  cloudId?: string;
  siteUrl?: string;
  moduleKey?: string;
  localId?: string;
  locale?: string;
  /** IANA time zone of the viewer's Jira profile, e.g. "Europe/London". */
  timezone?: string;
  extension: {
    type?: string;
    issue?: { id?: string | number; key?: string; type?: string };
    project?: { id?: string | number; key?: string };
    entryPoint?: string;
    gadgetConfiguration?: Record<string, unknown>;
  };
}

let pending: Promise<AppContext> | null = null;

/** The context, asked of the host once; a failure is not cached, so a retry asks again. */
export function getForgeContext(): Promise<AppContext> {
  if (!pending) {
    pending = view.getContext().then(
      (context) => ({ ...(context as unknown as AppContext), extension: (context.extension ?? {}) as AppContext['extension'] }),
      (error: unknown) => {
        pending = null;
        throw toUiError(error, 'getContext');
      },
    );
  }
  return pending;
}
