// How a merged measure reads: its products (a kind covers the things under it), the order of its evidence (the
// fullest statement first), where each field comes from, and its label.
import type { Evidence, FactDate, Measure, MeasureKind } from '../../src/lib/dataset.ts';
import { DATE_ROLE_RANK } from './measure-dating.ts';
import type { MeasureMention } from './measures.ts';
import { loadLexicon } from './lexicon.ts';
import { shortCountryName } from './gazetteer-countries.ts';

function broaderOf(label: string): string | null {
  return loadLexicon().products.find((p) => p.label === label)?.broader ?? null;
}

/** "canola" covers "canola seed" and the reverse: one names the kind, the other the thing. */
export function productsCover(a: string, b: string): boolean {
  return a === b || broaderOf(a) === b || broaderOf(b) === a;
}

export function within(inner: readonly string[], outer: readonly string[]): boolean {
  return inner.every((x) => outer.some((y) => productsCover(x, y)));
}

/** Drops a product when a narrower one is present ("canola" beside "canola seed"). */
export function narrowestProducts(products: readonly string[]): string[] {
  const unique = [...new Set(products)];
  return unique.filter((p) => !unique.some((q) => q !== p && broaderOf(q) === p));
}

/** The products a fact is about: those of its mentions that state a rate, else of all its mentions. */
export function productsOf(defining: readonly MeasureMention[]): string[] {
  const rated = defining.filter((m) => m.ratePct !== null);
  const products = narrowestProducts((rated.length > 0 ? rated : defining).flatMap((m) => m.products));
  // The list a blanket measure begins with says more than "all goods".
  return products.length > 1 ? products.filter((p) => p !== 'all goods') : products;
}

/** Evidence with the sentence that states the fact most fully first (its rate, its date, most products). */
export function fullestFirst(
  evidence: Evidence[],
  defining: readonly MeasureMention[],
  ratePct: number | null,
  date: FactDate | null,
): Evidence[] {
  const score = (m: MeasureMention) =>
    (ratePct !== null && m.ratePct === ratePct ? 8 : 0) +
    (date && m.date?.value === date.value ? 4 : 0) +
    Math.min(m.products.length, 3);
  const best = [...defining].sort((a, b) => score(b) - score(a) || (a.key < b.key ? -1 : 1))[0];
  if (!best) return evidence;
  const first = evidence.findIndex((e) => e.articleId === best.evidence.articleId && e.start === best.evidence.start);
  return first <= 0 ? evidence : [evidence[first]!, ...evidence.slice(0, first), ...evidence.slice(first + 1)];
}

/**
 * Where each field of a merged fact comes from: the fullest sentence stating its rate, the sentence giving its date
 * (the in-force one first), the one naming its kind; whether those are in different articles; and "planned" when no
 * mention reports the measure in force or done.
 */
export function provenanceOfFields(
  defining: readonly MeasureMention[],
  first: Evidence | null,
  ratePct: number | null,
  date: FactDate | null,
  kind: MeasureKind,
): Pick<Measure, 'status' | 'fieldSources' | 'fieldsFromSeveralArticles'> {
  const prefer = (list: MeasureMention[]) =>
    list.find((m) => first && m.evidence.articleId === first.articleId && m.evidence.start === first.start) ?? list[0];
  const rated = ratePct === null ? undefined : prefer(defining.filter((m) => m.ratePct === ratePct));
  const dated =
    date === null
      ? undefined
      : [...defining.filter((m) => m.date?.value === date.value)].sort(
          (a, b) => (DATE_ROLE_RANK[b.dateRole ?? 'event'] ?? 0) - (DATE_ROLE_RANK[a.dateRole ?? 'event'] ?? 0),
        )[0];
  const named = prefer(defining.filter((m) => m.kind === kind));
  const fieldSources: NonNullable<Measure['fieldSources']> = {};
  if (rated) fieldSources.ratePct = rated.evidence;
  if (dated) fieldSources.date = dated.evidence;
  if (named) fieldSources.kind = named.evidence;
  const articles = new Set(Object.values(fieldSources).map((e) => e.articleId));
  const planned =
    defining.length > 0 &&
    defining.every((m) => m.planned || m.dateRole === 'announced') &&
    defining.some((m) => m.planned);
  return {
    ...(planned ? { status: 'planned' as const } : {}),
    ...(Object.keys(fieldSources).length > 0 ? { fieldSources } : {}),
    ...(articles.size > 1 ? { fieldsFromSeveralArticles: true } : {}),
  };
}

/** Whether two product lists name at least one product in common (or one covering the other). */
export function overlapping(a: readonly string[], b: readonly string[]): boolean {
  return a.some((x) => b.some((y) => productsCover(x, y)));
}

/** "United States: 50% tariff on steel and aluminum from all origins", "Canada: reduces tariff on Chinese electric vehicles to 6.1%". */
export function label(
  imposer: string,
  target: string,
  rate: number | null,
  kind: MeasureKind,
  action: Measure['action'],
  products: readonly string[],
): string {
  const everywhere = target === 'XX';
  const adjective = everywhere
    ? ''
    : `${loadLexicon().actors.find((a) => a.code === target)?.adjectives[0] ?? shortCountryName(target)} `;
  const list =
    products.length > 1
      ? `${products.slice(0, -1).join(', ')} and ${products[products.length - 1]}`
      : (products[0] ?? 'goods');
  const goods = products.includes('all goods') ? `all ${adjective}goods` : `${adjective}${list}`;
  const origin = everywhere ? ' from all origins' : '';
  if (action === 'reduce' && rate !== null)
    return `${shortCountryName(imposer)}: reduces ${kind} on ${goods}${origin} to ${rate}%`;
  const verb = action === 'remove' ? 'removes ' : action === 'reduce' ? 'reduces ' : '';
  return `${shortCountryName(imposer)}: ${verb}${rate !== null ? `${rate}% ` : ''}${kind} on ${goods}${origin}`;
}
