import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../lib/dataset.ts';
import type { Measure } from '../../lib/dataset.ts';
import { day, event, measure, month, storyDataset, year } from './fixtures.ts';
import { dateInterval, drawnPrecision, timeExtent, timelineItems } from './items.ts';

const utc = (y: number, m: number, d = 1) => Date.UTC(y, m - 1, d);

describe('dateInterval(date)', () => {
  const tests = [
    {
      date: year('2017'),
      expected: { start: utc(2017, 1), end: utc(2018, 1) },
      says: 'a year-only date spans its year',
    },
    {
      date: month('2018-12'),
      expected: { start: utc(2018, 12), end: utc(2019, 1) },
      says: 'a month-only date spans its month (across the year end)',
    },
    { date: month('2024-02'), expected: { start: utc(2024, 2), end: utc(2024, 3) }, says: 'February of a leap year' },
    {
      date: day('2025-10-31'),
      expected: { start: utc(2025, 10, 31), end: utc(2025, 11, 1) },
      says: 'a day spans its day',
    },
    {
      date: { value: '2025-10-31', precision: 'month' as const },
      expected: { start: utc(2025, 10), end: utc(2025, 11) },
      says: 'a day value with month precision spans the month',
    },
    {
      date: { value: '2025-10', precision: 'day' as const },
      expected: { start: utc(2025, 10), end: utc(2025, 11) },
      says: 'a month value never claims a day',
    },
  ];
  for (const { date, expected, says } of tests) {
    it(`${says}: ${date.value} (${date.precision})`, () => expect(dateInterval(date)).toEqual(expected));
  }
  it('names the bad value when a date is malformed', () => {
    expect(() => dateInterval({ value: '31 Oct 2025', precision: 'day' })).toThrow(/"31 Oct 2025"/);
  });
  it('draws the coarser of the value and the precision field', () => {
    expect(drawnPrecision({ value: '2025', precision: 'day' })).toBe('year');
    expect(drawnPrecision({ value: '2025-10-31', precision: 'month' })).toBe('month');
  });
});

