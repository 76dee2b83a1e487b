// Dev page for the timeline (served by `npx vite`, not built): the real dataset, or with `?synthetic=N` N generated
// events (the frame-time benchmark uses `?synthetic=2000`). `?large` for presentation type, `?theme=dark|light`.
import { mount } from 'svelte';
import '../../src/styles/theme.css';
import { syntheticDataset } from '../../src/charts/timeline/synthetic.ts';
import Timeline from '../../src/charts/timeline/Timeline.svelte';
import { loadInlinedDataset } from '../../src/lib/load-dataset.ts';
import { UrlState } from '../../src/lib/url-state.svelte.ts';
import DevFlow from './DevFlow.svelte';

const query = new URLSearchParams(location.search);
let dataset = loadInlinedDataset();
if (query.has('synthetic')) dataset = syntheticDataset(dataset, Number(query.get('synthetic')) || 2000);
const theme = query.get('theme');
if (theme === 'dark' || theme === 'light') document.documentElement.dataset.theme = theme;

mount(DevFlow, {
  target: document.getElementById('app')!,
  props: {
    chart: Timeline,
    dataset,
    url: new UrlState(),
    large: query.has('large'),
    step: query.has('step') ? Number(query.get('step')) : null,
  },
});
