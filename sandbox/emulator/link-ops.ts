/**
 * Creating and deleting issue links the way Jira does: one link per (type, from, to), and a "Link"
 * changelog entry on both issues ("This issue blocks QA-2" / "This issue is blocked by QA-1"). The
 * from issue is Jira's `outwardIssue` (see render/links.ts).
 */
import type { EmChangeItem, EmIssue, EmLink, EmLinkType } from './model';
import type { EmulatorState } from './store';
import type { PlannedLink } from './field-ops';

export function linkItem(other: EmIssue, description: string, removed: boolean): EmChangeItem {
  const text = `This issue ${description} ${other.key}`;
  return removed
    ? { field: 'Link', fieldtype: 'jira', from: other.key, fromString: text, to: null, toString: null }
    : { field: 'Link', fieldtype: 'jira', from: null, fromString: null, to: other.key, toString: text };
}

/** Links "source <outward description> destination"; an identical existing link is returned as is. */
export function createLink(
  state: EmulatorState, type: EmLinkType, source: EmIssue, destination: EmIssue, actor: string | null, at: string,
): EmLink {
  const existing = state.linksOf(source.id).find(
    (l) => l.typeId === type.id && l.outwardIssueId === source.id && l.inwardIssueId === destination.id,
  );
  if (existing) return existing;
  const link: EmLink = { id: state.nextLinkId(), typeId: type.id, outwardIssueId: source.id, inwardIssueId: destination.id, created: at };
  state.willChange(source);
  state.willChange(destination);
  state.addLink(link);
  state.addHistory(source, actor, [linkItem(destination, type.outward, false)], at);
  if (destination.id !== source.id) state.addHistory(destination, actor, [linkItem(source, type.inward, false)], at);
  state.changes.linkCreated(link);
  return link;
}

export function deleteLink(state: EmulatorState, link: EmLink, actor: string | null, at: string): void {
  const type = state.linkTypeById(link.typeId);
  const source = state.issueByIdOrKey(link.outwardIssueId);
  const destination = state.issueByIdOrKey(link.inwardIssueId);
  if (source) state.willChange(source);
  if (destination) state.willChange(destination);
  state.removeLink(link.id);
  if (!type || !source || !destination) return;
  state.addHistory(source, actor, [linkItem(destination, type.outward, true)], at);
  if (destination.id !== source.id) state.addHistory(destination, actor, [linkItem(source, type.inward, true)], at);
}

/** The links an issue create or edit asked for in `update.issuelinks`; unknown types or issues are skipped (validated earlier). */
export function applyPlannedLinks(state: EmulatorState, issue: EmIssue, links: PlannedLink[], actor: string | null, at: string): void {
  for (const link of links) {
    const type = state.linkTypeById(link.typeId);
    const other = state.issueByIdOrKey(link.otherIssueId);
    if (!type || !other) continue;
    if (link.direction === 'outward') createLink(state, type, issue, other, actor, at);
    else createLink(state, type, other, issue, actor, at);
  }
}
