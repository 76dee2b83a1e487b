// Entry of the main page: loads the inlined dataset and mounts the story.
import { mount } from 'svelte';
import App from './App.svelte';
import { loadInlinedDataset } from './lib/load-dataset.ts';
import { afterFirstScreenPainted } from './site/first-screen-painted.ts';
import { prefetchLater } from './site/prefetch-later.ts';
import './styles/theme.css';
import './print.css';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');
const dataset = loadInlinedDataset();
const app = target;
void afterFirstScreenPainted(app).then(() => {
  // The build prerendered the first screen into #app (site/first-screen.ts): replace it in this same task, so the
  // browser never paints the gap between the two and the mounted headline lands where the prerendered one was.
  app.replaceChildren();
  mount(App, { target: app, props: { dataset } });
  prefetchLater();
});
