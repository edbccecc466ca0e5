/**
 * Resolves once `element` is laid out on screen, for a frame that may load out of sight: Jira's issue
 * context is "a collapsible panel", collapsed until the person expands it, and a frame kept in a
 * collapsed panel has no box. An IntersectionObserver with the implicit root reports a target inside
 * a frame against the top-level viewport, so it fires when the panel opens (or scrolls into view).
 * https://developer.mozilla.org/en-US/docs/Web/API/Intersection_Observer_API
 *
 * It also resolves `fallbackMs` after the page has loaded, shown or not: Jira's frames are on another
 * origin than the issue view, and Chromium never reports a cross-origin frame of zero height as
 * intersecting (measured), so a host that keeps a frame at zero height until its content reports a
 * size would otherwise never start the app. Without IntersectionObserver it resolves at once.
 */
export function whenShown(element: Element, fallbackMs: number): Promise<void> {
  if (typeof IntersectionObserver !== 'function') return Promise.resolve();
  return new Promise((resolve) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) done();
    });
    function done() {
      observer.disconnect();
      if (timer !== undefined) clearTimeout(timer);
      window.removeEventListener('load', startFallback);
      resolve();
    }
    function startFallback() {
      timer = setTimeout(done, fallbackMs);
    }
    observer.observe(element);
    if (document.readyState === 'complete') startFallback();
    else window.addEventListener('load', startFallback, { once: true });
  });
}
