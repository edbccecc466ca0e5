/**
 * Unwraps the resolver envelope of src/contract.ts: `{ok: true, data}` gives the data,
 * `{ok: false, error}` throws a UiError with the error's code, message and details, and anything
 * else (a host that answered something unexpected) throws a BRIDGE error naming the key.
 */
import { ERROR_CODES, type ErrorCode } from '../../../src/contracts/vocabulary';
import { UiError } from './ui-error';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}

export function unwrapEnvelope<T>(key: string, answer: unknown): T {
  if (isRecord(answer) && answer.ok === true && 'data' in answer) return answer.data as T;
  if (isRecord(answer) && answer.ok === false && isRecord(answer.error)) {
    const { code, message, details } = answer.error;
    const text = typeof message === 'string' && message.trim() ? message : `The app could not complete "${key}".`;
    throw new UiError(isErrorCode(code) ? code : 'INTERNAL', text, details, key);
  }
  throw new UiError('BRIDGE', `The app answered "${key}" with something it did not expect.`, answer, key);
}
