/**
 * The host pages' stylesheet: Atlassian's system font stack and design-token colours (light theme)
 * so the panel, gadget and settings page are seen in a frame that looks like Jira's.
 * https://atlassian.design/components/tokens/all-tokens
 */
export const HOST_CSS = `
:root {
  --ds-text: #172B4D; --ds-text-subtle: #44546F; --ds-text-subtlest: #626F86; --ds-link: #0C66E4;
  --ds-surface: #FFFFFF; --ds-surface-sunken: #F7F8F9; --ds-border: #091E4224; --ds-neutral: #091E420F;
  --ds-neutral-hovered: #091E4224; --ds-brand: #0C66E4; --ds-selected: #E9F2FF; --ds-danger: #C9372C;
  --ds-shadow: 0 1px 1px #091E4240, 0 0 1px #091E424F;
}
html[data-color-mode="dark"] {
  --ds-text: #B6C2CF; --ds-text-subtle: #9FADBC; --ds-text-subtlest: #8C9BAB; --ds-link: #579DFF;
  --ds-surface: #1D2125; --ds-surface-sunken: #161A1D; --ds-border: #A6C5E229; --ds-neutral: #A1BDD914;
  --ds-neutral-hovered: #A1BDD929; --ds-brand: #579DFF; --ds-selected: #1C2B41; --ds-danger: #F87168;
  --ds-shadow: 0 0 0 1px #BCD6F00A, 0 1px 1px #03040480, 0 0 1px #03040480;
  color-scheme: dark;
}
* { box-sizing: border-box; }
html, body { margin: 0; padding: 0; }
body {
  font-family: -apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, Oxygen, Ubuntu, "Fira Sans", "Droid Sans", "Helvetica Neue", sans-serif;
  font-size: 14px; line-height: 20px; color: var(--ds-text); background: var(--ds-surface);
}
a { color: var(--ds-link); text-decoration: none; }
a:hover { text-decoration: underline; }
.topnav {
  height: 56px; display: flex; align-items: center; gap: 8px; padding: 0 16px; background: var(--ds-surface);
  border-bottom: 1px solid var(--ds-border); position: sticky; top: 0; z-index: 10;
}
.topnav .logo { display: flex; align-items: center; gap: 8px; font-weight: 600; font-size: 16px; color: var(--ds-text); margin-right: 16px; }
.topnav .logo svg { display: block; }
.topnav .nav-item { padding: 6px 8px; border-radius: 3px; color: var(--ds-text-subtle); font-weight: 500; }
.topnav .nav-item:hover { background: var(--ds-neutral); text-decoration: none; }
.topnav .nav-item.active { color: var(--ds-brand); box-shadow: inset 0 -3px 0 var(--ds-brand); border-radius: 0; }
.topnav .spacer { flex: 1; }
.user-switcher { display: flex; align-items: center; gap: 8px; color: var(--ds-text-subtle); font-size: 12px; }
.user-switcher select { font: inherit; font-size: 14px; padding: 4px 8px; border: 2px solid var(--ds-border); border-radius: 3px; background: var(--ds-surface-sunken); color: var(--ds-text); }
.avatar { width: 24px; height: 24px; border-radius: 50%; display: inline-flex; align-items: center; justify-content: center; color: #fff; font-size: 11px; font-weight: 600; flex: none; }
.layout { display: flex; min-height: calc(100vh - 56px); }
.sidebar { width: 240px; flex: none; background: var(--ds-surface-sunken); border-right: 1px solid var(--ds-border); padding: 16px 8px; }
.sidebar .project { display: flex; gap: 8px; align-items: center; padding: 8px; margin-bottom: 16px; }
.sidebar .project-icon { width: 32px; height: 32px; border-radius: 3px; background: #6554C0; color: #fff; display: flex; align-items: center; justify-content: center; font-weight: 700; }
.sidebar .project-name { font-weight: 600; }
.sidebar .project-type { font-size: 12px; color: var(--ds-text-subtlest); }
.sidebar .section { font-size: 11px; font-weight: 700; color: var(--ds-text-subtlest); text-transform: uppercase; padding: 12px 8px 4px; }
.sidebar a.item { display: block; padding: 8px; border-radius: 3px; color: var(--ds-text-subtle); }
.sidebar a.item:hover { background: var(--ds-neutral); text-decoration: none; }
.sidebar a.item.active { background: var(--ds-selected); color: var(--ds-brand); font-weight: 500; }
.main { flex: 1; min-width: 0; padding: 24px 40px 64px; }
.breadcrumbs { color: var(--ds-text-subtle); font-size: 14px; margin-bottom: 8px; }
.breadcrumbs a { color: var(--ds-text-subtle); }
h1.page-title { font-size: 24px; line-height: 28px; font-weight: 500; margin: 0 0 24px; }
h2 { font-size: 16px; line-height: 20px; font-weight: 600; margin: 24px 0 8px; }
.lozenge { display: inline-block; padding: 0 4px; border-radius: 3px; font-size: 11px; font-weight: 700; line-height: 16px; text-transform: uppercase; white-space: nowrap; background: #DFE1E6; color: #44546F; }
.lozenge.new { background: #DFE1E6; color: #44546F; }
.lozenge.indeterminate { background: #CCE0FF; color: #0055CC; }
.lozenge.done { background: #BAF3DB; color: #216E4E; }
table.issues { border-collapse: collapse; width: 100%; }
table.issues th { text-align: left; font-size: 12px; color: var(--ds-text-subtle); font-weight: 600; border-bottom: 2px solid var(--ds-border); padding: 4px 8px; }
table.issues td { border-bottom: 1px solid var(--ds-border); padding: 6px 8px; vertical-align: middle; }
table.issues td.nowrap { white-space: nowrap; }
table.issues td.summary-cell { width: 100%; }
.project-cards { display: flex; flex-wrap: wrap; gap: 16px; }
.project-cards .card { min-width: 280px; margin-bottom: 0; }
table.issues tr:hover td { background: var(--ds-surface-sunken); }
.type-icon { display: inline-block; width: 16px; height: 16px; border-radius: 2px; vertical-align: -3px; margin-right: 4px; }
.type-Incident { background: #E2483D; } .type-Bug { background: #E5493A; border-radius: 50%; } .type-Task { background: #4BADE8; } .type-Story { background: #63BA3C; }
.type-other { background: #8590A2; }
.issue-view { display: flex; gap: 32px; align-items: flex-start; }
.issue-main { flex: 1; min-width: 0; }
.issue-side { width: 340px; flex: none; }
.issue-summary { font-size: 24px; line-height: 28px; font-weight: 500; margin: 4px 0 16px; }
.section-title { font-size: 14px; font-weight: 600; margin: 24px 0 8px; }
.description p { margin: 0 0 8px; }
/* ADF headings as Jira's renderer sizes them (Atlassian Design System heading scale), in descriptions and comments. */
.adf-heading { font-weight: 600; margin: 16px 0 4px; color: var(--ds-text); }
.adf-heading:first-child { margin-top: 0; }
h1.adf-heading { font-size: 24px; line-height: 28px; font-weight: 500; } h2.adf-heading { font-size: 20px; line-height: 24px; font-weight: 500; }
h3.adf-heading { font-size: 16px; line-height: 20px; } h4.adf-heading { font-size: 14px; line-height: 16px; }
h5.adf-heading { font-size: 12px; line-height: 16px; } h6.adf-heading { font-size: 11px; line-height: 16px; font-weight: 700; }
.description pre, .comment-body pre { background: var(--ds-surface-sunken); padding: 8px; border-radius: 3px; overflow: auto; }
.description blockquote, .comment-body blockquote { border-left: 2px solid var(--ds-border); margin: 8px 0; padding-left: 12px; color: var(--ds-text-subtle); }
.adf-panel { padding: 8px 12px; border-radius: 3px; background: var(--ds-selected); margin: 8px 0; }
.mention { background: var(--ds-neutral); border-radius: 20px; padding: 0 4px; color: var(--ds-text-subtle); }
.status-button { display: inline-flex; align-items: center; gap: 6px; padding: 6px 12px; border-radius: 3px; font-weight: 500; background: var(--ds-neutral); margin-bottom: 16px; }
.status-button.indeterminate { background: #0C66E4; color: #fff; } .status-button.done { background: #1F845A; color: #fff; }
.details { border: 1px solid var(--ds-border); border-radius: 3px; }
.details .details-title { font-weight: 600; padding: 12px 16px; border-bottom: 1px solid var(--ds-border); }
.details dl { display: grid; grid-template-columns: 120px 1fr; gap: 12px 8px; margin: 0; padding: 16px; }
.details dt { color: var(--ds-text-subtle); font-weight: 500; }
.details dd { margin: 0; display: flex; flex-wrap: wrap; gap: 4px; align-items: center; min-width: 0; }
.muted { color: var(--ds-text-subtlest); }
.tag { background: var(--ds-neutral); border-radius: 3px; padding: 0 4px; font-size: 12px; }
.person { display: inline-flex; align-items: center; gap: 6px; }
.app-panel { border: 1px solid var(--ds-border); border-radius: 3px; margin: 24px 0; }
.quick-add { display: flex; gap: 8px; margin: 4px 0 16px; }
.quick-add-button { display: inline-flex; align-items: center; gap: 6px; }
.quick-add-button img { width: 16px; height: 16px; }
.issue-context { border: 1px solid var(--ds-border); border-radius: 3px; margin: 16px 0; }
.issue-context > summary { padding: 8px 12px; font-weight: 600; cursor: pointer; }
.issue-context > iframe { display: block; width: 100%; border: 0; padding: 0 4px 8px; }
.app-panel-header { display: flex; align-items: center; gap: 8px; padding: 8px 12px; border-bottom: 1px solid var(--ds-border); font-weight: 600; }
.app-panel-header img { width: 16px; height: 16px; }
.app-panel-header .spacer { flex: 1; }
.app-panel-body { padding: 8px 12px; }
iframe.forge-frame { display: block; width: 100%; border: 0; height: 120px; background: transparent; }
.links .link-row { display: flex; gap: 8px; align-items: center; padding: 6px 8px; border: 1px solid var(--ds-border); border-radius: 3px; margin-bottom: 4px; }
.links .link-kind { color: var(--ds-text-subtle); font-size: 12px; margin: 12px 0 4px; }
.links .summary { flex: 1; min-width: 0; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.comment { display: flex; gap: 8px; margin-bottom: 16px; }
.comment-meta { font-size: 12px; color: var(--ds-text-subtle); }
.comment-meta strong { color: var(--ds-text); font-size: 14px; margin-right: 8px; }
.comment-body p { margin: 4px 0; }
.gadget { border: 1px solid var(--ds-border); border-radius: 3px; box-shadow: var(--ds-shadow); margin-bottom: 24px; background: var(--ds-surface); }
.gadget-header { display: flex; align-items: center; padding: 8px 12px; border-bottom: 1px solid var(--ds-border); gap: 8px; }
.gadget-title { font-weight: 600; flex: 1; }
.gadget-body { padding: 8px 12px; }
.button { font: inherit; font-weight: 500; padding: 4px 12px; border-radius: 3px; border: 0; background: var(--ds-neutral); color: var(--ds-text); cursor: pointer; line-height: 24px; }
.button:hover { background: var(--ds-neutral-hovered); }
.button.primary { background: var(--ds-brand); color: #fff; }
.dashboard-grid { display: grid; grid-template-columns: minmax(0, 2fr) minmax(0, 1fr); gap: 24px; align-items: start; }
.card { border: 1px solid var(--ds-border); border-radius: 3px; padding: 12px 16px; margin-bottom: 16px; }
.message { padding: 16px; border-radius: 3px; background: var(--ds-surface-sunken); }
.message.error { background: #FFECEB; color: #AE2E24; }
.flags { position: fixed; left: 24px; bottom: 24px; display: flex; flex-direction: column; gap: 8px; z-index: 20; }
.flag { background: var(--ds-surface); box-shadow: 0 8px 12px #091E4226, 0 0 1px #091E424F; border-radius: 3px; padding: 12px 16px; width: 360px; }
.flag-title { font-weight: 600; }
.lozenge.removed { background: #FFECEB; color: #AE2E24; }
.button:disabled { background: var(--ds-neutral); color: #091E424F; cursor: not-allowed; }
.button:focus-visible, .forge-dev-toggle:focus-visible, .forge-dev-close:focus-visible, .forge-dev summary:focus-visible { outline: 2px solid #388BFF; outline-offset: 2px; }
.forge-dev-toggle { display: inline-flex; align-items: center; gap: 6px; font: inherit; font-weight: 500; padding: 4px 10px; margin-right: 8px; border: 0; border-radius: 3px; background: #F3F0FF; color: #5E4DB2; cursor: pointer; line-height: 24px; }
.forge-dev-toggle:hover { background: #DFD8FD; }
.forge-dev-toggle[aria-expanded="true"] { background: #5E4DB2; color: #fff; }
.forge-dev-toggle svg { display: block; }
.forge-dev { position: fixed; top: 56px; right: 0; bottom: 0; width: 380px; max-width: 100vw; overflow-y: auto; z-index: 15; padding-bottom: 24px;
  background: var(--ds-surface); border-left: 1px solid var(--ds-border); box-shadow: -4px 0 12px #091E4226, 0 0 1px #091E424F; }
.forge-dev[hidden] { display: none; }
.forge-dev-header { display: flex; gap: 8px; align-items: flex-start; padding: 16px 8px 12px 16px; border-bottom: 1px solid var(--ds-border); position: sticky; top: 0; background: var(--ds-surface); z-index: 1; }
.forge-dev-icon { width: 24px; height: 24px; border-radius: 3px; background: #5E4DB2; color: #fff; display: flex; align-items: center; justify-content: center; flex: none; }
.forge-dev-heading { flex: 1; min-width: 0; }
.forge-dev h2 { font-size: 16px; line-height: 24px; margin: 0; }
.forge-dev h2:focus { outline: none; }
.forge-dev-sub { font-size: 12px; line-height: 16px; color: var(--ds-text-subtlest); }
.forge-dev-close { font: inherit; font-size: 20px; line-height: 32px; width: 32px; height: 32px; padding: 0; border: 0; border-radius: 3px; background: transparent; color: var(--ds-text-subtle); cursor: pointer; flex: none; }
.forge-dev-close:hover { background: var(--ds-neutral); }
.forge-dev-section { padding: 16px 16px 0; }
.forge-dev h3 { font-size: 11px; line-height: 16px; font-weight: 700; text-transform: uppercase; color: var(--ds-text-subtlest); margin: 0 0 8px; }
.forge-dev-action { margin-bottom: 12px; }
.forge-dev-hint { font-size: 12px; line-height: 16px; color: var(--ds-text-subtlest); margin: 4px 0 0; overflow-wrap: anywhere; }
.forge-dev code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 11px; background: var(--ds-neutral); border-radius: 3px; padding: 0 3px; color: var(--ds-text-subtle); }
.forge-dev-result { border: 1px solid var(--ds-border); border-radius: 3px; padding: 8px 12px; background: var(--ds-surface-sunken); }
.forge-dev-result > .forge-dev-hint:only-child { margin: 0; }
.forge-dev-result-title { margin-bottom: 4px; }
.forge-dev-run { padding: 8px 0; border-top: 1px solid var(--ds-border); }
.forge-dev-result-title + .forge-dev-run { border-top: 0; padding-top: 4px; }
.forge-dev-run-head { display: flex; align-items: center; gap: 6px; }
.forge-dev-facts { list-style: none; margin: 6px 0 0; padding: 0; display: flex; flex-wrap: wrap; gap: 4px; }
.forge-dev-facts li { background: var(--ds-surface); border: 1px solid var(--ds-border); border-radius: 3px; padding: 0 6px; font-size: 12px; line-height: 20px; }
.forge-dev-details summary { cursor: pointer; font-size: 12px; color: var(--ds-link); margin-top: 6px; }
.forge-dev-details pre { font-size: 11px; line-height: 14px; max-height: 200px; overflow: auto; background: var(--ds-surface); border: 1px solid var(--ds-border); padding: 6px; border-radius: 3px; margin: 4px 0 0; }
.forge-dev-error { color: #AE2E24; font-size: 12px; margin-top: 4px; overflow-wrap: anywhere; }
.forge-dev-error-box { padding: 8px 12px; font-size: 13px; overflow-wrap: anywhere; }
.forge-dev-reload { display: flex; align-items: center; justify-content: space-between; gap: 8px; margin-top: 4px; padding-top: 8px; border-top: 1px solid var(--ds-border); font-size: 12px; line-height: 16px; color: var(--ds-text-subtle); }
.forge-dev-reload .button { flex: none; }
.forge-dev-running { margin: 0; color: var(--ds-text-subtle); display: flex; align-items: center; gap: 8px; }
.forge-dev-running::before { content: ""; width: 12px; height: 12px; border-radius: 50%; border: 2px solid var(--ds-border); border-top-color: var(--ds-brand); animation: forge-dev-spin .8s linear infinite; }
@keyframes forge-dev-spin { to { transform: rotate(360deg); } }
.forge-dev-deliveries { list-style: none; margin: 0; padding: 0; }
.forge-dev-delivery { padding: 6px 0; border-bottom: 1px solid var(--ds-border); }
.forge-dev-delivery-head { display: flex; align-items: center; gap: 6px; }
.forge-dev-delivery-type { font-weight: 500; }
.forge-dev-delivery-time { margin-left: auto; font-size: 12px; color: var(--ds-text-subtlest); white-space: nowrap; }
`;
