// Shrinks Natural Earth's country topology for the summit map: fine detail where the trip's Asian stops are,
// coarse elsewhere, tiny islands dropped, coordinates re-quantized. Pure (no file access); used by scripts/build-basemap.ts.
// topojson-simplify and topojson-server are not installed: arcs are simplified here with Douglas–Peucker, and since
// neighbouring countries share arcs, their borders stay identical after simplification.
import type { GeometryCollection, GeometryObject, MultiPolygon, Polygon, Topology } from 'topojson-specification';

type Point = [number, number];

/** Longitude/latitude box: [west, south, east, north] in degrees. */
export type Box = [number, number, number, number];

/** How much detail to keep in a box: Douglas–Peucker tolerance (degrees) and smallest ring kept (square degrees). */
export interface DetailTier {
  box: Box;
  tolerance: number;
  minArea: number;
}

export interface BasemapOptions {
  /** Finest first: an arc or ring takes the first tier whose box it touches, else `coarse`. */
  tiers: DetailTier[];
  coarse: { tolerance: number; minArea: number };
  /** Grid size of the output quantization (per axis). */
  quantization: number;
}

// The map zooms closest on Kuala Lumpur–Singapore (a few degrees across), less on East Asia, and shows the rest of the
// northern hemisphere only as context at world scale.
export const DEFAULT_BASEMAP_OPTIONS: BasemapOptions = {
  tiers: [
    { box: [96, -3, 108, 8], tolerance: 0.015, minArea: 0.01 },
    { box: [85, -12, 150, 50], tolerance: 0.1, minArea: 0.15 },
  ],
  coarse: { tolerance: 0.35, minArea: 3 },
  quantization: 2e4,
};

export interface BasemapStats {
  countriesIn: number;
  countriesOut: number;
  pointsIn: number;
  pointsOut: number;
}

/** Absolute coordinates of every arc of a (possibly quantized, delta-encoded) topology. */
export function decodeArcs(topology: Topology): Point[][] {
  const transform = topology.transform;
  return topology.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    return arc.map((position) => {
      const [px = 0, py = 0] = position;
      if (!transform) return [px, py] as Point;
      x += px;
      y += py;
      return [x * transform.scale[0] + transform.translate[0], y * transform.scale[1] + transform.translate[1]] as Point;
    });
  });
}

function perpendicularDistance(point: Point, a: Point, b: Point): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const length = Math.hypot(dx, dy);
  if (length === 0) return Math.hypot(point[0] - a[0], point[1] - a[1]);
  return Math.abs(dy * point[0] - dx * point[1] + b[0] * a[1] - b[1] * a[0]) / length;
}

/** Douglas–Peucker: keeps the first and last points (so shared arc ends still meet), returns a new array. */
export function simplifyLine(points: readonly Point[], tolerance: number): Point[] {
  if (points.length <= 2) return points.slice();
  const keep = new Array<boolean>(points.length).fill(false);
  keep[0] = true;
  keep[points.length - 1] = true;
  const stack: [number, number][] = [[0, points.length - 1]];
  while (stack.length) {
    const [first, last] = stack.pop()!;
    let farthest = -1;
    let farthestDistance = tolerance;
    for (let index = first + 1; index < last; index++) {
      const distance = perpendicularDistance(points[index]!, points[first]!, points[last]!);
      if (distance > farthestDistance) {
        farthest = index;
        farthestDistance = distance;
      }
    }
    if (farthest >= 0) {
      keep[farthest] = true;
      stack.push([first, farthest], [farthest, last]);
    }
  }
  return points.filter((_, index) => keep[index]);
}

/** A closed ring's arcs must not collapse to a line: simplify the two halves of a closed arc separately. */
function simplifyArc(points: readonly Point[], tolerance: number): Point[] {
  const first = points[0];
  const last = points[points.length - 1];
  const closed = points.length > 3 && first && last && first[0] === last[0] && first[1] === last[1];
  if (!closed) return simplifyLine(points, tolerance);
  const middle = Math.floor(points.length / 2);
  return [...simplifyLine(points.slice(0, middle + 1), tolerance), ...simplifyLine(points.slice(middle), tolerance).slice(1)];
}

function intersects(a: Box, b: Box): boolean {
  return a[0] <= b[2] && a[2] >= b[0] && a[1] <= b[3] && a[3] >= b[1];
}

function boxOf(points: readonly Point[]): Box {
  const box: Box = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of points) {
    box[0] = Math.min(box[0], x);
    box[1] = Math.min(box[1], y);
    box[2] = Math.max(box[2], x);
    box[3] = Math.max(box[3], y);
  }
  return box;
}

