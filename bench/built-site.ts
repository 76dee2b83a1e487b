// The built site served locally and a headless Chromium to read it, and a Chromium trace read back: what the browser
// benches (long tasks, interaction latency) share.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type CDPSession } from 'playwright-core';
import { CHROMIUM_ARGS, serveBuilt } from '../scripts/serve-built.ts';
import type { TraceEvent } from './trace-frames.ts';

export interface BuiltSite {
  baseUrl: string;
  browser: Browser;
  close(): Promise<void>;
}

/** Serves `outDir` and starts Chromium; fails naming the first page the build lacks. */
export async function openBuiltSite(outDir: string, pages: string[]): Promise<BuiltSite> {
  for (const page of pages) {
    if (!existsSync(join(outDir, page)))
      throw new Error(
        `${outDir}/${page} not found: build the site (and scripts/build-single-file.ts for the embeds) first`,
      );
  }
  const server = await serveBuilt(outDir);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
    headless: true,
  });
  return {
    baseUrl: server.url,
    browser,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/** Ends the trace started on `cdp` (Tracing.start with transferMode ReturnAsStream) and reads its events back. */
export function readTrace(cdp: CDPSession): Promise<TraceEvent[]> {
  return new Promise((resolve, reject) => {
    cdp.once('Tracing.tracingComplete', ({ stream }) => {
      void (async () => {
        let text = '';
        for (;;) {
          const chunk = await cdp.send('IO.read', { handle: stream! });
          text += chunk.data;
          if (chunk.eof) break;
        }
        await cdp.send('IO.close', { handle: stream! });
        const parsed = JSON.parse(text) as { traceEvents?: TraceEvent[] } | TraceEvent[];
        resolve(Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []));
      })().catch(reject);
    });
    cdp.send('Tracing.end').catch(reject);
  });
}
