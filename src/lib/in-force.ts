// What was in force on a given day: each measure life's steps up to that day, read product by product.
// A step counts only once its whole date period has passed (a step dated "June 2025" is certain on 30 June, not on
// 1 June): a day inside the period lists the step as `uncertain` instead of guessing which side of it the day falls.
//
// The page keeps ONE chosen day for every chart, in the URL as `on=YYYY-MM-DD` (IN_FORCE_PARAM), set by the one
// control (src/components/InForceControl.svelte, in the flow chapter; the timeline chapter has a button that takes
// the reader to it). A chart reacts to it from its `params` prop, embeds from their own #on= link:
//   const day = $derived(inForceDayOf(params));        // "2025-03-01", or null: no day chosen (or not a real day)
//   const inForce = $derived(day ? inForceOn(dataset.measureLives ?? [], day) : null);
//   … draw a rule at `day`, fade what `inForce.rates` leaves out, say `formatIsoDay(day)` in words.
import type { CountryCode, FactDate, MeasureLife, MeasureStage, MeasureStep } from './dataset.ts';
import { factDateWords, isoDayWords } from './date-words.ts';

/** One rate in force: an imposer's rate on some of a target's goods, since the step that set it. */
export interface InForceRate {
  lifeId: string;
  imposer: CountryCode;
  target: CountryCode;
  products: string[];
  ratePct: number | null;
  /** Goods of the same life taken out by an exemption, pause or lifting ("USMCA/CUSMA-compliant goods"). */
  except: string[];
  /** The step that set this rate. */
  measureId: string;
  stage: MeasureStage;
  since: FactDate;
}

