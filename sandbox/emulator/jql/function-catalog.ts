/**
 * Which JQL functions exist, so a function a field cannot take is told apart from one Jira has but
 * the emulator does not model and from one that does not exist at all.
 * https://support.atlassian.com/jira-software-cloud/docs/jql-functions/
 */
import { DATE_FUNCTION_NAMES } from './dates';

const EMULATED_FUNCTIONS = new Set([
  'currentuser', 'linkedissues', 'releasedversions', 'unreleasedversions', 'latestreleasedversion',
  'earliestunreleasedversion', 'standardissuetypes', 'subtaskissuetypes', ...DATE_FUNCTION_NAMES,
]);

const JIRA_ONLY_FUNCTIONS = new Set([
  'approved', 'approver', 'breached', 'cascadeoption', 'closedsprints', 'completed', 'componentsleadbyuser',
  'currentlogin', 'elapsed', 'epicsof', 'everbreached', 'futuresprints', 'issuehistory',
  'issueswithremotelinksbyglobalid', 'lastlogin', 'membersof', 'myapproval', 'mypending', 'opensprints',
  'parentepic', 'paused', 'pending', 'pendingby', 'projectsleadbyuser', 'projectswhereuserhaspermission',
  'projectswhereuserhasrole', 'remaining', 'running', 'updatedby', 'votedissues', 'watchedissues',
  'withincalendarhours',
]);

/** The message for a function the clause's field cannot take. */
export function unsupportedFunctionMessage(name: string, fieldName: string): string {
  const lower = name.toLowerCase();
  if (EMULATED_FUNCTIONS.has(lower)) return `The function '${name}' is not supported by the '${fieldName}' field.`;
  if (JIRA_ONLY_FUNCTIONS.has(lower)) return `The JQL function '${name}' is not supported by the Jira emulator.`;
  return `Unable to find JQL function '${name}()'.`;
}

export function multiValueFunctionMessage(name: string, operator: string, fieldName: string): string {
  const lists = operator.toLowerCase().startsWith('was') ? "'WAS IN' or 'WAS NOT IN'" : "'IN' or 'NOT IN'";
  return `The operator '${operator}' does not support the multi-value function '${name}()' for field '${fieldName}'. Use ${lists}.`;
}

/** The message for a function a history predicate (AFTER, BY …) cannot take. */
export function unsupportedPredicateFunctionMessage(name: string, predicate: string): string {
  const lower = name.toLowerCase();
  if (EMULATED_FUNCTIONS.has(lower)) return `The function '${name}' is not supported by the '${predicate}' predicate.`;
  if (JIRA_ONLY_FUNCTIONS.has(lower)) return `The JQL function '${name}' is not supported by the Jira emulator.`;
  return `Unable to find JQL function '${name}()'.`;
}
