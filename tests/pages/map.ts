// Dev page for the summit map (served by `npx vite`, not built): the real dataset, driven by the URL like the site.
// `?theme=dark`, `?large` for presentation type, `?step=N` for a step driven from outside.
import { mount } from 'svelte';
import '../../src/styles/theme.css';
import SummitMap from '../../src/charts/map/SummitMap.svelte';
import { loadInlinedDataset } from '../../src/lib/load-dataset.ts';
import { UrlState } from '../../src/lib/url-state.svelte.ts';
import DevFlow from './DevFlow.svelte';

const query = new URLSearchParams(location.search);
const theme = query.get('theme');
if (theme === 'dark' || theme === 'light') document.documentElement.dataset.theme = theme;

mount(DevFlow, {
  target: document.getElementById('app')!,
  props: {
    chart: SummitMap,
    dataset: loadInlinedDataset(),
    url: new UrlState(),
    large: query.has('large'),
    step: query.has('step') ? Number(query.get('step')) : null,
  },
});
