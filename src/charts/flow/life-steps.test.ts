import { describe, expect, it } from 'vitest';
import type { FactDate, MeasureLife, MeasureStage, MeasureStep } from '../../lib/dataset.ts';
import { lifeStepLinks, stepWords } from './life-steps.ts';

function step(
  measureId: string,
  stage: MeasureStage,
  value: string | null,
  ratePct: number | null,
  products: string[],
): MeasureStep {
  const date: FactDate | null = value ? { value, precision: value.length === 10 ? 'day' : 'month' } : null;
  return { measureId, stage, date, ratePct, products, evidence: { articleId: 'a', start: 0, end: 1, quote: 'x' } };
}

const ev: MeasureLife = {
  id: 'life-ca-cn-vehicles',
  imposer: 'CA',
  target: 'CN',
  family: 'vehicles & batteries',
  label: 'Canada on electric vehicles from China',
  startsUnseen: false,
  steps: [
    step('ev-100', 'in force', '2024-10-01', 100, ['electric vehicles']),
    step('ev-6', 'cut', '2026-01-16', 6.1, ['electric vehicles']),
  ],
};
const mx: MeasureLife = {
  id: 'life-us-mx-all',
  imposer: 'US',
  target: 'MX',
  family: 'all goods',
  label: 'United States on all goods from Mexico',
  startsUnseen: false,
  steps: [
    step('mx-plan', 'announced', null, 30, ['all goods']),
    step('mx-25', 'in force', '2025-03-04', 25, ['all goods']),
    step('mx-lift', 'lifted', '2025-03-06', null, ['all goods']),
  ],
};
const point = (x: number) => ({ x, y: 10, r: 5 });

describe('lifeStepLinks', () => {
  it('joins a cut to the rate it cut, as a drop', () => {
    const links = lifeStepLinks(
      [ev],
      new Map([
        ['ev-100', point(10)],
        ['ev-6', point(90)],
      ]),
    );
    expect(links.map((link) => [link.id, link.direction, link.ends])).toEqual([['ev-100->ev-6', 'down', false]]);
    expect(links[0]!.from.x).toBe(10);
    expect(links[0]!.to.x).toBe(90);
  });

  it('ends a lifted measure, and leaves out announcements and measures not drawn', () => {
    const links = lifeStepLinks(
      [mx],
      new Map([
        ['mx-plan', point(0)],
        ['mx-25', point(10)],
        ['mx-lift', point(30)],
      ]),
    );
    expect(links.map((link) => [link.id, link.direction, link.ends])).toEqual([['mx-25->mx-lift', 'down', true]]);
    expect(lifeStepLinks([ev], new Map([['ev-6', point(90)]]))).toEqual([]);
  });

  it('reads a higher rate put in force as a rise', () => {
    const life = { ...ev, steps: [ev.steps[0]!, step('ev-150', 'in force', '2025-01-01', 150, ['electric vehicles'])] };
    expect(
      lifeStepLinks(
        [life],
        new Map([
          ['ev-100', point(10)],
          ['ev-150', point(20)],
        ]),
      )[0]!.direction,
    ).toBe('up');
  });
});

describe('lifeStepLinks: which step a step changes', () => {
  it('does not link two goods put in force side by side, and links a later rate on the same goods to the last one', () => {
    const canola: MeasureLife = {
      ...ev,
      id: 'life-cn-ca-agri',
      steps: [
        step('oil-100', 'in force', '2025-03', 100, ['canola oil']),
        step('seed-76', 'in force', '2025-03', 76, ['canola seed']),
        step('seed-75.8', 'in force', '2025-08', 75.8, ['canola seed']),
      ],
    };
    const links = lifeStepLinks(
      [canola],
      new Map([
        ['oil-100', point(0)],
        ['seed-76', point(10)],
        ['seed-75.8', point(20)],
      ]),
    );
    expect(links.map((link) => [link.id, link.direction])).toEqual([['seed-76->seed-75.8', 'down']]);
  });

  it('links an exemption of some goods to the blanket measure it carves them out of', () => {
    const all: MeasureLife = {
      ...mx,
      steps: [
        step('all-25', 'in force', '2025-03-04', 25, ['all goods']),
        step('usmca', 'exempted', '2025-03-06', null, ['USMCA goods']),
      ],
    };
    expect(
      lifeStepLinks(
        [all],
        new Map([
          ['all-25', point(0)],
          ['usmca', point(10)],
        ]),
      ).map((link) => [link.id, link.direction]),
    ).toEqual([['all-25->usmca', 'down']]);
  });
});

describe('stepWords', () => {
  it('says which step of which life a measure is, and the rate it changed', () => {
    expect(stepWords([ev, mx], 'ev-6')).toBe(
      'Step 2 of 2 of Canada on electric vehicles from China: cut from 100% to 6.1%',
    );
    expect(stepWords([ev, mx], 'ev-100')).toBe(
      'Step 1 of 2 of Canada on electric vehicles from China: in force at 100%',
    );
    expect(stepWords([ev, mx], 'mx-lift')).toBe(
      'Step 2 of 2 of United States on all goods from Mexico: lifted from 25%',
    );
    expect(stepWords([ev, mx], 'unknown')).toBeNull();
  });
});
