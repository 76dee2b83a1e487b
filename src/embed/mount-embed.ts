// Shared start-up of the embed pages: options from the URL, theme on <html>, then the one chart.
import { mount } from 'svelte';
import { loadInlinedDataset } from '../lib/load-dataset.ts';
import '../styles/theme.css';
import '../print.css';
import type { ChartComponent, ChartName } from '../lib/chart-props.ts';
import EmbedApp from './EmbedApp.svelte';
import { parseEmbedOptions } from './embed-options.ts';

/**
 * Mounts the chart in a task of its own after the script's evaluation and the page's first layout (issue 19): Chromium
 * lays the page out when parsing ends, in the task that evaluates the one inline script, and the chart's frame mounted
 * in it too was a long task at 4× CPU slowdown. After a frame, else a timer (a hidden page gets no frames).
 */
export function mountEmbed(name: ChartName, chart: ChartComponent | null): void {
  let mounted = false;
  const mountOnce = () => {
    if (mounted) return;
    mounted = true;
    mountNow(name, chart);
  };
  requestAnimationFrame(() => setTimeout(mountOnce, 0));
  setTimeout(mountOnce, 100);
}

function mountNow(name: ChartName, chart: ChartComponent | null): void {
  const options = parseEmbedOptions(location.search, location.hash, name);
  // "auto" leaves the attribute off, so theme.css follows prefers-color-scheme.
  if (options.theme !== 'auto') document.documentElement.dataset.theme = options.theme;
  const target = document.getElementById('app');
  if (!target) throw new Error(`embed/${name}.html has no #app element`);
  mount(EmbedApp, { target, props: { dataset: loadInlinedDataset(), chart, name, options } });
}
