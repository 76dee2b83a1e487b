// Vite plugin: writes the page's first screen (site header, headline, standfirst; see src/site/first-screen.ts)
// into the HTML at the placeholder `<!-- first-screen -->`, so the headline paints before any script has run.
import type { Plugin } from 'vite';
import { firstScreenHtml } from '../src/site/first-screen.ts';
import { writeStoryText } from '../src/site/standfirst.ts';
import { datasetFile, readDatasetCached } from './vite-plugin-dataset.ts';

export const FIRST_SCREEN_PLACEHOLDER = '<!-- first-screen -->';

export function prerenderFirstScreen(options: { file?: string } = {}): Plugin {
  const file = datasetFile(options.file);
  return {
    name: 'prerender-first-screen',
    transformIndexHtml: {
      order: 'pre',
      handler(html) {
        if (!html.includes(FIRST_SCREEN_PLACEHOLDER)) return html;
        return html.replace(FIRST_SCREEN_PLACEHOLDER, () => firstScreenHtml(writeStoryText(readDatasetCached(file))));
      },
    },
  };
}
