/**
 * Jira's limit on rich text (descriptions, comments): "The maximum length is 32767 characters"
 * (the OpenAPI description), refused past it with "The entered text is too long". How an ADF body is
 * counted is not written down; the app counts the serialized ADF, which is never shorter than the
 * text it holds, so whatever it sends fits on either reading. Builders shorten their text until it does.
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issue-comments/#api-rest-api-3-issue-issueidorkey-comment-post
 */
export const RICH_TEXT_MAX_CHARS = 32_767;

export function richTextLength(adf: unknown): number {
  return JSON.stringify(adf).length;
}

export function fitsRichText(adf: unknown): boolean {
  return richTextLength(adf) <= RICH_TEXT_MAX_CHARS;
}

/** `value` cut to at most `max` characters, ending in "…" when cut (whole code points, trimmed). */
export function clip(value: string, max: number): string {
  const chars = [...value];
  if (chars.length <= max) return value;
  return `${chars.slice(0, Math.max(0, max - 1)).join('').trimEnd()}…`;
}

/**
 * The first of `build(budget)` for each budget, tightest last, that fits the limit; the last one
 * whatever its size (builders make their last budget small enough to always fit).
 */
export function firstThatFits<B, T>(budgets: readonly B[], build: (budget: B) => T): T {
  for (const budget of budgets.slice(0, -1)) {
    const built = build(budget);
    if (fitsRichText(built)) return built;
  }
  return build(budgets[budgets.length - 1]);
}
