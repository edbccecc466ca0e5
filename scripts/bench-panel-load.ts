/**
 * `npm run bench:panel-load [-- RUNS [JIRA_LATENCY_MS]]`: how long the post-mortem panel takes to become usable on
 * this machine. Starts the demo site and Chromium, opens QA-2 as alice RUNS times (default 7, each
 * in a fresh page with an empty cache, as a first visit is), and prints for each run the time from
 * the panel frame's navigation start to the moment its current stage is shown with a field to type
 * in (no loading state left), painted, with the event loop free to take input; then the median.
 * The moment is taken inside the frame (a MutationObserver installed before the frame's own script
 * runs, then a task after the next animation frame), so Playwright's polling and round trips are not
 * in it; the time Playwright noticed is printed beside it. JIRA_LATENCY_MS (default 0) delays every
 * Jira call the app makes by that much, as a real site's answers take 100 to 300 ms where the
 * emulator answers at once. Nothing here is asserted: it is a measurement.
 */
import { startSandbox } from '../test/helpers/sandbox';
import { ensureAppBuilt, launchBrowser } from '../test/browser/browser';
import { openPanel, PANEL_FRAME } from '../test/browser/panel-page';

const runs = Number(process.argv[2] ?? 7);
const jiraLatencyMs = Number(process.argv[3] ?? 0);

/**
 * In the panel's frame: records performance.now() the first time the stage is shown ready to type in.
 * A string, as the script runner's compiled functions carry helpers the page does not have.
 */
const RECORD_INTERACTIVE = `(() => {
  if (window === window.top) return;
  window.__longTasks = [];
  new PerformanceObserver((list) => { for (const t of list.getEntries()) window.__longTasks.push([t.startTime, t.duration]); })
    .observe({ type: 'longtask', buffered: true });
  const ready = () => {
    const stage = document.querySelector('main[data-testid^="stage-"]');
    return Boolean(stage && stage.querySelector('h2') && stage.querySelector('textarea, input, [role="combobox"], button')
      && !document.querySelector('[data-testid="loading-state"]'));
  };
  const watch = new MutationObserver(() => {
    if (window.__panelShownAt !== undefined || !ready()) return;
    window.__panelShownAt = performance.now();
    watch.disconnect();
    // Interactive: painted, and the event loop free to take input (a task after the next frame).
    requestAnimationFrame(() => setTimeout(() => { window.__panelInteractiveAt = performance.now(); }, 0));
  });
  watch.observe(document, { childList: true, subtree: true, attributes: true });
})();`;

async function main(): Promise<void> {
  ensureAppBuilt('panel');
  const [sandbox, browser] = await Promise.all([startSandbox({ seed: 'demo' }), launchBrowser()]);
  const timings: number[] = [];
  try {
    // The first visit adds the panel to the issue (its quick-add button); the measured runs find it there.
    const first = await browser.newPage();
    await openPanel(first, sandbox, 'alice', 'QA-2');
    await first.close();
    if (jiraLatencyMs > 0) sandbox.emulator.setFaults([{ path: '/rest/api/3/', latencyMs: jiraLatencyMs }]);
    for (let i = 0; i < runs; i += 1) {
      const page = await browser.newPage();
      await page.addInitScript(RECORD_INTERACTIVE);
      const session = await browser.context.newCDPSession(page);
      await session.send('Network.clearBrowserCache');
      await page.goto(`${sandbox.url}/browse/QA-2?as=alice`);
      const frame = page.frameLocator(PANEL_FRAME);
      const stage = frame.locator('main[data-testid^="stage-"]');
      await stage.locator('h2').waitFor();
      await stage.locator('textarea, input, [role="combobox"], button').first().waitFor();
      await frame.getByTestId('loading-state').waitFor({ state: 'detached' });
      const noticed = await frame.locator('body').evaluate(() => performance.now());
      // The in-frame record lands a frame and a task after the stage is shown: wait for it, never read it early.
      await (await (await page.locator(PANEL_FRAME).elementHandle())?.contentFrame())?.waitForFunction('window.__panelInteractiveAt !== undefined');
      const [shown, ms, longTasks] = await frame.locator('body').evaluate('[window.__panelShownAt ?? NaN, window.__panelInteractiveAt ?? NaN, window.__longTasks]') as [number, number, [number, number][]];
      timings.push(ms);
      // Tasks over 50 ms that ran after the moment measured, up to Playwright noticing: input waits for them.
      const after = longTasks.filter(([start]) => start >= ms).map(([, duration]) => duration.toFixed(0));
      process.stdout.write(`run ${i + 1}: ${ms.toFixed(0)} ms (stage shown at ${shown.toFixed(0)} ms; noticed by Playwright at ${noticed.toFixed(0)} ms;`
        + ` long tasks after it: ${after.length ? `${after.join(', ')} ms` : 'none'})\n`);
      await page.close();
    }
  } finally {
    await browser.close();
    await sandbox.close();
  }
  const sorted = [...timings].sort((a, b) => a - b);
  const median = sorted.length % 2 ? sorted[(sorted.length - 1) / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
  const latency = jiraLatencyMs > 0 ? `, Jira answering in ${jiraLatencyMs} ms` : '';
  process.stdout.write(`panel interactive${latency}, median of ${timings.length}: ${median.toFixed(0)} ms (min ${sorted[0].toFixed(0)}, max ${sorted[sorted.length - 1].toFixed(0)})\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
