// Entry of embed/timeline.html: the timeline alone. Imported here, not through chart-loaders.ts: the page is one
// self-contained script, and the loaders' import()s would bring the other two charts into it.
import Timeline from '../charts/timeline/Timeline.svelte';
import { mountEmbed } from './mount-embed.ts';

// Mounted in a task of its own after the script's evaluation (issue 19): evaluating the one inline script and
// mounting the chart's frame in the same task was a long task at 4× CPU slowdown. A frame, else a timer (a hidden
// page gets no frames).
let mounted = false;
const mountOnce = () => {
  if (mounted) return;
  mounted = true;
  mountEmbed('timeline', Timeline);
};
requestAnimationFrame(() => setTimeout(mountOnce, 0));
setTimeout(mountOnce, 100);
