/**
 * What every stage needs to know about where it is shown: the viewer's time zone and today's date
 * in it, whether the viewer may edit, the Jira site for links, and the incident. Provided once by
 * the panel so stages and fields do not pass it down by hand.
 */
import { createContext, useContext } from 'react';
import type { PersonRef, PostmortemIncident } from '../../../../src/contract';

export interface PanelEnv {
  timeZone: string;
  /** The viewer's date, YYYY-MM-DD. */
  today: string;
  readOnly: boolean;
  incident: PostmortemIncident;
  people: PersonRef[];
  /** Base URL of the Jira site, for issue links; empty when unknown. */
  siteUrl: string;
}

const PanelEnvContext = createContext<PanelEnv | null>(null);

export const PanelEnvProvider = PanelEnvContext.Provider;

export function usePanelEnv(): PanelEnv {
  const env = useContext(PanelEnvContext);
  if (!env) throw new Error('usePanelEnv is used outside the post-mortem panel');
  return env;
}

export function issueUrl(env: PanelEnv, key: string): string {
  return `${env.siteUrl.replace(/\/+$/, '')}/browse/${encodeURIComponent(key)}`;
}
