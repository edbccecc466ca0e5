/**
 * The emulator's state: the site configuration, the issues with their links, and the counters Jira
 * uses to hand out ids and keys. Implements the read-only EmulatorStore the JQL evaluator and the
 * renderers use, plus the mutations the routes and the import need. Everything is indexed (by id, by
 * key, links by issue, names case-insensitively) so a request over 50,000 issues never scans more
 * than it must and never copies the world.
 */
import type {
  EmChangeItem, EmComponent, EmHistory, EmIssue, EmIssueType, EmLink, EmLinkType, EmPriority, EmProject,
  EmResolution, EmStatus, EmStatusCategory, EmTransition, EmUser, EmVersion, EmulatorStore, PropertyIndexValue,
  StatusCategoryKey,
} from './model';
import type { SiteConfig } from './site-config';
import { ChangeFeed } from './change-feed';
import { SearchIndex } from './search-index';
import { SandboxSettings } from '../config';

/** A reference as Jira takes it in request bodies: `{id}` or `{name}` (or `{key}` for issues). */
export interface IdOrNameRef { id?: unknown; name?: unknown }

const FIRST_ID = 10000;

function byLowerName<T extends { name: string }>(items: T[]): Map<string, T> {
  return new Map(items.map((item) => [item.name.toLowerCase(), item]));
}

function byId<T extends { id: string }>(items: T[]): Map<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}

export class EmulatorState implements EmulatorStore {
  private site!: SiteConfig;
  private usersById = new Map<string, EmUser>();
  private usersByEmail = new Map<string, EmUser>();
  private projectsById = new Map<string, EmProject>();
  private projectsByKey = new Map<string, EmProject>();
  private statusesById = new Map<string, EmStatus>();
  private statusesByName = new Map<string, EmStatus>();
  private categoriesByKey = new Map<StatusCategoryKey, EmStatusCategory>();
  private issueTypesById = new Map<string, EmIssueType>();
  private issueTypesByName = new Map<string, EmIssueType>();
  private prioritiesById = new Map<string, EmPriority>();
  private prioritiesByName = new Map<string, EmPriority>();
  private resolutionsById = new Map<string, EmResolution>();
  private resolutionsByName = new Map<string, EmResolution>();
  private linkTypesById = new Map<string, EmLinkType>();
  private linkTypesByName = new Map<string, EmLinkType>();

  private issueList: EmIssue[] = [];
  private issuesById = new Map<string, EmIssue>();
  private issuesByKey = new Map<string, EmIssue>();
  private linksById = new Map<string, EmLink>();
  private linksByIssue = new Map<string, EmLink[]>();
  /** Highest key number used per project id. */
  private keyNumbers = new Map<string, number>();
  private counters = { issue: FIRST_ID, history: FIRST_ID, comment: FIRST_ID, link: FIRST_ID };
  private changeCount = 0;
  private indexedPaths: PropertyIndexValue[] = [];
  /** Announces issue edits, transitions and new links made through REST (see change-feed.ts). */
  readonly changes = new ChangeFeed();
  /** What search sees: changes reach it after the configured lag (see search-index.ts). */
  readonly searchIndex: SearchIndex;

  constructor(private readonly clock: () => Date, site: SiteConfig, readonly settings: SandboxSettings = new SandboxSettings()) {
    this.searchIndex = new SearchIndex(() => this.clock().getTime(), () => this.settings.get().searchLagMs);
    this.load(site);
  }

  /** Replaces everything with a fresh site and no issues. */
  load(site: SiteConfig): void {
    this.site = site;
    this.usersById = new Map(site.users.map((u) => [u.accountId, u]));
    this.usersByEmail = new Map(site.users.map((u) => [u.emailAddress.toLowerCase(), u]));
    this.projectsById = byId(site.projects);
    this.projectsByKey = new Map(site.projects.map((p) => [p.key.toUpperCase(), p]));
    this.statusesById = byId(site.statuses);
    this.statusesByName = byLowerName(site.statuses);
    this.categoriesByKey = new Map(site.statusCategories.map((c) => [c.key, c]));
    this.issueTypesById = byId(site.issueTypes);
    this.issueTypesByName = byLowerName(site.issueTypes);
    this.prioritiesById = byId(site.priorities);
    this.prioritiesByName = byLowerName(site.priorities);
    this.resolutionsById = byId(site.resolutions);
    this.resolutionsByName = byLowerName(site.resolutions);
    this.linkTypesById = byId(site.linkTypes);
    this.linkTypesByName = byLowerName(site.linkTypes);
    this.issueList = [];
    this.issuesById = new Map();
    this.issuesByKey = new Map();
    this.linksById = new Map();
    this.linksByIssue = new Map();
    this.keyNumbers = new Map();
    this.counters = { issue: FIRST_ID, history: FIRST_ID, comment: FIRST_ID, link: FIRST_ID };
    this.searchIndex.clear();
    this.changeCount += 1;
  }

