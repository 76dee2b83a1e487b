// Zoom and pan as plain numbers: a transform {k, x} maps the base scale's range [0, width] to k·px + x. Keys, buttons
// and d3-zoom's gestures all go through these clamps, so the view never leaves the data or zooms past a day.
import type { TimeInterval } from './items.ts';

export interface ViewTransform {
  k: number;
  x: number;
}

export const IDENTITY: ViewTransform = { k: 1, x: 0 };

/** Most zoom: a day as wide as `dayWidth` px (never less than 1, the whole range). */
export function maxZoom(domain: TimeInterval, width: number, dayWidth = 48): number {
  const days = (domain.end - domain.start) / 86_400_000;
  return Math.max(1, (days * dayWidth) / Math.max(1, width));
}

/** Keeps k within [1, kMax] and the view within the data: [0, width·k] always covers [0, width]. */
export function clampTransform(transform: ViewTransform, width: number, kMax: number): ViewTransform {
  const k = Math.min(kMax, Math.max(1, transform.k));
  const x = Math.min(0, Math.max(width - width * k, transform.x));
  return { k, x: Object.is(x, -0) ? 0 : x };
}

/** Zooms by `factor` about the px position `centre` (which stays put), clamped. */
export function zoomAbout(
  transform: ViewTransform,
  factor: number,
  centre: number,
  width: number,
  kMax: number,
): ViewTransform {
  const k = Math.min(kMax, Math.max(1, transform.k * factor));
  const x = centre - ((centre - transform.x) * k) / transform.k;
  return clampTransform({ k, x }, width, kMax);
}

/** Moves the view by `dx` px (positive: the content moves right, showing earlier dates), clamped. */
export function panBy(transform: ViewTransform, dx: number, width: number, kMax: number): ViewTransform {
  return clampTransform({ k: transform.k, x: transform.x + dx }, width, kMax);
}

/** The pan that brings `time` (ms) to the middle of the view, keeping k; clamped. */
export function centreOn(
  transform: ViewTransform,
  time: number,
  domain: TimeInterval,
  width: number,
  kMax: number,
): ViewTransform {
  return panBy(
    transform,
    width / 2 - (((time - domain.start) / (domain.end - domain.start)) * width * transform.k + transform.x),
    width,
    kMax,
  );
}

/**
 * The transform that shows `target` across the width, or, when that would zoom past `kMax`, centred at the most zoom:
 * the offset must follow the clamped zoom, or a short target ends up far off screen (a group of two events four days
 * apart opened onto an empty view).
 */
export function transformForInterval(
  target: TimeInterval,
  domain: TimeInterval,
  width: number,
  kMax: number,
): ViewTransform {
  const span = domain.end - domain.start;
  const targetSpan = Math.max(1, target.end - target.start);
  const k = Math.min(kMax, Math.max(1, span / targetSpan));
  const centre = (target.start + target.end) / 2;
  const x = width / 2 - ((centre - domain.start) / span) * width * k;
  return clampTransform({ k, x }, width, kMax);
}

/** The dates in view under a transform. */
export function visibleInterval(transform: ViewTransform, domain: TimeInterval, width: number): TimeInterval {
  const span = domain.end - domain.start;
  const toTime = (px: number) => domain.start + ((px - transform.x) / (width * transform.k)) * span;
  return { start: toTime(0), end: toTime(width) };
}

/** The smallest pan that brings [start, end] (in ms) into view with `padding` px (`rightPadding` on the right), keeping k; clamped. */
export function panToShow(
  transform: ViewTransform,
  target: TimeInterval,
  domain: TimeInterval,
  width: number,
  kMax: number,
  padding = 24,
  rightPadding = padding,
): ViewTransform {
  const span = domain.end - domain.start;
  const toPx = (time: number) => ((time - domain.start) / span) * width * transform.k + transform.x;
  const left = toPx(target.start);
  const right = toPx(target.end);
  if (left >= padding && right <= width - rightPadding) return transform;
  const dx =
    right - left > width - padding - rightPadding || left < padding ? padding - left : width - rightPadding - right;
  return panBy(transform, dx, width, kMax);
}

/** What a key does in the chart: zoom in or out, pan a step, or reset; null when the key is not the chart's. */
export type ZoomKeyAction =
  { type: 'zoom'; factor: number } | { type: 'pan'; share: number } | { type: 'reset' } | null;

export function zoomKeyAction(key: string, shiftKey = false): ZoomKeyAction {
  if (key === '+' || key === '=') return { type: 'zoom', factor: 1.5 };
  if (key === '-' || key === '−' || key === '_') return { type: 'zoom', factor: 1 / 1.5 };
  // Shift moves the view; plain arrows move between marks (and the view follows).
  if (shiftKey && key === 'ArrowLeft') return { type: 'pan', share: 0.25 };
  if (shiftKey && key === 'ArrowRight') return { type: 'pan', share: -0.25 };
  if (key === '0') return { type: 'reset' };
  return null;
}

/**
 * The chart's full domain, and its opening view: the data's extent padded to whole months, a month before the first
 * item and three after the last, so the latest events (the story's end) have room for their labels on the right. The
 * chart opens on all of it: the story is a long freeze then a thaw, and a view of the last two years hid the freeze.
 */
export function paddedDomain(extent: TimeInterval): TimeInterval {
  const first = new Date(extent.start);
  const last = new Date(extent.end - 1);
  return {
    start: Date.UTC(first.getUTCFullYear(), first.getUTCMonth() - 1, 1),
    end: Date.UTC(last.getUTCFullYear(), last.getUTCMonth() + 4, 1),
  };
}
