// Serves the built site (dist/, or $DIST_DIR) on 127.0.0.1 for the browser tests.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';

let server: PreviewServer | undefined;

export async function setup(project: TestProject): Promise<void> {
  const outDir = resolve(process.env.DIST_DIR ?? 'dist');
  if (!existsSync(resolve(outDir, 'index.html'))) {
    throw new Error(`${outDir}/index.html not found: run \`npm run build\` before the browser tests (npm test does).`);
  }
  server = await preview({
    configFile: false,
    root: process.cwd(),
    base: './',
    logLevel: 'silent',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('preview server did not report a URL');
  project.provide('baseURL', url.replace(/\/$/, ''));
}

export async function teardown(): Promise<void> {
  await server?.close();
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}
