// Wheel, drag and pinch on the chart, turned into view transforms through zoom.ts's clamps: what d3-zoom did for this
// chart, in the few lines it needs (d3-zoom brought d3-selection, d3-transition and d3-drag into the chunk, ~9 KB
// gzipped). Input events are applied once per animation frame, the last transform winning.
import { panBy, zoomAbout, type ViewTransform } from './zoom.ts';

export interface GestureOptions {
  /** The transform the view shows now. */
  current: () => ViewTransform;
  /** Called once per frame with the transform the gestures of that frame lead to. */
  apply: (next: ViewTransform) => void;
  width: () => number;
  kMax: () => number;
}

/** Zoom factor of a wheel event (d3-zoom's: a notch of 120 is ×1.18; a pinch on a trackpad comes with ctrlKey). */
export function wheelFactor(event: Pick<WheelEvent, 'deltaY' | 'deltaMode' | 'ctrlKey'>): number {
  const unit = event.deltaMode === 1 ? 0.05 : event.deltaMode ? 1 : 0.002;
  return 2 ** (-event.deltaY * unit * (event.ctrlKey ? 10 : 1));
}

/** A drag further than this (px) is a pan, not a click: the click that ends it is swallowed. */
const CLICK_DISTANCE = 3;

/** Listens on `element` until the returned function is called. */
export function attachGestures(element: Element, options: GestureOptions): () => void {
  let pending: ViewTransform | null = null;
  // The element's left edge, read once per frame: reading it per event could force a layout per event.
  let cachedLeft: number | null = null;
  const now = () => pending ?? options.current();
  const push = (next: ViewTransform) => {
    if (pending === null) {
      requestAnimationFrame(() => {
        const latest = pending;
        pending = null;
        cachedLeft = null;
        if (latest) options.apply(latest);
      });
    }
    pending = next;
  };
  const left = () => (cachedLeft ??= element.getBoundingClientRect().left);

  const onwheel = (event: Event) => {
    const wheel = event as WheelEvent;
    // The page does not scroll under the chart while the wheel zooms it (as with d3-zoom).
    wheel.preventDefault();
    if (pending === null) cachedLeft = null;
    push(zoomAbout(now(), wheelFactor(wheel), wheel.clientX - left(), options.width(), options.kMax()));
  };

  const pointers = new Map<number, { x: number; y: number }>();
  let travelled = 0;
  const spread = () => {
    const [a, b] = [...pointers.values()];
    return a && b ? Math.hypot(a.x - b.x, a.y - b.y) : 0;
  };
  const middle = () => {
    let sum = 0;
    for (const point of pointers.values()) sum += point.x;
    return sum / Math.max(1, pointers.size) - left();
  };
  const ondown = (event: Event) => {
    const pointer = event as PointerEvent;
    if (pointer.button !== 0 || pointers.size >= 2) return;
    pointers.set(pointer.pointerId, { x: pointer.clientX, y: pointer.clientY });
    cachedLeft = null;
    if (pointers.size === 1) travelled = 0;
  };
  const onmove = (event: Event) => {
    const pointer = event as PointerEvent;
    const point = pointers.get(pointer.pointerId);
    if (!point) return;
    const beforeSpread = spread();
    const beforeMiddle = middle();
    travelled += Math.abs(pointer.clientX - point.x) + Math.abs(pointer.clientY - point.y);
    // Captured once it is a drag, not on press: a captured press would send its click to the chart, not the mark.
    if (travelled > CLICK_DISTANCE && !element.hasPointerCapture?.(pointer.pointerId))
      element.setPointerCapture?.(pointer.pointerId);
    point.x = pointer.clientX;
    point.y = pointer.clientY;
    const width = options.width();
    const kMax = options.kMax();
    let next = now();
    // Two fingers: zoom about where they were by how much they spread, then follow their middle.
    if (pointers.size === 2 && beforeSpread > 0)
      next = zoomAbout(next, spread() / beforeSpread, beforeMiddle, width, kMax);
    next = panBy(next, middle() - beforeMiddle, width, kMax);
    push(next);
  };
  const onup = (event: Event) => {
    const pointer = event as PointerEvent;
    if (!pointers.delete(pointer.pointerId)) return;
    if (pointers.size === 0 && travelled > CLICK_DISTANCE) {
      // The drag ends with a click on whatever lies under the pointer: not a selection.
      const swallow = (click: Event) => {
        click.stopPropagation();
        click.preventDefault();
      };
      const page = window;
      page.addEventListener('click', swallow, { capture: true, once: true });
      setTimeout(() => page.removeEventListener('click', swallow, { capture: true }), 0);
    }
  };

  element.addEventListener('wheel', onwheel, { passive: false });
  element.addEventListener('pointerdown', ondown);
  element.addEventListener('pointermove', onmove);
  element.addEventListener('pointerup', onup);
  element.addEventListener('pointercancel', onup);
  return () => {
    element.removeEventListener('wheel', onwheel);
    element.removeEventListener('pointerdown', ondown);
    element.removeEventListener('pointermove', onmove);
    element.removeEventListener('pointerup', onup);
    element.removeEventListener('pointercancel', onup);
  };
}

/**
 * A click on a label (drawn apart from its mark, see layers/Labels.svg.svelte: `data-label-for` names the mark) is a
 * click on its mark. Listens on `element` until the returned function is called.
 */
export function attachLabelClicks(element: Element, activate: (markId: string) => void): () => void {
  const onclick = (event: Event) => {
    const id = (event.target as Element | null)?.closest?.('[data-label-for]')?.getAttribute('data-label-for');
    if (id) activate(id);
  };
  element.addEventListener('click', onclick);
  return () => element.removeEventListener('click', onclick);
}
