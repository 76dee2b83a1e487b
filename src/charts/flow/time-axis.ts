// The wide layout's time axis: a scale from UTC time to x that keeps every stretch with measures in proportion but
// shortens a long empty stretch to a fixed width, drawn as an axis break ("//"). Without it, one 2018 measure squeezes
// the whole 2024–2026 story into a sliver (seen on the dev corpus: eight years on 1,100 px left 5 months in 58 px).
import { utcMonth } from 'd3-time';
import { monthYearWords } from '../../lib/date-words.ts';
import { textWidth } from '../../lib/text-metrics.ts';

export interface AxisBreak {
  /** Where the break symbol is drawn (the middle of the shortened stretch). */
  x: number;
  /** The empty stretch it stands for (ms since the epoch). */
  from: number;
  to: number;
}

export interface CompressedTimeScale {
  (time: number): number;
  /** The shortened stretches, in time order. */
  breaks: AxisBreak[];
  /** First and last time on the axis. */
  domain: [number, number];
}

const DAY = 86_400_000;

/**
 * A piecewise-linear scale through the given times (any order, repeats allowed), from the start of the first time's
 * month to the last time, onto [left, right]. A gap between two consecutive times longer than `maxGap` ms takes the
 * width of `breakWidth` (half of `maxGap` by default) and is reported as a break. A single time gets two months, so its mark sits near the left.
 */
export function compressedTimeScale(
  times: readonly number[],
  [left, right]: readonly [number, number],
  maxGap = 60 * DAY,
  breakWidth = maxGap / 2,
): CompressedTimeScale {
  const sorted = [...new Set(times)].sort((a, b) => a - b);
  const first = sorted.length ? utcMonth.floor(new Date(sorted[0]!)).getTime() : 0;
  const knots = [first, ...sorted.filter((time) => time > first)];
  if (sorted.length <= 1) knots.push(Math.max(utcMonth.offset(new Date(first), 2).getTime(), (sorted[0] ?? first) + 1));
  // A break takes less width than the longest unbroken gap, so it never looks like a stretch of time.
  const weights = knots
    .slice(1)
    .map((time, index) => (time - knots[index]! > maxGap ? breakWidth : time - knots[index]!));
  const total = weights.reduce((sum, weight) => sum + weight, 0) || 1;
  const positions = [left];
  for (const weight of weights) positions.push(positions[positions.length - 1]! + ((right - left) * weight) / total);
  const scale = ((time: number) => {
    if (time <= knots[0]!) return positions[0]! - ((knots[0]! - time) / total) * (right - left);
    for (let index = 1; index < knots.length; index++) {
      if (time <= knots[index]!) {
        const t = (time - knots[index - 1]!) / (knots[index]! - knots[index - 1]! || 1);
        return positions[index - 1]! + t * (positions[index]! - positions[index - 1]!);
      }
    }
    return positions[positions.length - 1]!;
  }) as CompressedTimeScale;
  scale.breaks = [];
  knots.slice(1).forEach((time, index) => {
    if (time - knots[index]! > maxGap)
      scale.breaks.push({ x: (positions[index]! + positions[index + 1]!) / 2, from: knots[index]!, to: time });
  });
  scale.domain = [knots[0]!, knots[knots.length - 1]!];
  return scale;
}

export interface AxisTick {
  text: string;
  x: number;
}

/**
 * Month ticks every 1, 2, 3, 6 or 12 months (quarters fall on Jan, Apr, Jul, Oct): the smallest step whose labels all
 * fit between `minX` and `maxX` without touching. No tick inside a shortened stretch (its months have no width). A
 * tick names its year when the year changes or after a break ("Oct 2024 · Jan 2025 · Apr"), so more of them fit.
 */
export function monthTicks(scale: CompressedTimeScale, fontSize: number, minX: number, maxX: number): AxisTick[] {
  const [start, end] = scale.domain;
  const inBreak = (time: number) => scale.breaks.some((gap) => time > gap.from + DAY && time < gap.to - DAY);
  let best: AxisTick[] = [];
  for (const step of [1, 2, 3, 6, 12]) {
    const candidates = [new Date(start), ...utcMonth.every(step)!.range(new Date(start + 1), new Date(end + 1))]
      .map((date) => date.getTime())
      .filter((time) => !inBreak(time));
    const kept: AxisTick[] = [];
    let lastRight = -Infinity;
    let lastYear: number | null = null;
    let lastTime = -Infinity;
    let fits = true;
    for (const time of candidates) {
      const x = scale(time);
      const year = new Date(time).getUTCFullYear();
      const broken = scale.breaks.some((gap) => gap.from >= lastTime && gap.to <= time);
      const full = monthYearWords(time, { short: true });
      const text = year === lastYear && !broken ? full.slice(0, 3) : full;
      const half = textWidth(text, fontSize) / 2;
      if (x - half < lastRight + fontSize || x - half < minX || x + half > maxX) {
        fits = false;
        continue;
      }
      // A label never covers a break's symbol (a tick there gives way; it is not a reason to thin the others).
      if (scale.breaks.some((gap) => Math.abs(gap.x - x) < half + fontSize * 0.7)) continue;
      kept.push({ text, x });
      lastRight = x + half;
      lastYear = year;
      lastTime = time;
    }
    best = kept;
    if (fits) break;
  }
  // A stretch after a break whose month starts inside the break has no tick of its own: name its first month at
  // its first time, when there is room.
  for (const gap of scale.breaks) {
    const next = scale.breaks.find((other) => other.from >= gap.to)?.from ?? end;
    if (best.some((tick) => tick.x >= scale(gap.to) - 1 && tick.x <= scale(next) + 1)) continue;
    const text = monthYearWords(gap.to, { short: true });
    const x = scale(gap.to);
    const half = textWidth(text, fontSize) / 2;
    const clear =
      best.every((tick) => Math.abs(tick.x - x) >= half + textWidth(tick.text, fontSize) / 2 + fontSize) &&
      scale.breaks.every((other) => Math.abs(other.x - x) >= half + fontSize * 0.7);
    if (clear && x - half >= minX && x + half <= maxX) best.push({ text, x });
  }
  return best.sort((a, b) => a.x - b.x);
}
