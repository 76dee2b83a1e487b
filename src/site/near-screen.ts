// Calls back once when an element comes near the screen (or before printing): parts of the page lower down are
// drawn then, not on load, which keeps the first screen's main-thread work short.
//
// "Near" is within `rootMargin` of the viewport, so a chart is drawn just before it scrolls into view. On load,
// though, a part only near the screen (just below the fold) waits until the reader first moves (scrolls, touches,
// clicks, presses a key or resizes the window): drawing a chart is the page's longest task, and doing it while the page loads, for a chart
// not yet on screen, is what delayed the first interaction (Lighthouse's total blocking time). Parts already on
// screen draw at once.

const MOVE_EVENTS = ['scroll', 'wheel', 'touchstart', 'pointerdown', 'keydown', 'resize'] as const;

let readerHasMoved = false;
const waiting = new Set<() => void>();

function onFirstMove(): void {
  readerHasMoved = true;
  for (const event of MOVE_EVENTS) window.removeEventListener(event, onFirstMove, { capture: true });
  const callbacks = [...waiting];
  waiting.clear();
  for (const callback of callbacks) callback();
}

/** Runs `callback` at the reader's first scroll, touch, click or key press (at once if that happened already). */
function afterFirstMove(callback: () => void): () => void {
  if (readerHasMoved) {
    callback();
    return () => {};
  }
  if (waiting.size === 0) {
    for (const event of MOVE_EVENTS) window.addEventListener(event, onFirstMove, { capture: true, passive: true });
  }
  waiting.add(callback);
  return () => waiting.delete(callback);
}

/** The element's box overlaps the viewport itself (not only the margin around it). */
function onScreen(box: DOMRectReadOnly): boolean {
  return box.top < window.innerHeight && box.bottom > 0;
}

/**
 * Watches `element`; calls `onNear` once. `onSoon` (optional) is called as soon as the element is near, even while
 * drawing waits for the reader's first move: a chance to fetch what drawing will need.
 * Returns the function that stops watching.
 */
export function whenNearScreen(element: Element, onNear: () => void, rootMargin = '200px 0px', onSoon?: () => void): () => void {
  let done = false;
  let cancelWait: (() => void) | null = null;
  const fire = () => {
    if (done) return;
    done = true;
    stop();
    onNear();
  };
  const near = (entry: IntersectionObserverEntry) => {
    onSoon?.();
    if (onScreen(entry.boundingClientRect)) fire();
    else cancelWait ??= afterFirstMove(fire);
  };
  const observer =
    typeof IntersectionObserver === 'undefined'
      ? null
      : new IntersectionObserver((entries) => {
          const entry = entries.find((candidate) => candidate.isIntersecting);
          if (entry) near(entry);
        }, { rootMargin });
  const stop = () => {
    observer?.disconnect();
    cancelWait?.();
    window.removeEventListener('beforeprint', fire);
  };
  window.addEventListener('beforeprint', fire);
  if (observer) observer.observe(element);
  else queueMicrotask(fire);
  return stop;
}
