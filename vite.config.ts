/// <reference types="vitest/config" />
// One config for the site build (every HTML entry: index.html and embed/*.html) and for vitest's two projects.
import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vite';
import { inlineDataset } from './scripts/vite-plugin-dataset.ts';
import { prerenderFirstScreen } from './scripts/vite-plugin-first-screen.ts';
import { inlineStylesheets } from './scripts/vite-plugin-inline-css.ts';

function htmlEntries(): Record<string, string> {
  const entries: Record<string, string> = { main: resolve('index.html') };
  if (existsSync('embed')) {
    for (const file of readdirSync('embed').filter((name) => name.endsWith('.html')).sort()) {
      entries[`embed-${file.replace(/\.html$/, '')}`] = resolve('embed', file);
    }
  }
  return entries;
}

export default defineConfig({
  // Relative asset paths: the site works from any folder, and its pages can be opened from disk.
  base: './',
  plugins: [svelte(), inlineDataset(), prerenderFirstScreen(), inlineStylesheets()],
  build: {
    outDir: process.env.DIST_DIR ?? 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // Every browser that runs this es2022 build but Safari < 17 supports <link rel=modulepreload>; there the chunks
    // still load, one after another instead of in parallel. The polyfill cost every visitor 0.2 KB gzipped.
    modulePreload: { polyfill: false },
    rollupOptions: { input: htmlEntries() },
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
