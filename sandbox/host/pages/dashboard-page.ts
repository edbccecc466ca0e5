/**
 * `/dashboard`: one Jira dashboard holding each `jira:dashboardGadget` of the manifest. The Edit
 * toggle reloads the gadget with `context.extension.entryPoint = 'edit'`; `view.submit(config)`
 * from the edit view saves the configuration (kept per gadget in host memory) and shows the view
 * again with `context.extension.gadgetConfiguration` set, as Jira does.
 */
import { devPanelSpec } from './forge-dev-panel';
import { forgeFrame } from './forge-frame';
import { html } from './html';
import { renderPage } from './layout';
import { visibleProjects, type PageDeps } from './page-deps';
import { uiContext } from '../invoke';
import type { SandboxUser } from '../users';

export const DASHBOARD_ID = '10000';

/** Gadget ids on the sandbox dashboard: one per gadget module, in manifest order. */
export function gadgetIds(deps: Pick<PageDeps, 'manifest'>): Map<string, string> {
  return new Map(deps.manifest.modulesOfType('jira:dashboardGadget').map((m, i) => [String(10100 + i), m.key] as const));
}

export async function renderDashboardPage(deps: PageDeps, viewer: SandboxUser): Promise<string> {
  const projects = await visibleProjects(deps, viewer);
  const gadgets = [...gadgetIds(deps)].map(([gadgetId, moduleKey]) => {
    const module = deps.manifest.module(moduleKey);
    if (!module) return html``;
    const context = uiContext(deps.identity, module, viewer, {
      gadget: { id: gadgetId },
      dashboard: { id: DASHBOARD_ID },
      gadgetConfiguration: deps.gadgetConfiguration(gadgetId),
    });
    const title = module.title ?? module.key;
    return html`<section class="gadget" data-gadget-id="${gadgetId}" data-mode="view" aria-label="${title}">
      <div class="gadget-header"><span class="gadget-title">${title}</span>
        ${module.edit ? html`<button type="button" class="button" data-gadget-toggle>Edit</button>` : ''}</div>
      <div class="gadget-body">${module.resource ? forgeFrame({ resourceKey: module.resource, context, title, theme: viewer.theme }) : ''}</div>
    </section>`;
  });
  const body = html`<h1 class="page-title">Quality dashboard</h1>
    <div class="dashboard-grid">
      <div>${gadgets.length ? gadgets : html`<p class="muted">The app has no dashboard gadget.</p>`}</div>
      <div><div class="card"><strong>About this dashboard</strong><p class="muted">A sandbox Jira dashboard. Use Edit on a gadget to configure it; the configuration is kept while the sandbox runs.</p></div></div>
    </div>`;
  return renderPage({
    title: 'Dashboard', user: viewer, users: deps.users().users(), area: 'dashboard', project: projects[0], body,
    bridge: { cloudId: deps.identity.cloudId, siteUrl: deps.identity.siteUrl, projectSettingsModules: deps.manifest.modulesOfType('jira:projectSettingsPage').map((m) => m.key) },
    devPanel: devPanelSpec(deps.manifest),
  });
}
