/// <reference types="vitest/config" />
// One config for the site build and for vitest's two projects.
import { resolve } from 'node:path';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vite';
import { contentSecurityPolicyPlugin } from './scripts/vite-plugin-csp.ts';
import { inlineDataset } from './scripts/vite-plugin-dataset.ts';
import { prerenderFirstScreen } from './scripts/vite-plugin-first-screen.ts';
import { inlineStylesheets } from './scripts/vite-plugin-inline-css.ts';
import { mapGeometry } from './scripts/vite-plugin-map-geometry.ts';
import { prefetchChunks } from './scripts/vite-plugin-prefetch-chunks.ts';

// The three charts load as one chunk after the first paint: gzip then shares one dictionary across the charts'
// common code (Svelte's compiled output, d3-time, the shared chart frame), 3.5 KB smaller than three chunks and
// the helpers split out of them. Only modules the page imports dynamically belong here; their dependencies (the
// Svelte runtime) stay with the page. Helpers only the charts import belong here too (text metrics, the touch
// wording): left out, each became a chunk of its own (0.3 and 0.6 KB; 0.5 KB more in all, and two more requests).
// Never add a module the page imports at load (the page would load this chunk at once), nor Svelte's own (svelte/motion
// here took part of the runtime with it: 0.5 KB more).
const CHART_MODULES = [
  /\/src\/charts\//,
  /\/node_modules\/(d3-|topojson-client)/,
  /\/src\/lib\/(utc-time-scale|relations|text-metrics)\.ts/,
  /\/src\/components\/(ChartFrame\.svelte|touch-wording\.ts)/,
];
const chartsChunk = {
  name: 'charts',
  includeDependenciesRecursively: false,
  test: (id: string) => CHART_MODULES.some((pattern) => pattern.test(id)),
};

export default defineConfig({
  // Relative asset paths: the site works from any folder, and its pages can be opened from disk.
  base: './',
  // The policy last: it hashes the inline scripts and styles the others leave in the page.
  plugins: [
    svelte(),
    inlineDataset(),
    mapGeometry(),
    prerenderFirstScreen(),
    inlineStylesheets(),
    prefetchChunks([chartsChunk.name]),
    contentSecurityPolicyPlugin(),
  ],
  build: {
    outDir: process.env.DIST_DIR ?? 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // Every browser that runs this es2022 build but Safari < 17 supports <link rel=modulepreload>; there the chunks
    // still load, one after another instead of in parallel. The polyfill cost every visitor 0.2 KB gzipped.
    modulePreload: { polyfill: false },
    rollupOptions: {
      // The page is this build's only entry. The embed pages (embed/*.html) are built one by one, self-contained, by
      // scripts/build-single-file.ts; as entries here they would split the Svelte runtime into a chunk of its own.
      input: resolve('index.html'),
      output: { codeSplitting: { groups: [chartsChunk] } },
    },
  },
  preview: { host: '127.0.0.1' },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/unit/**/*.test.ts'],
          testTimeout: 30_000,
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.e2e.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // Two cores: one Chromium per worker is what the machine can carry.
          maxWorkers: 2,
          // Runs after the unit project (vitest requires distinct group orders when worker limits differ).
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
