/**
 * Issues: read, create (one or in bulk, 50 a request, each failure mapped back to the caller's
 * index), edit, transition, comment, and link. The action-item tasks are made with createIssues,
 * carrying their link and issue property in the same payload, so nothing is half-written.
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issues/
 */
import { ENDPOINTS } from './endpoints';
import { isJiraError } from './errors';
import type { JiraHttp } from './http';
import { chunk, collect, flatten, pagesByOffset } from './paging';
import type {
  AdfDoc,
  Comment,
  CreatedIssue,
  IssueBean,
  IssueLinkType,
  IssueTransition,
  IssueUpdateDetails,
  LinkIssueRequestJsonBean,
  Visibility,
} from './types';

/** Jira's limit of issues per POST /issue/bulk. */
export const ISSUE_BULK_CREATE_LIMIT = 50;
/** POST /issue/bulkfetch: "You can request up to 100 issues". */
export const ISSUE_BULK_FETCH_LIMIT = 100;
const COMMENT_PAGE_SIZE = 100;

export interface GetIssueOptions {
  /** Only these fields; Jira returns all fields without it. */
  fields?: string[];
  expand?: string[];
  /** Issue property keys to return in `properties`. */
  properties?: string[];
}

export interface CreatedIssueAt {
  /** Position of the issue in the caller's list. */
  index: number;
  issue: CreatedIssue;
}

export interface FailedIssueAt {
  /** Position of the issue in the caller's list. */
  index: number;
  /** Jira's status for this element (0 when Jira could not be reached). */
  status: number;
  errorMessages: string[];
  /** Field errors, e.g. { duedate: "..." }. */
  errors: Record<string, string>;
  /** True when the request for this element was never sent because an earlier request failed. */
  notAttempted: boolean;
}

export interface BulkCreateResult {
  created: CreatedIssueAt[];
  failed: FailedIssueAt[];
}

export interface IssueOperations {
  getIssue(issueIdOrKey: string, options?: GetIssueOptions): Promise<IssueBean>;
  /**
   * The issues as they are now (read-after-write consistent, unlike search), 100 a request; issues
   * that do not exist or that the caller may not browse are left out. In ascending id order.
   */
  bulkFetchIssues(issueIdsOrKeys: readonly string[], options?: GetIssueOptions): Promise<IssueBean[]>;
  createIssue(details: IssueUpdateDetails): Promise<CreatedIssue>;
  /**
   * Creates the issues 50 a request. Jira creates the valid ones and reports the others; a request
   * that fails as a whole marks its issues (and the ones not yet sent) as failed instead of throwing,
   * so the caller always learns which issues exist.
   */
  createIssues(issues: readonly IssueUpdateDetails[]): Promise<BulkCreateResult>;
  editIssue(issueIdOrKey: string, details: IssueUpdateDetails, options?: { notifyUsers?: boolean }): Promise<void>;
  getTransitions(issueIdOrKey: string): Promise<IssueTransition[]>;
  doTransition(issueIdOrKey: string, transitionId: string, details?: Omit<IssueUpdateDetails, 'transition'>): Promise<void>;
  addComment(issueIdOrKey: string, body: AdfDoc, options?: { visibility?: Visibility }): Promise<Comment>;
  /** Every comment on the issue, oldest first unless `orderBy` says otherwise. */
  getComments(issueIdOrKey: string, options?: { orderBy?: 'created' | '-created' }): Promise<Comment[]>;
  createIssueLink(link: LinkIssueRequestJsonBean): Promise<void>;
  getIssueLinkTypes(): Promise<IssueLinkType[]>;
}

function failuresOfRequest(indexes: number[], error: unknown, notAttempted: boolean): FailedIssueAt[] {
  const status = isJiraError(error) ? error.status : 0;
  const errorMessages = error instanceof Error ? [error.message] : [String(error)];
  const errors = isJiraError(error) ? (error.body?.errors ?? {}) : {};
  return indexes.map((index) => ({ index, status, errorMessages, errors, notAttempted }));
}

