// The flow chart's filters and their URL form: `pair=CA-CN` (two actors, either direction), `family=agri-food`.
import type { Measure } from '../../lib/dataset.ts';
import { compareStrings } from '../../lib/compare.ts';

export interface FlowFilters {
  /** Two country codes, sorted: ["CA", "CN"]. */
  pair: [string, string] | null;
  /** A product family's slug: "agri-food", "vehicles-batteries". */
  family: string | null;
}

export interface FilterOption {
  value: string;
  label: string;
  count: number;
}

/** "vehicles & batteries" → "vehicles-batteries": the family as it appears in the URL. */
export function familySlug(family: string): string {
  return family
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** The URL form of a pair of actors, order-free: ("CN", "CA") → "CA-CN". */
export function pairKey(a: string, b: string): string {
  return [a, b].sort().join('-');
}

/** Reads `params.pair` and `params.family`; a malformed pair is ignored (null), never thrown on. */
export function parseFilters(params: Record<string, string> | undefined): FlowFilters {
  const pairMatch = /^([A-Za-z]{2})-([A-Za-z]{2})$/.exec(params?.pair ?? '');
  const pair = pairMatch
    ? ([pairMatch[1]!.toUpperCase(), pairMatch[2]!.toUpperCase()].sort() as [string, string])
    : null;
  const family = params?.family ? familySlug(params.family) || null : null;
  return { pair: pair && pair[0] !== pair[1] ? pair : null, family };
}

export function matchesFilters(measure: Measure, filters: FlowFilters): boolean {
  if (filters.pair && pairKey(measure.imposer, measure.target) !== filters.pair.join('-')) return false;
  if (filters.family && !measure.productFamilies.some((family) => familySlug(family) === filters.family)) return false;
  return true;
}

/** The measures that pass both filters (a new array; the measures themselves are not copied or changed). */
export function filterMeasures(measures: readonly Measure[], filters: FlowFilters): Measure[] {
  return measures.filter((measure) => matchesFilters(measure, filters));
}

/** Actor pairs present in the measures, most measures first: "Canada – China (6)". */
export function pairOptions(measures: readonly Measure[], actorName: (code: string) => string): FilterOption[] {
  const counts = new Map<string, number>();
  for (const measure of measures) {
    if (measure.imposer === measure.target) continue;
    const key = pairKey(measure.imposer, measure.target);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts]
    .map(([value, count]) => {
      const [a = '', b = ''] = value.split('-');
      return { value, count, label: `${actorName(a)} – ${actorName(b)}` };
    })
    .sort((a, b) => b.count - a.count || compareStrings(a.label, b.label));
}

/** Product families present in the measures, most measures first, labelled as the lexicon names them. */
export function familyOptions(measures: readonly Measure[]): FilterOption[] {
  const counts = new Map<string, { label: string; count: number }>();
  for (const measure of measures) {
    for (const family of new Set(measure.productFamilies.map((name) => name))) {
      const slug = familySlug(family);
      if (!slug) continue;
      const entry = counts.get(slug) ?? { label: family, count: 0 };
      entry.count++;
      counts.set(slug, entry);
    }
  }
  return [...counts]
    .map(([value, { label, count }]) => ({ value, label, count }))
    .sort((a, b) => b.count - a.count || compareStrings(a.label, b.label));
}
