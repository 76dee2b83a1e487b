import { describe, expect, it } from 'vitest';
import type { FactDate, MeasureLife, MeasureStage, MeasureStep } from './dataset.ts';
import { dayBounds, describeInForce, formatIsoDay, hasDatedSteps, inForceOn, uncertainInWords } from './in-force.ts';

function step(
  measureId: string,
  stage: MeasureStage,
  value: string | null,
  ratePct: number | null,
  products: string[],
): MeasureStep {
  const date: FactDate | null = value
    ? { value, precision: value.length === 10 ? 'day' : value.length === 7 ? 'month' : 'year' }
    : null;
  return { measureId, stage, date, ratePct, products, evidence: { articleId: 'a', start: 0, end: 1, quote: 'x' } };
}

const lives: MeasureLife[] = [
  {
    id: 'life-ca-cn-vehicles',
    imposer: 'CA',
    target: 'CN',
    family: 'vehicles & batteries',
    label: 'Canada on Chinese electric vehicles',
    startsUnseen: false,
    steps: [
      step('ev-100', 'in force', '2024-10-01', 100, ['electric vehicles']),
      step('ev-6', 'cut', '2026-01-16', 6.1, ['electric vehicles']),
    ],
  },
  {
    id: 'life-us-xx-metals',
    imposer: 'US',
    target: 'XX',
    family: 'metals',
    label: 'United States on steel and aluminum from all origins',
    startsUnseen: false,
    steps: [
      step('steel-25', 'in force', '2025-03-12', 25, ['steel', 'aluminum']),
      step('steel-50', 'raised', '2025-06', 50, ['steel', 'aluminum']),
      step('x', 'in force', null, null, ['automobiles']),
    ],
  },
  {
    id: 'life-us-mx-all',
    imposer: 'US',
    target: 'MX',
    family: 'all goods',
    label: 'United States on all Mexican goods',
    startsUnseen: false,
    steps: [
      step('mx-25', 'in force', '2025-03-04', 25, ['all goods']),
      step('mx-usmca', 'exempted', '2025-03-06', null, ['USMCA-compliant goods']),
      step('mx-plan', 'announced', '2025-02-01', 30, ['all goods']),
    ],
  },
];

const words = {
  name: (c: string) => ({ CA: 'Canada', US: 'United States', CN: 'China', MX: 'Mexico' })[c] ?? c,
  formatDay: (iso: string) => iso,
};

describe('what was in force on a day', () => {
  it('nothing before the first step; the rate in force after each step, a cut reading as the new rate', () => {
    expect(inForceOn(lives, '2024-09-30').rates).toEqual([]);
    const rateOf = (day: string, lifeId: string) =>
      inForceOn(lives, day)
        .rates.filter((r) => r.lifeId === lifeId)
        .map((r) => r.ratePct);
    expect(rateOf('2024-10-01', 'life-ca-cn-vehicles')).toEqual([100]);
    expect(rateOf('2026-01-15', 'life-ca-cn-vehicles')).toEqual([100]);
    expect(rateOf('2026-01-16', 'life-ca-cn-vehicles')).toEqual([6.1]);
  });

  it('a step dated only by its month is uncertain inside that month and certain after it', () => {
    const mid = inForceOn(lives, '2025-06-15');
    expect(mid.rates.find((r) => r.lifeId === 'life-us-xx-metals')?.ratePct).toBe(25);
    expect(mid.uncertain.map((u) => u.step.measureId)).toEqual(['steel-50']);
    const after = inForceOn(lives, '2025-07-01');
    expect(after.rates.find((r) => r.lifeId === 'life-us-xx-metals')).toMatchObject({
      ratePct: 50,
      products: ['steel', 'aluminum'],
      stage: 'raised',
    });
    expect(after.uncertain).toEqual([]);
  });

  it('an exemption carves goods out of a blanket rate; an announcement and an undated mention change nothing', () => {
    const day = inForceOn(lives, '2025-03-10');
    expect(day.rates.find((r) => r.lifeId === 'life-us-mx-all')).toMatchObject({
      ratePct: 25,
      except: ['USMCA-compliant goods'],
    });
    expect(day.rates.some((r) => r.measureId === 'mx-plan' || r.measureId === 'x')).toBe(false);
  });

  it('says it in one sentence for screen readers', () => {
    expect(describeInForce(inForceOn(lives, '2025-03-10'), words)).toBe(
      'On 2025-03-10: Canada 100% on electric vehicles from China; United States 25% on all goods from Mexico except USMCA-compliant goods.',
    );
    expect(describeInForce(inForceOn(lives, '2020-01-01'), words)).toBe(
      'On 2020-01-01: no measure in these articles was in force.',
    );
  });

  it('knows the length of months, leap years included', () => {
    expect(dayBounds({ value: '2024-02', precision: 'month' })).toEqual({ first: '2024-02-01', last: '2024-02-29' });
    expect(dayBounds({ value: '2025-02', precision: 'month' }).last).toBe('2025-02-28');
    expect(dayBounds({ value: '2025', precision: 'year' })).toEqual({ first: '2025-01-01', last: '2025-12-31' });
  });
});

describe("the date control's days", () => {
  it("jumps between the days rates change, a month-dated step counting at the month's end", async () => {
    const { changeDays } = await import('./in-force.ts');
    expect(changeDays(lives)).toEqual([
      '2024-10-01',
      '2025-03-04',
      '2025-03-06',
      '2025-03-12',
      '2025-06-30',
      '2026-01-16',
    ]);
  });

  it('reads only real days from the URL and counts days across months and years', async () => {
    const { parseDay, dayNumber, isoDay } = await import('./in-force.ts');
    expect(parseDay('2025-03-01')).toBe('2025-03-01');
    expect(parseDay('2025-02-30')).toBeNull();
    expect(parseDay('<script>')).toBeNull();
    expect(dayNumber('2025-03-01') - dayNumber('2025-02-28')).toBe(1);
    expect(isoDay(dayNumber('2024-12-31') + 1)).toBe('2025-01-01');
  });

  it("reads the chosen day from a chart's params (on=), null when missing or not a day", async () => {
    const { inForceDayOf } = await import('./in-force.ts');
    expect(inForceDayOf({ on: '2025-03-01', pair: 'CA-CN' })).toBe('2025-03-01');
    expect(inForceDayOf({ on: '2025-13-01' })).toBeNull();
    expect(inForceDayOf({})).toBeNull();
    expect(inForceDayOf(undefined)).toBeNull();
  });
});

describe('formatIsoDay and hasDatedSteps', () => {
  it('writes a day as a reader says it', () => {
    expect(formatIsoDay('2025-03-01')).toBe('1 March 2025');
    expect(formatIsoDay('2026-01-16')).toBe('16 January 2026');
  });

  it('offers days only when a life has a dated step beyond an announcement', () => {
    expect(hasDatedSteps(lives)).toBe(true);
    expect(hasDatedSteps(undefined)).toBe(false);
    expect(hasDatedSteps([{ ...lives[2]!, steps: [lives[2]!.steps[2]!, lives[1]!.steps[2]!] }])).toBe(false);
  });
});

describe('uncertainInWords', () => {
  it('says a step whose month holds the day at its own precision, never a made-up day', () => {
    const result = inForceOn(lives, '2025-06-15');
    expect(result.uncertain.map((item) => uncertainInWords(item, lives, words.name))).toEqual([
      'United States: 50% on steel and aluminum from all origins, raised sometime in June 2025 (day not stated)',
    ]);
  });
});
