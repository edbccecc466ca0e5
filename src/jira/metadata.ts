/**
 * The site's and a project's configuration the app reads: statuses with their categories (which
 * decide "reopened"), priorities, resolutions, issue types, components and versions.
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-projects/
 */
import { ENDPOINTS } from './endpoints';
import type { JiraHttp } from './http';
import type { IssueTypeDetails, Priority, Project, ProjectComponent, Resolution, StatusCategory, StatusDetails, Version } from './types';

export interface MetadataOperations {
  /** Every status visible to the caller, each with its statusCategory. */
  getStatuses(): Promise<StatusDetails[]>;
  getStatusCategories(): Promise<StatusCategory[]>;
  getPriorities(): Promise<Priority[]>;
  getResolutions(): Promise<Resolution[]>;
  getProject(projectIdOrKey: string): Promise<Project>;
  getProjectComponents(projectIdOrKey: string): Promise<ProjectComponent[]>;
  getProjectVersions(projectIdOrKey: string): Promise<Version[]>;
  /** The issue types of a project, by the project's numeric id. */
  getIssueTypesForProject(projectId: string): Promise<IssueTypeDetails[]>;
}

export function metadataOperations(http: JiraHttp): MetadataOperations {
  return {
    getStatuses: async () => (await http.send(ENDPOINTS.getStatuses)).body ?? [],
    getStatusCategories: async () => (await http.send(ENDPOINTS.getStatusCategories)).body ?? [],
    getPriorities: async () => (await http.send(ENDPOINTS.getPriorities)).body ?? [],
    getResolutions: async () => (await http.send(ENDPOINTS.getResolutions)).body ?? [],
    async getProject(projectIdOrKey) {
      const { body } = await http.send(ENDPOINTS.getProject, { params: { projectIdOrKey } });
      if (!body) throw new Error(`Jira returned no project for ${projectIdOrKey}`);
      return body;
    },
    getProjectComponents: async (projectIdOrKey) => (await http.send(ENDPOINTS.getProjectComponents, { params: { projectIdOrKey } })).body ?? [],
    getProjectVersions: async (projectIdOrKey) => (await http.send(ENDPOINTS.getProjectVersions, { params: { projectIdOrKey } })).body ?? [],
    getIssueTypesForProject: async (projectId) => (await http.send(ENDPOINTS.getIssueTypesForProject, { query: { projectId } })).body ?? [],
  };
}
