// Bundles the host-page resize script (src/embed/resize-script.ts) into <outDir>/embed/resize.js: one small
// classic script (IIFE) that a newsroom page loads beside the embed iframe. Run after `vite build`.
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';

export async function buildResizeScript(outDir: string): Promise<string> {
  const file = resolve(outDir, 'embed', 'resize.js');
  await build({
    configFile: false,
    logLevel: 'error',
    build: {
      outDir: resolve(outDir, 'embed'),
      emptyOutDir: false,
      copyPublicDir: false,
      target: 'es2018',
      minify: true,
      lib: {
        entry: resolve('src/embed/resize-script.ts'),
        formats: ['iife'],
        name: 'tariffTracerResize',
        fileName: () => 'resize.js',
      },
    },
  });
  return file;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const outDir = process.env.DIST_DIR ?? 'dist';
  const file = await buildResizeScript(outDir);
  console.log(`${file}: ${statSync(file).size} bytes`);
}
