// The moving view's bookkeeping, as plain functions the viewport (viewport.svelte.ts) calls: which level the marks
// stay grouped at while a gesture goes on, which unit-px range is laid out, and where to move to show an item with
// its label. Pure; no DOM.
import type { TimeInterval, TimelineItem } from './items.ts';
import { levelOf } from './level-marks.ts';
import { panToShow, zoomAbout, type ViewTransform } from './zoom.ts';

/**
 * The level to group the marks at while a gesture takes the zoom to `nextK`: the level held so far, as long as the
 * zoom stays within half to four times it (marks then only stretch or crowd a little); past that band, a new level
 * chosen ahead of the gesture (it is likely to go on the same way): zooming in, a level above the zoom (marks a
 * little closer than at rest), zooming out, one below it (pills a little wider).
 */
export function heldLevel(current: number, nextK: number): number {
  if (nextK >= current / 2 && nextK <= current * 4) return current;
  return levelOf(nextK > current ? nextK * 2 : nextK / 2);
}

export interface LaidOutRange<Layout> {
  layout: Layout;
  /** Unit px. */
  from: number;
  to: number;
}

/**
 * The unit px range to lay marks out over: the one laid out before while the view stays inside it (same layout),
 * else the view and a quarter of it again on either side. Every mark in the range is laid out again at each zoom
 * frame, on screen or not: a quarter (not a half) cut the marks drawn by a sixth and a zoom frame's time with them;
 * a pan past the range brings the marks beyond a few rows per frame (catch-up.ts).
 */
export function laidOutRange<Layout>(
  previous: LaidOutRange<Layout> | null,
  layout: Layout,
  transform: ViewTransform,
  width: number,
): LaidOutRange<Layout> {
  const from = -transform.x / transform.k;
  const to = (width - transform.x) / transform.k;
  if (previous && previous.layout === layout && from >= previous.from && to <= previous.to) return previous;
  const margin = width / 4 / transform.k;
  return { layout, from: from - margin, to: to + margin };
}

export interface RevealOptions {
  domain: TimeInterval;
  width: number;
  kMax: number;
  /** Room the item's label needs on its right (px). */
  labelRoom: number;
  /** Whether the item is a mark of its own (not in a cluster) at the given zoom. */
  standsAlone: (k: number) => boolean;
}

/**
 * The transform that shows `item` standing alone with room for its label on the right, panning (and zooming, up to
 * the limit) from `transform` as little as that takes: a selected or presented item must be readable, not a label
 * cut at the edge.
 */
export function revealTransform(transform: ViewTransform, item: TimelineItem, options: RevealOptions): ViewTransform {
  const { domain, width, kMax, labelRoom, standsAlone } = options;
  const span = {
    start: Math.min(item.start, ...item.disputes.map((d) => d.start)),
    end: Math.max(item.end, ...item.disputes.map((d) => d.end)),
  };
  const scaleOf = (view: ViewTransform) => (time: number) =>
    ((time - domain.start) / (domain.end - domain.start)) * width * view.k + view.x;
  let next = panToShow(transform, span, domain, width, kMax, 24, labelRoom);
  for (let attempt = 0; attempt < 16; attempt++) {
    const scale = scaleOf(next);
    const alone = standsAlone(next.k);
    const roomy = width - scale(span.end) >= labelRoom * 0.9;
    // Zooming widens the item's own span (a disputed one runs from one date to the other): stop before it and its
    // label would no longer fit side by side.
    const fitsWider = (scale(span.end) - scale(span.start)) * 1.5 + (alone ? labelRoom : 0) + 48 <= width;
    if ((alone && roomy) || next.k >= kMax || !fitsWider) break;
    next = panToShow(
      zoomAbout(next, 1.5, scale((span.start + span.end) / 2), width, kMax),
      span,
      domain,
      width,
      kMax,
      24,
      labelRoom,
    );
  }
  return next;
}
