// What was in force on a given day: each measure life's steps up to that day, read product by product.
// A step counts only once its whole date period has passed (a step dated "June 2025" is certain on 30 June, not on
// 1 June): a day inside the period lists the step as `uncertain` instead of guessing which side of it the day falls.
import type { CountryCode, FactDate, MeasureLife, MeasureStage, MeasureStep } from './dataset.ts';

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
        state.set(product, { ratePct: stopped ? null : step.ratePct ?? before?.ratePct ?? null, stopped, step });
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
      else groups.set(key, { lifeId: life.id, imposer: life.imposer, target: life.target, products: [product], ratePct: s.ratePct, except: [], measureId: s.step.measureId, stage: s.step.stage, since: s.step.date! });
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
 * The day's rates in words, for screen readers and slides: "On 1 March 2025: Canada 100% on Chinese electric vehicles,
 * 25% on Chinese steel and aluminum; China 100% on Canadian canola oil." `name` gives a country's name, `adjective`
 * its adjective ("Chinese"), `formatDay` the day in words.
 */
export function describeInForce(
  inForce: InForce,
  words: { name: (code: CountryCode) => string; adjective: (code: CountryCode) => string; formatDay: (iso: string) => string },
): string {
  const byImposer = new Map<CountryCode, string[]>();
  for (const rate of inForce.rates) {
    const origin = rate.target === 'XX' ? '' : `${words.adjective(rate.target)} `;
    const goods = rate.products.includes('all goods') ? `all ${origin}goods` : `${origin}${list(rate.products)}`;
    const scope = rate.target === 'XX' ? ' from all origins' : '';
    const except = rate.except.length > 0 ? ` except ${list(rate.except)}` : '';
    const text = `${rate.ratePct === null ? 'a duty (rate not stated)' : `${rate.ratePct}%`} on ${goods}${scope}${except}`;
    byImposer.set(rate.imposer, [...(byImposer.get(rate.imposer) ?? []), text]);
  }
  const head = `On ${words.formatDay(inForce.day)}`;
  if (byImposer.size === 0) return `${head}: no measure in these articles was in force.`;
  const parts = [...byImposer].sort((a, b) => (words.name(a[0]) < words.name(b[0]) ? -1 : 1)).map(([imposer, texts]) => `${words.name(imposer)} ${texts.join(', ')}`);
  return `${head}: ${parts.join('; ')}.`;
}
