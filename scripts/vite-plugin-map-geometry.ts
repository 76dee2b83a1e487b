// Vite plugin: projects the summit map at build time, from the dataset the build inlines and the committed basemap
// (src/charts/map/basemap.topo.json), into one JSON file (src/charts/map/geometry.ts describes it): country shapes,
// the route, the stops, what each step shows and the locator globe, in the pixels of one reference view. The page
// fetches it as a file of its own; a self-contained page (an embed, the offline file) carries it as a data: URL.
// The browser then needs neither d3-geo nor TopoJSON decoding, and no task projects thousands of points. The same
// bytes on every build of the same inputs.
import { readFileSync } from 'node:fs';
import type { Topology } from 'topojson-specification';
import type { Plugin, ResolvedConfig } from 'vite';
import type { Bounds, MapGeometry } from '../src/charts/map/geometry.ts';
import { mapModel, type MapModel } from '../src/charts/map/model.ts';
import { fitView, type MapView } from '../src/charts/map/projection.ts';
import type { Dataset } from '../src/lib/dataset.ts';
import { BASEMAP_OUTPUT } from './build-basemap.ts';
import { datasetFile, readDatasetCached } from './vite-plugin-dataset.ts';
import {
  arcDistance,
  boxesMeet,
  countriesFromTopology,
  countryBox,
  globeProjection,
  projectedBounds,
  projectedLines,
  projectionFor,
  routeLegs,
  simplifiedCountryPaths,
  stepPoints,
  svgPath,
  tripFrame,
  viewBox,
  type CountryFeature,
  type LonLat,
} from './vite-plugin-map-projection.ts';

/** The module the map imports: its default export is the URL of the projected map's JSON. */
export const MAP_GEOMETRY_MODULE = 'virtual:summit-map-geometry';
const RESOLVED_ID = `\0${MAP_GEOMETRY_MODULE}`;
const FILE_NAME = 'map-geometry.json';

/** The map's reference view fits the overview into this square (a zoom then scales these pixels by a few times). */
const REFERENCE_SIZE = 1000;
/** The view never zooms in closer than a circle of this radius (degrees) around what a step shows. */
const MIN_RADIUS = 3;
/** Great-circle legs resampled to this many reference pixels: a few hundredths of a pixel at the closest zoom. */
const LEG_PRECISION = 0.05;
const EARTH_KM = 6371;
/** The globe is drawn 72–160 px across from radius 100 here: half a square unit is under a third of a square pixel. */
const GLOBE_MIN_AREA = 0.5;

const rounded = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;
const point = ([x, y]: [number, number], digits = 2): [number, number] => [rounded(x, digits), rounded(y, digits)];
const toXY = ([x, y]: [number, number]) => ({ x, y });

/**
 * The map of `model` projected once: the trip's frame (tripFrame), its reference view (the overview, with a circle of
 * 4° around its centre, fitted to a 1000 px square) and everything the map draws in that view's pixels.
 */
