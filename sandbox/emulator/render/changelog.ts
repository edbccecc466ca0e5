/** Changelog entries in Jira's Changelog / ChangeDetails shapes (from, to: ids; fromString, toString: names). */
import type { EmChangeItem, EmHistory } from '../model';
import { toJiraTime } from '../jira-time';
import type { RenderContext } from './context';
import { renderUserRef } from './users';

export function renderChangeItem(item: EmChangeItem): Record<string, unknown> {
  return {
    field: item.field,
    fieldtype: item.fieldtype,
    ...(item.fieldId !== undefined ? { fieldId: item.fieldId } : {}),
    from: item.from,
    fromString: item.fromString,
    to: item.to,
    toString: item.toString,
  };
}

export function renderHistory(ctx: RenderContext, history: EmHistory, items: EmChangeItem[] = history.items): Record<string, unknown> {
  const author = renderUserRef(ctx, history.authorAccountId);
  return {
    id: history.id,
    ...(author ? { author } : {}),
    created: toJiraTime(history.created, ctx.timeZone),
    items: items.map(renderChangeItem),
  };
}