describe('timelineItems(dataset)', () => {
  it('keeps events, adds dated meetings and measures no event stands for, and lists undated events apart', () => {
    const { items, undated } = timelineItems(storyDataset());
    expect(items.map((item) => item.id)).toEqual([
      'event-trudeau-2017',
      'event-arrests',
      'measure-evs',
      'event-canola',
      'meeting-li-carney',
      'event-carney-xi',
    ]);
    expect(items.map((item) => item.order)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(undated.map((item) => item.id)).toEqual(['event-trump-ends-talks']);
    // Undated meetings and measures are not guessed onto the axis.
    expect(items.some((item) => item.id.includes('undated'))).toBe(false);
  });

  it('gives each item the interval of its precision', () => {
    const { items } = timelineItems(storyDataset());
    const byId = new Map(items.map((item) => [item.id, item]));
    expect(byId.get('event-trudeau-2017')).toMatchObject({ start: utc(2017, 1), end: utc(2018, 1) });
    expect(byId.get('event-carney-xi')).toMatchObject({ start: utc(2025, 10, 31), end: utc(2025, 11, 1) });
    expect(byId.get('measure-evs')).toMatchObject({
      kind: 'measure',
      category: 'trade measure',
      start: utc(2024, 10),
      end: utc(2024, 11),
    });
    expect(byId.get('meeting-li-carney')).toMatchObject({
      kind: 'meeting',
      category: 'meeting',
      title: 'Meeting: meeting-li-carney',
    });
  });

  it('attaches a date conflict to the event that stands for the disputed fact, as a second position', () => {
    const { items } = timelineItems(storyDataset());
    const canola = items.find((item) => item.id === 'event-canola')!;
    expect(canola.disputes).toHaveLength(1);
    expect(canola.disputes[0]).toMatchObject({
      date: { value: '2025-08', precision: 'month' },
      start: utc(2025, 8),
      end: utc(2025, 9),
      conflictId: 'conflict-date-measure-canola',
    });
    // A name conflict is not a date dispute.
    expect(
      items.every((item) => item.disputes.every((position) => position.conflictId.startsWith('conflict-date'))),
    ).toBe(true);
    expect(timeExtent(items)).toEqual({ start: utc(2017, 1), end: utc(2025, 11, 1) });
  });

  it('treats a malformed date as undated instead of placing it', () => {
    const { items, undated } = timelineItems({
      events: [event('bad', { value: 'Oct 2025', precision: 'month' }, 'statement')],
      meetings: [],
      measures: [],
      conflicts: [],
    });
    expect(items).toEqual([]);
    expect(undated.map((item) => item.id)).toEqual(['bad']);
  });

  it('does not modify its input', () => {
    const dataset = storyDataset();
    const before = structuredClone(dataset);
    timelineItems(dataset);
    expect(dataset).toEqual(before);
  });

  const compiled = 'public/dataset.json';
  it.runIf(existsSync(compiled))(
    'on the compiled seeds: every dated event once, in date order, undated ones apart',
    () => {
      const dataset = JSON.parse(readFileSync(compiled, 'utf8')) as Dataset;
      const { items, undated } = timelineItems(dataset);
      const dated = dataset.events.filter((item) => item.date !== null);
      expect(
        items
          .filter((item) => item.kind === 'event')
          .map((item) => item.id)
          .sort(),
      ).toEqual(dated.map((item) => item.id).sort());
      expect(undated.map((item) => item.id)).toEqual(
        dataset.events.filter((item) => item.date === null).map((item) => item.id),
      );
      for (let index = 1; index < items.length; index++)
        expect(items[index]!.start).toBeGreaterThanOrEqual(items[index - 1]!.start);
    },
  );
});

describe('escalation and de-escalation', () => {
  const withStage = (id: string, stage: Measure['stage']) => ({ ...measure(id, day('2025-03-04')), stage });
  const data = (measures: Measure[], events: ReturnType<typeof event>[] = []) => ({
    events,
    meetings: [],
    measures,
    conflicts: [],
  });
  const directionOf = (built: ReturnType<typeof timelineItems>, id: string) =>
    built.items.find((item) => item.id === id)?.direction;

  it('reads a measure put in force or raised as an escalation, a cut, pause or lifting as a de-escalation, and an exemption apart', () => {
    const built = timelineItems(
      data([
        withStage('m-in', 'in force'),
        withStage('m-up', 'raised'),
        withStage('m-cut', 'cut'),
        withStage('m-pause', 'paused'),
        withStage('m-ex', 'exempted'),
        withStage('m-lift', 'lifted'),
        withStage('m-plan', 'announced'),
      ]),
    );
    expect(
      ['m-in', 'm-up', 'm-cut', 'm-pause', 'm-ex', 'm-lift', 'm-plan'].map((id) => directionOf(built, id)),
    ).toEqual(['escalation', 'escalation', 'de-escalation', 'de-escalation', 'exemption', 'de-escalation', null]);
    expect(built.items.find((item) => item.id === 'm-cut')?.stages).toEqual(['cut']);
  });

  it('gives a trade event the direction of the measures it stands for, and none when they disagree or it is not a trade event', () => {
    const measures = [
      withStage('m-cut', 'cut'),
      withStage('m-lift', 'lifted'),
      withStage('m-up', 'raised'),
      withStage('m-ex', 'exempted'),
    ];
    const built = timelineItems(
      data(measures, [
        event('e-down', day('2026-01-16'), 'trade measure', ['m-cut', 'm-lift']),
        event('e-deal', day('2026-01-16'), 'trade measure', ['m-cut', 'm-ex']),
        event('e-carve-out', day('2026-01-16'), 'trade measure', ['m-ex']),
        event('e-raise-and-exempt', day('2026-01-16'), 'trade measure', ['m-up', 'm-ex']),
        event('e-mixed', day('2026-01-17'), 'trade measure', ['m-cut', 'm-up']),
        event('e-talk', day('2026-01-18'), 'meeting', ['m-up']),
      ]),
    );
    expect(directionOf(built, 'e-down')).toBe('de-escalation');
    expect(built.items.find((item) => item.id === 'e-down')?.stages).toEqual(['cut', 'lifted']);
    expect(directionOf(built, 'e-mixed')).toBeNull();
    // A cut with an exemption is a de-escalation; an exemption alone is drawn as one; beside a raise, no direction.
    expect(directionOf(built, 'e-deal')).toBe('de-escalation');
    expect(directionOf(built, 'e-carve-out')).toBe('exemption');
    expect(directionOf(built, 'e-raise-and-exempt')).toBeNull();
    expect(directionOf(built, 'e-talk')).toBeNull();
  });

  it('leaves measures without a stage (datasets from before measure lives) without a direction', () => {
    expect(timelineItems(storyDataset()).items.every((item) => item.direction === null)).toBe(true);
  });
});
