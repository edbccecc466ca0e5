/**
 * The design-token CSS Jira injects into a Custom UI frame when it calls `view.theme.enable()`:
 * Atlassian's light and dark colour themes with spacing, typography and shape, taken from
 * @atlaskit/tokens (the same CSS setGlobalTheme would load), served once from the host's origin.
 * https://developer.atlassian.com/platform/forge/design-tokens-and-theming/
 */
const THEMES = ['atlassian-light', 'atlassian-dark', 'atlassian-spacing', 'atlassian-typography', 'atlassian-shape'];

let cached: string | undefined;

export function themeCss(): string {
  cached ??= THEMES.map((name) => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const artifact = require(`@atlaskit/tokens/dist/cjs/artifacts/themes/${name}.js`) as { default: string };
    return artifact.default;
  }).join('\n');
  return cached;
}
