// Waits until the browser has painted the prerendered headline before the app replaces it. Chromium records a text
// paint as a "largest contentful paint" only once the frame is on screen; a node removed before then is forgotten,
// and the page's LCP became the mounted copy's paint, after the scripts ran, instead of the HTML's first paint.

/** Resolves when the first LCP entry is reported (the prerendered first screen is parsed and painted as one), at
 * once where no such entry will come for the headline (a hidden tab paints nothing; a page reloaded scrolled past
 * the headline; browsers without LCP entries), and after `timeoutMs` whatever happens. */
export function afterFirstScreenPainted(root: Element, timeoutMs = 1000): Promise<void> {
  const headline = root.querySelector('.headline');
  const supported =
    typeof PerformanceObserver !== 'undefined' &&
    (PerformanceObserver.supportedEntryTypes ?? []).includes('largest-contentful-paint');
  if (!headline || !supported || document.visibilityState === 'hidden') return Promise.resolve();
  const box = headline.getBoundingClientRect();
  if (box.bottom <= 0 || box.top >= window.innerHeight) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      observer.disconnect();
      clearTimeout(timer);
      resolve();
    };
    const observer = new PerformanceObserver((list) => {
      if (list.getEntries().length > 0) done();
    });
    const timer = setTimeout(done, timeoutMs);
    observer.observe({ type: 'largest-contentful-paint', buffered: true });
  });
}
