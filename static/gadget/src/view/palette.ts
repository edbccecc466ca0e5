/**
 * The colours and spacing the gadget uses, as Atlassian design tokens with the light theme's
 * values as fallbacks (Jira supplies the theme once `view.theme.enable()` ran; the sandbox does not).
 * https://atlassian.design/components/tokens/all-tokens
 */
import { token } from '@atlaskit/tokens';

export const palette = {
  text: token('color.text', '#172B4D'),
  subtle: token('color.text.subtle', '#44546F'),
  subtlest: token('color.text.subtlest', '#626F86'),
  success: token('color.text.success', '#216E4E'),
  danger: token('color.text.danger', '#AE2E24'),
  border: token('color.border', '#091E4224'),
  card: token('elevation.surface.raised', '#FFFFFF'),
  sunken: token('elevation.surface.sunken', '#F7F8F9'),
  dangerBar: token('color.background.danger.bold', '#C9372C'),
  progressTrack: token('color.background.neutral', '#091E420F'),
  progressBar: token('color.background.brand.bold', '#0C66E4'),
  leakageLine: token('color.chart.brand', '#1D7AFC'),
  reopenLine: token('color.chart.purple.bold', '#8270DB'),
} as const;

export const space = {
  s050: token('space.050', '4px'),
  s100: token('space.100', '8px'),
  s150: token('space.150', '12px'),
  s200: token('space.200', '16px'),
  s300: token('space.300', '24px'),
  radius: token('radius.medium', '6px'),
} as const;

/** Percent with at most one decimal ("12.5%", "10%"): the resolver already rounds rates to one decimal. */
export function formatPercent(value: number): string {
  return `${new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 }).format(value)}%`;
}