  // ---- EmulatorStore (read) ----

  now(): Date { return this.clock(); }
  users(): EmUser[] { return this.site.users; }
  userById(accountId: string): EmUser | undefined { return this.usersById.get(accountId); }
  projects(): EmProject[] { return this.site.projects; }
  projectByIdOrKey(idOrKey: string): EmProject | undefined {
    return this.projectsById.get(idOrKey) ?? this.projectsByKey.get(idOrKey.toUpperCase());
  }
  statuses(): EmStatus[] { return this.site.statuses; }
  statusById(id: string): EmStatus | undefined { return this.statusesById.get(id); }
  issueTypes(): EmIssueType[] { return this.site.issueTypes; }
  priorities(): EmPriority[] { return this.site.priorities; }
  resolutions(): EmResolution[] { return this.site.resolutions; }
  linkTypes(): EmLinkType[] { return this.site.linkTypes; }
  /** The live list, oldest first; callers must not modify it. */
  issues(): EmIssue[] { return this.issueList; }
  issueByIdOrKey(idOrKey: string): EmIssue | undefined {
    return this.issuesById.get(idOrKey) ?? this.issuesByKey.get(idOrKey.toUpperCase());
  }
  linksOf(issueId: string): EmLink[] { return this.linksByIssue.get(issueId) ?? []; }
  propertyIndex(): readonly PropertyIndexValue[] { return this.indexedPaths; }
  /** Installs an app's `jira:entityProperty` index (the host reads it from manifest.yml). */
  setPropertyIndex(values: readonly PropertyIndexValue[]): void { this.indexedPaths = [...values]; }
  canBrowse(accountId: string | null, issue: EmIssue): boolean {
    if (accountId === null) return false;
    return this.projectsById.get(issue.projectId)?.permissions.browse.includes(accountId) ?? false;
  }

  // ---- more reads ----

  /** Counts every change; caches (search snapshots) compare it to know they are stale. */
  get version(): number { return this.changeCount; }
  statusCategories(): EmStatusCategory[] { return this.site.statusCategories; }
  statusCategory(key: StatusCategoryKey): EmStatusCategory {
    const category = this.categoriesByKey.get(key);
    if (!category) throw new Error(`Status category '${key}' is not configured`);
    return category;
  }
  transitions(): EmTransition[] { return this.site.transitions; }
  get initialStatusId(): string { return this.site.initialStatusId; }
  get defaultPriorityId(): string { return this.site.defaultPriorityId; }
  get defaultResolutionId(): string { return this.site.defaultResolutionId; }
  userByEmail(email: string): EmUser | undefined { return this.usersByEmail.get(email.toLowerCase()); }
  projectById(id: string): EmProject | undefined { return this.projectsById.get(id); }
  statusByName(name: string): EmStatus | undefined { return this.statusesByName.get(name.toLowerCase()); }
  issueTypeById(id: string): EmIssueType | undefined { return this.issueTypesById.get(id); }
  issueTypeByName(name: string): EmIssueType | undefined { return this.issueTypesByName.get(name.toLowerCase()); }
  priorityById(id: string): EmPriority | undefined { return this.prioritiesById.get(id); }
  priorityByName(name: string): EmPriority | undefined { return this.prioritiesByName.get(name.toLowerCase()); }
  resolutionById(id: string): EmResolution | undefined { return this.resolutionsById.get(id); }
  resolutionByName(name: string): EmResolution | undefined { return this.resolutionsByName.get(name.toLowerCase()); }
  linkTypeById(id: string): EmLinkType | undefined { return this.linkTypesById.get(id); }
  linkTypeByName(name: string): EmLinkType | undefined { return this.linkTypesByName.get(name.toLowerCase()); }
  linkById(id: string): EmLink | undefined { return this.linksById.get(id); }

