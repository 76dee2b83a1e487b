// The summit map's shapes, projected once at build time (scripts/vite-plugin-map-geometry.ts) into one fixed
// coordinate space, the pixels of the trip's projection at its `reference` view: the browser decodes no TopoJSON and
// projects nothing, it scales and shifts these (a view, projection.ts). Also how a view's route is cut to the frame.
import type { ConicParameters } from './conic.ts';
import type { MapModel } from './model.ts';
import type { MapView } from './projection.ts';

/** A box [left, top, right, bottom] in reference pixels. */
export type Bounds = [number, number, number, number];

export interface ProjectedStop {
  id: string;
  /** The place, in reference pixels. */
  x: number;
  y: number;
  /** The place on the locator globe (radius 1, origin at its centre); null on the globe's far side. */
  globe: [number, number] | null;
  /**
   * A stop too far away to share the frame (Ottawa): drawn where its leg to the stop `neighbour` (an index; null when
   * both its neighbours are far too) leaves the frame, `km` away from that stop.
   */
  far?: { neighbour: number | null; km: number };
}

export interface MapGeometry {
  /** The view (d3's scale and translate of the trip's projection) whose pixels every coordinate here is in. */
  reference: MapView;
  /** The trip's projection, for what is measured at run time (conic.ts). */
  conic: ConicParameters;
  /** Centre of the locator globe, degrees. */
  globeCenter: [number, number];
  /** The trip's stops, in trip order. */
  stops: ProjectedStop[];
  /** What each view fits: first the overview, then step i at i + 1 (see viewForStep). */
  steps: Bounds[];
  /** Leg i, from stop i to stop i + 1, along its great circle: one or more lines of x, y pairs. */
  legs: number[][][];
  /** Other places the articles mention. */
  context: { id: string; x: number; y: number }[];
  /** Country shapes (SVG path data): near the trip in reference pixels, and on the locator globe of radius 100. */
  countries: string[];
  globe: { countries: string[]; legs: string[] };
}

/**
 * Why `geometry` cannot draw `model` (made from another dataset than the page's: other stops, or in another order),
 * or null when it can.
 */
export function geometryProblem(model: MapModel, geometry: MapGeometry): string | null {
  const built = geometry.stops.map((stop) => stop.id).join(', ');
  const shown = model.stops.map((stop) => stop.id).join(', ');
  return built === shown ? null : `the projected map has the stops ${built || 'none'}, the dataset ${shown || 'none'}`;
}

/**
 * The parts of a line (x, y pairs) inside `box`, cut where the line crosses its edges (Liang–Barsky), as d3 clips a
 * line to a clip extent.
 */
export function clipLine(points: readonly number[], box: { left: number; top: number; right: number; bottom: number }) {
  const parts: number[][] = [];
  let part: number[] | null = null;
  for (let index = 2; index < points.length; index += 2) {
    const [x1, y1, x2, y2] = [points[index - 2]!, points[index - 1]!, points[index]!, points[index + 1]!];
    const dx = x2 - x1;
    const dy = y2 - y1;
    let t0 = 0;
    let t1 = 1;
    let inside = true;
    for (const [p, q] of [
      [-dx, x1 - box.left],
      [dx, box.right - x1],
      [-dy, y1 - box.top],
      [dy, box.bottom - y1],
    ] as const) {
      if (p === 0) {
        if (q < 0) inside = false;
      } else if (p < 0) t0 = Math.max(t0, q / p);
      else t1 = Math.min(t1, q / p);
    }
    if (!inside || t0 > t1) {
      part = null;
      continue;
    }
    if (!part || t0 > 0) parts.push((part = [x1 + t0 * dx, y1 + t0 * dy]));
    part.push(x1 + t1 * dx, y1 + t1 * dy);
    if (t1 < 1) part = null;
  }
  return parts;
}

/** SVG path data of lines (x, y pairs), to a tenth of a pixel. */
export function linePath(lines: readonly (readonly number[])[]): string {
  const round = (value: number) => Math.round(value * 10) / 10;
  let d = '';
  for (const line of lines)
    for (let index = 0; index < line.length; index += 2)
      d += `${index ? 'L' : 'M'}${round(line[index]!)},${round(line[index + 1]!)}`;
  return d;
}
