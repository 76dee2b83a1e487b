// Waits until the browser has painted the prerendered headline before the app replaces it. Chromium records a text
// paint as a "largest contentful paint" only once the frame is on screen; a node removed before then is forgotten,
// and the page's LCP became the mounted copy's paint, after the scripts ran, instead of the HTML's first paint.

/** Resolves when an LCP entry inside `.headline` of `root` is reported, at once where that cannot happen (a hidden
 * tab paints nothing; browsers without LCP entries), and after `timeoutMs` whatever happens. */
export function afterFirstScreenPainted(root: Element, timeoutMs = 1000): Promise<void> {
  const headline = root.querySelector('.headline');
  const supported = typeof PerformanceObserver !== 'undefined' && (PerformanceObserver.supportedEntryTypes ?? []).includes('largest-contentful-paint');
  if (!headline || !supported || document.visibilityState === 'hidden') return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      observer.disconnect();
      clearTimeout(timer);
      resolve();
    };
    const observer = new PerformanceObserver((list) => {
      const entries = list.getEntries() as (PerformanceEntry & { element?: Element | null })[];
      if (entries.some((entry) => entry.element && headline.contains(entry.element))) done();
    });
    const timer = setTimeout(done, timeoutMs);
    observer.observe({ type: 'largest-contentful-paint', buffered: true });
  });
}
