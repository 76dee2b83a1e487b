// Entry of embed/map.html: the summit map alone. Imported here, not through chart-loaders.ts: the page is one
// self-contained script, and the loaders' import()s would bring the other two charts into it.
import SummitMap from '../charts/map/SummitMap.svelte';
import { mountEmbed } from './mount-embed.ts';

mountEmbed('map', SummitMap);