function ringPoints(ring: readonly number[], arcs: readonly Point[][]): Point[] {
  const points: Point[] = [];
  for (const index of ring) {
    const arc = index >= 0 ? arcs[index]! : arcs[~index]!.slice().reverse();
    points.push(...(points.length ? arc.slice(1) : arc));
  }
  return points;
}

/** Planar area in square degrees (shoelace), absolute. */
export function ringArea(points: readonly Point[]): number {
  let sum = 0;
  for (let index = 0, previous = points.length - 1; index < points.length; previous = index++) {
    sum += points[previous]![0] * points[index]![1] - points[index]![0] * points[previous]![1];
  }
  return Math.abs(sum / 2);
}

type CountryGeometry = (Polygon | MultiPolygon) & { id?: string | number; properties?: { name?: string } };

/**
 * A new topology with only the `countries` object: arcs simplified (finely inside the detail tiers), tiny rings dropped,
 * countries left without any ring dropped, unused arcs removed, coordinates quantized and delta-encoded.
 * Never modifies `topology`.
 */
export function buildBasemap(topology: Topology, options: BasemapOptions = DEFAULT_BASEMAP_OPTIONS): { topology: Topology; stats: BasemapStats } {
  const source = topology.objects.countries as GeometryCollection | undefined;
  if (!source || source.type !== 'GeometryCollection') throw new Error('basemap: the topology has no "countries" GeometryCollection');
  const rawArcs = decodeArcs(topology);
  const tierOf = (points: readonly Point[]) => {
    const box = boxOf(points);
    return options.tiers.find((tier) => intersects(box, tier.box)) ?? options.coarse;
  };
  const arcs = rawArcs.map((arc) => simplifyArc(arc, tierOf(arc).tolerance));

  const usedArcs = new Map<number, number>();
  const newArcs: Point[][] = [];
  const remap = (index: number): number => {
    const absolute = index >= 0 ? index : ~index;
    let mapped = usedArcs.get(absolute);
    if (mapped === undefined) {
      mapped = newArcs.length;
      usedArcs.set(absolute, mapped);
      newArcs.push(arcs[absolute]!);
    }
    return index >= 0 ? mapped : ~mapped;
  };
  const keepRing = (ring: readonly number[]) => {
    const points = ringPoints(ring, arcs);
    if (points.length < 4) return false;
    return ringArea(points) >= tierOf(points).minArea;
  };

  const geometries: GeometryObject[] = [];
  for (const geometry of source.geometries as CountryGeometry[]) {
    if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') continue;
    const polygons = geometry.type === 'Polygon' ? [geometry.arcs] : geometry.arcs;
    // A polygon survives if its outer ring does; its holes are kept when they are large enough themselves.
    const kept = polygons
      .filter((polygon) => polygon[0] && keepRing(polygon[0]))
      .map((polygon) => [polygon[0]!, ...polygon.slice(1).filter(keepRing)].map((ring) => ring.map(remap)));
    if (!kept.length) continue;
    const base = { id: geometry.id, properties: { name: geometry.properties?.name ?? String(geometry.id ?? '') } };
    geometries.push(kept.length === 1 ? { type: 'Polygon', arcs: kept[0]!, ...base } : { type: 'MultiPolygon', arcs: kept, ...base });
  }

  const box = boxOf(newArcs.flat());
  const steps = options.quantization - 1;
  const scale: [number, number] = [(box[2] - box[0]) / steps || 1, (box[3] - box[1]) / steps || 1];
  const quantized = newArcs.map((arc) => {
    let previousX = 0;
    let previousY = 0;
    const out: [number, number][] = [];
    for (const [x, y] of arc) {
      const qx = Math.round((x - box[0]) / scale[0]);
      const qy = Math.round((y - box[1]) / scale[1]);
      // Delta encoding drops repeated points (after quantization) except the first.
      if (out.length && qx === previousX && qy === previousY) continue;
      out.push([qx - previousX, qy - previousY]);
      previousX = qx;
      previousY = qy;
    }
    if (out.length === 1) out.push([0, 0]);
    return out;
  });

  return {
    topology: {
      type: 'Topology',
      bbox: box,
      transform: { scale, translate: [box[0], box[1]] },
      objects: { countries: { type: 'GeometryCollection', geometries } },
      arcs: quantized,
    },
    stats: {
      countriesIn: source.geometries.length,
      countriesOut: geometries.length,
      pointsIn: rawArcs.reduce((sum, arc) => sum + arc.length, 0),
      pointsOut: quantized.reduce((sum, arc) => sum + arc.length, 0),
    },
  };
}
