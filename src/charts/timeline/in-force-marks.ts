// Which trade marks to fade on the day chosen with the page's "in force on" control: those whose dated measures were
// none of them in force that day (not yet, or no longer), as the flow chart fades its measures. Pure; no DOM.
import type { Dataset } from '../../lib/dataset.ts';
import { formatIsoDay, inForceOn } from '../../lib/in-force.ts';
import type { TimeInterval, TimelineItem } from './items.ts';

/**
 * Ids of the trade items not in force on `day` ("YYYY-MM-DD"): a measure item, or a trade event through the measures
 * it stands for. Items with no dated measure (an undated one may or may not have applied) and other lanes are left
 * out; so is everything when no day is chosen or the dataset has no measure lives.
 */
export function notInForceIds(
  items: readonly TimelineItem[],
  dataset: Pick<Dataset, 'measures' | 'measureLives'>,
  day: string | null,
): Set<string> {
  const lives = dataset.measureLives ?? [];
  if (!day || !lives.length) return new Set();
  const inForce = new Set(inForceOn(lives, day).rates.map((rate) => rate.measureId));
  const dated = new Set(dataset.measures.filter((measure) => measure.date !== null).map((measure) => measure.id));
  const faded = new Set<string>();
  for (const item of items) {
    if (item.category !== 'trade measure') continue;
    const measures = (item.kind === 'measure' ? [item.id] : item.relatedIds).filter((id) => dated.has(id));
    if (measures.length && !measures.some((id) => inForce.has(id))) faded.add(item.id);
  }
  return faded;
}

/**
 * The rule drawn at the chosen `day` ("YYYY-MM-DD"): its x in unit px (the chart `width` across the whole `domain`),
 * in the middle of that day, and its words; null when no day is chosen or nothing is drawn yet.
 */
export function dayRule(
  day: string | null,
  domain: TimeInterval | null,
  width: number,
): { x: number; text: string } | null {
  if (!day || !domain || width <= 0) return null;
  const x = ((Date.parse(`${day}T12:00:00Z`) - domain.start) / (domain.end - domain.start)) * width;
  return { x, text: `In force on ${formatIsoDay(day)}` };
}
