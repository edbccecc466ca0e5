/**
 * The accessibility check itself: it reports what it is there to find, so a screen that passes it
 * passed a real check.
 */
import { axeViolations } from './axe';
import { launchBrowser, type LaunchedBrowser } from './browser';

let browser: LaunchedBrowser;
beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });

it('finds an image without a text alternative, a button without a name and low contrast', async () => {
  const page = await browser.newPage();
  await page.setContent(`<!doctype html><html lang="en"><head><title>t</title></head><body><main>
    <img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">
    <button></button>
    <p style="color:#777;background:#888">faint</p>
  </main></body></html>`);
  const found = (await axeViolations(page.mainFrame())).map((v) => v.id).sort();
  expect(found).toEqual(['button-name', 'color-contrast', 'image-alt']);
  await page.close();
});
