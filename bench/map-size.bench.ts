// Figures for the summit map: bytes of the country shapes the build projects from and of the projected map the page
// fetches (raw and gzipped), of its built JS (from $DIST_DIR or dist, when built), the build's one-time projection
// and the layout of one zoom frame (the browser's only geometry work: scaling projected coordinates).
// Run: npm run bench:map
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { BASEMAP_OUTPUT } from '../scripts/build-basemap.ts';
import { mapGeometryText } from '../scripts/vite-plugin-map-geometry.ts';
import { mapFixture } from '../src/charts/map/fixture.ts';
import type { MapGeometry } from '../src/charts/map/geometry.ts';
import { layoutMap } from '../src/charts/map/layout.ts';
import { mapModel } from '../src/charts/map/model.ts';
import { heightFor, interpolateView, paddingFor, viewForStep } from '../src/charts/map/projection.ts';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
function sizes(label: string, data: Buffer | string) {
  const raw = Buffer.byteLength(data);
  const gzipped = gzipSync(data, { level: 9 }).length;
  console.log(
    `${label.padEnd(44)} ${String(raw).padStart(8)} B (${kb(raw)})  gzip ${String(gzipped).padStart(7)} B (${kb(gzipped)})`,
  );
}
const median = (times: number[]) => [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)]!;

const dataset = mapFixture();
const source = readFileSync(resolve('node_modules/world-atlas/countries-50m.json'));
const source110 = readFileSync(resolve('node_modules/world-atlas/countries-110m.json'));
console.log('Country shapes');
sizes('world-atlas countries-50m.json (source)', source);
sizes('world-atlas countries-110m.json (for scale)', source110);
sizes('basemap.topo.json (the build projects it)', readFileSync(BASEMAP_OUTPUT, 'utf8'));

console.log('\nProjecting the map at build time (scripts/vite-plugin-map-geometry.ts, the fixture), median of 3');
const projections: number[] = [];
let text = '';
for (let index = 0; index < 3; index++) {
  const start = performance.now();
  text = mapGeometryText(dataset);
  projections.push(performance.now() - start);
}
console.log(`${median(projections).toFixed(0)} ms median`);
const geometry = JSON.parse(text) as MapGeometry;
sizes('map-geometry.json (the page fetches it)', text);
for (const part of ['countries', 'globe', 'legs', 'stops', 'steps', 'context'] as const)
  sizes(`  of which ${part}`, JSON.stringify(geometry[part]));

const outDir = resolve(process.env.DIST_DIR ?? 'dist');
if (existsSync(join(outDir, 'assets'))) {
  console.log(`\nBuilt files in ${outDir}/assets`);
  for (const name of readdirSync(join(outDir, 'assets'))
    .filter((file) => /^(SummitMap|map-geometry).*\.(js|json)$/.test(file))
    .sort()) {
    sizes(name, readFileSync(join(outDir, 'assets', name)));
  }
} else {
  console.log(`\n(no build in ${outDir}: run \`DIST_DIR=${outDir} npx vite build\` for the JS figures)`);
}

console.log(
  '\nOne zoom frame (layout: stops, legs, labels, scale bar, locator; the basemap only moves by a transform), median of 40',
);
const model = mapModel(dataset);
for (const width of [375, 1440]) {
  const height = heightFor(width);
  const options = { width, height, padding: paddingFor(width) };
  const interpolate = interpolateView(viewForStep(geometry, null, options), viewForStep(geometry, 2, options), {
    width,
    height,
  });
  const times: number[] = [];
  for (let index = 0; index < 40; index++) {
    const view = interpolate(index / 39);
    const start = performance.now();
    layoutMap(model, { width, height, geometry, view, step: 2, showContext: true });
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  console.log(`${width} px: ${times[20]!.toFixed(2)} ms median, ${times[38]!.toFixed(2)} ms p95`);
}
