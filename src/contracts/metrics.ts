/** Invoke contract of the metrics resolvers (see src/contract.ts). */

export const METRICS_RESOLVER_KEYS = [] as const;
