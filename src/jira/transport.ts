/**
 * How the Jira client reaches Jira. In Forge, `requestJira` from @forge/api as the user (UI resolvers)
 * or as the app (triggers, scheduled jobs); in tests, anything with the same signature.
 * https://developer.atlassian.com/platform/forge/runtime-reference/product-fetch-api/
 */
import api, { type Route } from '@forge/api';

export interface JiraResponse {
  status: number;
  headers: { get(name: string): string | null };
  text(): Promise<string>;
}

export type JiraTransport = (path: Route, init?: { method?: string; headers?: Record<string, string>; body?: string }) => Promise<JiraResponse>;

export const asUserTransport = (): JiraTransport => (path, init) => api.asUser().requestJira(path, init);
export const asAppTransport = (): JiraTransport => (path, init) => api.asApp().requestJira(path, init);