export interface InForce {
  day: string;
  rates: InForceRate[];
  /** Dated steps whose period holds the day ("June 2025" on 15 June): they may or may not have applied yet. */
  uncertain: { lifeId: string; step: MeasureStep }[];
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The first and last ISO day a fact date may mean. */
export function dayBounds(date: FactDate): { first: string; last: string } {
  const [year, month, day] = date.value.split('-');
  if (date.precision === 'day' && month && day) return { first: date.value, last: date.value };
  if (date.precision !== 'year' && month) {
    const y = Number(year);
    const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
    const last = Number(month) === 2 && leap ? 29 : DAYS_IN_MONTH[Number(month) - 1]!;
    return { first: `${year}-${month}-01`, last: `${year}-${month}-${String(last).padStart(2, '0')}` };
  }
  return { first: `${year}-01-01`, last: `${year}-12-31` };
}

interface ProductState {
  ratePct: number | null;
  stopped: boolean;
  step: MeasureStep;
}

/** The rates in force on `day` ("YYYY-MM-DD"), life by life; announced and undated steps never count. */
export function inForceOn(lives: readonly MeasureLife[], day: string): InForce {
  const rates: InForceRate[] = [];
  const uncertain: InForce['uncertain'] = [];
  for (const life of lives) {
    const state = new Map<string, ProductState>();
    for (const step of life.steps) {
      if (!step.date || step.stage === 'announced') continue;
      const { first, last } = dayBounds(step.date);
      if (first > day) continue;
      if (last > day) {
        uncertain.push({ lifeId: life.id, step });
        continue;
      }
      const stopped = step.stage === 'lifted' || step.stage === 'paused' || step.stage === 'exempted';
      for (const product of step.products) {
        const before = state.get(product);
        state.set(product, { ratePct: stopped ? null : (step.ratePct ?? before?.ratePct ?? null), stopped, step });
      }
    }
    const except = [...state].filter(([, s]) => s.stopped).map(([product]) => product);
    // Products set by the same step at the same rate read as one entry: "25% on steel and aluminum".
    const groups = new Map<string, InForceRate>();
    for (const [product, s] of state) {
      if (s.stopped) continue;
      const key = `${s.step.measureId}|${s.ratePct}`;
      const group = groups.get(key);
      if (group) group.products.push(product);
      else
        groups.set(key, {
          lifeId: life.id,
          imposer: life.imposer,
          target: life.target,
          products: [product],
          ratePct: s.ratePct,
          except: [],
          measureId: s.step.measureId,
          stage: s.step.stage,
          since: s.step.date!,
        });
    }
    for (const group of groups.values()) {
      // An exemption carves goods out of a blanket measure ("all goods … except USMCA-compliant goods").
      if (group.products.includes('all goods')) group.except = except;
      rates.push(group);
    }
  }
  return { day, rates, uncertain };
}

function list(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/**
 * The day's rates in words, for screen readers and slides: "On 1 March 2025: Canada 100% on electric vehicles from
 * China, 25% on steel and aluminum from China; China 100% on canola oil from Canada." `name` gives a country's name,
 * `formatDay` the day in words.
 */
export function describeInForce(
  inForce: InForce,
  words: { name: (code: CountryCode) => string; formatDay: (iso: string) => string },
): string {
  const byImposer = new Map<CountryCode, string[]>();
  for (const rate of inForce.rates)
    byImposer.set(rate.imposer, [...(byImposer.get(rate.imposer) ?? []), rateInWords(rate, words.name)]);
  const head = `On ${words.formatDay(inForce.day)}`;
  if (byImposer.size === 0) return `${head}: no measure in these articles was in force.`;
  const parts = [...byImposer]
    .sort((a, b) => (words.name(a[0]) < words.name(b[0]) ? -1 : 1))
    .map(([imposer, texts]) => `${words.name(imposer)} ${texts.join(', ')}`);
  return `${head}: ${parts.join('; ')}.`;
}

/** "25% on all goods from Mexico except USMCA-compliant goods", "a duty (rate not stated) on steel from all origins". */
export function rateInWords(rate: InForceRate, name: (code: CountryCode) => string): string {
  const goods = rate.products.includes('all goods') ? 'all goods' : list(rate.products);
  const origin = rate.target === 'XX' ? ' from all origins' : ` from ${name(rate.target)}`;
  const except = rate.except.length > 0 ? ` except ${list(rate.except)}` : '';
  return `${rate.ratePct === null ? 'a duty (rate not stated)' : `${rate.ratePct}%`} on ${goods}${origin}${except}`;
}

/** The days a rate changes (each dated step's last possible day), sorted: where "previous/next change" jumps to. */
export function changeDays(lives: readonly MeasureLife[]): string[] {
  const days = new Set<string>();
  for (const life of lives)
    for (const step of life.steps) if (step.date && step.stage !== 'announced') days.add(dayBounds(step.date).last);
  return [...days].sort();
}

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 for an ISO day, and back: the slider's integer scale (UTC, no time zone shifts). */
export function dayNumber(iso: string): number {
  return Math.round(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / DAY_MS);
}

export function isoDay(dayNumberValue: number): string {
  return new Date(dayNumberValue * DAY_MS).toISOString().slice(0, 10);
}

/** The view parameter that holds the chosen day: #on=2025-03-01. */
export const IN_FORCE_PARAM = 'on';

/** The chosen day from a chart's params (or the page's), or null when none is chosen or it is not a real day. */
export function inForceDayOf(params: Readonly<Record<string, string>> | undefined | null): string | null {
  return parseDay(params?.[IN_FORCE_PARAM]);
}

/** A valid ISO day from the URL, or null ("2025-02-30", "x" are not days). */
export function parseDay(value: string | null | undefined): string | null {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  return isoDay(dayNumber(value)) === value ? value : null;
}

/** "1 March 2025" for "2025-03-01": the day in words (lib/date-words, one wording for every chart). */
export const formatIsoDay = isoDayWords;

/** True when some life has a step a day can fall after (dated and not only announced): the control has days to offer. */
export function hasDatedSteps(lives: readonly MeasureLife[] | undefined): boolean {
  return changeDays(lives ?? []).length > 0;
}

/** A step's date in words at its precision: "1 March 2025", "March 2025", "2025". */
export const formatFactDate = (date: FactDate): string => factDateWords(date);

/** "China: 100% on canola oil from Canada, in force sometime in March 2025 (day not stated)": a step the day may precede. */
export function uncertainInWords(
  item: InForce['uncertain'][number],
  lives: readonly MeasureLife[],
  name: (code: CountryCode) => string,
): string {
  const life = lives.find((candidate) => candidate.id === item.lifeId);
  const { step } = item;
  const rate = step.ratePct === null ? 'a duty (rate not stated)' : `${step.ratePct}%`;
  const origin = !life ? '' : life.target === 'XX' ? ' from all origins' : ` from ${name(life.target)}`;
  const when = step.date ? formatFactDate(step.date) : 'a period';
  const precision = step.date?.precision === 'year' ? 'month and day not stated' : 'day not stated';
  return `${life ? `${name(life.imposer)}: ` : ''}${rate} on ${list(step.products)}${origin}, ${step.stage} sometime in ${when} (${precision})`;
}
