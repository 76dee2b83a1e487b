// Figures for the summit map: bytes of the country shapes it fetches (raw and gzipped), of its built JS and CSS
// (from $DIST_DIR or dist, when built), and the time to lay out and project one frame of the zoom.
// Run: npm run bench:map
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { geoPath } from 'd3-geo';
import type { Topology } from 'topojson-specification';
import { BASEMAP_OUTPUT } from '../scripts/build-basemap.ts';
import { countriesFromTopology } from '../src/charts/map/basemap.ts';
import { mapFixture } from '../src/charts/map/fixture.ts';
import { layoutMap } from '../src/charts/map/layout.ts';
import { mapModel } from '../src/charts/map/model.ts';
import { capOf, capsMeet, frameCap } from '../src/charts/map/culling.ts';
import { heightFor, interpolateView, paddingFor, projectionFor, viewForStep } from '../src/charts/map/projection.ts';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
function sizes(label: string, data: Buffer | string) {
  const raw = Buffer.byteLength(data);
  const gzipped = gzipSync(data, { level: 9 }).length;
  console.log(`${label.padEnd(44)} ${String(raw).padStart(8)} B (${kb(raw)})  gzip ${String(gzipped).padStart(7)} B (${kb(gzipped)})`);
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
  for (const name of readdirSync(join(outDir, 'assets')).filter((file) => /^(SummitMap|basemap)/.test(file)).sort()) {
    sizes(name, readFileSync(join(outDir, 'assets', name)));
  }
} else {
  console.log(`\n(no build in ${outDir}: run \`DIST_DIR=${outDir} npx vite build\` for the JS figures)`);
}

console.log('\nOne zoom frame (layout + country paths as the component draws them mid-zoom: precision 2 px, countries outside the frame skipped), median of 40');
const caps = countries.map((country) => capOf(country));
const model = mapModel(mapFixture());
const points = model.stops.map((stop) => ({ id: stop.id, lon: stop.lon, lat: stop.lat }));
for (const width of [375, 1440]) {
  const height = heightFor(width);
  const options = { width, height, padding: paddingFor(width), minRadius: 4 };
  const interpolate = interpolateView(viewForStep(points, null, options), viewForStep(points, 2, options));
  const times: number[] = [];
  for (let index = 0; index < 40; index++) {
    const view = interpolate(index / 39);
    const start = performance.now();
    layoutMap(model, { width, height, view, step: 2, showContext: true });
    const projection = projectionFor(view, { width, height }, 2);
    const path = geoPath(projection);
    const shown = frameCap(projection, { width, height });
    countries.forEach((country, index) => {
      if (capsMeet(caps[index]!, shown)) path(country);
    });
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  console.log(`${width} px: ${times[20]!.toFixed(2)} ms median, ${times[38]!.toFixed(2)} ms p95`);
}
