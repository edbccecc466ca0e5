/**
 * Accessibility checks with axe-core (WCAG 2.0 and 2.1, levels A and AA) inside an app's iframe:
 * what a screen reader or keyboard user would meet on the screen as it is at that moment.
 * https://github.com/dequelabs/axe-core
 */
import * as fs from 'node:fs';
import type { ElementHandle, Frame, Locator } from 'playwright-core';

const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
  /** The start of each offending element's HTML, to find it. */
  html: string[];
}

/** The frame an iframe locator shows (axe runs in the app's document, not the host page's). */
export async function frameOf(iframe: Locator): Promise<Frame> {
  const handle = (await iframe.elementHandle()) as ElementHandle<HTMLIFrameElement>;
  const frame = await handle.contentFrame();
  if (!frame) throw new Error('The iframe has no document yet');
  return frame;
}

/** The WCAG A and AA violations axe finds in the frame's document, one line each. */
export async function axeViolations(frame: Frame): Promise<AxeViolation[]> {
  if (!(await frame.evaluate(() => 'axe' in window))) await frame.evaluate(AXE_SOURCE);
  return frame.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: unknown) => Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[]; html: string }[] }[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.map(String).join(' ')), html: v.nodes.map((n) => n.html.slice(0, 200)) }));
  }, WCAG_AA);
}