  /** Resolves `{id}` first, then `{name}`, as Jira does for issue type, priority, resolution, link type. */
  resolveRef<T>(ref: unknown, byIdFn: (id: string) => T | undefined, byNameFn: (name: string) => T | undefined): T | undefined {
    if (typeof ref !== 'object' || ref === null) return undefined;
    const { id, name } = ref as IdOrNameRef;
    if (typeof id === 'string' || typeof id === 'number') return byIdFn(String(id));
    if (typeof name === 'string') return byNameFn(name);
    return undefined;
  }

  componentOf(project: EmProject, ref: unknown): EmComponent | undefined {
    return this.findInProject(project.components, ref);
  }

  versionOf(project: EmProject, ref: unknown): EmVersion | undefined {
    return this.findInProject(project.versions, ref);
  }

  private findInProject<T extends { id: string; name: string }>(items: T[], ref: unknown): T | undefined {
    if (typeof ref !== 'object' || ref === null) return undefined;
    const { id, name } = ref as IdOrNameRef;
    if (typeof id === 'string' || typeof id === 'number') return items.find((item) => item.id === String(id));
    if (typeof name === 'string') return items.find((item) => item.name.toLowerCase() === name.toLowerCase());
    return undefined;
  }

  categoryOfStatus(statusId: string): StatusCategoryKey | undefined {
    return this.statusesById.get(statusId)?.categoryKey;
  }

  // ---- mutations ----

  /** Records that something changed (issues, links, properties, comments). */
  touch(): void { this.changeCount += 1; }

  /** Call before a REST request changes an issue: search keeps seeing the old issue for a while. */
  willChange(issue: EmIssue): void { this.searchIndex.willChange(issue, this.linksOf(issue.id)); }

  /** Call after a REST request created an issue: search does not see it for a while. */
  createdThroughRest(issue: EmIssue): void { this.searchIndex.created(issue.id); }

  nextIssueId(): string { return String(this.counters.issue++); }
  nextHistoryId(): string { return String(this.counters.history++); }
  nextCommentId(): string { return String(this.counters.comment++); }
  nextLinkId(): string { return String(this.counters.link++); }

  /** The highest key number used in a project so far (0 when none). */
  highestKeyNumber(projectId: string): number { return this.keyNumbers.get(projectId) ?? 0; }

  /** The next free key of a project, continuing after the highest one used, explicit keys included. */
  nextKey(project: EmProject): string {
    return `${project.key}-${this.highestKeyNumber(project.id) + 1}`;
  }

  /** Adds a fully built issue to the indexes; its key number raises the project's counter. */
  addIssue(issue: EmIssue): void {
    this.issueList.push(issue);
    this.issuesById.set(issue.id, issue);
    this.issuesByKey.set(issue.key.toUpperCase(), issue);
    const number = Number(issue.key.slice(issue.key.lastIndexOf('-') + 1));
    if (number > this.highestKeyNumber(issue.projectId)) this.keyNumbers.set(issue.projectId, number);
    const idNumber = Number(issue.id);
    if (idNumber >= this.counters.issue) this.counters.issue = idNumber + 1;
    this.changeCount += 1;
  }

  /** Appends a changelog entry (if it has items) and moves `updated`. */
  addHistory(issue: EmIssue, authorAccountId: string | null, items: EmChangeItem[], created = this.clock().toISOString()): EmHistory | null {
    if (items.length === 0) return null;
    const history: EmHistory = { id: this.nextHistoryId(), authorAccountId, created, items };
    issue.changelog.push(history);
    issue.fields.updated = created;
    this.changeCount += 1;
    return history;
  }

  addLink(link: EmLink): void {
    this.linksById.set(link.id, link);
    for (const issueId of new Set([link.inwardIssueId, link.outwardIssueId])) {
      const list = this.linksByIssue.get(issueId);
      if (list) list.push(link);
      else this.linksByIssue.set(issueId, [link]);
    }
    const idNumber = Number(link.id);
    if (idNumber >= this.counters.link) this.counters.link = idNumber + 1;
    this.changeCount += 1;
  }

  removeLink(id: string): void {
    const link = this.linksById.get(id);
    if (!link) return;
    this.linksById.delete(id);
    for (const issueId of [link.inwardIssueId, link.outwardIssueId]) {
      const list = this.linksByIssue.get(issueId);
      if (list) this.linksByIssue.set(issueId, list.filter((l) => l.id !== id));
    }
    this.changeCount += 1;
  }
}
