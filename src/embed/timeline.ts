// Entry of embed/timeline.html: the timeline alone. Imported here, not through chart-loaders.ts: the page is one
// self-contained script, and the loaders' import()s would bring the other two charts into it.
import Timeline from '../charts/timeline/Timeline.svelte';
import { mountEmbed } from './mount-embed.ts';

mountEmbed('timeline', Timeline);
