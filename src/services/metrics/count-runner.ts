/**
 * Asks Jira for many counts (POST /search/approximate-count, one rate-limit point each) a few at a
 * time. Jira's burst limit for that endpoint is 150 requests a second per site
 * (https://developer.atlassian.com/cloud/jira/platform/rate-limiting/); eight in flight stay well
 * under it at any latency, and the client retries a 429 after the Retry-After Jira sends.
 */
import type { CountQuery } from '../../domain/metrics';
import type { MetricsJira } from './metrics-jira';

export const COUNT_CONCURRENCY = 8;

/** Each query's count by key; a query whose answer is known without asking (`jql: null`) is 0. */
export async function runCounts(jira: MetricsJira, queries: readonly CountQuery[], concurrency = COUNT_CONCURRENCY): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  const asked = queries.filter((query) => {
    if (query.jql === null) counts.set(query.key, 0);
    return query.jql !== null;
  });
  let next = 0;
  let failed = false;
  const worker = async (): Promise<void> => {
    while (!failed && next < asked.length) {
      const query = asked[next];
      next += 1;
      try {
        counts.set(query.key, await jira.client.countIssues(query.jql as string));
      } catch (error) {
        // The figures are all or nothing: the other workers stop asking.
        failed = true;
        throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, asked.length) }, worker));
  return counts;
}
