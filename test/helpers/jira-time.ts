/**
 * Jira answers times as `2026-01-17T07:34:00.000-0500`, in a zone of its choosing (the emulator uses
 * the asking user's): tests compare instants, never the strings.
 */
export const JIRA_TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}[+-]\d{4}$/;

/** The ISO-8601 UTC instant of a Jira time; throws on anything else, so a wrong format fails the test. */
export function instant(jiraTime: unknown): string {
  if (typeof jiraTime !== 'string' || !JIRA_TIME.test(jiraTime)) throw new Error(`Not a Jira time: ${String(jiraTime)}`);
  return new Date(Date.parse(jiraTime.replace(/([+-]\d{2})(\d{2})$/, '$1:$2'))).toISOString();
}
