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
  // Tab first: it must see the parts still waiting before the first move draws one (see onTab).
  window.addEventListener('keydown', onTab, { capture: true });
  for (const event of MOVE_EVENTS) window.addEventListener(event, onFirstMove, { capture: true, passive: true });
}

// Keyboard readers: Tab moves focus in document order, and a part not drawn yet has nothing to focus, so Tab would
// pass it by (on a short screen, every chart and the sources: focus went from the header back to the address bar).
// A Tab press therefore draws the nearest waiting part after the focused element (Shift+Tab: before it), and starts
// fetching what every waiting part needs. When nothing focusable lies between the focus and that part, focus goes
// into the part once it has drawn (its chart's code may still be on its way), as the Tab would have done.
interface Watched {
  element: Element;
  draw: () => void;
  fetch?: () => void;
}
const watched = new Set<Watched>();

const TABBABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]';
/** Elements Tab stops at, in document order (tabindex > 0 is not used on this site). */
function tabbables(root: ParentNode): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(TABBABLE)].filter(
    (element) => element.tabIndex >= 0 && element.getClientRects().length > 0,
  );
}

function isBetween(element: Element, from: Element, to: Element, backwards: boolean): boolean {
  const [first, last] = backwards ? [to, from] : [from, to];
  return (
    Boolean(first.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING) &&
    !last.contains(element) &&
    Boolean(element.compareDocumentPosition(last) & Node.DOCUMENT_POSITION_FOLLOWING)
  );
}

// While focus waits to go into a part, further Tab presses are held: each would otherwise draw and aim at the part
// after, and focus would land wherever the last chart to load is.
let focusPending = false;

/** Focuses the first (last) thing to focus inside `element` once it has one, unless focus moved meanwhile. */
function focusInsideWhenDrawn(element: Element, from: Element, backwards: boolean, forMs = 5000): void {
  const until = performance.now() + forMs;
  focusPending = true;
  const attempt = () => {
    // A part still loading marks what stands in for its content with data-loading (its chart's code is on its way).
    const inside = element.querySelector('[data-loading]') ? [] : tabbables(element);
    const target = backwards ? inside.at(-1) : inside[0];
    const waiting = !target && document.activeElement === from && performance.now() < until;
    if (waiting) return void requestAnimationFrame(attempt);
    focusPending = false;
    if (target && document.activeElement === from) target.focus();
  };
  // After the microtasks that render what was drawn.
  setTimeout(attempt);
}

function onTab(event: KeyboardEvent): void {
  if (event.key !== 'Tab' || event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented) return;
  if (focusPending) return void event.preventDefault();
  for (const part of watched) part.fetch?.();
  const from = document.activeElement;
  if (!from || from === document.body) return;
  const backwards = event.shiftKey;
  // Parts waiting to be drawn, and parts drawn whose content is still loading (the box around the stand-in).
  const loading = [...document.querySelectorAll('[data-loading]')].flatMap((element) =>
    element.parentElement ? [element.parentElement] : [],
  );
  const parts = [...[...watched].map((part) => part.element), ...loading];
  const side = backwards ? Node.DOCUMENT_POSITION_PRECEDING : Node.DOCUMENT_POSITION_FOLLOWING;
  const ahead = parts.filter((element) => from.compareDocumentPosition(element) & side && !element.contains(from));
  ahead.sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
  const next = backwards ? ahead.at(-1) : ahead[0];
  if (!next) return;
  const stopsBefore = tabbables(document).some((element) => isBetween(element, from, next, backwards));
  for (const part of watched) if (part.element === next) part.draw();
  if (stopsBefore) return;
  event.preventDefault();
  focusInsideWhenDrawn(next, from, backwards);
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
 * Watches `element`; calls `onNear` once. `onSoon` (optional) is called when a keyboard reader presses Tab while the
 * element waits: a chance to start loading what drawing will need before Tab reaches it. (Not on load: code loaded
 * then runs during the page's first seconds; the build prefetches it into the cache instead.)
 * Returns the function that stops watching.
 */
export function whenNearScreen(
  element: Element,
  onNear: () => void,
  rootMargin = '200px 0px',
  onSoon?: () => void,
): () => void {
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
    if (readerHasMoved || withinViewport(entry.boundingClientRect)) fire();
    else cancelWait ??= afterFirstMove(fireIfStillNear);
  };
  const observer =
    typeof IntersectionObserver === 'undefined'
      ? null
      : new IntersectionObserver(
          (entries) => {
            const entry = entries.find((candidate) => candidate.isIntersecting);
            if (entry) near(entry);
          },
          { rootMargin },
        );
  const part: Watched = { element, draw: fire, fetch: onSoon };
  watched.add(part);
  const stop = () => {
    watched.delete(part);
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
