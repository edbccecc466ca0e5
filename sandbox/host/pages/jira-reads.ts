/**
 * The host pages' own Jira reads, made as the viewer through the same connection the app uses,
 * so a page shows only what that user may see (the emulator's permissions) and works against a
 * real site too. Shapes are Jira REST v3's (IssueBean, SearchAndReconcileResults, Project).
 */
import { requestJira, type JiraConnection } from '../jira-connection';
import type { SandboxUser } from '../users';

export interface JiraRead<T> { status: number; body: T | null; error?: string }

export async function readJira<T>(connection: JiraConnection, user: SandboxUser, path: string, body?: unknown): Promise<JiraRead<T>> {
  const response = await requestJira(connection, user, path, body === undefined ? undefined : {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body),
  });
  const text = await response.text();
  let parsed: unknown;
  try { parsed = text ? JSON.parse(text) : null; } catch { parsed = null; }
  if (!response.ok) {
    const messages = (parsed as { errorMessages?: string[] } | null)?.errorMessages ?? [];
    return { status: response.status, body: null, error: messages.join(' ') || `Jira answered ${response.status}` };
  }
  return { status: response.status, body: parsed as T };
}

export interface UserRef { accountId: string; displayName: string }
export interface Named { id?: string; name: string }
export interface StatusRef { name: string; statusCategory?: { key?: string; name?: string } }
export interface IssueLinkRef {
  id: string;
  type: { name: string; inward: string; outward: string };
  inwardIssue?: LinkedIssueRef;
  outwardIssue?: LinkedIssueRef;
}
export interface LinkedIssueRef {
  key: string;
  fields?: { summary?: string; status?: StatusRef; issuetype?: Named; priority?: Named };
}
export interface CommentRef { id: string; author?: UserRef; body?: unknown; created: string }

export interface IssueFields {
  summary: string;
  issuetype?: Named & { id?: string };
  status?: StatusRef;
  priority?: Named | null;
  assignee?: UserRef | null;
  reporter?: UserRef | null;
  labels?: string[];
  components?: Named[];
  fixVersions?: Named[];
  duedate?: string | null;
  description?: unknown;
  issuelinks?: IssueLinkRef[];
  comment?: { comments: CommentRef[]; total?: number };
  project?: { id: string; key: string; name: string };
  created?: string;
  updated?: string;
  resolution?: Named | null;
}

export interface IssueBean { id: string; key: string; fields: IssueFields }
export interface ProjectRef { id: string; key: string; name: string; projectTypeKey?: string }
