/**
 * `/browse/:key`: an issue the way Jira's issue view shows it (summary, description, linked
 * issues, comments on the left; status and the details box on the right). A `jira:issuePanel`
 * whose `displayConditions.issueType` matches shows as a quick-add button under the summary; once
 * pressed (issue-panels.ts) it shows above the activity in an iframe, under the module's title, as
 * Jira shows issue panels. `jira:issueContext` modules show on the right, collapsed until expanded. Its Forge sandbox drawer can send
 * the app an avi:jira:updated:issue event for the issue (issue-updated-event.ts).
 */
import { adfToHtml, withMentionNames } from './adf-html';
import { devPanelSpec } from './forge-dev-panel';
import { forgeFrame } from './forge-frame';
import { issueUpdatedEvent } from './issue-updated-event';
import { html, type Html } from './html';
import { avatar, issueTypeIcon, renderPage, statusLozenge } from './layout';
import { readJira, type IssueBean, type IssueLinkRef, type UserRef } from './jira-reads';
import { visibleProjects, type PageDeps } from './page-deps';
import { uiContext } from '../invoke';
import { displayIssueTypes, resourceReference, type ManifestModule } from '../manifest';
import type { SandboxUser } from '../users';

const ISSUE_FIELDS = [
  'summary', 'issuetype', 'status', 'priority', 'assignee', 'reporter', 'labels', 'components', 'fixVersions',
  'duedate', 'description', 'issuelinks', 'comment', 'project', 'created', 'updated', 'resolution',
].join(',');

function person(user: UserRef | null | undefined, none = 'Unassigned'): Html {
  if (!user) return html`<span class="person">${avatar(null)}<span class="muted">${none}</span></span>`;
  return html`<span class="person">${avatar(user)}${user.displayName}</span>`;
}

function list(values: Array<{ name: string }> | string[] | undefined): Html {
  const names = (values ?? []).map((v) => (typeof v === 'string' ? v : v.name));
  return names.length ? html`${names.map((n) => html`<span class="tag">${n}</span>`)}` : html`<span class="muted">None</span>`;
}

function formatDate(iso: string | null | undefined, timeZone: string, withTime = true): string {
  if (!iso) return '';
  const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(iso) ? `${iso}T00:00:00Z` : iso);
  return new Intl.DateTimeFormat('en-GB', {
    day: 'numeric', month: 'short', year: 'numeric', ...(withTime ? { hour: '2-digit', minute: '2-digit' } : {}),
    timeZone: withTime ? timeZone : 'UTC',
  }).format(date);
}

function linkedIssues(links: IssueLinkRef[] | undefined): Html {
  if (!links?.length) return html`<p class="muted">No linked issues</p>`;
  const groups = new Map<string, IssueLinkRef[]>();
  for (const link of links) {
    const label = link.outwardIssue ? link.type.outward : link.type.inward;
    groups.set(label, [...(groups.get(label) ?? []), link]);
  }
  return html`<div class="links">${[...groups].map(([label, group]) => html`
    <div class="link-kind">${label}</div>
    ${group.map((link) => {
      const other = link.outwardIssue ?? link.inwardIssue;
      if (!other) return html``;
      return html`<div class="link-row">${issueTypeIcon(other.fields?.issuetype?.name)}
        <a href="/browse/${other.key}">${other.key}</a>
        <span class="summary">${other.fields?.summary ?? ''}</span>${statusLozenge(other.fields?.status)}</div>`;
    })}`)}</div>`;
}

function comments(issue: IssueBean, viewer: SandboxUser, nameOf: (accountId: string) => string | undefined): Html {
  const all = issue.fields.comment?.comments ?? [];
  if (!all.length) return html`<p class="muted">No comments yet</p>`;
  return html`${all.map((c) => html`<div class="comment">${avatar(c.author)}<div>
    <div class="comment-meta"><strong>${c.author?.displayName ?? 'Unknown'}</strong>${formatDate(c.created, viewer.timeZone)}</div>
    <div class="comment-body">${adfToHtml(withMentionNames(c.body, nameOf))}</div></div></div>`)}`;
}

