// The two things the map needs from d3-geo's centroid and path modules, written small: those modules also bring
// areas, lengths, bounds and canvas drawing, ~1.8 KB gzipped of the page's JavaScript for two calls.
import { geoStream, type GeoPermissibleObjects, type GeoProjection } from 'd3-geo';
import type { Position } from 'geojson';
import type { LonLat } from './route.ts';

const RADIANS = Math.PI / 180;

/** The spherical mean of points (lon, lat in degrees), as d3's geoCentroid gives for a MultiPoint; NaN for none. */
export function sphericalMean(points: readonly Position[]): LonLat {
  let x = 0;
  let y = 0;
  let z = 0;
  for (const [lon = 0, lat = 0] of points) {
    const cosLat = Math.cos(lat * RADIANS);
    x += cosLat * Math.cos(lon * RADIANS);
    y += cosLat * Math.sin(lon * RADIANS);
    z += Math.sin(lat * RADIANS);
  }
  if (!points.length) return [NaN, NaN];
  return [Math.atan2(y, x) / RADIANS, Math.atan2(z, Math.hypot(x, y)) / RADIANS];
}

// A tenth of a pixel by default: finer than any screen draws, and path strings a third shorter than d3's thousandths.
// Shapes projected once and then zoomed by a transform keep more digits (`digits`).
const rounder = (digits: number) => {
  const factor = 10 ** digits;
  return (value: number) => Math.round(value * factor) / factor;
};

/**
 * The SVG path data of a GeoJSON object (polygons, lines or the sphere) under a projection, clipped and resampled
 * by the projection as geoPath would; "" when nothing shows. Points are not drawn (the map draws its own markers).
 */
export function svgPath(projection: GeoProjection, object: GeoPermissibleObjects, digits = 1): string {
  const round = rounder(digits);
  let d = '';
  let inPolygon = false;
  let inLine = false;
  let first = false;
  geoStream(
    object,
    projection.stream({
      point(x: number, y: number) {
        if (!inLine) return;
        d += `${first ? 'M' : 'L'}${round(x)},${round(y)}`;
        first = false;
      },
      lineStart() {
        inLine = first = true;
      },
      lineEnd() {
        if (inPolygon) d += 'Z';
        inLine = false;
      },
      polygonStart() {
        inPolygon = true;
      },
      polygonEnd() {
        inPolygon = false;
      },
      sphere() {},
    }),
  );
  return d;
}

/**
 * Great-circle distance in radians (haversine), as d3's geoDistance gives: that one streams a line through an exact
 * summation (a new Float64Array each call), which made a few thousand calls at load cost ~150 ms at 4× slowdown.
 */
export function arcDistance(a: readonly number[], b: readonly number[]): number {
  const lat1 = (a[1] ?? 0) * RADIANS;
  const lat2 = (b[1] ?? 0) * RADIANS;
  const sinLat = Math.sin((lat2 - lat1) / 2);
  const sinLon = Math.sin((((b[0] ?? 0) - (a[0] ?? 0)) * RADIANS) / 2);
  const h = sinLat * sinLat + Math.cos(lat1) * Math.cos(lat2) * sinLon * sinLon;
  return 2 * Math.atan2(Math.sqrt(h), Math.sqrt(Math.max(0, 1 - h)));
}

/** A whole number with thousands separators ("14,600"), without Intl (whose first call loads locale data). */
export function groupThousands(value: number): string {
  return String(Math.round(value)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
