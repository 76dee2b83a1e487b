// Corroboration: the same measure reported by several articles becomes one record with all the evidence;
// where the articles disagree (a date), the record keeps the majority value and a conflict lists every side.
import type { Conflict, FactDate, Measure, MeasureChange, MeasureKind } from '../../src/lib/dataset.ts';
import { byArticleCount, conflictBetween, sidesOf } from './corroborate.ts';
import { compareFactDates, datesCompatible, moreSpecificDate } from './calendar.ts';
import { countArticles, dedupeEvidence } from './evidence.ts';
import { distinctId, measureId, shortHash } from './ids.ts';
import { loadLexicon } from './lexicon.ts';
import { DATE_ROLE_RANK, transferDates } from './measure-dating.ts';
import { fullestFirst, label, overlapping, productsOf, provenanceOfFields, within } from './measure-record.ts';
import type { MeasureMention } from './measures.ts';

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
  /** The group's mentions by article: the same-article checks stay cheap when a fact has thousands of mentions. */
  byArticle: Map<string, MeasureMention[]>;
}

function addMention(group: Group, mention: MeasureMention): void {
  group.mentions.push(mention);
  group.byArticle.set(mention.articleId, [...(group.byArticle.get(mention.articleId) ?? []), mention]);
}

function newGroup(mention: MeasureMention, ratePct: number | null): Group {
  return {
    imposer: mention.imposer!,
    target: mention.target!,
    action: mention.action,
    products: [...mention.products],
    ratePct,
    date: mention.date,
    mentions: [],
    byArticle: new Map(),
  };
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return [...a].sort().join('|') === [...b].sort().join('|');
}

/**
 * A threat or plan told in one report and a measure in force told in another are one fact only when both are dated and
 * the dates agree ("would impose 25% tariffs … starting Feb. 4" is not the tariff in force from March 4); an undated
 * plan never takes an in-force measure's date from another article, nor lends it its status.
 */
function statusClash(group: Group, mention: MeasureMention): boolean {
  if (group.byArticle.has(mention.articleId)) return false;
  const groupPlanned = group.mentions.length > 0 && group.mentions.every((m) => m.planned);
  if (groupPlanned === mention.planned) return false;
  return !(group.date && mention.date && datesCompatible(group.date, mention.date));
}

/**
 * How well a mention fits a group: 3 same products, 2 each covers the other, 1 they overlap; 0 not the same measure.
 * Different rates are different measures, except the same products on the same date in another article (a conflict);
 * incompatible dates on different product lists, or two acts dated apart in one article, are different measures.
 */
function fit(group: Group, mention: MeasureMention): number {
  if (group.imposer !== mention.imposer || group.target !== mention.target || group.action !== mention.action) return 0;
  if (statusClash(group, mention)) return 0;
  // "25 per cent tariffs on $155 billion of goods" and, in the same release, the list they begin with: one measure.
  const blanketPart =
    (group.products.every((p) => p === 'all goods') || mention.products.every((p) => p === 'all goods')) &&
    group.ratePct === mention.ratePct &&
    group.date !== null &&
    mention.date !== null &&
    datesCompatible(group.date, mention.date) &&
    group.byArticle.has(mention.articleId);
  if (blanketPart) return 3.5;
  if (!overlapping(group.products, mention.products)) return 0;
  const same = sameList(group.products, mention.products);
  const datesAgree = datesCompatible(group.date, mention.date);
  if (!datesAgree) {
    if (!same) return 0;
    const sameArticle = (group.byArticle.get(mention.articleId) ?? []).some(
      (m) => m.date && !datesCompatible(m.date, mention.date) && m.dateRole === 'event' && mention.dateRole === 'event',
    );
    if (sameArticle) return 0;
  }
  if (group.ratePct !== null && mention.ratePct !== null && group.ratePct !== mention.ratePct) {
    return same && group.date !== null && mention.date !== null && datesAgree && !group.byArticle.has(mention.articleId)
      ? 0.5
      : 0;
  }
  if (same) return 3;
  if (within(group.products, mention.products) && within(mention.products, group.products)) return 2;
  return 1;
}

/**
 * A mention that adds nothing to a fact it may refer to: no rate, and no date or one the fact already agrees with
 * (its own article may also give the fact the date it lacks: "United States tariffs on Canada … took effect on March 4").
 */
function addsNothing(mention: MeasureMention, group: Group): boolean {
  if (mention.ratePct !== null) return false;
  if (!mention.date) return true;
  if (!group.date) return group.byArticle.has(mention.articleId);
  return datesCompatible(group.date, mention.date);
}

