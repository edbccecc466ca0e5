/**
 * Status categories by status id. The metrics decide "resolved" and "reopened" by the category of
 * a status (DESIGN.md section 4), never by its name, so a renamed status or a custom workflow with
 * its own Done-category statuses works unchanged.
 */
import type { StatusInfo } from './records';

export type StatusCatalog = ReadonlyMap<string, StatusInfo>;

export const DONE_CATEGORY_KEY = 'done';

export function buildStatusCatalog(statuses: readonly StatusInfo[]): StatusCatalog {
  return new Map(statuses.map((status) => [status.id, status]));
}

/**
 * true / false by the status's category; null when the id is unknown (a status deleted since, or
 * one the user cannot see): the caller then draws no conclusion from it.
 */
export function isDoneStatus(catalog: StatusCatalog, statusId: string | null): boolean | null {
  if (statusId === null) return null;
  const status = catalog.get(statusId);
  return status === undefined ? null : status.categoryKey === DONE_CATEGORY_KEY;
}
