// Fits a slide's chart into the room the slide leaves it: the width it is laid out at and the scale it is drawn at.

/** How the chart is drawn inside its box: laid out `width` CSS pixels wide, then scaled by `scale`. */
export interface ChartFit {
  width: number;
  scale: number;
  /** Scales already tried (charts laid out by rows): the largest that fitted and the smallest that overflowed. */
  fitted?: number;
  overflowed?: number;
}

export interface FitRoom {
  /** The box the slide gives the chart, in CSS pixels. */
  width: number;
  height: number;
}

export interface FitOptions {
  /** The largest scale wanted: the slide's type size over the chart's own large type (24 px), and some more. */
  maxScale: number;
  /**
   * True for a chart whose height follows its width (the map): it fits by being laid out narrower at the slide's
   * type scale. False for charts whose height comes from their rows (flow, timeline): they fit by their scale.
   */
  heightFollowsWidth: boolean;
}

/** Differences below these are not worth another layout pass (and stop a pass-by-pass wobble). */
const SCALE_STEP = 0.01;
const WIDTH_STEP = 2;

/** The fit to start from, before anything is measured. */
export function firstFit(room: FitRoom, options: FitOptions): ChartFit {
  const scale = options.heightFollowsWidth ? options.maxScale : 1;
  return { width: room.width / scale, scale };
}

/** One layout of the chart: the width it was laid out at and the height it came to (unscaled CSS pixels). */
export interface Measured {
  width: number;
  height: number;
}

/**
 * The next fit, given the chart's height as laid out at `current.width` (and, when known, the layout measured before
 * it). Returns `current` itself when it is good enough, so a caller can stop measuring. Pure.
 */
export function nextFit(
  current: ChartFit,
  measuredHeight: number,
  room: FitRoom,
  options: FitOptions,
  previous?: Measured,
): ChartFit {
  if (measuredHeight <= 0 || room.width <= 0 || room.height <= 0) return current;
  let next: ChartFit;
  if (options.heightFollowsWidth) {
    // Keep the type scale; narrow the layout until its height fits (never wider than the box). The title and
    // controls do not shrink with the width: with two layouts measured, follow the line through them.
    const scale = options.maxScale;
    const fullWidth = room.width / scale;
    const target = room.height / scale;
    const slope =
      previous && Math.abs(previous.width - current.width) > 1
        ? (measuredHeight - previous.height) / (current.width - previous.width)
        : 0;
    const width =
      slope > 0.05 ? current.width + (target - measuredHeight) / slope : (current.width * target) / measuredHeight;
    next = { width: Math.max(1, Math.min(fullWidth, width)), scale };
  } else {
    // Scale to the height (never beyond maxScale) and lay out at the width that scale leaves. A chart whose rows
    // wrap as it narrows can swing between two scales: keep the bounds tried and halve the gap between them.
    // A measure that contradicts a bound (the chart finished loading, or redrew) drops that bound.
    const fits = measuredHeight * current.scale <= room.height + 0.5;
    const fitted = fits
      ? Math.max(current.fitted ?? 0, current.scale)
      : current.fitted !== undefined && current.scale > current.fitted
        ? current.fitted
        : undefined;
    const overflowed = !fits
      ? Math.min(current.overflowed ?? Infinity, current.scale)
      : current.overflowed !== undefined && current.scale < current.overflowed
        ? current.overflowed
        : undefined;
    let scale = Math.min(options.maxScale, room.height / measuredHeight);
    if (fitted !== undefined && overflowed !== undefined) {
      scale =
        overflowed - fitted < SCALE_STEP
          ? fitted
          : scale > fitted && scale < overflowed
            ? scale
            : (fitted + overflowed) / 2;
    } else if (fitted !== undefined && scale < fitted) {
      scale = fitted;
    }
    next = { width: room.width / scale, scale, fitted, overflowed };
  }
  // A small change is not worth a pass, unless the current fit overflows: then even a small one is needed.
  const same = Math.abs(next.scale - current.scale) < SCALE_STEP && Math.abs(next.width - current.width) < WIDTH_STEP;
  return same && !overflows(current, measuredHeight, room) ? current : next;
}

/** Whether a chart `measuredHeight` tall at `fit` overflows the room (half a pixel of rounding allowed). */
export function overflows(fit: ChartFit, measuredHeight: number, room: FitRoom): boolean {
  return measuredHeight * fit.scale > room.height + 0.5 || fit.width * fit.scale > room.width + 0.5;
}

/** The last resort after too many passes: shrink what was measured so it fits, whatever it does to the width. */
export function shrinkToFit(fit: ChartFit, measuredHeight: number, room: FitRoom): ChartFit {
  if (!overflows(fit, measuredHeight, room)) return fit;
  const scale = Math.min(fit.scale, room.height / measuredHeight, room.width / fit.width);
  return { ...fit, scale };
}