/** The modules of a type whose `displayConditions.issueType` let them show on this issue. */
function modulesFor(deps: PageDeps, type: string, issue: IssueBean): ManifestModule[] {
  const typeName = issue.fields.issuetype?.name ?? '';
  return deps.manifest.modulesOfType(type).filter((m) => {
    const types = displayIssueTypes(m);
    return types.length === 0 || types.includes(typeName);
  });
}

function issueExtension(issue: IssueBean): Record<string, unknown> {
  const project = issue.fields.project;
  return {
    issue: { id: issue.id, key: issue.key, type: issue.fields.issuetype?.name, typeId: issue.fields.issuetype?.id },
    project: project ? { id: project.id, key: project.key, type: 'software' } : undefined,
  };
}

/** The quick-add buttons under the summary: one per issue panel that may show here and is not added yet. */
function quickAddButtons(deps: PageDeps, issue: IssueBean): Html {
  const panels = modulesFor(deps, 'jira:issuePanel', issue).filter((m) => !deps.issuePanels.has(issue.id, m.key));
  if (panels.length === 0) return html``;
  return html`<div class="quick-add" role="toolbar" aria-label="Add to this issue">${panels.map((m) => {
    const icon = resourceReference(m.icon);
    return html`<button type="button" class="button quick-add-button" data-quick-add="${m.key}" data-issue-key="${issue.key}" title="${m.title ?? m.key}">
      ${icon ? html`<img src="/__forge/resources/${icon.resource}/${icon.file}" alt="">` : ''}${m.title ?? m.key}</button>`;
  })}</div>`;
}

function appPanels(deps: PageDeps, issue: IssueBean, viewer: SandboxUser): Html {
  const panels = modulesFor(deps, 'jira:issuePanel', issue).filter((m) => deps.issuePanels.has(issue.id, m.key));
  return html`${panels.map((module) => appPanel(deps, module, issue, viewer))}`;
}

/**
 * `jira:issueContext` modules, on the right of the issue view: "a collapsible panel under the other
 * fields", collapsed until the user expands it, and it "remembers whether a user expanded or
 * collapsed it last time" (the page keeps that per module in the browser, layout.ts).
 * https://developer.atlassian.com/platform/forge/manifest-reference/modules/jira-issue-context/
 */
function contextPanels(deps: PageDeps, issue: IssueBean, viewer: SandboxUser): Html {
  return html`${modulesFor(deps, 'jira:issueContext', issue).map((module) => {
    const label = typeof module.label === 'string' ? module.label : module.title ?? module.key;
    const context = uiContext(deps.identity, module, viewer, issueExtension(issue));
    return html`<details class="issue-context" data-module-key="${module.key}">
      <summary>${label}</summary>
      ${module.resource ? forgeFrame({ resourceKey: module.resource, context, title: module.title ?? module.key, theme: viewer.theme }) : ''}
    </details>`;
  })}`;
}

function appPanel(deps: PageDeps, module: ManifestModule, issue: IssueBean, viewer: SandboxUser): Html {
  const icon = resourceReference(module.icon);
  const context = uiContext(deps.identity, module, viewer, { ...issueExtension(issue), isNewToIssue: deps.issuePanels.takeNew(issue.id, module.key) });
  return html`<section class="app-panel" data-module-key="${module.key}" aria-label="${module.title ?? module.key}">
    <div class="app-panel-header">
      ${icon ? html`<img src="/__forge/resources/${icon.resource}/${icon.file}" alt="">` : ''}
      <span>${module.title ?? module.key}</span><span class="spacer"></span>
    </div>
    <div class="app-panel-body">${module.resource ? forgeFrame({ resourceKey: module.resource, context, title: module.title ?? module.key, theme: viewer.theme }) : ''}</div>
  </section>`;
}

