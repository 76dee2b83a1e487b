// Corroboration: the same measure reported by several articles becomes one record with all the evidence;
// where the articles disagree (a date), the record keeps the majority value and a conflict lists every side.
import type { Conflict, Evidence, FactDate, Measure, MeasureKind } from '../../src/lib/dataset.ts';
import { compareFactDates, datesCompatible, moreSpecificDate } from './dates.ts';
import { conflictId, measureId, shortHash } from './ids.ts';
import { loadLexicon } from './lexicon.ts';
import type { MeasureMention } from './measures.ts';
import { countryName } from './places.ts';

/** Unique evidence, ordered by article then offset. */
export function dedupeEvidence(evidence: readonly Evidence[]): Evidence[] {
  const seen = new Map<string, Evidence>();
  for (const e of evidence) seen.set(`${e.articleId}\u0000${String(e.start).padStart(9, '0')}\u0000${e.end}`, e);
  return [...seen.keys()].sort().map((key) => seen.get(key)!);
}

export function countArticles(evidence: readonly Evidence[]): number {
  return new Set(evidence.map((e) => e.articleId)).size;
}

// ---------- products ----------

function broaderOf(label: string): string | null {
  return loadLexicon().products.find((p) => p.label === label)?.broader ?? null;
}

/** "canola" covers "canola seed" and the reverse: one names the kind, the other the thing. */
export function productsCover(a: string, b: string): boolean {
  return a === b || broaderOf(a) === b || broaderOf(b) === a;
}

function within(inner: readonly string[], outer: readonly string[]): boolean {
  return inner.every((x) => outer.some((y) => productsCover(x, y)));
}

/** Drops a product when a narrower one is present ("canola" beside "canola seed"). */
export function narrowestProducts(products: readonly string[]): string[] {
  const unique = [...new Set(products)];
  return unique.filter((p) => !unique.some((q) => q !== p && broaderOf(q) === p));
}

const KIND_SPECIFICITY: MeasureKind[] = ['anti-dumping duty', 'countervailing duty', 'surtax', 'ban', 'levy', 'tariff'];

// ---------- measures ----------

interface Group {
  imposer: string;
  target: string;
  action: Measure['action'];
  products: string[];
  ratePct: number | null;
  date: FactDate | null;
  mentions: MeasureMention[];
}

/** How well a mention fits a group: 3 same products, 2 each covers the other, 1 the vaguer one fits inside; 0 not the same measure. */
function fit(group: Group, mention: MeasureMention): number {
  if (group.imposer !== mention.imposer || group.target !== mention.target || group.action !== mention.action) return 0;
  const a = [...group.products].sort().join('|');
  const b = [...mention.products].sort().join('|');
  if (group.ratePct !== null && mention.ratePct !== null && group.ratePct !== mention.ratePct) {
    // Two rates for the same products on the same date: one measure the articles disagree about.
    return a === b && group.date !== null && mention.date !== null && datesCompatible(group.date, mention.date) ? 0.5 : 0;
  }
  if (a === b) return 3;
  if (within(group.products, mention.products) && within(mention.products, group.products)) return 2;
  if (mention.ratePct === null && within(mention.products, group.products)) return 1;
  if (group.ratePct === null && within(group.products, mention.products)) return 1;
  if (group.ratePct !== null && group.ratePct === mention.ratePct && (within(mention.products, group.products) || within(group.products, mention.products))) return 1;
  return 0;
}

function specificityOrder(a: MeasureMention, b: MeasureMention): number {
  return (
    Number(b.ratePct !== null) - Number(a.ratePct !== null) ||
    Number(a.role === 'implied') - Number(b.role === 'implied') ||
    b.products.length - a.products.length ||
    (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)
  );
}

function label(imposer: string, target: string, rate: number | null, kind: MeasureKind, action: Measure['action'], products: readonly string[]): string {
  const adjective = loadLexicon().actors.find((a) => a.code === target)?.adjectives[0] ?? countryName(target);
  const list = products.length > 1 ? `${products.slice(0, -1).join(', ')} and ${products[products.length - 1]}` : products[0] ?? 'goods';
  const what = `${rate !== null ? `${rate}% ` : ''}${kind} on ${products.includes('all goods') ? `all ${adjective} goods` : `${adjective} ${list}`}`;
  const verb = action === 'remove' ? 'removes ' : action === 'reduce' ? 'reduces ' : '';
  return `${countryName(imposer)}: ${verb}${what}`;
}

