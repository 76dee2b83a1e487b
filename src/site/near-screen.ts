// Calls back once when an element comes near the screen (or before printing): parts of the page lower down are
// drawn then, not on load, which keeps the first screen's main-thread work short.
//
// "Near" is within `rootMargin` of the viewport, so a chart is drawn just before it scrolls into view. On load,
// though, a part only near the screen (just below the fold) waits until the reader first moves (scrolls, touches,
// clicks, presses a key or resizes the window): drawing a chart is the page's longest task, and doing it while the
// page loads, for a chart not yet on screen, is what delayed the first interaction (Lighthouse's total blocking time). Parts already on
// screen draw at once, and so does every part that comes near the screen after that first move. A part that was
// waiting is drawn at the first move only if it is still near then: a jump far down the page (a link, the End key)
// must not draw, and grow, a chart the reader has skipped, which would push the part they jumped to off the screen.

const MOVE_EVENTS = ['scroll', 'wheel', 'touchstart', 'pointerdown', 'keydown', 'resize'] as const;

let readerHasMoved = false;
const waiting = new Set<() => void>();

function onFirstMove(event: Event): void {
  readerHasMoved = true;
  for (const type of MOVE_EVENTS) window.removeEventListener(type, onFirstMove, { capture: true });
  const run = () => {
    const callbacks = [...waiting];
    waiting.clear();
    for (const callback of callbacks) callback();
  };
  // A key press draws at once, so Tab finds the chart's controls before focus moves. A scroll draws after the next
  // frame: the browser picks its scroll anchor (what the reader is looking at) in that frame, then keeps it in place
  // when the chart, drawn above it, turns out taller than the space it had (scroll anchoring needs that frame).
  if (event.type === 'keydown') run();
  else requestAnimationFrame(() => setTimeout(run));
}

if (typeof window !== 'undefined') {
  for (const event of MOVE_EVENTS) window.addEventListener(event, onFirstMove, { capture: true, passive: true });
}

/** Runs `callback` at the reader's first scroll, touch, click or key press (not yet happened: see `near` below). */
function afterFirstMove(callback: () => void): () => void {
  waiting.add(callback);
  return () => waiting.delete(callback);
}

/** The element's box overlaps the viewport grown by `margin` px above and below (0: the viewport itself). */
function withinViewport(box: DOMRectReadOnly, margin = 0): boolean {
  return box.top < window.innerHeight + margin && box.bottom > -margin;
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
  // The observer calls back when the element enters or leaves the margin; after the first move it is drawn on entry.
  const verticalMargin = Number.parseFloat(rootMargin) || 0;
  const fireIfStillNear = () => {
    cancelWait = null;
    if (withinViewport(element.getBoundingClientRect(), verticalMargin)) fire();
  };
  const near = (entry: IntersectionObserverEntry) => {
    onSoon?.();
    if (readerHasMoved || withinViewport(entry.boundingClientRect)) fire();
    else cancelWait ??= afterFirstMove(fireIfStillNear);
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

/**
 * Keeps what the reader sees in place while `element` grows, when it is drawn with its top above the screen and its
 * bottom on it (a jump that lands just below a chart not yet drawn). The browser's scroll anchoring cannot: it
 * anchors on that partly visible element, whose top does not move. Stops after `forMs`. Returns the stop function.
 */
export function holdViewBelow(element: Element, forMs = 2000): () => void {
  const box = element.getBoundingClientRect();
  if (typeof ResizeObserver === 'undefined' || !(box.top < 0 && box.bottom > 0)) return () => {};
  let height = box.height;
  const observer = new ResizeObserver(() => {
    const now = element.getBoundingClientRect();
    const grown = now.height - height;
    height = now.height;
    if (grown !== 0 && now.top < 0) window.scrollBy(0, grown);
  });
  observer.observe(element);
  const timer = setTimeout(() => observer.disconnect(), forMs);
  return () => {
    observer.disconnect();
    clearTimeout(timer);
  };
}
