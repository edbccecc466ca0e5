/**
 * `/`: where a demo starts. The issues the app's panel appears on (the panel's
 * `displayConditions.issueType`, e.g. incidents) first, then the most recent issues of the viewer's
 * projects, with links to each issue, the dashboard and each project's settings page.
 */
import { devPanelSpec } from './forge-dev-panel';
import { html, type Html } from './html';
import { avatar, issueTypeIcon, renderPage, statusLozenge } from './layout';
import { readJira, type IssueBean } from './jira-reads';
import { visibleProjects, type PageDeps } from './page-deps';
import { displayIssueTypes } from '../manifest';
import type { SandboxUser } from '../users';

const LIST_FIELDS = ['summary', 'issuetype', 'status', 'assignee', 'priority', 'updated'];

function quote(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

function issueTable(issues: IssueBean[], testId: string): Html {
  if (!issues.length) return html`<p class="muted">No issues</p>`;
  return html`<table class="issues" data-testid="${testId}">
    <thead><tr><th>Type</th><th>Key</th><th>Summary</th><th>Status</th><th>Assignee</th><th>Priority</th></tr></thead>
    <tbody>${issues.map((i) => html`<tr>
      <td class="nowrap">${issueTypeIcon(i.fields.issuetype?.name)}${i.fields.issuetype?.name ?? ''}</td>
      <td class="nowrap"><a href="/browse/${i.key}">${i.key}</a></td>
      <td class="summary-cell"><a href="/browse/${i.key}">${i.fields.summary}</a></td>
      <td class="nowrap">${statusLozenge(i.fields.status)}</td>
      <td class="nowrap">${i.fields.assignee ? html`<span class="person">${avatar(i.fields.assignee)}${i.fields.assignee.displayName}</span>` : html`<span class="muted">Unassigned</span>`}</td>
      <td class="nowrap">${i.fields.priority?.name ?? ''}</td></tr>`)}</tbody></table>`;
}

export async function renderHomePage(deps: PageDeps, viewer: SandboxUser): Promise<string> {
  const projects = await visibleProjects(deps, viewer);
  const users = deps.users().users();
  // Only the panel's issue types this site has: JQL refuses an issue type it does not know
  // ("The value '[System] Incident' does not exist for the field 'issuetype'").
  const siteTypes = await readJira<Array<{ name: string }>>(deps.connection, viewer, '/rest/api/3/issuetype');
  const known = new Set((siteTypes.body ?? []).map((t) => t.name.toLowerCase()));
  const panelTypes = [...new Set(deps.manifest.modulesOfType('jira:issuePanel').flatMap(displayIssueTypes))].filter((t) => known.has(t.toLowerCase()));
  const projectClause = projects.length ? `project in (${projects.map((p) => quote(p.key)).join(', ')})` : '';
  const search = (jql: string, maxResults: number) => readJira<{ issues: IssueBean[] }>(deps.connection, viewer, '/rest/api/3/search/jql', { jql, fields: LIST_FIELDS, maxResults });

  const [featured, recent] = projectClause
    ? await Promise.all([
      panelTypes.length ? search(`${projectClause} AND issuetype in (${panelTypes.map(quote).join(', ')}) ORDER BY created DESC`, 50) : null,
      search(`${projectClause} ORDER BY updated DESC`, 30),
    ])
    : [null, null];

  const body = html`
    <h1 class="page-title">Your work</h1>
    <div class="project-cards">
      ${projects.length ? projects.map((p) => html`<div class="card"><strong>${p.name}</strong> <span class="muted">(${p.key})</span><br>
        <a href="/projects/${p.key}/settings">Project settings</a> · <a href="/dashboard">Dashboard</a></div>`)
    : html`<p class="muted">You can't see any project. Switch user at the top right.</p>`}
    </div>
    ${panelTypes.length ? html`<h2>${panelTypes.join(', ')} issues</h2>
      ${featured?.error ? html`<div class="message error">${featured.error}</div>` : issueTable(featured?.body?.issues ?? [], 'featured-issues')}` : ''}
    <h2>Recently updated</h2>
    ${recent?.error ? html`<div class="message error">${recent.error}</div>` : issueTable(recent?.body?.issues ?? [], 'recent-issues')}`;
  return renderPage({ title: 'Your work', user: viewer, users, area: 'issues', project: projects[0], body, devPanel: devPanelSpec(deps.manifest) });
}
