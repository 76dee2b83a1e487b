// Runs work in a task of its own once the main thread is idle, so it does not lengthen the task that asked for it
// (a page's mount, a chart's first drawing). Safari has no requestIdleCallback: a timer stands in.

/** Calls `callback` when the browser is idle, within `timeoutMs` at the latest. Returns the function that cancels. */
export function whenIdle(callback: () => void, timeoutMs = 1000): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(() => callback(), { timeout: timeoutMs });
    return () => cancelIdleCallback(handle);
  }
  const timer = setTimeout(callback, 50);
  return () => clearTimeout(timer);
}
