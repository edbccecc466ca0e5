/** The projects a user can browse, for the gadget's project picker and the settings form. */
import type { ProjectRecord } from '../../jira';
import type { ListProjectsResult, ProjectOption } from '../../contracts/metrics';
import { userMetricsJira, type MetricsJira } from './metrics-jira';

export function projectOptionOf(project: ProjectRecord): ProjectOption | null {
  return project.id && project.key ? { id: project.id, key: project.key, name: project.name ?? project.key } : null;
}

export async function listProjects(query: string | undefined, deps: { jira?: MetricsJira } = {}): Promise<ListProjectsResult> {
  const jira = deps.jira ?? userMetricsJira();
  const projects = await jira.searchProjects(query);
  return { projects: projects.flatMap((project) => projectOptionOf(project) ?? []) };
}
