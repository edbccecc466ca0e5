/** An offset page in Jira's PageBean shape (self, nextPage, maxResults, startAt, total, isLast, values). */
export function paged<T, R = T>(self: string, items: readonly T[], startAt: number, maxResults: number, render?: (item: T) => R): Record<string, unknown> {
  const values = items.slice(startAt, startAt + maxResults);
  const isLast = startAt + values.length >= items.length;
  return {
    self: `${self}?maxResults=${maxResults}&startAt=${startAt}`,
    ...(isLast ? {} : { nextPage: `${self}?maxResults=${maxResults}&startAt=${startAt + values.length}` }),
    maxResults,
    startAt,
    total: items.length,
    isLast,
    values: render ? values.map(render) : values,
  };
}
