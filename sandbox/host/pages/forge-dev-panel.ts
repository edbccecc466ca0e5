/**
 * The "Forge sandbox" drawer every host page has (opened from the top bar): developer tools of the
 * local host, not of Jira or the app. Its buttons fire what no user can in Jira — the manifest's
 * scheduled triggers, the async-event queue and, on an issue page, an avi:jira:updated:issue event
 * for that issue — through POST /__forge/trigger, and it lists the latest product-event deliveries
 * (GET /__forge/events). What it offers is read from the manifest; the behaviour is
 * forge-dev-panel-script.ts.
 */
import { html, jsonForScript, raw, type Html } from './html';
import type { IssueUpdatedSample } from './issue-updated-event';
import { ISSUE_UPDATED_EVENT } from '../product-event-payloads';
import type { ForgeManifest } from '../manifest';
import { productEventSubscriptions } from '../triggers';

export interface ScheduledJob {
  key: string;
  /** What the job is called ("Daily job") and its button's label ("Run daily job"). */
  name: string;
  label: string;
  interval?: string;
}
export interface QueueConsumer { key: string; queue: string }

export interface DevPanelSpec {
  scheduled: ScheduledJob[];
  consumers: QueueConsumer[];
  /** On an issue page: the event for that issue and the trigger modules it goes to. */
  issueEvent?: { sample: IssueUpdatedSample; triggers: string[] };
}

/** Forge's scheduledTrigger intervals, as a person says them. */
const INTERVAL_WORDS: Record<string, string> = { fiveMinute: '5-minute', hour: 'hourly', day: 'daily', week: 'weekly' };

export function scheduledJobName(interval: string | undefined): string {
  const word = (interval && INTERVAL_WORDS[interval]) || 'scheduled';
  return `${word.charAt(0).toUpperCase()}${word.slice(1)} job`;
}

/** What the drawer offers for this manifest (and, on an issue page, that issue's event). */
export function devPanelSpec(manifest: ForgeManifest, sample?: IssueUpdatedSample | null): DevPanelSpec {
  return {
    scheduled: manifest.modulesOfType('scheduledTrigger').map((m, _i, all) => {
      // Two jobs on the same interval are told apart by their keys, so no two buttons share a name.
      const shared = all.filter((other) => scheduledJobName(other.interval) === scheduledJobName(m.interval)).length > 1;
      const name = shared ? `${scheduledJobName(m.interval)} ${m.key}` : scheduledJobName(m.interval);
      return { key: m.key, interval: m.interval, name, label: `Run ${name.charAt(0).toLowerCase()}${name.slice(1)}` };
    }),
    consumers: manifest.modulesOfType('consumer').map((m) => ({ key: m.key, queue: m.queue ?? '' })),
    ...(sample ? {
      issueEvent: { sample, triggers: productEventSubscriptions(manifest, ISSUE_UPDATED_EVENT).map((s) => s.module.key) },
    } : {}),
  };
}

const TOOL_ICON = raw('<svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true"><path fill="currentColor" d="M9.3 1 4 9h3.5l-1 6L12 7H8.4z"/></svg>');

/** The top-bar button that opens and closes the drawer. */
export function devPanelToggle(): Html {
  return html`<button type="button" id="forge-dev-toggle" class="forge-dev-toggle" aria-expanded="false" aria-controls="forge-dev">
    ${TOOL_ICON}<span>Forge sandbox</span></button>`;
}

function action(id: string, attrs: Html, label: string, hint: Html | string, disabled = false): Html {
  return html`<div class="forge-dev-action">
    <button type="button" class="button" ${attrs} aria-describedby="${id}-hint" ${disabled ? raw('disabled') : ''}>${label}</button>
    <div class="forge-dev-hint" id="${id}-hint">${hint}</div></div>`;
}

function jobActions(spec: DevPanelSpec): Html {
  const scheduled = spec.scheduled.map((job, i) => action(
    `forge-dev-scheduled-${i}`, html`data-forge-action="scheduled" data-key="${job.key}" data-label="${job.name}"`, job.label,
    html`scheduledTrigger <code>${job.key}</code>${job.interval ? `, every ${job.interval}` : ''}`,
  ));
  const queue = spec.consumers.length
    ? action('forge-dev-queue', html`data-forge-action="queue" data-label="Queued jobs"`, 'Run queued jobs',
      html`Runs the events waiting on ${spec.consumers.map((c, i) => html`${i ? ', ' : ''}<code>${c.queue}</code>`)} now`)
    : html`<p class="forge-dev-hint">The manifest has no queue consumer.</p>`;
  return html`${spec.scheduled.length ? scheduled : html`<p class="forge-dev-hint">The manifest has no scheduledTrigger.</p>`}${queue}`;
}

function issueEventAction(issueEvent: NonNullable<DevPanelSpec['issueEvent']>): Html {
  const { sample, triggers } = issueEvent;
  const goesTo = triggers.length
    ? html`<code>${ISSUE_UPDATED_EVENT}</code> to ${triggers.map((t, i) => html`${i ? ', ' : ''}<code>${t}</code>`)}. `
    : html`No trigger module subscribes to <code>${ISSUE_UPDATED_EVENT}</code>. `;
  const change = sample.latestChange
    ? html`Carries the latest change: ${sample.latestChange}.`
    : html`${sample.issueKey} has no change history: the event has no changelog.`;
  return html`<section class="forge-dev-section" aria-labelledby="forge-dev-events-send">
    <h3 id="forge-dev-events-send">Product event</h3>
    ${action('forge-dev-issue-event', html`data-forge-action="product-event" data-label="'issue updated' for ${sample.issueKey}"`,
    `Send 'issue updated' event for ${sample.issueKey}`, html`${goesTo}${change}`, triggers.length === 0)}
    <script type="application/json" id="forge-dev-issue-event">${jsonForScript(sample.event)}</script>
  </section>`;
}

/** The drawer itself (closed until the toggle or the remembered state opens it). */
export function renderDevPanel(spec: DevPanelSpec): Html {
  return html`<aside id="forge-dev" class="forge-dev" aria-labelledby="forge-dev-title" hidden>
  <div class="forge-dev-header">
    <span class="forge-dev-icon">${TOOL_ICON}</span>
    <div class="forge-dev-heading"><h2 id="forge-dev-title" tabindex="-1">Forge sandbox</h2>
      <div class="forge-dev-sub">Developer tools of the local Forge host. Not part of Jira or the app.</div></div>
    <button type="button" class="forge-dev-close" data-forge-close aria-label="Close Forge sandbox">×</button>
  </div>
  <section class="forge-dev-section" aria-labelledby="forge-dev-jobs">
    <h3 id="forge-dev-jobs">Jobs</h3>
    ${jobActions(spec)}
  </section>
  ${spec.issueEvent ? issueEventAction(spec.issueEvent) : ''}
  <section class="forge-dev-section" aria-labelledby="forge-dev-result-title">
    <h3 id="forge-dev-result-title">Last run</h3>
    <div id="forge-dev-result" class="forge-dev-result" role="status" aria-live="polite" aria-labelledby="forge-dev-result-title">
      <p class="forge-dev-hint">Nothing run from this page yet.</p></div>
  </section>
  <section class="forge-dev-section" aria-labelledby="forge-dev-deliveries-title">
    <h3 id="forge-dev-deliveries-title">Recent product events</h3>
    <ul id="forge-dev-deliveries" class="forge-dev-deliveries" aria-labelledby="forge-dev-deliveries-title"></ul>
    <p id="forge-dev-deliveries-note" class="forge-dev-hint"></p>
  </section>
</aside>`;
}