export function projectMapGeometry(model: MapModel, countries: readonly CountryFeature[]): MapGeometry {
  const points = model.stops.map((stop) => ({ id: stop.id, lon: stop.lon, lat: stop.lat }));
  if (!points.length)
    return {
      reference: { scale: 1, translate: [0, 0] },
      conic: { centralLongitude: 0, parallels: [0, 0] },
      globeCenter: [0, 0],
      stops: [],
      steps: [],
      legs: [],
      context: [],
      countries: [],
      globe: { countries: [], legs: [] },
    };
  const frame = tripFrame(points);
  const unit: MapView = { scale: 1, translate: [0, 0] };
  const square = { width: REFERENCE_SIZE, height: REFERENCE_SIZE, padding: { top: 0, right: 0, bottom: 0, left: 0 } };
  const fitted = fitView(projectedBounds(projectionFor(frame, unit), stepPoints(frame, points, null, 4)), unit, square);
  // Rounded, so the file says exactly the view its numbers are in.
  const reference: MapView = { scale: rounded(fitted.scale, 6), translate: point(fitted.translate, 6) };
  const main = projectionFor(frame, reference, undefined, LEG_PRECISION);
  const globe = globeProjection(frame, 1);
  const lonLat = (item: { lon: number; lat: number }): LonLat => [item.lon, item.lat];

  const stops = points.map((stop, index) => {
    const place = lonLat(stop);
    // The near side of the globe only (an orthographic projection also maps the far side's points).
    const onGlobe = arcDistance(place, frame.globeCenter) < Math.PI / 2 ? globe(place) : null;
    const projected = {
      id: stop.id,
      ...toXY(point(main(place) ?? [NaN, NaN])),
      globe: onGlobe ? point(onGlobe, 5) : null,
    };
    if (!frame.far.includes(index)) return projected;
    // A far stop's marker goes where its leg to the nearest near neighbour in trip order leaves the frame.
    const neighbour = [index + 1, index - 1].find((other) => points[other] && !frame.far.includes(other)) ?? null;
    const km =
      neighbour === null ? 0 : Math.round((arcDistance(lonLat(points[neighbour]!), place) * EARTH_KM) / 100) * 100;
    return { ...projected, far: { neighbour, km } };
  });

  const steps = [null, ...points.map((_, index) => index)].map(
    (step) =>
      projectedBounds(main, stepPoints(frame, points, step, MIN_RADIUS)).map((value) => rounded(value, 3)) as Bounds,
  );
  const legs = routeLegs(points, 1).map((leg) =>
    projectedLines(main, { type: 'LineString', coordinates: [leg.coordinates[0]!, leg.coordinates.at(-1)!] }).map(
      (line) => line.points,
    ),
  );
  const context = model.context.flatMap((place) => {
    const projected = main(lonLat(place));
    return projected && projected.every(Number.isFinite) ? [{ id: place.id, ...toXY(point(projected)) }] : [];
  });

  // Only countries near the trip's region, unclipped; a transform moves them at every step and width.
  const region = viewBox(frame, reference, { width: REFERENCE_SIZE, height: REFERENCE_SIZE }, 0.6);
  const countryProjection = projectionFor(frame, reference, undefined, 0.3);
  const countryPaths = countries
    .filter((country) => boxesMeet(countryBox(country), region))
    .map((country) => svgPath(countryProjection, country, 1))
    .filter(Boolean);
  // The globe is at most 160 px across (radius 100 here, scaled down): 2 px of resampling, no island under a few px.
  const globeShapes = globeProjection(frame, 100, 2);
  const large = (country: CountryFeature) => {
    const box = countryBox(country);
    return (box[2] - box[0]) * (box[3] - box[1]) > 40;
  };
  const globeRoute = globeProjection(frame, 100);
  return {
    reference,
    conic: { centralLongitude: frame.centralLongitude, parallels: frame.parallels },
    globeCenter: frame.globeCenter,
    stops,
    steps,
    legs,
    context,
    countries: countryPaths,
    globe: {
      countries: simplifiedCountryPaths(globeShapes, countries.filter(large), GLOBE_MIN_AREA),
      legs: routeLegs(points, 1).map((leg) =>
        svgPath(globeRoute, { type: 'LineString', coordinates: [leg.coordinates[0]!, leg.coordinates.at(-1)!] }),
      ),
    },
  };
}

/** The projected map's JSON for a dataset, with the basemap read from `basemapFile`. */
export function mapGeometryText(dataset: Pick<Dataset, 'trip' | 'places' | 'meetings'>, basemapFile = BASEMAP_OUTPUT) {
  let topology: Topology;
  try {
    topology = JSON.parse(readFileSync(basemapFile, 'utf8')) as Topology;
  } catch (error) {
    throw new Error(`${basemapFile}: cannot read the map's country shapes (${(error as Error).message})`, {
      cause: error,
    });
  }
  return `${JSON.stringify(projectMapGeometry(mapModel(dataset), countriesFromTopology(topology, basemapFile)))}\n`;
}

// One projection per process and dataset: build-single-file.ts builds several pages in one process.
const CACHE = Symbol.for('tariff-tracer:map-geometry-cache');
const cacheHolder = globalThis as unknown as Record<symbol, { dataset: Dataset; text: string } | undefined>;

function cachedText(dataset: Dataset): string {
  if (cacheHolder[CACHE]?.dataset !== dataset) cacheHolder[CACHE] = { dataset, text: mapGeometryText(dataset) };
  return cacheHolder[CACHE]!.text;
}

/**
 * The plugin: `import url from 'virtual:summit-map-geometry'` gives the projected map's URL: a hashed file beside
 * the page, or a data: URL where the build inlines its assets (build-single-file.ts) and on the dev server.
 */
export function mapGeometry(options: { file?: string } = {}): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'summit-map-geometry',
    configResolved(resolved) {
      config = resolved;
    },
    resolveId(id) {
      return id === MAP_GEOMETRY_MODULE ? RESOLVED_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      const file = datasetFile(options.file);
      this.addWatchFile(file);
      this.addWatchFile(BASEMAP_OUTPUT);
      const text = cachedText(readDatasetCached(file));
      const limit = config.build.assetsInlineLimit;
      const inline =
        config.command === 'serve' ||
        (typeof limit === 'function' ? limit(FILE_NAME, Buffer.from(text)) === true : text.length < limit);
      if (inline) return `export default "data:application/json;base64,${Buffer.from(text).toString('base64')}";`;
      const reference = this.emitFile({ type: 'asset', name: FILE_NAME, source: text });
      return `export default import.meta.ROLLUP_FILE_URL_${reference};`;
    },
  };
}
