/**
 * Jira's system fields that the emulator serves: the catalogue behind GET /rest/api/3/field and the
 * `fields` selection of GET issue and search (`*all`, `*navigable`). The site has no custom fields.
 */

export interface FieldSchema { type: string; system: string; items?: string }

export interface SystemField {
  id: string;
  name: string;
  /** Returned by `*navigable` (the search default for `-x` lists). */
  navigable: boolean;
  orderable: boolean;
  searchable: boolean;
  clauseNames: string[];
  schema?: FieldSchema;
  /** Appears under an issue's `fields` (issuekey and statusCategory are search-only). */
  rendered: boolean;
}

const field = (
  id: string, name: string, schema: FieldSchema | undefined, clauseNames: string[],
  flags: Partial<Pick<SystemField, 'navigable' | 'orderable' | 'searchable' | 'rendered'>> = {},
): SystemField => ({
  id, name, schema, clauseNames,
  navigable: flags.navigable ?? true,
  orderable: flags.orderable ?? true,
  searchable: flags.searchable ?? true,
  rendered: flags.rendered ?? true,
});

export const SYSTEM_FIELDS: SystemField[] = [
  field('issuekey', 'Key', undefined, ['id', 'issue', 'issuekey', 'key'], { orderable: false, rendered: false }),
  field('summary', 'Summary', { type: 'string', system: 'summary' }, ['summary']),
  field('description', 'Description', { type: 'string', system: 'description' }, ['description']),
  field('issuetype', 'Issue Type', { type: 'issuetype', system: 'issuetype' }, ['issuetype', 'type']),
  field('project', 'Project', { type: 'project', system: 'project' }, ['project']),
  field('status', 'Status', { type: 'status', system: 'status' }, ['status'], { orderable: false }),
  field('statusCategory', 'Status Category', { type: 'statusCategory', system: 'statusCategory' }, ['statusCategory'], { orderable: false, navigable: false, rendered: false }),
  field('priority', 'Priority', { type: 'priority', system: 'priority' }, ['priority']),
  field('resolution', 'Resolution', { type: 'resolution', system: 'resolution' }, ['resolution']),
  field('assignee', 'Assignee', { type: 'user', system: 'assignee' }, ['assignee']),
  field('reporter', 'Reporter', { type: 'user', system: 'reporter' }, ['reporter']),
  field('creator', 'Creator', { type: 'user', system: 'creator' }, ['creator'], { orderable: false }),
  field('labels', 'Labels', { type: 'array', items: 'string', system: 'labels' }, ['labels']),
  field('components', 'Components', { type: 'array', items: 'component', system: 'components' }, ['component']),
  field('fixVersions', 'Fix versions', { type: 'array', items: 'version', system: 'fixVersions' }, ['fixVersion']),
  field('versions', 'Affects versions', { type: 'array', items: 'version', system: 'versions' }, ['affectedVersion']),
  field('duedate', 'Due date', { type: 'date', system: 'duedate' }, ['due', 'duedate']),
  field('created', 'Created', { type: 'datetime', system: 'created' }, ['created', 'createdDate'], { orderable: false }),
  field('updated', 'Updated', { type: 'datetime', system: 'updated' }, ['updated', 'updatedDate'], { orderable: false }),
  field('resolutiondate', 'Resolved', { type: 'datetime', system: 'resolutiondate' }, ['resolutiondate', 'resolved'], { orderable: false }),
  field('statuscategorychangedate', 'Status Category Changed', { type: 'datetime', system: 'statuscategorychangedate' }, ['statusCategoryChangedDate'], { orderable: false }),
  field('parent', 'Parent', { type: 'issuelink', system: 'parent' }, ['parent'], { orderable: false }),
  field('issuelinks', 'Linked Issues', { type: 'array', items: 'issuelinks', system: 'issuelinks' }, ['issueLink']),
  field('subtasks', 'Sub-tasks', { type: 'array', items: 'issuelinks', system: 'subtasks' }, ['subtasks'], { orderable: false }),
  field('environment', 'Environment', { type: 'string', system: 'environment' }, ['environment']),
  field('comment', 'Comment', { type: 'comments-page', system: 'comment' }, ['comment'], { navigable: false }),
  field('lastViewed', 'Last Viewed', { type: 'datetime', system: 'lastViewed' }, ['lastViewed'], { orderable: false, searchable: false }),
];

const BY_ID = new Map(SYSTEM_FIELDS.map((f) => [f.id.toLowerCase(), f]));

export function systemField(id: string): SystemField | undefined {
  return BY_ID.get(id.toLowerCase());
}

export const RENDERED_FIELD_IDS: string[] = SYSTEM_FIELDS.filter((f) => f.rendered).map((f) => f.id);
export const NAVIGABLE_FIELD_IDS: string[] = SYSTEM_FIELDS.filter((f) => f.rendered && f.navigable).map((f) => f.id);
