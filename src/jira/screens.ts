/**
 * Which fields a create or an edit may set: "The fields that can be set on create ... are the same
 * fields that appear on the issue's create screen", and Jira refuses any other with "Field 'duedate'
 * cannot be set. It is not on the appropriate screen, or unknown." The create screen of a project and
 * issue type comes from GET issue/createmeta/{project}/issuetypes[/{issueTypeId}] (paged, at most 200
 * a page), the edit screen of an issue from GET issue/{key}/editmeta.
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issues/#api-rest-api-3-issue-createmeta-projectidorkey-issuetypes-get
 */
import { ENDPOINTS } from './endpoints';
import type { JiraHttp } from './http';
import { collect, flatten, pagesByOffset } from './paging';

const PAGE = 200;

export interface ScreenOperations {
  /** The field ids of the create screen of `issueTypeName` in the project; undefined when the type is not one of the project's. */
  createScreenFields(projectIdOrKey: string, issueTypeName: string): Promise<Set<string> | undefined>;
  /** The field ids the caller may edit on the issue's edit screen. */
  editScreenFields(issueIdOrKey: string): Promise<Set<string>>;
}

export function screenOperations(http: JiraHttp): ScreenOperations {
  return {
    async createScreenFields(projectIdOrKey, issueTypeName) {
      const types = await collect(flatten(pagesByOffset(PAGE, async (startAt, maxResults) => {
        const { body } = await http.send(ENDPOINTS.getCreateMetaIssueTypes, { params: { projectIdOrKey }, query: { startAt, maxResults } });
        return { items: body?.issueTypes ?? [], total: body?.total };
      })));
      const type = types.find((t) => t.name?.toLowerCase() === issueTypeName.toLowerCase());
      if (!type?.id) return undefined;
      const issueTypeId = type.id;
      const fields = await collect(flatten(pagesByOffset(PAGE, async (startAt, maxResults) => {
        const { body } = await http.send(ENDPOINTS.getCreateMetaFields, { params: { projectIdOrKey, issueTypeId }, query: { startAt, maxResults } });
        return { items: body?.fields ?? [], total: body?.total };
      })));
      return new Set(fields.flatMap((f) => (f.fieldId ?? f.key ? [String(f.fieldId ?? f.key)] : [])));
    },
    async editScreenFields(issueIdOrKey) {
      const { body } = await http.send(ENDPOINTS.getEditMeta, { params: { issueIdOrKey } });
      return new Set(Object.keys(body?.fields ?? {}));
    },
  };
}
