// Entry of embed/map.html: the summit map alone. Imported here, not through chart-loaders.ts: the page is one
// self-contained script, and the loaders' import()s would bring the other two charts into it.
import SummitMap from '../charts/map/SummitMap.svelte';
import { mountEmbed } from './mount-embed.ts';

// Mounted in a task of its own after the script's evaluation and the page's first layout (issue 19): Chromium lays
// the page out when parsing ends, in the task that evaluates the script, and with the chart's frame mounted in it
// that was a long task at 4× CPU slowdown. After a frame, else a timer (a hidden page gets no frames).
let mounted = false;
const mountOnce = () => {
  if (mounted) return;
  mounted = true;
  mountEmbed('map', SummitMap);
};
requestAnimationFrame(() => setTimeout(mountOnce, 0));
setTimeout(mountOnce, 100);