/** A group a rate-less mention refers to: same imposer and action, products in common, the same target or all origins. */
function referredGroup(groups: readonly Group[], mention: MeasureMention): Group | null {
  const fromArticle = (g: Group) => g.byArticle.has(mention.articleId);
  // A blanket mention ("tariffs on Canadian goods") or one on a single country of a global measure refers to a fact its
  // own article states; across articles it is the same fact only when it names the same target and products.
  const blanket = mention.products.every((p) => p === 'all goods');
  const candidates = groups.filter(
    (g) =>
      g.imposer === mention.imposer &&
      g.action === mention.action &&
      (g.target === mention.target || (g.target === 'XX' && fromArticle(g))) &&
      (!blanket || fromArticle(g)) &&
      !statusClash(g, mention) &&
      within(mention.products, g.products),
  );
  // The same products named both ways is the same fact, even dated otherwise in another article (a conflict).
  const mutual = candidates.filter((g) => within(g.products, mention.products));
  const mutualAgreeing = mutual.filter((g) => addsNothing(mention, g));
  if (mutualAgreeing.length > 0) return mutualAgreeing[0]!;
  // (Within the same year: "March" in one article, "August" in another; years apart are two measures.)
  const sameYear = (g: Group) =>
    !g.date || !mention.date || g.date.value.slice(0, 4) === mention.date.value.slice(0, 4);
  if (mutual.length === 1 && mention.date && sameYear(mutual[0]!) && !mutual[0]!.byArticle.has(mention.articleId))
    return mutual[0]!;
  const agreeing = candidates.filter((g) => addsNothing(mention, g));
  // Refilled in a loop: splice(0, n, ...list) spreads the list as arguments (a stack overflow for a huge list).
  candidates.length = 0;
  for (const g of agreeing) candidates.push(g);
  candidates.sort(
    (x, y) =>
      Number(fromArticle(y)) - Number(fromArticle(x)) ||
      Number(y.target === mention.target) - Number(x.target === mention.target) ||
      Number(sameList(y.products, mention.products)) - Number(sameList(x.products, mention.products)) ||
      countArticles(y.mentions.map((m) => m.evidence)) - countArticles(x.mentions.map((m) => m.evidence)),
  );
  return candidates[0] ?? null;
}

