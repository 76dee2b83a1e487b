// CLI: writes the summit map's country shapes (src/charts/map/basemap.topo.json) from world-atlas' Natural Earth 50m countries.
// The output is committed (world-atlas is pinned, so it only changes when the options do); run after changing them:
//   npx tsx scripts/build-basemap.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Topology } from 'topojson-specification';
import { buildBasemap } from '../src/charts/map/basemap-build.ts';

const require = createRequire(import.meta.url);
export const BASEMAP_SOURCE = 'world-atlas/countries-50m.json';
export const BASEMAP_OUTPUT = fileURLToPath(new URL('../src/charts/map/basemap.topo.json', import.meta.url));

/** The basemap file's text, as the build writes it. */
export function basemapText(): { text: string; stats: ReturnType<typeof buildBasemap>['stats'] } {
  const file = require.resolve(BASEMAP_SOURCE);
  let topology: Topology;
  try {
    topology = JSON.parse(readFileSync(file, 'utf8')) as Topology;
  } catch (error) {
    throw new Error(`${file}: cannot read the Natural Earth topology (${(error as Error).message})`);
  }
  const { topology: basemap, stats } = buildBasemap(topology);
  return { text: `${JSON.stringify(basemap)}\n`, stats };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    const { text, stats } = basemapText();
    writeFileSync(BASEMAP_OUTPUT, text);
    const raw = Buffer.byteLength(text);
    const gzipped = gzipSync(text, { level: 9 }).length;
    console.log(`${BASEMAP_OUTPUT}: ${stats.countriesOut}/${stats.countriesIn} countries, ${stats.pointsOut}/${stats.pointsIn} points, ${raw} bytes, ${gzipped} bytes gzipped`);
  } catch (error) {
    console.error(`build-basemap: ${(error as Error).message}`);
    process.exit(1);
  }
}
