// The trip's route: great-circle legs between consecutive stops, and how much of each leg is drawn at a step.
import { geoInterpolate } from 'd3-geo';

export type LonLat = [number, number];

export interface RoutePoint {
  id: string;
  lon: number;
  lat: number;
}

export interface RouteLeg {
  /** "<from stop id>→<to stop id>". */
  id: string;
  from: string;
  to: string;
  /** Index of the leg: leg i joins stop i to stop i + 1. */
  index: number;
  /** Points along the great circle, first and last exactly the stops. */
  coordinates: LonLat[];
}

/** `segments + 1` points along the great circle from `a` to `b`; the ends are `a` and `b` themselves. */
export function greatCircleArc(a: LonLat, b: LonLat, segments = 32): LonLat[] {
  const interpolate = geoInterpolate(a, b);
  const points: LonLat[] = [[a[0], a[1]]];
  for (let index = 1; index < segments; index++) points.push(interpolate(index / segments));
  points.push([b[0], b[1]]);
  return points;
}

/** One leg per pair of consecutive stops, in trip order. */
export function routeLegs(stops: readonly RoutePoint[], segments = 32): RouteLeg[] {
  const legs: RouteLeg[] = [];
  for (let index = 0; index + 1 < stops.length; index++) {
    const from = stops[index]!;
    const to = stops[index + 1]!;
    legs.push({
      id: `${from.id}→${to.id}`,
      from: from.id,
      to: to.id,
      index,
      coordinates: greatCircleArc([from.lon, from.lat], [to.lon, to.lat], segments),
    });
  }
  return legs;
}

/**
 * The drawn fraction (0 or 1) of each leg when the map shows stop `step` (0-based): the legs that lead up to it.
 * `null` is the overview: the whole route. The leg that ends at the current stop is the one the chart animates.
 */
export function legFractions(legCount: number, step: number | null): number[] {
  return Array.from({ length: legCount }, (_, index) => (step === null || index < step ? 1 : 0));
}
