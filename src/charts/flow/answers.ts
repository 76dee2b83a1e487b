// Which "answered" relations the chart draws as arrows, and when each measure sits on the time axis. An arrow runs
// from the measure answered (earlier) to its answer (later), so time and arrows go the same way. A relation with an
// undated side, or whose dates contradict it (the answer's period ends before the answered one's begins), is not
// placed in time: the label says it in words instead ("answers Canada's 100% on electric vehicles").
import type { Measure } from '../../lib/dataset.ts';
import { factDateMidpoint, factDatePeriod } from './dates.ts';

export interface AnswerRelations {
  /** [answered, answer] id pairs drawn as arrows, in the answers' order. */
  arrows: [string, string][];
  /** Relations told in words on a measure's label, because no arrow can show them honestly. */
  notes: Map<string, { answers: Measure[]; answeredBy: Measure[] }>;
}

/**
 * Each dated measure's time on the axis: its date's midpoint, except that an answer whose vaguer date's midpoint falls
 * before what it answered ("Mar 2025" answering "8 Mar 2025" from the 15th… or the reverse) moves to the answered
 * measure's time, still inside its own date's period. Undated measures are absent.
 */
export function displayTimes(measures: readonly Measure[]): Map<string, number> {
  const times = new Map<string, number>();
  const periods = new Map<string, [number, number]>();
  for (const measure of measures) {
    const time = factDateMidpoint(measure.date);
    const period = factDatePeriod(measure.date);
    if (time !== null && period) {
      times.set(measure.id, time);
      periods.set(measure.id, period);
    }
  }
  // A chain of answers can push several times: repeat until nothing moves (at most one pass per measure). Going in
  // time order, one pass settles most chains.
  const inTimeOrder = measures
    .filter((measure) => times.has(measure.id))
    .sort((a, b) => times.get(a.id)! - times.get(b.id)!);
  for (let pass = 0; pass < inTimeOrder.length; pass++) {
    let moved = false;
    for (const measure of inTimeOrder) {
      const own = times.get(measure.id);
      const period = periods.get(measure.id);
      if (own === undefined || !period) continue;
      for (const answered of measure.respondsTo) {
        const earlier = times.get(answered);
        if (earlier !== undefined && earlier > own && earlier < period[1] && answered !== measure.id) {
          times.set(measure.id, earlier);
          moved = true;
        }
      }
    }
    if (!moved) break;
  }
  return times;
}

/** The arrows and the worded relations among the drawn measures; answers to measures not drawn are left out. */
export function answerRelations(
  measures: readonly Measure[],
  times: ReadonlyMap<string, number> = displayTimes(measures),
): AnswerRelations {
  const byId = new Map(measures.map((measure) => [measure.id, measure]));
  const arrows: [string, string][] = [];
  const notes = new Map<string, { answers: Measure[]; answeredBy: Measure[] }>();
  const note = (id: string) => {
    let entry = notes.get(id);
    if (!entry) notes.set(id, (entry = { answers: [], answeredBy: [] }));
    return entry;
  };
  for (const measure of measures) {
    for (const answeredId of new Set(measure.respondsTo)) {
      const answered = byId.get(answeredId);
      if (!answered || answered.id === measure.id) continue;
      const from = times.get(answered.id);
      const to = times.get(measure.id);
      if (from !== undefined && to !== undefined && from <= to) arrows.push([answered.id, measure.id]);
      else {
        note(measure.id).answers.push(answered);
        note(answered.id).answeredBy.push(measure);
      }
    }
  }
  return { arrows, notes };
}
