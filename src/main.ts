// Entry of the main page: loads the inlined dataset and mounts the story.
import { mount } from 'svelte';
import App from './App.svelte';
import { loadInlinedDataset } from './lib/load-dataset.ts';
import './styles/theme.css';
import './print.css';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');
mount(App, { target, props: { dataset: loadInlinedDataset() } });
