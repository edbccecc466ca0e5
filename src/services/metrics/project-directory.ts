/** The projects a user can browse, for the gadget's project picker and the settings form. */
import { asUserTransport } from '../../jira';
import type { Project } from '../../jira/types';
import type { ListProjectsResult, ProjectOption } from '../../contracts/metrics';
import { createMetricsJira, type MetricsJira } from './metrics-jira';

export function projectOptionOf(project: Project): ProjectOption | null {
  return project.id && project.key ? { id: project.id, key: project.key, name: project.name ?? project.key } : null;
}

export async function listProjects(query: string | undefined, deps: { jira?: MetricsJira } = {}): Promise<ListProjectsResult> {
  const jira = deps.jira ?? createMetricsJira(asUserTransport());
  const projects = await jira.searchProjects(query);
  return { projects: projects.flatMap((project) => projectOptionOf(project) ?? []) };
}
