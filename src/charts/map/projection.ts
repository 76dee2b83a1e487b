// The summit map's views: what a frame shows at each step and width, as the scale and offset of the trip's projection
// (one conic conformal projection for the whole trip, so north is up and east is right at every width and step).
// Nothing is projected here: the map was projected once at build time (geometry.ts) and a view only scales and shifts
// those coordinates.
import type { Bounds, MapGeometry } from './geometry.ts';

/** A view: the scale and offset of the trip's projection for one frame (d3's projection.scale and translate). */
export interface MapView {
  scale: number;
  translate: [number, number];
}

export interface FitOptions {
  width: number;
  height: number;
  /** Space kept free around what is fitted (labels go there). */
  padding: { top: number; right: number; bottom: number; left: number };
}

/**
 * The view that fits `bounds` (a box in the pixels of the `reference` view) into the padded frame, centred: what
 * d3's projection.fitExtent gives for the points whose box it is.
 */
export function fitView(bounds: Bounds, reference: MapView, options: FitOptions): MapView {
  const { width, height, padding } = options;
  // The box in the projection's own units (scale 1, no offset).
  const [x0, y0, x1, y1] = bounds.map(
    (value, index) => (value - reference.translate[index % 2]!) / reference.scale,
  ) as [number, number, number, number];
  const w = Math.max(padding.left + 1, width - padding.right) - padding.left;
  const h = Math.max(padding.top + 1, height - padding.bottom) - padding.top;
  const scale = Math.min(w / (x1 - x0), h / (y1 - y0));
  return {
    scale,
    translate: [padding.left + (w - scale * (x1 + x0)) / 2, padding.top + (h - scale * (y1 + y0)) / 2],
  };
}

/**
 * The view of a step (null: the overview) for a frame size: the overview, the first stop and any leg from or to a
 * far stop show all the near stops; step i shows the leg into stop i (never closer than a few degrees across).
 */
export function viewForStep(geometry: MapGeometry, step: number | null, options: FitOptions): MapView {
  const index = step === null ? 0 : Math.max(0, Math.min(step, geometry.steps.length - 2)) + 1;
  return fitView(geometry.steps[index]!, geometry.reference, options);
}

/**
 * Smooth path between two views of the same frame size: the point under the frame's centre moves in a straight line
 * (in projected units) while the scale changes geometrically, so the zoom neither swerves nor speeds up.
 */
export function interpolateView(
  a: MapView,
  b: MapView,
  size: { width: number; height: number },
): (t: number) => MapView {
  const cx = size.width / 2;
  const cy = size.height / 2;
  const ua = [(cx - a.translate[0]) / a.scale, (cy - a.translate[1]) / a.scale];
  const ub = [(cx - b.translate[0]) / b.scale, (cy - b.translate[1]) / b.scale];
  const logA = Math.log(a.scale);
  const logB = Math.log(b.scale);
  return (t) => {
    if (t <= 0) return a;
    if (t >= 1) return b;
    const scale = Math.exp(logA + (logB - logA) * t);
    const ux = ua[0]! + (ub[0]! - ua[0]!) * t;
    const uy = ua[1]! + (ub[1]! - ua[1]!) * t;
    return { scale, translate: [cx - ux * scale, cy - uy * scale] };
  };
}

/** How a point of the `reference` view's pixels moves to `view`'s: x' = x + k · x₀, y' = y + k · y₀. */
export function viewMapping(reference: MapView, view: MapView): { k: number; x: number; y: number } {
  const k = view.scale / reference.scale;
  return { k, x: view.translate[0] - k * reference.translate[0], y: view.translate[1] - k * reference.translate[1] };
}

/**
 * The SVG transform taking shapes projected once with `reference` to `view` (same projection, other scale and
 * offset): the basemap is projected once and every step and width only changes this transform.
 */
export function viewTransform(reference: MapView, view: MapView): string {
  const { k, x, y } = viewMapping(reference, view);
  return `translate(${x.toFixed(2)},${y.toFixed(2)}) scale(${k.toFixed(5)})`;
}

/** Frame padding for a width: room for labels beside the outermost stops. */
export function paddingFor(width: number, large = false): FitOptions['padding'] {
  const side = Math.round(Math.min(150, Math.max(48, width * 0.15)) * (large ? 1.4 : 1));
  return { top: large ? 70 : 56, right: side, bottom: large ? 84 : 66, left: side };
}

/** Map height for a width: a landscape frame on wide screens, near-square on phones. */
export function heightFor(width: number, large = false): number {
  if (large) return Math.round(Math.max(360, Math.min(width * 0.5, 620)));
  if (width < 560) return Math.round(Math.max(320, width * 1.05));
  return Math.round(Math.max(340, Math.min(width * 0.6, 620)));
}
