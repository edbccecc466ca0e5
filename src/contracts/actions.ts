/** Invoke contract of the actions resolvers (see src/contract.ts). */

export const ACTIONS_RESOLVER_KEYS = [] as const;