export interface MergedMeasures {
  measures: Measure[];
  conflicts: Conflict[];
  /** Mention key → ids of the measures it names. */
  measuresOfMention: Map<string, string[]>;
  /**
   * Keys of mentions that do not report a measure happening there: references back ("Canada's levies on …") and
   * measures only implied ("followed the Biden administration's lead"), which the sentence does not date.
   */
  referenceKeys: Set<string>;
  warnings: { articleId: string; message: string }[];
}

export function mergeMeasures(mentions: readonly MeasureMention[]): MergedMeasures {
  if (process.env.MEASURE_DEBUG) for (const m of mentions) process.stderr.write(`${m.key} ${m.role} ${m.imposer}->${m.target} [${m.products.join('|')}] ${m.ratePct}% ${m.action}${m.planned ? ' planned' : ''} ${m.date?.value ?? '-'} ${m.dateRole ?? ''} :: ${m.evidence.quote.slice(0, 90)}\n`);
  const warnings: MergedMeasures['warnings'] = [];
  const groups: Group[] = [];
  const groupOf = new Map<string, Group[]>();
  const primary = mentions.filter((m) => m.role !== 'reference').sort(specificityOrder);
  for (const mention of primary) {
    if (!mention.imposer || !mention.target || mention.imposer === mention.target) {
      warnings.push({ articleId: mention.articleId, message: `a ${mention.kind} on ${mention.products.join(', ')} whose ${mention.imposer ? 'target' : 'imposer'} the text does not make clear: "${mention.evidence.quote.slice(0, 80)}…"` });
      continue;
    }
    let best: Group | null = null;
    let bestFit = 0;
    for (const group of groups) {
      const score = fit(group, mention);
      if (score > bestFit) [best, bestFit] = [group, score];
    }
    if (!best) {
      best = { imposer: mention.imposer, target: mention.target, action: mention.action, products: [...mention.products], ratePct: mention.ratePct, date: mention.date, mentions: [] };
      groups.push(best);
    }
    best.mentions.push(mention);
    best.ratePct ??= mention.ratePct;
    best.date ??= mention.date;
    groupOf.set(mention.key, [best]);
  }
  // References ("Canada's levies on Chinese EVs, steel and aluminum") name measures already found: link, and add evidence.
  for (const reference of mentions.filter((m) => m.role === 'reference')) {
    const candidates = groups.filter(
      (g) =>
        g.action === 'impose' &&
        (!reference.imposer || g.imposer === reference.imposer) &&
        (!reference.target || g.target === reference.target) &&
        g.products.some((p) => reference.products.some((q) => productsCover(p, q))),
    );
    if (new Set(candidates.map((g) => g.imposer)).size > 1) continue; // "tariffs on Chinese EVs" by whom? Don't guess.
    if (candidates.length > 0) {
      for (const group of candidates) group.mentions.push(reference);
      groupOf.set(reference.key, candidates);
    }
  }

  const measures: Measure[] = [];
  const conflicts: Conflict[] = [];
  const idOfGroup = new Map<Group, string>();
  for (const group of groups) {
    const defining = group.mentions.filter((m) => m.role !== 'reference');
    const products = narrowestProducts(defining.flatMap((m) => m.products));
    let id = measureId(group.imposer, group.target, products, group.action);
    if ([...idOfGroup.values()].includes(id)) id = `${id}-${group.ratePct ?? shortHash(defining.map((m) => m.key).join('|'))}`;
    idOfGroup.set(group, id);
  }
  // "responded with …" looks back a few sentences in its own article: index the asserted mentions by article.
  const assertedByArticle = new Map<string, MeasureMention[]>();
  for (const mention of mentions) {
    if (mention.role !== 'asserted') continue;
    const list = assertedByArticle.get(mention.articleId) ?? [];
    list.push(mention);
    assertedByArticle.set(mention.articleId, list);
  }
  for (const group of groups) {
    const id = idOfGroup.get(group)!;
    const defining = group.mentions.filter((m) => m.role !== 'reference');
    const products = narrowestProducts(defining.flatMap((m) => m.products));
    const kind = KIND_SPECIFICITY.find((k) => defining.some((m) => m.kind === k)) ?? 'tariff';
    // Dates: cluster compatible values; the cluster with most articles wins, the others become a conflict.
    const clusters: { date: FactDate; evidence: Evidence[] }[] = [];
    for (const mention of defining) {
      if (!mention.date) continue;
      const cluster = clusters.find((c) => datesCompatible(c.date, mention.date));
      if (cluster) {
        cluster.date = moreSpecificDate(cluster.date, mention.date)!;
        cluster.evidence.push(mention.evidence);
      } else clusters.push({ date: mention.date, evidence: [mention.evidence] });
    }
    clusters.sort((a, b) => countArticles(b.evidence) - countArticles(a.evidence) || compareFactDates(a.date, b.date));
    const rates = new Map<number, Evidence[]>();
    for (const mention of defining) if (mention.ratePct !== null) rates.set(mention.ratePct, [...(rates.get(mention.ratePct) ?? []), mention.evidence]);
    const rateSides = [...rates].sort((x, y) => countArticles(y[1]) - countArticles(x[1]) || x[0] - y[0]);
    if (rateSides.length > 0) group.ratePct = rateSides[0]![0];
    const evidence = dedupeEvidence(group.mentions.map((m) => m.evidence));
    const respondsTo = new Set<string>();
    for (const mention of defining) {
      for (const key of [...mention.retaliatesAgainst, ...mention.follows]) for (const g of groupOf.get(key) ?? []) respondsTo.add(idOfGroup.get(g)!);
      if (mention.retaliatesUnnamed) {
        // "China responded with …": the measures the other side took in the sentences just before.
        for (const other of assertedByArticle.get(mention.articleId) ?? []) {
          if (other.imposer !== group.target || other.target !== group.imposer) continue;
          if (other.sentenceIndex > mention.sentenceIndex || other.sentenceIndex < mention.sentenceIndex - 3) continue;
          for (const g of groupOf.get(other.key) ?? []) respondsTo.add(idOfGroup.get(g)!);
        }
      }
    }
    respondsTo.delete(id);
    measures.push({
      id,
      imposer: group.imposer,
      target: group.target,
      products,
      productFamilies: [...new Set(products.map((p) => loadLexicon().products.find((e) => e.label === p)?.family ?? 'other'))].sort(),
      ratePct: group.ratePct,
      kind,
      action: group.action,
      date: clusters[0]?.date ?? null,
      respondsTo: [...respondsTo].sort(),
      label: label(group.imposer, group.target, group.ratePct, kind, group.action, products),
      provenance: 'extracted',
      evidence,
      articleCount: countArticles(evidence),
    });
    if (rateSides.length > 1) {
      conflicts.push({
        id: conflictId(id, 'ratePct'),
        factId: id,
        field: 'ratePct',
        subject: `Rate of ${label(group.imposer, group.target, null, kind, group.action, products).replace(/^([^:]+): /, "$1's ")}`,
        sides: rateSides.map(([rate, list]) => ({ value: `${rate}%`, evidence: dedupeEvidence(list) })).sort((x, y) => parseFloat(x.value) - parseFloat(y.value)),
      });
    }
    if (clusters.length > 1) {
      conflicts.push({
        id: conflictId(id, 'date'),
        factId: id,
        field: 'date',
        subject: `Date of ${label(group.imposer, group.target, group.ratePct, kind, group.action, products).replace(/^([^:]+): /, "$1's ")}`,
        sides: clusters.map((c) => ({ value: c.date.value, evidence: dedupeEvidence(c.evidence) })).sort((a, b) => (a.value < b.value ? -1 : 1)),
      });
    }
  }
  const measuresOfMention = new Map<string, string[]>();
  for (const [key, list] of groupOf) measuresOfMention.set(key, [...new Set(list.map((g) => idOfGroup.get(g)!))].sort());
  measures.sort((a, b) => (a.id < b.id ? -1 : 1));
  conflicts.sort((a, b) => (a.id < b.id ? -1 : 1));
  const referenceKeys = new Set(mentions.filter((m) => m.role !== 'asserted').map((m) => m.key));
  return { measures, conflicts, measuresOfMention, referenceKeys, warnings };
}
