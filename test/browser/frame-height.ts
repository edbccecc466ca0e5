/**
 * A Custom UI frame's height against its content's, read the way a cross-origin frame allows: the
 * page sees only the iframe element, so the content is measured inside the frame, where the frame's
 * own viewport (window.innerHeight) is the height the host gave it.
 */
import type { Page } from 'playwright-core';

/** The iframe's height and its content's, once the host has sized the frame to its content (within 2 px). */
export async function settledFrameHeights(page: Page, frameSelector: string): Promise<{ iframe: number; content: number }> {
  const frame = await (await page.locator(frameSelector).elementHandle())?.contentFrame();
  if (!frame) throw new Error(`No frame loaded at ${frameSelector}`);
  const contentHeight = () => {
    const style = getComputedStyle(document.body);
    return document.body.scrollHeight + parseFloat(style.marginTop) + parseFloat(style.marginBottom);
  };
  await frame.waitForFunction(`Math.abs(window.innerHeight - (${contentHeight.toString()})()) <= 2`);
  const iframe = await page.locator(frameSelector).evaluate((el) => el.getBoundingClientRect().height);
  const content = await frame.evaluate(contentHeight);
  return { iframe, content };
}
