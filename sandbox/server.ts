/**
 * `npm start`: the local Forge host on PORT (default 3000) with the Jira emulator and the demo data
 * (SEED=demo|empty), or against a real Jira Cloud site when JIRA_SITE, JIRA_EMAIL and
 * JIRA_API_TOKEN are all set. Jira's product events (a task edited or transitioned, an issue link
 * made) reach the app's trigger a moment later, as in Jira Cloud (PRODUCT_EVENTS=off to stop that;
 * GET /__forge/events lists them). Xray Cloud is the emulator's (sandbox/xray) unless XRAY=real,
 * which lets the app reach the real Xray (with a real site). Prints where to go, who can be
 * impersonated and the demo's Xray API key.
 */
import { createHost, type HostOptions, type Seed } from './host';
import { DEMO_XRAY_API_KEY } from './xray/demo-runs';

function options(env: NodeJS.ProcessEnv): HostOptions {
  const seed = (env.SEED ?? 'demo') as Seed;
  if (seed !== 'demo' && seed !== 'empty') throw new Error(`SEED must be "demo" or "empty", not "${seed}"`);
  const { JIRA_SITE, JIRA_EMAIL, JIRA_API_TOKEN } = env;
  const siteVars = [JIRA_SITE, JIRA_EMAIL, JIRA_API_TOKEN].filter(Boolean).length;
  if (siteVars > 0 && siteVars < 3) throw new Error('Set all of JIRA_SITE, JIRA_EMAIL and JIRA_API_TOKEN to use a real site, or none for the emulator');
  const jira = JIRA_SITE && JIRA_EMAIL && JIRA_API_TOKEN ? { site: JIRA_SITE, email: JIRA_EMAIL, apiToken: JIRA_API_TOKEN } : 'emulator';
  const productEvents = (env.PRODUCT_EVENTS ?? 'on').toLowerCase();
  if (productEvents !== 'on' && productEvents !== 'off') throw new Error(`PRODUCT_EVENTS must be "on" or "off", not "${productEvents}"`);
  const xray = (env.XRAY ?? 'emulator').toLowerCase();
  if (xray !== 'emulator' && xray !== 'real') throw new Error(`XRAY must be "emulator" or "real", not "${xray}"`);
  if (xray === 'real' && jira === 'emulator') throw new Error('XRAY=real reads the tests of a real site: set JIRA_SITE, JIRA_EMAIL and JIRA_API_TOKEN too');
  return { seed, jira, port: Number(env.PORT ?? 3000), productEvents: productEvents === 'on', xray, installEvent: true };
}

async function main(): Promise<void> {
  const opts = options(process.env);
  const host = createHost(opts);
  const url = await host.listen();
  const out = process.stdout;
  out.write(`\nQA Post-mortem for Jira: local Forge host at ${url}\n`);
  out.write(typeof opts.jira === 'object' ? `Jira: ${opts.jira.site} as ${opts.jira.email}\n` : `Jira: built-in emulator, seed "${opts.seed}"\n`);
  out.write(`\n  ${url}/                      issues\n  ${url}/browse/QA-1            an incident with the post-mortem panel\n`);
  out.write(`  ${url}/dashboard             the quality metrics gadget\n  ${url}/projects/QA/settings   project settings\n`);
  if (host.productEvents.enabled) out.write(`  ${url}/__forge/events         product events sent to the app's trigger\n`);
  out.write('\n');
  out.write('Users (switch at the top right, or add ?as=<name> to a URL):\n');
  for (const user of host.users().users()) out.write(`  ${user.name.padEnd(8)} ${user.displayName.padEnd(16)} ${user.emailAddress}\n`);
  if (host.xray) {
    out.write('\nXray Cloud: the emulator. Its API key, to enter in the project settings (Tests, Xray Cloud, region Global):\n');
    out.write(`  client id      ${DEMO_XRAY_API_KEY.clientId}\n  client secret  ${DEMO_XRAY_API_KEY.clientSecret}\n`);
  } else {
    out.write('\nXray Cloud: the real one, with the API key saved in the project settings.\n');
  }
  out.write('\nCtrl+C to stop.\n');
  const stop = () => { void host.close().then(() => process.exit(0)); };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
