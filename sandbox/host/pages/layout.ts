/**
 * The Jira-like frame around every host page: top navigation, the project sidebar and the user
 * switcher (a cookie `as=<name>`; `?as=bob` on any URL does the same), and the "Forge sandbox"
 * drawer of developer tools (forge-dev-panel.ts). Pages that show app iframes also get the host
 * side of the bridge (see ../bridge/host-bridge.ts).
 */
import { html, jsonForScript, raw, type Html } from './html';
import { HOST_CSS } from './styles';
import { devPanelToggle, renderDevPanel, type DevPanelSpec } from './forge-dev-panel';
import { FORGE_DEV_PANEL_JS } from './forge-dev-panel-script';
import { HOST_BRIDGE_JS } from '../bridge/host-bridge';
import type { SandboxUser } from '../users';

export type NavArea = 'issues' | 'dashboard' | 'settings';

export interface PageFrame {
  title: string;
  user: SandboxUser;
  users: SandboxUser[];
  area: NavArea;
  /** The project the sidebar shows, if the page belongs to one. */
  project?: { key: string; name: string };
  body: Html;
  /** Set when the page hosts Forge iframes: the data the host bridge needs. */
  bridge?: { cloudId: string; siteUrl: string; projectSettingsModules?: string[] };
  /** What the Forge sandbox drawer offers on this page (devPanelSpec). */
  devPanel: DevPanelSpec;
}

const AVATAR_COLOURS = ['#0C66E4', '#6554C0', '#1F845A', '#C9372C', '#B65C02', '#206A83'];

export function avatar(user: { displayName: string; accountId?: string } | null | undefined): Html {
  if (!user) return html`<span class="avatar" style="background:#8590A2">?</span>`;
  const initials = user.displayName.split(/\s+/).map((p) => p[0] ?? '').join('').slice(0, 2).toUpperCase();
  const seed = [...(user.accountId ?? user.displayName)].reduce((n, c) => n + c.charCodeAt(0), 0);
  return html`<span class="avatar" style="background:${AVATAR_COLOURS[seed % AVATAR_COLOURS.length]}" title="${user.displayName}">${initials}</span>`;
}

const JIRA_LOGO = raw(`<svg width="24" height="24" viewBox="0 0 24 24" aria-hidden="true"><rect width="24" height="24" rx="4" fill="#0C66E4"/><path d="M17.6 6H11.8a3 3 0 0 0 3 3h1.1v1a3 3 0 0 0 3 3V7.3c0-.7-.6-1.3-1.3-1.3z" fill="#fff"/><path d="M14.7 8.9H8.9a3 3 0 0 0 3 3h1.1v1.1a3 3 0 0 0 3 3v-5.8c0-.7-.6-1.3-1.3-1.3z" fill="#fff" opacity=".8"/><path d="M11.8 11.8H6a3 3 0 0 0 3 3h1.1v1.1a3 3 0 0 0 3 3v-5.8c0-.7-.6-1.3-1.3-1.3z" fill="#fff" opacity=".6"/></svg>`);

const SWITCH_USER_JS = raw(`
document.getElementById('user-switcher').addEventListener('change', function (e) {
  document.cookie = 'as=' + encodeURIComponent(e.target.value) + '; path=/; SameSite=Lax';
  var url = new URL(location.href); url.searchParams.delete('as'); location.href = url.toString();
});
Array.prototype.forEach.call(document.querySelectorAll('[data-quick-add]'), function (button) {
  button.addEventListener('click', function () {
    button.disabled = true;
    fetch('/__forge/issue-panels', { method: 'POST', headers: { 'content-type': 'application/json' }, credentials: 'same-origin',
      body: JSON.stringify({ issueKey: button.getAttribute('data-issue-key'), moduleKey: button.getAttribute('data-quick-add') }) })
      .then(function (r) { if (r.ok) location.reload(); else { button.disabled = false; return r.json().then(function (b) { alert(b.error && b.error.message); }); } });
  });
});
Array.prototype.forEach.call(document.querySelectorAll('details.issue-context'), function (panel) {
  var key = 'issue-context:' + panel.getAttribute('data-module-key');
  try { if (localStorage.getItem(key) === 'open') panel.open = true; } catch (e) { /* no storage: collapsed */ }
  panel.addEventListener('toggle', function () { try { localStorage.setItem(key, panel.open ? 'open' : 'closed'); } catch (e) { /* not remembered */ } });
});
document.getElementById('theme-switcher').addEventListener('change', function (e) {
  document.cookie = 'theme=' + encodeURIComponent(e.target.value) + '; path=/; SameSite=Lax';
  var url = new URL(location.href); url.searchParams.delete('theme'); location.href = url.toString();
});`);

