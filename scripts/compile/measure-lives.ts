// Measure lives: the merged measures of one imposer on one target's goods of one product family, read in date order
// as the steps of one measure's life (announced, in force, raised, cut, paused, exempted in part, lifted). A later
// article's step joins the life of the measure it changes; a life whose first dated step changes a measure the
// articles never report is kept, flagged `startsUnseen`, rather than given an invented start.
import type { CountryCode, Measure, MeasureLife, MeasureStage, MeasureStep } from '../../src/lib/dataset.ts';
import { compareFactDates } from './calendar.ts';
import { loadLexicon } from './lexicon.ts';
import { shortCountryName } from './gazetteer-countries.ts';

/** The family most of a measure's products belong to (ties: the first in alphabetical order). */
export function primaryFamily(measure: Pick<Measure, 'products' | 'productFamilies'>): string {
  if (measure.productFamilies.length <= 1) return measure.productFamilies[0] ?? 'other';
  const familyOf = new Map(loadLexicon().products.map((entry) => [entry.label, entry.family]));
  const counts = new Map<string, number>();
  for (const product of measure.products) {
    const family = familyOf.get(product) ?? 'other';
    counts.set(family, (counts.get(family) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? 'other';
}

function lifeKey(measure: Measure): string {
  return `${measure.imposer}|${measure.target}|${primaryFamily(measure)}`;
}

/** Dated steps first, by date; on the same date an announcement before what is done; undated mentions last. */
function stepOrder(a: Measure, b: Measure): number {
  if (!a.date || !b.date) return a.date ? -1 : b.date ? 1 : a.id < b.id ? -1 : 1;
  return (
    compareFactDates(a.date, b.date) ||
    (a.status === 'planned' ? 0 : 1) - (b.status === 'planned' ? 0 : 1) ||
    (a.id < b.id ? -1 : 1)
  );
}

type ProductState = { rate: number | null; stopped: boolean };

/** A removal's stage: a pause, an exemption of part of what is in force, or the end of it. */
function removalStage(measure: Measure, state: ReadonlyMap<string, ProductState>): MeasureStage {
  const inForce = [...state].filter(([, s]) => !s.stopped).map(([product]) => product);
  // Spares goods narrower than what is in force ("USMCA-compliant goods" out of "all goods"): an exemption in part.
  const partial = inForce.length > 0 && measure.products.every((p) => !inForce.includes(p));
  if (partial || measure.change === 'exempt') return 'exempted';
  if (measure.change === 'suspend') return 'paused';
  return 'lifted';
}

/** What an imposition did to the rates already in force on the same goods. */
function impositionStage(measure: Measure, state: ReadonlyMap<string, ProductState>): MeasureStage {
  if (measure.change === 'raise') return 'raised';
  const before = measure.products.flatMap((p) => {
    const s = state.get(p) ?? state.get('all goods');
    return s && !s.stopped && s.rate !== null ? [s.rate] : [];
  });
  const rate = measure.ratePct;
  if (rate === null || before.length === 0) return 'in force';
  // Reports round ("a 76% levy" for 75.8%): rates that round to the same whole number are the same rate.
  const same = (other: number) => Math.round(other) === Math.round(rate);
  if (before.some((other) => other < rate && !same(other))) return 'raised';
  if (before.every((other) => other > rate && !same(other))) return 'cut';
  return 'in force';
}

function stageOf(measure: Measure, state: ReadonlyMap<string, ProductState>): MeasureStage {
  if (measure.status === 'planned') return 'announced';
  if (measure.action === 'remove') return removalStage(measure, state);
  if (measure.action === 'reduce') return 'cut';
  return impositionStage(measure, state);
}

function lifeLabel(imposer: CountryCode, target: CountryCode, family: string, products: readonly string[]): string {
  const adjective =
    target === 'XX'
      ? ''
      : `${loadLexicon().actors.find((a) => a.code === target)?.adjectives[0] ?? shortCountryName(target)} `;
  const origin = target === 'XX' ? ' from all origins' : '';
  const named = products.filter((p) => p !== 'all goods');
  const goods =
    family === 'all goods' || named.length === 0
      ? `all ${adjective}goods`
      : `${adjective}${named.length > 3 ? `${named.slice(0, 3).join(', ')} and more` : named.length > 1 ? `${named.slice(0, -1).join(', ')} and ${named[named.length - 1]}` : named[0]}`;
  return `${shortCountryName(imposer)} on ${goods}${origin}`;
}

/**
 * The lives of the dataset's measures, sorted by id, and each measure's life and stage (returned as new measure
 * objects; the input is not changed).
 */
export function buildMeasureLives(measures: readonly Measure[]): { lives: MeasureLife[]; measures: Measure[] } {
  const byLife = new Map<string, Measure[]>();
  // A measure the editor added with no sentence has nothing to show as a step's evidence: it stays out of the lives.
  for (const measure of measures) {
    if (measure.evidence.length === 0) continue;
    const key = lifeKey(measure);
    const list = byLife.get(key);
    if (list) list.push(measure);
    else byLife.set(key, [measure]);
  }
  const lives: MeasureLife[] = [];
  const placed = new Map<string, { lifeId: string; stage: MeasureStage }>();
  for (const [key, members] of byLife) {
    const [imposer, target, family] = key.split('|') as [string, string, string];
    const id = `life-${imposer}-${target}-${family}`
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/-+$/, '');
    const state = new Map<string, ProductState>();
    const steps: MeasureStep[] = [];
    for (const measure of [...members].sort(stepOrder)) {
      const stage = stageOf(measure, state);
      // Undated mentions cannot say what came before them: they change nothing in the running state.
      if (measure.date && stage !== 'announced') {
        // A step that states no rate ("expanded the tariffs to derivatives") keeps the rate known before it.
        for (const product of measure.products)
          state.set(product, {
            rate: measure.action === 'remove' ? null : (measure.ratePct ?? state.get(product)?.rate ?? null),
            stopped: measure.action === 'remove',
          });
      }
      steps.push({
        measureId: measure.id,
        stage,
        date: measure.date,
        ratePct: measure.ratePct,
        products: [...measure.products],
        evidence: measure.evidence[0]!,
      });
      placed.set(measure.id, { lifeId: id, stage });
    }
    const first = steps.find((step) => step.date) ?? steps[0]!;
    const products = [...new Set(members.flatMap((m) => m.products))].sort();
    lives.push({
      id,
      imposer,
      target,
      family,
      label: lifeLabel(imposer, target, family, products),
      steps,
      startsUnseen: first.stage !== 'in force' && first.stage !== 'announced',
    });
  }
  lives.sort((a, b) => (a.id < b.id ? -1 : 1));
  return { lives, measures: measures.map((measure) => ({ ...measure, ...placed.get(measure.id) })) };
}
