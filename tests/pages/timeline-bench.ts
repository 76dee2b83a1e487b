// Benchmark page (built by bench/timeline-frames.bench.ts): the timeline with N synthetic events (`?events=N`,
// default 2,000) on top of the real dataset's articles.
import { mount } from 'svelte';
import '../../src/styles/theme.css';
import { syntheticDataset } from '../../src/charts/timeline/synthetic.ts';
import Timeline from '../../src/charts/timeline/Timeline.svelte';
import { loadInlinedDataset } from '../../src/lib/load-dataset.ts';
import { UrlState } from '../../src/lib/url-state.svelte.ts';
import DevFlow from './DevFlow.svelte';

const query = new URLSearchParams(location.search);
const dataset = syntheticDataset(loadInlinedDataset(), Number(query.get('events')) || 2000);
mount(DevFlow, {
  target: document.getElementById('app')!,
  props: { chart: Timeline, dataset, url: new UrlState(), large: false, step: null },
});
