/**
 * The sandbox drawer's job buttons for the app's own manifest: one per scheduledTrigger, none sharing
 * a name (two daily jobs are told apart by their keys).
 */
import path from 'node:path';
import { loadManifest } from '../../../sandbox/host/manifest';
import { devPanelSpec } from '../../../sandbox/host/pages/forge-dev-panel';

describe('devPanelSpec', () => {
  it('names each of the manifest\'s daily jobs apart', () => {
    const spec = devPanelSpec(loadManifest(path.join(__dirname, '../../../manifest.yml')));
    expect(spec.scheduled.map((job) => [job.key, job.name, job.label])).toEqual([
      ['daily-reminders', 'Daily job daily-reminders', 'Run daily job daily-reminders'],
      ['site-lists', 'Daily job site-lists', 'Run daily job site-lists'],
    ]);
  });
});
