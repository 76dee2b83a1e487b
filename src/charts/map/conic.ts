// The trip's projection as formulas, for the few things the map measures at run time from a point of the frame (the
// scale bar, the north arrow, the frame's outline on the locator globe): a conformal conic forward and back, and a
// point on the orthographic globe. d3-geo's conicConformal and orthographic (its tests compare them), without d3-geo's
// streams, clipping and resampling, which only the build uses (scripts/vite-plugin-map-projection.ts).
import type { MapView } from './projection.ts';

/** The conic's parameters, degrees: its central meridian and standard parallels (south first). */
export interface ConicParameters {
  centralLongitude: number;
  parallels: [number, number];
}

/** A projection from longitude–latitude (degrees) to the frame's pixels and back; null where there is no answer. */
export interface PlanarProjection {
  (point: [number, number]): [number, number] | null;
  invert(point: [number, number]): [number, number] | null;
}

const RADIANS = Math.PI / 180;
const HALF_PI = Math.PI / 2;
const EPSILON = 1e-6;
const tany = (phi: number) => Math.tan((HALF_PI + phi) / 2);

/** The trip's conformal conic at `view`: d3's geoConicConformal().parallels(…).rotate([-λ₀, 0]), scaled and shifted. */
export function tripProjection({ centralLongitude, parallels }: ConicParameters, view: MapView): PlanarProjection {
  const [phi0, phi1] = [parallels[0] * RADIANS, parallels[1] * RADIANS];
  const cosPhi0 = Math.cos(phi0);
  const n = phi0 === phi1 ? Math.sin(phi0) : Math.log(cosPhi0 / Math.cos(phi1)) / Math.log(tany(phi1) / tany(phi0));
  const f = (cosPhi0 * Math.pow(tany(phi0), n)) / n;
  const { scale: k, translate } = view;
  const [tx, ty] = translate;
  // Parallels symmetric about the equator make no cone: d3 falls back to Mercator.
  const mercator = Math.abs(n) < EPSILON;
  const project = (point: [number, number]): [number, number] | null => {
    let lambda = (point[0] - centralLongitude) * RADIANS;
    if (lambda > Math.PI) lambda -= 2 * Math.PI;
    else if (lambda < -Math.PI) lambda += 2 * Math.PI;
    let phi = point[1] * RADIANS;
    let x: number;
    let y: number;
    if (mercator) [x, y] = [lambda, Math.log(tany(phi))];
    else {
      phi = f > 0 ? Math.max(phi, -HALF_PI + EPSILON) : Math.min(phi, HALF_PI - EPSILON);
      const r = f / Math.pow(tany(phi), n);
      [x, y] = [r * Math.sin(n * lambda), f - r * Math.cos(n * lambda)];
    }
    return Number.isFinite(x) && Number.isFinite(y) ? [tx + k * x, ty - k * y] : null;
  };
  project.invert = ([px, py]: [number, number]): [number, number] | null => {
    const x = (px - tx) / k;
    const y = (ty - py) / k;
    let lambda: number;
    let phi: number;
    if (mercator) [lambda, phi] = [x, 2 * Math.atan(Math.exp(y)) - HALF_PI];
    else {
      const fy = f - y;
      const r = Math.sign(n) * Math.hypot(x, fy);
      lambda = Math.atan2(x, Math.abs(fy)) * Math.sign(fy);
      if (fy * n < 0) lambda -= Math.PI * Math.sign(x) * Math.sign(fy);
      lambda /= n;
      phi = 2 * Math.atan(Math.pow(f / r, 1 / n)) - HALF_PI;
    }
    let lon = lambda / RADIANS + centralLongitude;
    if (lon > 180) lon -= 360;
    else if (lon < -180) lon += 360;
    const lat = phi / RADIANS;
    return Number.isFinite(lon) && Number.isFinite(lat) ? [lon, lat] : null;
  };
  return project;
}

/**
 * A point on the locator globe (orthographic, north up, radius 1 at the origin, centred on `center`); null on the far
 * side, which the globe does not show.
 */
export function globePoint(center: [number, number], [lon, lat]: [number, number]): [number, number] | null {
  const [phi0, phi] = [center[1] * RADIANS, lat * RADIANS];
  const lambda = (lon - center[0]) * RADIANS;
  const cosC = Math.sin(phi0) * Math.sin(phi) + Math.cos(phi0) * Math.cos(phi) * Math.cos(lambda);
  if (!(cosC > 0)) return null;
  return [
    Math.cos(phi) * Math.sin(lambda),
    -(Math.cos(phi0) * Math.sin(phi) - Math.sin(phi0) * Math.cos(phi) * Math.cos(lambda)),
  ];
}
