/**
 * Opaque page tokens (`nextPageToken` of search/jql and changelog/bulkfetch). A token carries the
 * position and a fingerprint of the request it belongs to; a token from another request, or garbage,
 * is a 400 as in Jira.
 */
import { createHash } from 'node:crypto';
import { badRequest } from './http-error';

export interface PagePosition {
  /** Offset of the next item. */
  offset: number;
  /** Fingerprint of the request (query, viewer...) the token was issued for. */
  fingerprint: string;
  /** Optional id of a cached result snapshot. */
  snapshot?: number;
}

export function fingerprint(...parts: unknown[]): string {
  return createHash('sha1').update(JSON.stringify(parts)).digest('base64url').slice(0, 16);
}

export function encodePageToken(position: PagePosition): string {
  return Buffer.from(JSON.stringify([position.offset, position.fingerprint, position.snapshot ?? null])).toString('base64url');
}

const INVALID = 'The provided next page token is invalid or expired.';

/** The position in a token issued for the request with this fingerprint. */
export function decodePageToken(token: string, expectedFingerprint: string): PagePosition {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
  } catch {
    throw badRequest(INVALID);
  }
  if (!Array.isArray(parsed) || parsed.length !== 3) throw badRequest(INVALID);
  const [offset, print, snapshot] = parsed as unknown[];
  if (!Number.isInteger(offset) || (offset as number) < 0 || print !== expectedFingerprint) throw badRequest(INVALID);
  return { offset: offset as number, fingerprint: print, ...(Number.isInteger(snapshot) ? { snapshot: snapshot as number } : {}) };
}
