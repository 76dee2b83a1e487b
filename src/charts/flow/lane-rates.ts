// The rate each changing measure stands at by the end of its lane (the last day a rate changed), or on the day chosen
// with on=: "now: 6.1% on electric vehicles", one note per imposer lane, fitted to the room the lane's title leaves.
import type { CountryCode, MeasureLife, MeasureStage } from '../../lib/dataset.ts';
import { changeDays, dayBounds, formatIsoDay, inForceOn } from '../../lib/in-force.ts';
import { textWidth, truncate } from '../../lib/text-metrics.ts';

/** One imposer's note: "now" (or "on 1 March 2025") and a short text per changing measure. */
export interface LaneRateNote {
  actor: CountryCode;
  /** "now" at the end of the record, "on 1 March 2025" on a chosen day. */
  when: string;
  /** "6.1% on electric vehicles", "35% on all goods from Canada", "none on canola seed (lifted)". */
  rates: string[];
}

const placed = (life: MeasureLife) => life.steps.filter((step) => step.date !== null && step.stage !== 'announced');

const CHANGE_STAGES = new Set<MeasureStage>(['raised', 'cut', 'paused', 'exempted', 'lifted']);

/**
 * The rate of some goods changed: a raise, cut, pause, exemption or lifting, or the same goods at a new stated rate
 * (canola seed 76% then 75.8%). Goods put in force side by side at their own rates (canola oil 100%, canola seed 76%)
 * are not a change.
 */
function rateChanged(life: MeasureLife): boolean {
  const steps = placed(life);
  if (steps.some((step) => CHANGE_STAGES.has(step.stage))) return true;
  const rates = new Map<string, number>();
  for (const step of steps) {
    if (step.ratePct === null) continue;
    for (const product of step.products) {
      const before = rates.get(product);
      if (before !== undefined && before !== step.ratePct) return true;
      rates.set(product, step.ratePct);
    }
  }
  return false;
}

function list(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/**
 * The notes, lane by lane (in the lives' order), for the lives whose rate changed (rateChanged); a life not begun on
 * the day says nothing. `name` gives a country's name (for "all goods from Canada").
 */
export function laneRateNotes(
  lives: readonly MeasureLife[],
  day: string | null,
  name: (code: CountryCode) => string,
): LaneRateNote[] {
  const changing = lives.filter(rateChanged);
  const end = day ?? changeDays(changing).at(-1) ?? null;
  if (!end || !changing.length) return [];
  const inForce = inForceOn(changing, end);
  const notes = new Map<CountryCode, LaneRateNote>();
  for (const life of changing) {
    const begun = placed(life).filter((step) => dayBounds(step.date!).last <= end);
    if (!begun.length) continue;
    const rates = inForce.rates.filter((rate) => rate.lifeId === life.id);
    const texts = rates.map((rate) => {
      const goods = rate.products.includes('all goods') ? `all goods from ${name(life.target)}` : list(rate.products);
      // Short for a lane's row: the exempted goods are named in the control's list and the marks' names.
      const except = rate.except.length ? ' (some exempted)' : '';
      return `${rate.ratePct === null ? 'a duty' : `${rate.ratePct}%`} on ${goods}${except}`;
    });
    if (!texts.length) {
      const last = begun[begun.length - 1]!;
      texts.push(`none on ${list(last.products)} (${last.stage})`);
    }
    const note = notes.get(life.imposer) ?? {
      actor: life.imposer,
      when: day ? `on ${formatIsoDay(day)}` : 'now',
      rates: [],
    };
    note.rates.push(...texts);
    notes.set(life.imposer, note);
  }
  return [...notes.values()];
}

/**
 * A note as one line no wider than `maxWidth` at `fontSize`: "now: 6.1% on electric vehicles · 100% on batteries",
 * the last rates left out ("· 2 more") when they do not fit, the first cut short ("…") when even it does not.
 */
export function fitNote(note: LaneRateNote, maxWidth: number, fontSize: number): string {
  const head = `${note.when}: `;
  for (let kept = note.rates.length; kept >= 1; kept--) {
    const rest = note.rates.length - kept;
    const text = `${head}${note.rates.slice(0, kept).join(' · ')}${rest ? ` · ${rest} more` : ''}`;
    if (textWidth(text, fontSize, 'bold') <= maxWidth) return text;
  }
  const rest = note.rates.length - 1;
  return truncate(`${head}${note.rates[0]}${rest ? ` · ${rest} more` : ''}`, maxWidth, fontSize, 'bold');
}
