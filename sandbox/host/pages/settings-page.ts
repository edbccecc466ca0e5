/**
 * `/projects/:key/settings`: a project's settings with the app's `jira:projectSettingsPage` in an
 * iframe (context.extension.project = {id, key, type}). With several such modules, `?module=`
 * picks one, as Jira lists each under the project's Apps settings.
 */
import { devPanelSpec } from './forge-dev-panel';
import { forgeFrame } from './forge-frame';
import { html } from './html';
import { renderPage } from './layout';
import { readJira, type ProjectRef } from './jira-reads';
import type { PageDeps } from './page-deps';
import { uiContext } from '../invoke';
import type { SandboxUser } from '../users';

export async function renderSettingsPage(deps: PageDeps, viewer: SandboxUser, projectKey: string, moduleKey?: string): Promise<{ status: number; html: string }> {
  const users = deps.users().users();
  const read = await readJira<ProjectRef>(deps.connection, viewer, `/rest/api/3/project/${encodeURIComponent(projectKey)}`);
  const project = read.body;
  if (!project) {
    const body = html`<h1 class="page-title">Project not found</h1><div class="message error">${read.error ?? ''}</div>`;
    return { status: read.status === 401 ? 401 : 404, html: renderPage({ title: 'Project settings', user: viewer, users, area: 'settings', body, devPanel: devPanelSpec(deps.manifest) }) };
  }
  const modules = deps.manifest.modulesOfType('jira:projectSettingsPage');
  const module = modules.find((m) => m.key === moduleKey) ?? modules[0];
  const frame = module?.resource
    ? forgeFrame({
      resourceKey: module.resource,
      title: module.title ?? module.key,
      theme: viewer.theme,
      context: uiContext(deps.identity, module, viewer, { project: { id: project.id, key: project.key, type: project.projectTypeKey ?? 'software' } }),
    })
    : html`<p class="muted">The app has no project settings page.</p>`;
  const body = html`
    <div class="breadcrumbs"><a href="/">Projects</a> / <a href="/">${project.name}</a> / Project settings</div>
    <h1 class="page-title">${module?.title ?? 'Project settings'}</h1>
    ${modules.length > 1 ? html`<p>${modules.map((m) => html`<a class="button" href="?module=${m.key}">${m.title ?? m.key}</a> `)}</p>` : ''}
    ${frame}`;
  return {
    status: 200,
    html: renderPage({
      title: `${project.name} settings`, user: viewer, users, area: 'settings', project: { key: project.key, name: project.name }, body,
      bridge: { cloudId: deps.identity.cloudId, siteUrl: deps.identity.siteUrl }, devPanel: devPanelSpec(deps.manifest),
    }),
  };
}
