/**
 * Atlaskit Select (react-select) styles itself with emotion, which adds a <style> element to the
 * page; Forge serves Custom UI under a Content Security Policy without inline styles (manifest.yml
 * asks for no `permissions.content.styles`), so each such element is a violation. This cache writes
 * emotion's rules into one constructed stylesheet adopted by the document instead: rules inserted
 * through the CSS Object Model are not inline styles, and no element is ever added.
 * https://developer.atlassian.com/platform/forge/manifest-reference/permissions/ (content)
 * https://developer.mozilla.org/docs/Web/API/Document/adoptedStyleSheets
 */
import createCache, { type EmotionCache } from '@emotion/cache';

type EmotionSheet = EmotionCache['sheet'];

export function constructedSheetCache(doc: Document = document): EmotionCache {
  const cache = createCache({ key: 'qa', speedy: true });
  const sheet = new CSSStyleSheet();
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  const inserter: Pick<EmotionSheet, 'insert' | 'flush' | 'hydrate'> = {
    insert(rule: string) {
      try {
        sheet.insertRule(rule, sheet.cssRules.length);
      } catch {
        // A rule this browser cannot parse (a vendor prefix): emotion's own sheet skips it too.
      }
    },
    flush() { sheet.replaceSync(''); },
    hydrate() { /* nothing rendered on a server to take over */ },
  };
  cache.sheet = Object.assign(Object.create(Object.getPrototypeOf(cache.sheet) as object) as EmotionSheet, cache.sheet, inserter);
  return cache;
}
