// Dev page for the flow chart (served by `npx vite`, not built): the real dataset, or with `?fixture` the seeds-shaped
// fixture, so the chart can be looked at before the compiler extracts measures. `?large` for presentation type.
import { mount } from 'svelte';
import '../../src/styles/theme.css';
import FlowChart from '../../src/charts/flow/FlowChart.svelte';
import { storyConflicts, storyMeasures, syntheticMeasures } from '../../src/charts/flow/fixtures.ts';
import { loadInlinedDataset } from '../../src/lib/load-dataset.ts';
import { UrlState } from '../../src/lib/url-state.svelte.ts';
import DevFlow from './DevFlow.svelte';

const query = new URLSearchParams(location.search);
const dataset = loadInlinedDataset();
if (query.has('fixture')) {
  dataset.measures = storyMeasures();
  dataset.conflicts = storyConflicts();
}
if (query.has('synthetic')) dataset.measures = syntheticMeasures(Number(query.get('synthetic')) || 200, 10);
const theme = query.get('theme');
if (theme === 'dark' || theme === 'light') document.documentElement.dataset.theme = theme;

mount(DevFlow, {
  target: document.getElementById('app')!,
  props: {
    chart: FlowChart,
    dataset,
    url: new UrlState(),
    large: query.has('large'),
    step: query.has('step') ? Number(query.get('step')) : null,
  },
});
