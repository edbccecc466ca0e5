/**
 * Jira's two ways of paging: a continuation token (/search/jql, /changelog/bulkfetch: keep asking
 * with `nextPageToken` until none comes back; there is no total) and offsets (startAt / maxResults /
 * total, e.g. comments). Both are walked lazily so a caller can stop early.
 */

export interface TokenPage<Item> {
  items: Item[];
  nextPageToken?: string;
  isLast?: boolean;
}

/** Pages fetched one after another while Jira hands out a new token. */
export async function* pagesByToken<Item>(fetchPage: (nextPageToken: string | undefined) => Promise<TokenPage<Item>>): AsyncGenerator<Item[]> {
  let token: string | undefined;
  const seen = new Set<string>();
  for (;;) {
    const page = await fetchPage(token);
    yield page.items;
    if (page.isLast === true || !page.nextPageToken) return;
    if (seen.has(page.nextPageToken)) {
      throw new Error(`Jira returned the page token "${page.nextPageToken}" twice; stopping so the search does not loop forever.`);
    }
    seen.add(page.nextPageToken);
    token = page.nextPageToken;
  }
}

export interface OffsetPage<Item> {
  items: Item[];
  total?: number;
}

/** Pages by startAt until Jira's total is reached or a page comes back short or empty. */
export async function* pagesByOffset<Item>(pageSize: number, fetchPage: (startAt: number, maxResults: number) => Promise<OffsetPage<Item>>): AsyncGenerator<Item[]> {
  let startAt = 0;
  for (;;) {
    const page = await fetchPage(startAt, pageSize);
    if (page.items.length > 0) yield page.items;
    startAt += page.items.length;
    const done = page.items.length === 0 || (page.total !== undefined ? startAt >= page.total : page.items.length < pageSize);
    if (done) return;
  }
}

/** Every item of every page, in order. */
export async function* flatten<Item>(pages: AsyncIterable<Item[]>): AsyncGenerator<Item> {
  for await (const page of pages) yield* page;
}

export async function collect<Item>(items: AsyncIterable<Item>): Promise<Item[]> {
  const result: Item[] = [];
  for await (const item of items) result.push(item);
  return result;
}

/** `items` cut into consecutive slices of at most `size`. */
export function chunk<Item>(items: readonly Item[], size: number): Item[][] {
  const chunks: Item[][] = [];
  for (let start = 0; start < items.length; start += size) chunks.push(items.slice(start, start + size));
  return chunks;
}
