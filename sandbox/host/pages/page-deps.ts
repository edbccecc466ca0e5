/**
 * What a host page needs to render: where Jira is, who the site and app are, the manifest (which
 * modules to show where) and the users for the switcher. Passed in by createHost.
 */
import type { JiraConnection } from '../jira-connection';
import type { HostIdentity } from '../invoke';
import type { ForgeManifest } from '../manifest';
import type { SandboxUser, UserDirectory } from '../users';
import type { AddedIssuePanels } from '../issue-panels';
import type { ProjectRef } from './jira-reads';
import { readJira } from './jira-reads';

export interface PageDeps {
  connection: JiraConnection;
  identity: HostIdentity;
  manifest: ForgeManifest;
  users: () => UserDirectory;
  gadgetConfiguration(gadgetId: string): Record<string, unknown>;
  /** Issue panels added to issues with their quick-add button. */
  issuePanels: AddedIssuePanels;
}

/** The projects the viewer can browse (GET /rest/api/3/project/search), for the sidebar and lists. */
export async function visibleProjects(deps: PageDeps, user: SandboxUser): Promise<ProjectRef[]> {
  const read = await readJira<{ values: ProjectRef[] }>(deps.connection, user, '/rest/api/3/project/search?maxResults=50');
  return read.body?.values ?? [];
}
