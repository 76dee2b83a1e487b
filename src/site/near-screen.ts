// Calls back once when an element comes near the screen (or before printing): parts of the page lower down are
// drawn then, not on load, which keeps the first screen's main-thread work short.

/** Watches `element`; calls `onNear` once. Returns the function that stops watching. */
export function whenNearScreen(element: Element, onNear: () => void, rootMargin = '200px 0px'): () => void {
  let done = false;
  const fire = () => {
    if (done) return;
    done = true;
    stop();
    onNear();
  };
  const observer = typeof IntersectionObserver === 'undefined' ? null : new IntersectionObserver((entries) => entries.some((entry) => entry.isIntersecting) && fire(), { rootMargin });
  const stop = () => {
    observer?.disconnect();
    window.removeEventListener('beforeprint', fire);
  };
  window.addEventListener('beforeprint', fire);
  if (observer) observer.observe(element);
  else queueMicrotask(fire);
  return stop;
}
