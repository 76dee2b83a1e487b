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
