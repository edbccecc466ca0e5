/**
 * The site's and a project's configuration the app reads: statuses with their categories (which
 * decide "reopened"), priorities, resolutions, issue types, components and versions, and the
 * projects the caller can browse (the project pickers), paged by startAt.
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-projects/
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-projects/#api-rest-api-3-project-search-get
 */
import { ENDPOINTS } from './endpoints';
import type { JiraHttp } from './http';
import { collect, flatten, pagesByOffset } from './paging';
import type {
  IssueTypeDetails,
  Priority,
  Project,
  ProjectComponent,
  ProjectSearchOrder,
  Resolution,
  StatusCategory,
  StatusDetails,
  Version,
} from './types';

/** Jira's default page of GET /project/search (its largest is 100). */
export const PROJECT_SEARCH_PAGE_SIZE = 50;

export interface ProjectSearch {
  /** A literal string matched against project key or name, ignoring case; empty means every project. */
  query?: string;
  /** Jira's order; by key when left out. */
  orderBy?: ProjectSearchOrder;
  /** Page size asked for, at most 100. */
  maxResults?: number;
}

export interface VersionPageOptions {
  status?: Array<'released' | 'unreleased' | 'archived'>;
  orderBy?: 'releaseDate' | '-releaseDate' | 'sequence' | '-sequence' | 'name' | '-name';
  maxResults: number;
}

export interface MetadataOperations {
  /** Every status visible to the caller, each with its statusCategory. */
  getStatuses(): Promise<StatusDetails[]>;
  getStatusCategories(): Promise<StatusCategory[]>;
  getPriorities(): Promise<Priority[]>;
  getResolutions(): Promise<Resolution[]>;
  getProject(projectIdOrKey: string): Promise<Project>;
  getProjectComponents(projectIdOrKey: string): Promise<ProjectComponent[]>;
  getProjectVersions(projectIdOrKey: string): Promise<Version[]>;
  /** Versions one page at a time (GET /project/{key}/version), filtered and ordered by Jira. */
  projectVersionPages(projectIdOrKey: string, options: VersionPageOptions): AsyncIterable<Version[]>;
  /** The issue types of a project, by the project's numeric id. */
  getIssueTypesForProject(projectId: string): Promise<IssueTypeDetails[]>;
  /** Every project the caller can browse that matches, all pages read. */
  searchProjects(search?: ProjectSearch): Promise<Project[]>;
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
    projectVersionPages: (projectIdOrKey, options) => pagesByOffset(options.maxResults, async (startAt, maxResults) => {
      const { body } = await http.send(ENDPOINTS.getProjectVersionsPage, {
        params: { projectIdOrKey },
        query: { startAt, maxResults, orderBy: options.orderBy, status: options.status?.join(',') || undefined },
      });
      return { items: body?.values ?? [], total: body?.total };
    }),
    getIssueTypesForProject: async (projectId) => (await http.send(ENDPOINTS.getIssueTypesForProject, { query: { projectId } })).body ?? [],
    async searchProjects(search = {}) {
      const pages = pagesByOffset(search.maxResults ?? PROJECT_SEARCH_PAGE_SIZE, async (startAt, maxResults) => {
        const { body } = await http.send(ENDPOINTS.searchProjects, {
          query: { startAt, maxResults, orderBy: search.orderBy ?? 'key', query: search.query || undefined },
        });
        return { items: body?.values ?? [], total: body?.total };
      });
      return collect(flatten(pages));
    },
  };
}
