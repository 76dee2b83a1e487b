// Entry of embed/timeline.html: only the Timeline chart.
import type { ChartComponent } from '../lib/chart-props.ts';
import { mountEmbed } from './mount-embed.ts';

// A glob rather than a plain import so the build stays green until the chart file exists.
const modules = import.meta.glob<{ default: ChartComponent }>('../charts/timeline/Timeline.svelte', { eager: true });
mountEmbed('timeline', Object.values(modules)[0]?.default ?? null);