export function issueOperations(http: JiraHttp): IssueOperations {
  async function createIssues(issues: readonly IssueUpdateDetails[]): Promise<BulkCreateResult> {
    const result: BulkCreateResult = { created: [], failed: [] };
    const indexChunks = chunk(
      issues.map((_, index) => index),
      ISSUE_BULK_CREATE_LIMIT,
    );
    for (const [chunkNumber, indexes] of indexChunks.entries()) {
      try {
        const { status, body } = await http.send(ENDPOINTS.createIssues, {
          body: { issueUpdates: indexes.map((index) => issues[index]) },
          acceptStatuses: [400],
        });
        if (status === 400 && !Array.isArray(body?.errors)) {
          // A 400 that is not a per-element report: the whole request was refused.
          const refused = new Error(`Jira refused the bulk create: ${JSON.stringify(body ?? null).slice(0, 300)}`);
          result.failed.push(...failuresOfRequest(indexes, refused, false).map((failure) => ({ ...failure, status })));
          continue;
        }
        const failedPositions = new Set<number>();
        for (const error of body?.errors ?? []) {
          const position = error.failedElementNumber;
          if (position === undefined || position < 0 || position >= indexes.length) continue;
          failedPositions.add(position);
          result.failed.push({
            index: indexes[position],
            status: error.status ?? status,
            errorMessages: error.elementErrors?.errorMessages ?? [],
            errors: error.elementErrors?.errors ?? {},
            notAttempted: false,
          });
        }
        // Jira lists the created issues in request order, skipping the failed elements.
        const createdIndexes = indexes.filter((_, position) => !failedPositions.has(position));
        (body?.issues ?? []).forEach((issue, n) => {
          if (n < createdIndexes.length) result.created.push({ index: createdIndexes[n], issue });
        });
      } catch (error) {
        result.failed.push(...failuresOfRequest(indexes, error, false));
        result.failed.push(...failuresOfRequest(indexChunks.slice(chunkNumber + 1).flat(), error, true));
        break;
      }
    }
    result.failed.sort((a, b) => a.index - b.index);
    return result;
  }

  return {
    async getIssue(issueIdOrKey, options = {}) {
      const { body } = await http.send(ENDPOINTS.getIssue, {
        params: { issueIdOrKey },
        query: { fields: options.fields, expand: options.expand?.join(','), properties: options.properties },
      });
      if (!body) throw new Error(`Jira returned no issue for ${issueIdOrKey}`);
      return body;
    },
    async createIssue(details) {
      const { body } = await http.send(ENDPOINTS.createIssue, { body: details });
      if (!body) throw new Error('Jira created an issue but did not say which');
      return body;
    },
    createIssues,
    async bulkFetchIssues(issueIdsOrKeys, options = {}) {
      const found: IssueBean[] = [];
      for (const ids of chunk([...new Set(issueIdsOrKeys)], ISSUE_BULK_FETCH_LIMIT)) {
        const { body } = await http.send(ENDPOINTS.bulkFetchIssues, {
          body: {
            issueIdsOrKeys: ids,
            ...(options.fields ? { fields: options.fields } : {}),
            ...(options.expand ? { expand: options.expand } : {}),
            ...(options.properties ? { properties: options.properties } : {}),
          },
        });
        found.push(...(body?.issues ?? []));
      }
      return found;
    },
    async editIssue(issueIdOrKey, details, options = {}) {
      await http.send(ENDPOINTS.editIssue, { params: { issueIdOrKey }, query: { notifyUsers: options.notifyUsers }, body: details });
    },
    async getTransitions(issueIdOrKey) {
      const { body } = await http.send(ENDPOINTS.getTransitions, { params: { issueIdOrKey } });
      return body?.transitions ?? [];
    },
    async doTransition(issueIdOrKey, transitionId, details = {}) {
      await http.send(ENDPOINTS.doTransition, { params: { issueIdOrKey }, body: { ...details, transition: { id: transitionId } } });
    },
    async addComment(issueIdOrKey, body, options = {}) {
      const reply = await http.send(ENDPOINTS.addComment, { params: { issueIdOrKey }, body: { body, ...(options.visibility ? { visibility: options.visibility } : {}) } });
      if (!reply.body) throw new Error(`Jira added a comment to ${issueIdOrKey} but did not return it`);
      return reply.body;
    },
    async getComments(issueIdOrKey, options = {}) {
      const pages = pagesByOffset(COMMENT_PAGE_SIZE, async (startAt, maxResults) => {
        const { body } = await http.send(ENDPOINTS.getComments, { params: { issueIdOrKey }, query: { startAt, maxResults, orderBy: options.orderBy } });
        return { items: body?.comments ?? [], total: body?.total };
      });
      return collect(flatten(pages));
    },
    async createIssueLink(link) {
      await http.send(ENDPOINTS.createIssueLink, { body: link });
    },
    async getIssueLinkTypes() {
      const { body } = await http.send(ENDPOINTS.getIssueLinkTypes);
      return body?.issueLinkTypes ?? [];
    },
  };
}
