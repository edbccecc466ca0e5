/**
 * Stands in for @atlaskit/tokens' theme import map (one dynamic import per theme, about 20 files a
 * bundle would ship). The app never loads a theme itself: Jira themes the frame when asked to
 * (`view.theme.enable()`, static/shared/src/mount-app.tsx), and Atlaskit's own loader
 * (`setGlobalTheme`) adds <style> elements that Forge's Content Security Policy refuses, so it is
 * never called. https://developer.atlassian.com/platform/forge/design-tokens-and-theming/
 */
const themeImportMap: Record<string, never> = {};
export default themeImportMap;
export { themeImportMap };
