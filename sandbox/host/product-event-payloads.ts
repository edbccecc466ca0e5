/**
 * The product events Jira Cloud sends a Forge app, built from the emulator's changes in the shapes
 * Forge documents: avi:jira:created:issue carries the issue (`id`, `key`, `fields` as REST v3 renders
 * them) and the account that created it (`atlassianId`); avi:jira:updated:issue the same, and the changelog entry of that one change
 * (`changelog: {id, items}`); avi:jira:created:issuelink carries the link at the top level: `id`,
 * `sourceIssueId` (the from, outward issue), `destinationIssueId`, their project ids and
 * `issueLinkType: {id, name, inward, outward}`. The issue is a snapshot taken when the change
 * happens, as Jira's is, not when the event is delivered.
 * https://developer.atlassian.com/platform/forge/events-reference/jira/
 */
import type { EmulatorChange } from '../emulator';
import { selectFields } from '../emulator/field-selection';
import type { EmIssue } from '../emulator/model';
import { renderChangeItem } from '../emulator/render/changelog';
import type { RenderContext } from '../emulator/render/context';
import { renderIssue } from '../emulator/render/issue';

export const ISSUE_CREATED_EVENT = 'avi:jira:created:issue';
export const ISSUE_UPDATED_EVENT = 'avi:jira:updated:issue';
export const ISSUE_LINK_CREATED_EVENT = 'avi:jira:created:issuelink';

/** A product event as a trigger function receives it (before the platform adds `context`). */
export interface ProductEvent {
  eventType: string;
  [field: string]: unknown;
}

const EVENT_FIELDS = selectFields(['*navigable'], '*all');

function issueSnapshot(ctx: RenderContext, issue: EmIssue): Record<string, unknown> {
  const rendered = renderIssue(ctx, issue, { selection: EVENT_FIELDS, expand: new Set() });
  return { id: rendered.id, key: rendered.key, fields: rendered.fields };
}

/**
 * The event Jira sends for `change`; `ctx` renders as the app sees Jira (its account as viewer).
 * Throws when the change names something the emulator no longer has.
 */
export function productEventOf(change: EmulatorChange, ctx: RenderContext): ProductEvent {
  switch (change.kind) {
    case 'issue-created':
      return {
        eventType: ISSUE_CREATED_EVENT,
        ...(change.origin.accountId ? { atlassianId: change.origin.accountId } : {}),
        issue: issueSnapshot(ctx, change.issue),
      };
    case 'issue-updated': {
      const { issue, history } = change;
      return {
        eventType: ISSUE_UPDATED_EVENT,
        ...(history.authorAccountId ? { atlassianId: history.authorAccountId } : {}),
        issue: issueSnapshot(ctx, issue),
        changelog: { id: history.id, items: history.items.map(renderChangeItem) },
      };
    }
    case 'issuelink-created': {
      const { link } = change;
      const type = ctx.state.linkTypeById(link.typeId);
      const source = ctx.state.issueByIdOrKey(link.outwardIssueId);
      const destination = ctx.state.issueByIdOrKey(link.inwardIssueId);
      if (!type || !source || !destination) throw new Error(`Issue link ${link.id} names a link type or issue the emulator does not have`);
      return {
        eventType: ISSUE_LINK_CREATED_EVENT,
        id: link.id,
        sourceIssueId: source.id,
        destinationIssueId: destination.id,
        sourceProjectId: source.projectId,
        destinationProjectId: destination.projectId,
        issueLinkType: { id: type.id, name: type.name, inward: type.inward, outward: type.outward },
      };
    }
  }
}
