/**
 * Issue and project entity properties: where the post-mortem document (issue property
 * `qa-postmortem`), each action item's marker and the project settings live. A property that does
 * not exist reads as undefined. Jira limits a value to 32,768 characters; callers check the size.
 * https://developer.atlassian.com/cloud/jira/platform/jira-entity-properties/
 */
import { ENDPOINTS } from './endpoints';
import { isNotFound } from './errors';
import type { JiraHttp } from './http';
import type { EntityProperty } from './types';

/** Whether a PUT made a new property or replaced one (Jira answers 201 or 200). */
export type PropertyWrite = 'created' | 'updated';

export interface PropertyOperations {
  listIssuePropertyKeys(issueIdOrKey: string): Promise<string[]>;
  /** The property, or undefined when Jira answers 404 (no such property, or the issue is not visible). */
  getIssueProperty<T = unknown>(issueIdOrKey: string, propertyKey: string): Promise<EntityProperty<T> | undefined>;
  setIssueProperty(issueIdOrKey: string, propertyKey: string, value: unknown): Promise<PropertyWrite>;
  /** True when a property was deleted, false when there was none. */
  deleteIssueProperty(issueIdOrKey: string, propertyKey: string): Promise<boolean>;
  listProjectPropertyKeys(projectIdOrKey: string): Promise<string[]>;
  getProjectProperty<T = unknown>(projectIdOrKey: string, propertyKey: string): Promise<EntityProperty<T> | undefined>;
  setProjectProperty(projectIdOrKey: string, propertyKey: string, value: unknown): Promise<PropertyWrite>;
  deleteProjectProperty(projectIdOrKey: string, propertyKey: string): Promise<boolean>;
}

async function undefinedIfNotFound<T>(request: Promise<T>): Promise<T | undefined> {
  try {
    return await request;
  } catch (error) {
    if (isNotFound(error)) return undefined;
    throw error;
  }
}

const written = (status: number): PropertyWrite => (status === 201 ? 'created' : 'updated');

export function propertyOperations(http: JiraHttp): PropertyOperations {
  return {
    async listIssuePropertyKeys(issueIdOrKey) {
      const { body } = await http.send(ENDPOINTS.getIssuePropertyKeys, { params: { issueIdOrKey } });
      return (body?.keys ?? []).flatMap((entry) => (entry.key ? [entry.key] : []));
    },
    async getIssueProperty<T>(issueIdOrKey: string, propertyKey: string) {
      const reply = await undefinedIfNotFound(http.send(ENDPOINTS.getIssueProperty, { params: { issueIdOrKey, propertyKey } }));
      return reply?.body as EntityProperty<T> | undefined;
    },
    async setIssueProperty(issueIdOrKey, propertyKey, value) {
      const { status } = await http.send(ENDPOINTS.setIssueProperty, { params: { issueIdOrKey, propertyKey }, body: value });
      return written(status);
    },
    async deleteIssueProperty(issueIdOrKey, propertyKey) {
      const reply = await undefinedIfNotFound(http.send(ENDPOINTS.deleteIssueProperty, { params: { issueIdOrKey, propertyKey } }));
      return reply !== undefined;
    },
    async listProjectPropertyKeys(projectIdOrKey) {
      const { body } = await http.send(ENDPOINTS.getProjectPropertyKeys, { params: { projectIdOrKey } });
      return (body?.keys ?? []).flatMap((entry) => (entry.key ? [entry.key] : []));
    },
    async getProjectProperty<T>(projectIdOrKey: string, propertyKey: string) {
      const reply = await undefinedIfNotFound(http.send(ENDPOINTS.getProjectProperty, { params: { projectIdOrKey, propertyKey } }));
      return reply?.body as EntityProperty<T> | undefined;
    },
    async setProjectProperty(projectIdOrKey, propertyKey, value) {
      const { status } = await http.send(ENDPOINTS.setProjectProperty, { params: { projectIdOrKey, propertyKey }, body: value });
      return written(status);
    },
    async deleteProjectProperty(projectIdOrKey, propertyKey) {
      const reply = await undefinedIfNotFound(http.send(ENDPOINTS.deleteProjectProperty, { params: { projectIdOrKey, propertyKey } }));
      return reply !== undefined;
    },
  };
}
