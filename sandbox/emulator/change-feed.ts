/**
 * The emulator's change hook: what Jira Cloud would turn into product events, announced the moment
 * the store changes, to whoever listens (the local Forge host delivers them to the app's `trigger`
 * modules as avi:jira:created:issue, avi:jira:updated:issue and avi:jira:created:issuelink). Announced
 * are a new issue (once its properties, links and create transition are in place, as Jira's event
 * carries the issue created), an issue edit or transition (with the changelog entry it wrote) and a
 * new issue link; only changes made through a
 * /rest/api/3 request count, never seeds or imports, which Jira never saw happen.
 *
 * Each change carries its origin: who made the request and, when a Forge app made it (the host marks
 * the requests of the app's code with APP_REQUEST_HEADER), which app; so the host can honour a
 * trigger's `filter.ignoreSelf` the way Jira does.
 * https://developer.atlassian.com/platform/forge/events-reference/jira/
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { EmHistory, EmIssue, EmLink } from './model';

/** Set by the Forge host on requests the app's code makes (value: the app id). */
export const APP_REQUEST_HEADER = 'x-sandbox-forge-app';

export interface ChangeOrigin {
  /** The account that made the request. */
  accountId: string | null;
  /** The Forge app whose code made the request, if one did. */
  appId: string | null;
}

export type EmulatorChange =
  | { kind: 'issue-created'; issue: EmIssue; origin: ChangeOrigin }
  | { kind: 'issue-updated'; issue: EmIssue; history: EmHistory; origin: ChangeOrigin }
  | { kind: 'issuelink-created'; link: EmLink; origin: ChangeOrigin };

export type ChangeListener = (change: EmulatorChange) => void;

export class ChangeFeed {
  private readonly listeners = new Set<ChangeListener>();
  private readonly requests = new AsyncLocalStorage<ChangeOrigin>();

  /** Calls `listener` synchronously for every change from now on; returns the unsubscribe. */
  subscribe(listener: ChangeListener): () => void {
    this.listeners.add(listener);
    return () => { this.listeners.delete(listener); };
  }

  /** Handles one REST request with its origin: changes made inside are announced with it. */
  withinRequest<T>(origin: ChangeOrigin, handle: () => T): T {
    return this.requests.run(origin, handle);
  }

  issueCreated(issue: EmIssue): void {
    this.announce((origin) => ({ kind: 'issue-created', issue, origin }));
  }

  issueUpdated(issue: EmIssue, history: EmHistory | null): void {
    if (history) this.announce((origin) => ({ kind: 'issue-updated', issue, history, origin }));
  }

  linkCreated(link: EmLink): void {
    this.announce((origin) => ({ kind: 'issuelink-created', link, origin }));
  }

  private announce(change: (origin: ChangeOrigin) => EmulatorChange): void {
    const origin = this.requests.getStore();
    if (!origin || this.listeners.size === 0) return;
    const announced = change(origin);
    for (const listener of this.listeners) {
      // A listener's failure is its own: Jira's answer to the request does not depend on it.
      try { listener(announced); } catch { /* the listener reports its own errors */ }
    }
  }
}