function specificityOrder(a: MeasureMention, b: MeasureMention): number {
  return (
    Number(b.ratePct !== null) - Number(a.ratePct !== null) ||
    Number(a.role === 'implied') - Number(b.role === 'implied') ||
    b.products.length - a.products.length ||
    (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)
  );
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

/** What the reports say the measure did to one already there: a pause outranks an exemption ("paused … and exempted"). */
function changeOf(defining: readonly MeasureMention[]): { change?: MeasureChange } {
  for (const change of ['suspend', 'exempt', 'raise'] as const)
    if (defining.some((m) => m.change === change)) return { change };
  return {};
}

export function mergeMeasures(input: readonly MeasureMention[]): MergedMeasures {
  const { mentions, dated } = transferDates(input);
  const warnings: MergedMeasures['warnings'] = [];
  const groups: Group[] = [];
  const groupOf = new Map<string, Group[]>();
  const primary = mentions.filter((m) => m.role !== 'reference' && m.products.length > 0).sort(specificityOrder);
  const byKey = new Map(mentions.map((m) => [m.key, m]));
  const join = (group: Group, mention: MeasureMention) => {
    addMention(group, mention);
    group.ratePct ??= mention.ratePct;
    group.date ??= mention.date;
    groupOf.set(mention.key, [group]);
  };
  const deferred: MeasureMention[] = [];
  for (const mention of primary) {
    if (!mention.imposer || !mention.target || mention.imposer === mention.target) {
      if (mention.ratePct !== null || mention.date)
        warnings.push({
          articleId: mention.articleId,
          message: `a ${mention.kind} on ${mention.products.join(', ')} whose ${mention.imposer ? 'target' : 'imposer'} the text does not make clear: "${mention.evidence.quote.slice(0, 80)}…"`,
        });
      continue;
    }
    // A rate-less mention is read after the facts it may refer to.
    if (mention.ratePct === null) {
      deferred.push(mention);
      continue;
    }
    let best: Group | null = null;
    let bestFit = 0;
    for (const group of groups) {
      const score = fit(group, mention);
      if (score > bestFit) [best, bestFit] = [group, score];
    }
    if (!best) {
      best = newGroup(mention, mention.ratePct);
      groups.push(best);
    }
    join(best, mention);
  }
  for (const mention of deferred) {
    const referred = referredGroup(groups, mention);
    if (referred) {
      join(referred, mention);
      continue;
    }
    // "tariffs on Canadian goods" with neither products nor rate is no fact of its own (it stays an event).
    if (mention.products.every((p) => p === 'all goods')) continue;
    const group = newGroup(mention, null);
    groups.push(group);
    join(group, mention);
  }
  // A frame that only dates measures named before it is evidence for them.
  for (const [carrier, receivers] of dated) {
    const linked = [...new Set(receivers.flatMap((key) => groupOf.get(key) ?? []))];
    if (linked.length === 0) continue;
    const mention = byKey.get(carrier)!;
    for (const group of linked) addMention(group, { ...mention, role: 'reference' });
    groupOf.set(carrier, linked);
  }
  // References ("Canada's levies on Chinese EVs, steel and aluminum") name measures already found: link, and add evidence.
  // A reference names its imposer ("Canada's levies"); one that does not could be to anyone's measure: not linked.
  for (const reference of mentions.filter((m) => m.role === 'reference' && m.imposer)) {
    const matching = groups.filter(
      (g) =>
        g.action === 'impose' &&
        g.imposer === reference.imposer &&
        (!reference.target || g.target === reference.target) &&
        overlapping(g.products, reference.products),
    );
    // The facts its own article states, when it states any; else every fact it names.
    const own = matching.filter((g) => g.byArticle.has(reference.articleId));
    // "tariffs on Canada" could be any of them: only its own article's.
    const blanket = reference.products.every((p) => p === 'all goods');
    const candidates = own.length > 0 || blanket ? own : matching;
    if (candidates.length > 0) {
      for (const group of candidates) addMention(group, reference);
      groupOf.set(reference.key, candidates);
    }
  }

  const measures: Measure[] = [];
  const conflicts: Conflict[] = [];
  const idOfGroup = new Map<Group, string>();
  const usedIds = new Set<string>();
  for (const group of groups) {
    const defining = group.mentions.filter((m) => m.role !== 'reference');
    const products = productsOf(defining);
    const mentionsHash = shortHash(defining.map((m) => m.key).join('|'));
    // Apart by rate first; two groups at one rate (reports that date one measure apart) by their mentions.
    const id = distinctId(measureId(group.imposer, group.target, products, group.action), usedIds, [
      String(group.ratePct ?? mentionsHash),
      mentionsHash,
    ]);
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
    const products = productsOf(defining);
    const kind = KIND_SPECIFICITY.find((k) => defining.some((m) => m.kind === k)) ?? 'tariff';
    // Dates: the day it took effect or was done, else the day announced; compatible values form one side (the most
    // precise date of it, the strongest date role), the side with most articles wins, the others become a conflict.
    const acted = defining.filter((m) => m.date && m.dateRole !== 'announced');
    const dateReports = (acted.length > 0 ? acted : defining)
      .filter((m) => m.date)
      .map((m) => ({
        value: { date: m.date!, rank: DATE_ROLE_RANK[m.dateRole ?? 'event'] ?? 0 },
        evidence: m.evidence,
      }));
    const dateSides = byArticleCount(
      sidesOf(
        dateReports,
        (side, report) => datesCompatible(side.date, report.date),
        (side, report) => ({ date: moreSpecificDate(side.date, report.date)!, rank: Math.max(side.rank, report.rank) }),
      ),
      (a, b) => b.rank - a.rank || compareFactDates(a.date, b.date),
    );
    const date = dateSides[0]?.value.date ?? null;
    // Rates: only equal rates agree; the rate most articles give wins, the lower on a tie.
    const rateReports = defining
      .filter((m) => m.ratePct !== null)
      .map((m) => ({ value: m.ratePct!, evidence: m.evidence }));
    const rateSides = byArticleCount(
      sidesOf(rateReports, (side, report) => side === report),
      (a, b) => a - b,
    );
    if (rateSides.length > 0) group.ratePct = rateSides[0]!.value;
    const evidence = fullestFirst(dedupeEvidence(group.mentions.map((m) => m.evidence)), defining, group.ratePct, date);
    const respondsTo = new Set<string>();
    for (const mention of defining) {
      for (const key of [...mention.retaliatesAgainst, ...mention.follows])
        for (const g of groupOf.get(key) ?? []) respondsTo.add(idOfGroup.get(g)!);
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
      productFamilies: [
        ...new Set(products.map((p) => loadLexicon().products.find((e) => e.label === p)?.family ?? 'other')),
      ].sort(),
      ratePct: group.ratePct,
      kind,
      action: group.action,
      date,
      respondsTo: [...respondsTo].sort(),
      label: label(group.imposer, group.target, group.ratePct, kind, group.action, products),
      provenance: 'extracted',
      evidence,
      articleCount: countArticles(evidence),
      ...provenanceOfFields(defining, evidence[0] ?? null, group.ratePct, date, kind),
      ...changeOf(defining),
    });
    const ownersLabel = (ratePct: number | null) =>
      label(group.imposer, group.target, ratePct, kind, group.action, products).replace(/^([^:]+): /, "$1's ");
    const rateConflict = conflictBetween(
      { factId: id, field: 'ratePct', subject: `Rate of ${ownersLabel(null)}` },
      rateSides,
      (rate) => `${rate}%`,
      (a, b) => a - b,
    );
    if (rateConflict) conflicts.push(rateConflict);
    const dateConflict = conflictBetween(
      { factId: id, field: 'date', subject: `Date of ${ownersLabel(group.ratePct)}` },
      dateSides,
      (side) => side.date.value,
    );
    if (dateConflict) conflicts.push(dateConflict);
  }
  const measuresOfMention = new Map<string, string[]>();
  for (const [key, list] of groupOf)
    measuresOfMention.set(key, [...new Set(list.map((g) => idOfGroup.get(g)!))].sort());
  measures.sort((a, b) => (a.id < b.id ? -1 : 1));
  conflicts.sort((a, b) => (a.id < b.id ? -1 : 1));
  const referenceKeys = new Set(mentions.filter((m) => m.role !== 'asserted').map((m) => m.key));
  return { measures, conflicts, measuresOfMention, referenceKeys, warnings };
}
