// Shared start-up of the embed pages: options from the URL, theme on <html>, then the one chart.
import { mount } from 'svelte';
import { loadInlinedDataset } from '../lib/load-dataset.ts';
import '../styles/theme.css';
import '../print.css';
import type { ChartComponent, ChartName } from '../lib/chart-props.ts';
import EmbedApp from './EmbedApp.svelte';
import { parseEmbedOptions } from './embed-options.ts';

export function mountEmbed(name: ChartName, chart: ChartComponent | null): void {
  const options = parseEmbedOptions(location.search, location.hash, name);
  // "auto" leaves the attribute off, so theme.css follows prefers-color-scheme.
  if (options.theme !== 'auto') document.documentElement.dataset.theme = options.theme;
  const target = document.getElementById('app');
  if (!target) throw new Error(`embed/${name}.html has no #app element`);
  mount(EmbedApp, { target, props: { dataset: loadInlinedDataset(), chart, name, options } });
}
