/**
 * The resolver's envelope from a host invoke: a success comes back as the envelope with 200; an
 * error with the HTTP status of its code (src/contract.ts) and the error in the body. Both become
 * the envelope again, after checking the status matches the code.
 */
import { HTTP_STATUS_BY_CODE, type Envelope } from '../../../src/contract';
import type { Sandbox } from '../../helpers/sandbox';

export async function invokeEnvelope<T>(
  sb: Sandbox, user: string, moduleKey: string, functionKey: string, payload?: unknown, extension?: Record<string, unknown>,
): Promise<Envelope<T>> {
  const answer = await sb.invoke<Envelope<T> | { error: { code: string; message: string } }>(user, moduleKey, functionKey, payload, extension);
  const body = answer.body;
  if ('ok' in body && body.ok) {
    expect(answer.status).toBe(200);
    return body;
  }
  const error = (body as { error: { code: keyof typeof HTTP_STATUS_BY_CODE; message: string; details?: unknown } }).error;
  expect({ status: answer.status, code: error.code }).toEqual({ status: HTTP_STATUS_BY_CODE[error.code], code: error.code });
  return { ok: false, error };
}
