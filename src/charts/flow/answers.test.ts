import { describe, expect, it } from 'vitest';
import { answerRelations, displayTimes } from './answers.ts';
import { crossfireMeasures, measureFixture } from './fixtures.ts';

describe('answerRelations(measures)', () => {
  it('draws an arrow from each measure to every dated answer to it, and tells undated ones in words', () => {
    const { arrows, notes } = answerRelations(crossfireMeasures());
    expect(arrows).toContainEqual(['ca-ev', 'cn-oil']);
    expect(arrows).toContainEqual(['ca-steel', 'cn-seed']);
    // The US–Canada same-day exchange: each side answered the other.
    expect(arrows).toContainEqual(['ca-all', 'us-all-25']);
    expect(arrows).toContainEqual(['us-all-25', 'ca-all']);
    expect(arrows.some(([source, target]) => source === 'us-ev' || target === 'cn-seafood')).toBe(false);
    expect(
      notes
        .get('cn-seafood')!
        .answers.map((measure) => measure.id)
        .sort(),
    ).toEqual(['ca-ev', 'ca-solar', 'ca-steel']);
    expect(notes.get('us-ev')!.answeredBy.map((measure) => measure.id)).toEqual(['ca-ev']);
  });

  it('tells in words, not by a backward arrow, an answer dated before what it answered', () => {
    const measures = [
      measureFixture({ id: 'late', date: { value: '2025-06-01', precision: 'day' } }),
      measureFixture({
        id: 'early',
        imposer: 'CN',
        date: { value: '2025-01-01', precision: 'day' },
        respondsTo: ['late'],
      }),
    ];
    const { arrows, notes } = answerRelations(measures);
    expect(arrows).toEqual([]);
    expect(notes.get('early')!.answers.map((measure) => measure.id)).toEqual(['late']);
  });

  it('leaves out answers to measures that are not drawn, and does not modify its input', () => {
    const measures = crossfireMeasures().filter((measure) => measure.imposer !== 'US');
    const before = JSON.stringify(measures);
    const { arrows } = answerRelations(measures);
    expect(arrows.some(([source]) => source.startsWith('us-'))).toBe(false);
    expect(JSON.stringify(measures)).toBe(before);
  });
});

describe('displayTimes(measures)', () => {
  it("moves a month-precise answer to what it answered when its month's middle would put it first", () => {
    const measures = [
      measureFixture({ id: 'day', date: { value: '2025-03-20', precision: 'day' } }),
      measureFixture({
        id: 'month',
        imposer: 'CN',
        date: { value: '2025-03', precision: 'month' },
        respondsTo: ['day'],
      }),
      measureFixture({ id: 'undated', date: null }),
    ];
    const times = displayTimes(measures);
    expect(times.get('month')).toBe(times.get('day'));
    expect(times.has('undated')).toBe(false);
    // Not beyond its own period: an answer dated a whole month earlier stays where it is.
    const apart = displayTimes([measures[0]!, { ...measures[1]!, date: { value: '2025-02', precision: 'month' } }]);
    expect(apart.get('month')).toBeLessThan(apart.get('day')!);
  });
});
