// Entry of embed/flow.html: the tariff flow chart alone. Imported here, not through chart-loaders.ts: the page is one
// self-contained script, and the loaders' import()s would bring the other two charts into it.
import FlowChart from '../charts/flow/FlowChart.svelte';
import { mountEmbed } from './mount-embed.ts';

mountEmbed('flow', FlowChart);
