// Figures for the summit map: bytes of the country shapes it fetches (raw and gzipped), of its built JS and CSS
// (from $DIST_DIR or dist, when built), the one-time projection of the basemap and the layout of one zoom frame.
// Run: npm run bench:map
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import type { Topology } from 'topojson-specification';
import { BASEMAP_OUTPUT } from '../scripts/build-basemap.ts';
import { countriesFromTopology } from '../src/charts/map/basemap.ts';
import { mapFixture } from '../src/charts/map/fixture.ts';
import { layoutMap } from '../src/charts/map/layout.ts';
import { mapModel } from '../src/charts/map/model.ts';
import {
  globeProjection,
  heightFor,
  interpolateView,
  paddingFor,
  projectionFor,
  referenceView,
  tripFrame,
  viewForStep,
} from '../src/charts/map/projection.ts';
import { svgPath } from '../src/charts/map/sphere.ts';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
function sizes(label: string, data: Buffer | string) {
  const raw = Buffer.byteLength(data);
  const gzipped = gzipSync(data, { level: 9 }).length;
  console.log(
    `${label.padEnd(44)} ${String(raw).padStart(8)} B (${kb(raw)})  gzip ${String(gzipped).padStart(7)} B (${kb(gzipped)})`,
  );
}

const basemapText = readFileSync(BASEMAP_OUTPUT, 'utf8');
const source = readFileSync(resolve('node_modules/world-atlas/countries-50m.json'));
const source110 = readFileSync(resolve('node_modules/world-atlas/countries-110m.json'));
console.log('Country shapes');
sizes('world-atlas countries-50m.json (source)', source);
sizes('world-atlas countries-110m.json (for scale)', source110);
sizes('basemap.topo.json (served)', basemapText);
const countries = countriesFromTopology(JSON.parse(basemapText) as Topology);
console.log(`${countries.length} countries kept`);

const outDir = resolve(process.env.DIST_DIR ?? 'dist');
if (existsSync(join(outDir, 'assets'))) {
  console.log(`\nBuilt files in ${outDir}/assets`);
  for (const name of readdirSync(join(outDir, 'assets'))
    .filter((file) => /^(SummitMap|basemap)/.test(file))
    .sort()) {
    sizes(name, readFileSync(join(outDir, 'assets', name)));
  }
} else {
  console.log(`\n(no build in ${outDir}: run \`DIST_DIR=${outDir} npx vite build\` for the JS figures)`);
}

console.log(
  '\nProjecting the basemap once (trip projection at the reference view, then the locator globe), median of 9',
);
const model = mapModel(mapFixture());
const points = model.stops.map((stop) => ({ id: stop.id, lon: stop.lon, lat: stop.lat }));
const frame = tripFrame(points);
const reference = referenceView(frame, points);
const once: number[] = [];
for (let index = 0; index < 9; index++) {
  const start = performance.now();
  const main = projectionFor(frame, reference, { width: 1000, height: 1000, margin: 1000 }, 0.1);
  for (const country of countries) svgPath(main, country, 2);
  const globe = globeProjection(frame, 100, 1);
  for (const country of countries) svgPath(globe, country, 1);
  once.push(performance.now() - start);
}
once.sort((a, b) => a - b);
console.log(`${once[4]!.toFixed(1)} ms median (in the browser it is split into tasks of about 8 ms)`);

console.log(
  '\nOne zoom frame (layout: stops, legs, labels, scale bar, locator; the basemap only moves by a transform), median of 40',
);
for (const width of [375, 1440]) {
  const height = heightFor(width);
  const options = { width, height, padding: paddingFor(width), minRadius: 3 };
  const interpolate = interpolateView(
    viewForStep(frame, points, null, options),
    viewForStep(frame, points, 2, options),
    { width, height },
  );
  const times: number[] = [];
  for (let index = 0; index < 40; index++) {
    const view = interpolate(index / 39);
    const start = performance.now();
    layoutMap(model, { width, height, frame, view, step: 2, showContext: true });
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  console.log(`${width} px: ${times[20]!.toFixed(2)} ms median, ${times[38]!.toFixed(2)} ms p95`);
}