function sidebar(frame: PageFrame): Html {
  if (!frame.project) return html``;
  const { key, name } = frame.project;
  const item = (area: NavArea, href: string, label: string) => html`<a class="item ${frame.area === area ? 'active' : ''}" href="${href}">${label}</a>`;
  return html`<nav class="sidebar" aria-label="Project navigation">
    <div class="project"><div class="project-icon">${key.slice(0, 1)}</div>
      <div><div class="project-name">${name}</div><div class="project-type">Software project</div></div></div>
    <div class="section">Planning</div>
    ${item('issues', '/', 'Issues')}
    ${item('dashboard', '/dashboard', 'Dashboard')}
    <div class="section">Settings</div>
    ${item('settings', `/projects/${encodeURIComponent(key)}/settings`, 'Project settings')}
  </nav>`;
}

export function renderPage(frame: PageFrame): string {
  const { user, users } = frame;
  const nav = (area: NavArea, href: string, label: string) => html`<a class="nav-item ${frame.area === area ? 'active' : ''}" href="${href}">${label}</a>`;
  const bridgeData = frame.bridge
    ? { user: { accountId: user.accountId, emailAddress: user.emailAddress, displayName: user.displayName, timeZone: user.timeZone }, ...frame.bridge }
    : null;
  const page = html`<!doctype html>
<html lang="en" data-color-mode="${user.theme ?? 'light'}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${frame.title} - Jira (Forge sandbox)</title>
<style>${raw(HOST_CSS)}</style></head>
<body>
<header class="topnav">
  <a class="logo" href="/">${JIRA_LOGO}<span>Jira</span></a>
  ${nav('issues', '/', 'Your work')}
  ${nav('dashboard', '/dashboard', 'Dashboards')}
  <span class="spacer"></span>
  ${devPanelToggle()}
  <label class="user-switcher">Theme
    <select id="theme-switcher" aria-label="Colour theme">
      <option value="light" ${user.theme !== 'dark' ? raw('selected') : ''}>Light</option>
      <option value="dark" ${user.theme === 'dark' ? raw('selected') : ''}>Dark</option>
    </select>
  </label>
  <label class="user-switcher">Viewing as
    <select id="user-switcher" aria-label="Acting user">
      ${users.map((u) => html`<option value="${u.name}" ${u.name === user.name ? raw('selected') : ''}>${u.displayName}</option>`)}
    </select>
  </label>
  ${avatar(user)}
</header>
<div class="layout">${sidebar(frame)}<main class="main">${frame.body}</main></div>
${renderDevPanel(frame.devPanel)}
<div class="flags" id="flags" aria-live="polite"></div>
<script>${SWITCH_USER_JS}</script>
<script>${raw(FORGE_DEV_PANEL_JS)}</script>
${bridgeData ? html`<script>window.__SANDBOX__ = ${jsonForScript(bridgeData)};</script><script>${raw(HOST_BRIDGE_JS)}</script>` : ''}
</body></html>`;
  return page.value;
}

export function statusLozenge(status: { name?: string; statusCategory?: { key?: string } } | undefined): Html {
  const category = status?.statusCategory?.key ?? 'new';
  return html`<span class="lozenge ${category}">${status?.name ?? 'Unknown'}</span>`;
}

export function issueTypeIcon(name: string | undefined): Html {
  const known = ['Incident', 'Bug', 'Task', 'Story'];
  const cls = name && known.includes(name) ? `type-${name}` : 'type-other';
  return html`<span class="type-icon ${cls}" title="${name ?? ''}" aria-label="${name ?? ''}"></span>`;
}
