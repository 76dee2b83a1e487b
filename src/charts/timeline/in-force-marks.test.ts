import { describe, expect, it } from 'vitest';
import type { Measure, MeasureLife } from '../../lib/dataset.ts';
import { day, event, measure, month } from './fixtures.ts';
import { dayRule, notInForceIds } from './in-force-marks.ts';
import { timelineItems } from './items.ts';

// Canada's surtax on Chinese EVs: 100% in force in October 2024, cut to 6.1% on 16 January 2026 (the Beijing deal);
// a meeting about it, and a measure no article dates.
const evs100: Measure = {
  ...measure('ev-100', day('2024-10-01'), 'Canada 100% on Chinese EVs'),
  imposer: 'CA',
  target: 'CN',
  ratePct: 100,
  stage: 'in force',
};
const evs6: Measure = {
  ...measure('ev-6', day('2026-01-16'), 'Canada cuts EVs to 6.1%'),
  imposer: 'CA',
  target: 'CN',
  ratePct: 6.1,
  stage: 'cut',
};
const undated: Measure = { ...measure('undated', null), stage: 'in force' };
const step = (m: Measure) => ({
  measureId: m.id,
  stage: m.stage!,
  date: m.date,
  ratePct: m.ratePct,
  products: m.products,
  evidence: m.evidence[0]!,
});
const life: MeasureLife = {
  id: 'life-evs',
  imposer: 'CA',
  target: 'CN',
  family: 'vehicles',
  label: 'Canada on Chinese EVs',
  steps: [step(evs100), step(evs6)],
  startsUnseen: false,
};
const dataset = {
  events: [
    event('e-surtax', day('2024-10-01'), 'trade measure', ['ev-100']),
    event('e-talks', month('2025-09'), 'meeting', ['ev-100']),
  ],
  meetings: [],
  measures: [evs100, evs6, undated],
  conflicts: [],
  measureLives: [life],
};
const { items } = timelineItems(dataset);

describe('notInForceIds(items, dataset, day)', () => {
  it('fades the 100% surtax once cut, and the cut before it comes, never the meeting about them', () => {
    expect([...notInForceIds(items, dataset, '2025-03-01')].sort()).toEqual(['ev-6']);
    expect([...notInForceIds(items, dataset, '2026-02-01')].sort()).toEqual(['e-surtax']);
  });

  it('fades every trade mark before the first measure applied, but not an undated measure', () => {
    expect([...notInForceIds(items, dataset, '2024-01-01')].sort()).toEqual(['e-surtax', 'ev-6']);
  });

  it('fades nothing when no day is chosen or the dataset has no measure lives', () => {
    expect(notInForceIds(items, dataset, null).size).toBe(0);
    expect(notInForceIds(items, { ...dataset, measureLives: [] }, '2024-01-01').size).toBe(0);
  });
});

describe('dayRule(day, domain, width)', () => {
  it('stands in the middle of the day, across the whole domain, with the day in words', () => {
    const domain = { start: Date.UTC(2025, 0, 1), end: Date.UTC(2025, 0, 11) };
    expect(dayRule('2025-01-03', domain, 1000)).toEqual({ x: 250, text: 'In force on 3 January 2025' });
    expect(dayRule(null, domain, 1000)).toBeNull();
    expect(dayRule('2025-01-03', null, 1000)).toBeNull();
    expect(dayRule('2025-01-03', domain, 0)).toBeNull();
  });
});
