// A deterministic synthetic dataset for the frame-time benchmark and dev page: N events spread over 2017–2025,
// denser towards the end like the real story, in every category and precision, with a few disputed dates.
import type { Conflict, Dataset, EventCategory, TimelineEvent } from '../../lib/dataset.ts';

const CATEGORIES: EventCategory[] = [
  'trade measure',
  'meeting',
  'detention/consular',
  'statement',
  'visit',
  'agreement',
];

/** A small linear congruential generator: the same events on every run. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** Returns a copy of `base` whose events are `count` synthetic ones (meetings and measures undated, so only events draw). */
export function syntheticDataset(base: Dataset, count: number, seed = 7): Dataset {
  const next = random(seed);
  const start = Date.UTC(2017, 0, 1);
  const end = Date.UTC(2025, 10, 30);
  const events: TimelineEvent[] = [];
  const conflicts: Conflict[] = [];
  for (let index = 0; index < count; index++) {
    // Square root of a uniform draw: more events late in the range.
    const time = start + Math.sqrt(next()) * (end - start);
    const date = new Date(time).toISOString().slice(0, 10);
    const roll = next();
    const precision = roll < 0.6 ? 'day' : roll < 0.9 ? 'month' : 'year';
    const value = precision === 'day' ? date : precision === 'month' ? date.slice(0, 7) : date.slice(0, 4);
    const category = CATEGORIES[Math.floor(next() * CATEGORIES.length)]!;
    const id = `event-synthetic-${index}`;
    events.push({
      id,
      provenance: 'extracted',
      evidence: [],
      articleCount: 0,
      date: { value, precision },
      title: `Synthetic ${category} ${index}: something happened on ${value}`,
      category,
      relatedIds: [],
    });
    if (index % 97 === 0 && precision !== 'year') {
      const other = new Date(time + 60 * 86_400_000).toISOString().slice(0, precision === 'day' ? 10 : 7);
      conflicts.push({
        id: `conflict-date-${id}`,
        factId: id,
        field: 'date',
        subject: `Date of ${id}`,
        sides: [
          { value, evidence: [] },
          { value: other, evidence: [] },
        ],
      });
    }
  }
  return {
    ...base,
    events,
    conflicts,
    meetings: base.meetings.map((meeting) => ({ ...meeting, date: null })),
    measures: base.measures.map((measure) => ({ ...measure, date: null })),
  };
}
