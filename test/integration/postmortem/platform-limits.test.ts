/**
 * The panel's calls under the platform's limits, through the local host against the strict emulator:
 * once the app's hourly points quota is spent, the answer says when Jira will accept requests again,
 * and nothing is retried inside the resolver; when Jira is slower than Forge's 25-second resolver
 * limit allows, the resolver answers in time that Jira did not, instead of being cut off by Forge.
 */
import { DEFAULT_SANDBOX_CONFIG } from '../../../sandbox/config';
import type { Sandbox } from '../../helpers/sandbox';
import { clearJiraCalls, incidentImport, refusalOf, usePanelSuite, type PanelClient } from './panel-client';

let sandbox: Sandbox;
let panel: PanelClient;
let incident: string;

usePanelSuite(() => [incidentImport(new Date())], (suite) => ({ sandbox, panel, keys: [incident] } = suite));
afterEach(async () => {
  sandbox.emulator.clearFaults();
  await sandbox.configure({ pointsPerHour: DEFAULT_SANDBOX_CONFIG.pointsPerHour, resolverTimeoutMs: DEFAULT_SANDBOX_CONFIG.resolverTimeoutMs });
});

describe('the hourly points quota', () => {
  it('answers when Jira will accept the app\'s requests again, with each refused request sent once, never retried', async () => {
    await sandbox.configure({ pointsPerHour: 1 });
    await panel.get('alice', incident); // spends the hour's points (answered or not)
    clearJiraCalls(sandbox);
    const refused = refusalOf(await panel.get('alice', incident), 502, 'JIRA_UNAVAILABLE');
    // Minutes, or seconds in the last minutes before the top of the hour, when the quota resets.
    expect(refused.message).toMatch(/hourly allowance of Jira requests\. Jira will accept them again in about \d+ (minutes?|seconds?)\. Nothing was changed; try again then\./);
    const calls = sandbox.emulator.requests.map((c) => `${c.method} ${c.path} ${c.status}`);
    expect(calls.length).toBeGreaterThan(0);
    expect(calls.every((c) => c.endsWith(' 429'))).toBe(true);
    expect(new Set(calls).size).toBe(calls.length);
  });
});

describe('the 25-second resolver limit', () => {
  it('answers that Jira did not answer in time, before Forge ends the call, and sends nothing more', async () => {
    await sandbox.configure({ resolverTimeoutMs: 4_000 });
    sandbox.emulator.setFaults([{ method: 'GET', path: `/rest/api/3/issue/${incident}`, latencyMs: 6_000, count: 5 }]);
    clearJiraCalls(sandbox);
    const answer = await panel.get('alice', incident);
    const refused = refusalOf(answer, 502, 'JIRA_UNAVAILABLE');
    expect(refused.message).toContain('Jira did not answer in time for this request to finish');
    expect(sandbox.emulator.requests.filter((c) => c.path === `/rest/api/3/issue/${incident}`).length).toBeLessThanOrEqual(1);
  });
});
