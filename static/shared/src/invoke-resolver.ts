/**
 * The typed way the Custom UI apps call their resolvers: a key of the invoke contract
 * (src/contract.ts) with its payload type in, its result type out, the envelope unwrapped, and a
 * UiError thrown for an error envelope or a bridge failure. Components never call `invoke` directly.
 * https://developer.atlassian.com/platform/forge/apis-reference/ui-api-bridge/invoke/
 */
import { invoke } from '@forge/bridge';
import type { ActionsContract, MetricsContract, PostmortemContract, ResolverKey } from '../../../src/contract';
import { unwrapEnvelope } from './envelope';
import { toUiError } from './ui-error';

/** A contract: for each resolver key, its payload and result types. */
export type ContractShape<C> = { [K in keyof C]: { payload: object; result: unknown } };

export type Invoker<C extends ContractShape<C>> = <K extends keyof C & string>(key: K, payload: C[K]['payload']) => Promise<C[K]['result']>;

/** An invoke wrapper typed by one contract map (each app passes the contract of its keys). */
export function createInvoker<C extends ContractShape<C>>(): Invoker<C> {
  return async (key, payload) => {
    let answer: unknown;
    try {
      answer = await invoke(key, payload as Record<string, unknown>);
    } catch (error) {
      throw toUiError(error, key);
    }
    return unwrapEnvelope(key, answer);
  };
}

/** Every key the resolver defines, with its payload and result types. */
export type AppContract = PostmortemContract & ActionsContract & MetricsContract;

/** Does not compile when the resolver gains a key that AppContract gives no types for. */
export const APP_CONTRACT_COVERS_EVERY_KEY: [Exclude<ResolverKey, keyof AppContract>] extends [never] ? true : never = true;

export const invokeResolver: Invoker<AppContract> = createInvoker<AppContract>();
