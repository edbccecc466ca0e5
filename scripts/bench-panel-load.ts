/**
 * `npm run bench:panel-load [-- RUNS]`: how long the post-mortem panel takes to become usable on
 * this machine. Starts the demo site and Chromium, opens QA-2 as alice RUNS times (default 7, each
 * in a fresh page with an empty cache, as a first visit is), and prints for each run the time from
 * the panel frame's navigation start to the moment its current stage is shown with a field to type
 * in (no loading state left), then the median. Nothing here is asserted: it is a measurement.
 */
import { startSandbox } from '../test/helpers/sandbox';
import { ensureAppBuilt, launchBrowser } from '../test/browser/browser';
import { openPanel, PANEL_FRAME } from '../test/browser/panel-page';

const runs = Number(process.argv[2] ?? 7);

async function main(): Promise<void> {
  ensureAppBuilt('panel');
  const [sandbox, browser] = await Promise.all([startSandbox({ seed: 'demo' }), launchBrowser()]);
  const timings: number[] = [];
  try {
    // The first visit adds the panel to the issue (its quick-add button); the measured runs find it there.
    const first = await browser.newPage();
    await openPanel(first, sandbox, 'alice', 'QA-2');
    await first.close();
    for (let i = 0; i < runs; i += 1) {
      const page = await browser.newPage();
      const session = await browser.context.newCDPSession(page);
      await session.send('Network.clearBrowserCache');
      await page.goto(`${sandbox.url}/browse/QA-2?as=alice`);
      const frame = page.frameLocator(PANEL_FRAME);
      const stage = frame.locator('main[data-testid^="stage-"]');
      await stage.locator('h2').waitFor();
      await stage.locator('textarea, input, [role="combobox"], button').first().waitFor();
      await frame.getByTestId('loading-state').waitFor({ state: 'detached' });
      const ms = await frame.locator('body').evaluate(() => performance.now());
      timings.push(ms);
      process.stdout.write(`run ${i + 1}: ${ms.toFixed(0)} ms\n`);
      await page.close();
    }
  } finally {
    await browser.close();
    await sandbox.close();
  }
  const sorted = [...timings].sort((a, b) => a - b);
  const median = sorted.length % 2 ? sorted[(sorted.length - 1) / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
  process.stdout.write(`panel interactive, median of ${timings.length}: ${median.toFixed(0)} ms (min ${sorted[0].toFixed(0)}, max ${sorted[sorted.length - 1].toFixed(0)})\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
