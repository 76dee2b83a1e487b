// Entry of embed/flow.html: only the FlowChart chart.
import type { ChartComponent } from '../lib/chart-props.ts';
import { mountEmbed } from './mount-embed.ts';

// A glob rather than a plain import so the build stays green until the chart file exists.
const modules = import.meta.glob<{ default: ChartComponent }>('../charts/flow/FlowChart.svelte', { eager: true });
mountEmbed('flow', Object.values(modules)[0]?.default ?? null);