export async function renderIssuePage(deps: PageDeps, viewer: SandboxUser, key: string): Promise<{ status: number; html: string }> {
  const [read, props, projects, sampleEvent] = await Promise.all([
    readJira<IssueBean>(deps.connection, viewer, `/rest/api/3/issue/${encodeURIComponent(key)}?fields=${ISSUE_FIELDS}`),
    readJira<{ keys: Array<{ key: string }> }>(deps.connection, viewer, `/rest/api/3/issue/${encodeURIComponent(key)}/properties`),
    visibleProjects(deps, viewer),
    issueUpdatedEvent(deps, key),
  ]);
  const users = deps.users().users();
  const issue = read.body;
  if (!issue) {
    const body = html`<h1 class="page-title">You can't view this issue</h1>
      <div class="message error">${read.error ?? 'It may have been deleted or you don\'t have permission to view it.'}</div>
      <p><a href="/">Back to issues</a></p>`;
    return { status: read.status === 401 ? 401 : 404, html: renderPage({ title: key, user: viewer, users, area: 'issues', project: projects[0], body, devPanel: devPanelSpec(deps.manifest) }) };
  }
  const f = issue.fields;
  const project = f.project ?? projects[0];
  const propertyCount = props.body?.keys.length ?? 0;
  const body = html`
  <div class="breadcrumbs"><a href="/">Projects</a> / ${project ? html`<a href="/">${project.name}</a> / ` : ''}
    ${issueTypeIcon(f.issuetype?.name)}<a href="/browse/${issue.key}" data-testid="issue-key">${issue.key}</a></div>
  <div class="issue-view">
    <div class="issue-main">
      <h1 class="issue-summary" data-testid="issue-summary">${f.summary}</h1>
      ${quickAddButtons(deps, issue)}
      <div class="section-title">Description</div>
      <div class="description">${f.description ? adfToHtml(f.description) : html`<p class="muted">Add a description...</p>`}</div>
      ${appPanels(deps, issue, viewer)}
      <div class="section-title">Linked issues</div>
      <div data-issue-view-part="links">${linkedIssues(f.issuelinks)}</div>
      <div class="section-title">Activity</div>
      <div data-issue-view-part="activity">${comments(issue, viewer, (id) => deps.users().find(id)?.displayName)}</div>
    </div>
    <aside class="issue-side">
      <div data-issue-view-part="status"><div class="status-button ${f.status?.statusCategory?.key ?? 'new'}" data-testid="issue-status">${f.status?.name ?? ''}</div></div>
      <div class="details" data-issue-view-part="details">
        <div class="details-title">Details</div>
        <dl>
          <dt>Type</dt><dd>${issueTypeIcon(f.issuetype?.name)}${f.issuetype?.name ?? ''}</dd>
          <dt>Status</dt><dd>${statusLozenge(f.status)}</dd>
          <dt>Assignee</dt><dd>${person(f.assignee)}</dd>
          <dt>Reporter</dt><dd>${person(f.reporter, 'None')}</dd>
          <dt>Priority</dt><dd>${f.priority?.name ?? html`<span class="muted">None</span>`}</dd>
          <dt>Labels</dt><dd>${list(f.labels)}</dd>
          <dt>Components</dt><dd>${list(f.components)}</dd>
          <dt>Fix versions</dt><dd>${list(f.fixVersions)}</dd>
          <dt>Due date</dt><dd>${f.duedate ? formatDate(f.duedate, viewer.timeZone, false) : html`<span class="muted">None</span>`}</dd>
          <dt>Resolution</dt><dd>${f.resolution?.name ?? html`<span class="muted">Unresolved</span>`}</dd>
          <dt>Properties</dt><dd data-testid="issue-properties">${propertyCount}</dd>
        </dl>
      </div>
      ${contextPanels(deps, issue, viewer)}
      <p class="muted">Created ${formatDate(f.created, viewer.timeZone)}<br>Updated ${formatDate(f.updated, viewer.timeZone)}</p>
    </aside>
  </div>`;
  return {
    status: 200,
    html: renderPage({
      title: `[${issue.key}] ${f.summary}`, user: viewer, users, area: 'issues', project, body,
      bridge: { cloudId: deps.identity.cloudId, siteUrl: deps.identity.siteUrl }, devPanel: devPanelSpec(deps.manifest, sampleEvent),
    }),
  };
}
