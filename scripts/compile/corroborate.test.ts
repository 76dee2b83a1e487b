import { describe, expect, it } from 'vitest';
import type { Evidence } from '../../src/lib/dataset.ts';
import { byArticleCount, conflictBetween, sidesOf, type Side } from './corroborate.ts';

/** Evidence of one sentence of an article: enough for counting articles and removing repeats. */
function said(articleId: string, start: number): Evidence {
  return { articleId, start, end: start + 10, quote: `${articleId}@${start}` };
}

const about = { factId: 'measure-cn-ca-canola', field: 'date' as const, subject: "Date of China's levy on canola" };

describe('sidesOf', () => {
  it('puts equal values on one side and different values on their own, in the order first reported', () => {
    const sides = sidesOf(
      [
        { value: 25, evidence: said('a', 0) },
        { value: 10, evidence: said('b', 0) },
        { value: 25, evidence: said('c', 5) },
      ],
      (side, report) => side === report,
    );
    expect(sides.map((s) => [s.value, s.evidence.map((e) => e.articleId)])).toEqual([
      [25, ['a', 'c']],
      [10, ['b']],
    ]);
  });

  it('joins compatible values and keeps what `join` says (the more precise of a month and a day in it)', () => {
    const withinMonth = (a: string, b: string) => a.startsWith(b) || b.startsWith(a);
    const longer = (a: string, b: string) => (b.length > a.length ? b : a);
    const sides = sidesOf(
      [
        { value: '2025-03', evidence: said('a', 0) },
        { value: '2025-03-20', evidence: said('b', 0) },
        { value: '2025-08', evidence: said('c', 0) },
      ],
      withinMonth,
      longer,
    );
    expect(sides.map((s) => s.value)).toEqual(['2025-03-20', '2025-08']);
  });

  it('does not modify the reports it is given', () => {
    const reports = [
      { value: 1, evidence: said('a', 0) },
      { value: 1, evidence: said('b', 0) },
    ];
    const copy = structuredClone(reports);
    sidesOf(reports, (a, b) => a === b);
    expect(reports).toEqual(copy);
  });
});

describe('byArticleCount', () => {
  const side = (value: number, ...evidence: Evidence[]): Side<number> => ({ value, evidence });

  it('puts the value most articles give first: the majority wins', () => {
    const ranked = byArticleCount([side(10, said('a', 0)), side(25, said('b', 0), said('c', 0))], (a, b) => a - b);
    expect(ranked.map((s) => s.value)).toEqual([25, 10]);
  });

  it('counts articles, not sentences: one article repeating a value does not outvote two articles', () => {
    const ranked = byArticleCount(
      [side(10, said('a', 0), said('a', 50), said('a', 90)), side(25, said('b', 0), said('c', 0))],
      (a, b) => a - b,
    );
    expect(ranked.map((s) => s.value)).toEqual([25, 10]);
  });

  it('orders sides with as many articles by the tie-break', () => {
    expect(
      byArticleCount([side(25, said('a', 0)), side(10, said('b', 0))], (a, b) => a - b).map((s) => s.value),
    ).toEqual([10, 25]);
    expect(
      byArticleCount([side(10, said('a', 0)), side(25, said('b', 0))], (a, b) => b - a).map((s) => s.value),
    ).toEqual([25, 10]);
  });

  it('does not reorder the sides it is given', () => {
    const sides = [side(10, said('a', 0)), side(25, said('b', 0), said('c', 0))];
    byArticleCount(sides, (a, b) => a - b);
    expect(sides.map((s) => s.value)).toEqual([10, 25]);
  });
});

describe('conflictBetween', () => {
  it('is null where every report agrees (one side)', () => {
    expect(
      conflictBetween(about, [{ value: '2025-03-20', evidence: [said('a', 0), said('b', 0)] }], (v) => v),
    ).toBeNull();
    expect(conflictBetween<string>(about, [], (v) => v)).toBeNull();
  });

  it('lists every side with its evidence, by written value, naming the fact and field', () => {
    const conflict = conflictBetween(
      about,
      [
        { value: '2025-08', evidence: [said('b', 0), said('c', 0)] },
        { value: '2025-03', evidence: [said('a', 0)] },
      ],
      (v) => v,
    );
    expect(conflict).toEqual({
      id: 'conflict-date-measure-cn-ca-canola',
      factId: 'measure-cn-ca-canola',
      field: 'date',
      subject: "Date of China's levy on canola",
      sides: [
        { value: '2025-03', evidence: [said('a', 0)] },
        { value: '2025-08', evidence: [said('b', 0), said('c', 0)] },
      ],
    });
  });

  it('shows values as a reader reads them, in the order given (rates by number: 9% before 25%)', () => {
    const conflict = conflictBetween(
      { ...about, field: 'ratePct' },
      [
        { value: 25, evidence: [said('a', 0)] },
        { value: 9, evidence: [said('b', 0)] },
      ],
      (rate) => `${rate}%`,
      (a, b) => a - b,
    );
    expect(conflict?.sides.map((s) => s.value)).toEqual(['9%', '25%']);
  });

  it('gives each side its evidence once, ordered by article and offset', () => {
    const conflict = conflictBetween(
      about,
      [
        { value: 'Kovrig', evidence: [said('b', 40), said('a', 0), said('b', 40)] },
        { value: 'Kovring', evidence: [said('c', 0)] },
      ],
      (v) => v,
    );
    expect(conflict?.sides[0]!.evidence).toEqual([said('a', 0), said('b', 40)]);
  });
});
