/**
 * The fault matrix (harness.ts) for the metrics and settings resolvers, on the demo site (defects
 * with history, so every endpoint of a computation is called): project metrics computed afresh, an
 * incident's figures, the project list, and reading and saving the settings.
 */
import { defaultSettings } from '../../../src/domain/metrics';
import { faultMatrix, type Fixture } from './harness';

const now = new Date();
const matrix = faultMatrix('metrics', now, 'demo');
const DAY = 86_400_000;
const GADGET = 'qa-metrics-gadget';
const SETTINGS_PAGE = 'qa-postmortem-settings';
const PROJECT = { project: { key: 'QA', id: '10000', type: 'software' } };
const PERIOD = { from: new Date(now.getTime() - 180 * DAY).toISOString().slice(0, 10), to: now.toISOString().slice(0, 10) };
const SAVED_TARGET = 7.5;
const storedSettings = () => matrix.sandbox().emulator.store.projectByIdOrKey('QA')?.properties.get('qa-postmortem-settings') as { targets?: { leakageRate?: number } } | undefined;

matrix.run([
  {
    name: 'saveSettings',
    writes: true,
    prepare: async () => {
      const answer = await matrix.invoke('alice', SETTINGS_PAGE, 'saveSettings', { settings: defaultSettings() }, PROJECT);
      if (answer.status !== 200) throw new Error(`could not reset the settings: ${JSON.stringify(answer.body)}`);
    },
    call: () => matrix.invoke('alice', SETTINGS_PAGE, 'saveSettings', {
      settings: { ...defaultSettings(), targets: { ...defaultSettings().targets, leakageRate: SAVED_TARGET } },
    }, PROJECT),
    // The settings before or after, whole: the target is one of the two.
    consistent: () => expect([defaultSettings().targets.leakageRate, SAVED_TARGET]).toContain(storedSettings()?.targets?.leakageRate),
    finished: () => expect(storedSettings()?.targets?.leakageRate).toBe(SAVED_TARGET),
  },
  { name: 'getSettings', call: () => matrix.invoke('alice', SETTINGS_PAGE, 'getSettings', {}, PROJECT) },
  { name: 'getProjectMetrics', call: () => matrix.invoke('alice', GADGET, 'getProjectMetrics', { projectKey: 'QA', ...PERIOD, groupBy: 'month', refresh: true }, {}) },
  { name: 'getIncidentMetrics', call: (f: Fixture) => matrix.invoke('alice', 'qa-postmortem-panel', 'getIncidentMetrics', {}, matrix.extensionOf(f)) },
  { name: 'listProjects', call: () => matrix.invoke('alice', GADGET, 'listProjects', {}, {}) },
]);
