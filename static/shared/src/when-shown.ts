/**
 * Resolves once `element` is laid out on screen, for a frame that may load out of sight: Jira's issue
 * context is "a collapsible panel", collapsed until the person expands it, and a frame kept in a
 * collapsed panel has no box. An IntersectionObserver with the implicit root reports a target inside
 * a frame against the top-level viewport, so it fires when the panel opens (or scrolls into view).
 * Without IntersectionObserver it resolves at once: the app starts as it would have.
 * https://developer.mozilla.org/en-US/docs/Web/API/Intersection_Observer_API
 */
export function whenShown(element: Element, Observer: typeof IntersectionObserver | undefined = globalThis.IntersectionObserver): Promise<void> {
  if (typeof Observer !== 'function') return Promise.resolve();
  return new Promise((resolve) => {
    const observer = new Observer((entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      observer.disconnect();
      resolve();
    });
    observer.observe(element);
  });
}
