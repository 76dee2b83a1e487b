// Entry of embed/flow.html: the tariff flow chart alone. Imported here, not through chart-loaders.ts: the page is one
// self-contained script, and the loaders' import()s would bring the other two charts into it.
import FlowChart from '../charts/flow/FlowChart.svelte';
import { mountEmbed } from './mount-embed.ts';

// Mounted in a task of its own after the script's evaluation and the page's first layout (issue 19): all three in one
// task were a long task at 4× CPU slowdown. After a frame, else a timer (a hidden page gets no frames).
let mounted = false;
const mountOnce = () => {
  if (mounted) return;
  mounted = true;
  mountEmbed('flow', FlowChart);
};
requestAnimationFrame(() => setTimeout(mountOnce, 0));
setTimeout(mountOnce, 100);
