/**
 * Which resolutions mean a defect was not one (DESIGN.md section 4), kept apart from the settings
 * schema so the settings page can use them without zod.
 */

/**
 * DESIGN.md section 4: Jira Cloud's names, and the Server-era names sites migrated from Jira Server
 * still carry. A name the site lacks matches no defect and is left out of the JQL (count-plan.ts).
 */
export const DEFAULT_INVALID_RESOLUTIONS = [
  'Duplicate', "Won't Do", 'Cannot Reproduce', 'Not a Bug', "Won't Fix", 'Invalid', 'Not a Problem', 'Incomplete',
] as const;

/** Resolutions that say the work was done: the settings page does not ask about them. */
export const KNOWN_VALID_RESOLUTIONS = ['Done', 'Fixed', 'Resolved'] as const;

/** Whether a name is one of the default invalid resolutions (case-insensitively, as Jira compares). */
export function isDefaultInvalidResolution(name: string): boolean {
  return DEFAULT_INVALID_RESOLUTIONS.some((known) => known.toLowerCase() === name.trim().toLowerCase());
}

/**
 * The site's resolutions the list neither excludes nor knows as done work ("Obsolete", "Works as
 * Designed"): defects closed with them count as real defects, which the admin should decide knowingly.
 */
export function unmentionedResolutions(siteNames: readonly string[], invalidResolutions: readonly string[]): string[] {
  const mentioned = new Set([...invalidResolutions, ...KNOWN_VALID_RESOLUTIONS].map((name) => name.toLowerCase()));
  return siteNames.filter((name) => !mentioned.has(name.toLowerCase()));
}
