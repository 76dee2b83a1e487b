import { describe, expect, it } from 'vitest';
import type { FactDate, MeasureLife, MeasureStage, MeasureStep } from '../../lib/dataset.ts';
import { flattenPath, segmentCrossesBox } from './collisions.ts';
import { crossfireMeasures } from './fixtures.ts';
import { fitNote, laneRateNotes } from './lane-rates.ts';
import { layoutFlow } from './layout.ts';
import { textWidth } from '../../lib/text-metrics.ts';

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

const life = (id: string, imposer: string, target: string, steps: MeasureStep[]): MeasureLife => ({
  id,
  imposer,
  target,
  family: 'f',
  label: id,
  startsUnseen: false,
  steps,
});

// As the development corpus has them: Canada's EV tariff cut from 100% to 6.1% in January 2026 (batteries kept at
// 100%), the US tariff on Mexico's goods put in force then lifted, and a one-step measure that never changed.
const ev = life('ev', 'CA', 'CN', [
  step('ev-100', 'in force', '2024-10-01', 100, ['electric vehicles', 'batteries']),
  step('ev-6', 'cut', '2026-01-16', 6.1, ['electric vehicles']),
]);
const mexico = life('mx', 'US', 'MX', [
  step('mx-25', 'in force', '2025-03-04', 25, ['all goods']),
  step('mx-lift', 'lifted', '2025-03-06', null, ['all goods']),
]);
const once = life('once', 'CN', 'CA', [step('canola', 'in force', '2025-03-20', 100, ['canola oil'])]);
const names: Record<string, string> = { CA: 'Canada', CN: 'China', MX: 'Mexico', US: 'United States' };
const name = (code: string) => names[code] ?? code;

describe('laneRateNotes', () => {
  it('says where each changing rate stands at the end of the record: "now", 6.1% on EVs, the measure lifted', () => {
    expect(laneRateNotes([ev, mexico, once], null, name)).toEqual([
      { actor: 'CA', when: 'now', rates: ['6.1% on electric vehicles', '100% on batteries'] },
      { actor: 'US', when: 'now', rates: ['none on all goods (lifted)'] },
    ]);
  });

  it('says the rate on the chosen day, and nothing for a measure not begun by then', () => {
    expect(laneRateNotes([ev, mexico], '2025-03-05', name)).toEqual([
      { actor: 'CA', when: 'on 5 March 2025', rates: ['100% on electric vehicles and batteries'] },
      { actor: 'US', when: 'on 5 March 2025', rates: ['25% on all goods from Mexico'] },
    ]);
    expect(laneRateNotes([mexico], '2025-01-01', name)).toEqual([]);
  });

  it('says when some goods were exempted from a blanket rate', () => {
    const canada = life('ca', 'US', 'CA', [
      step('ca-25', 'in force', '2025-03-04', 25, ['all goods']),
      step('usmca', 'exempted', '2025-03-07', null, ['USMCA goods']),
    ]);
    expect(laneRateNotes([canada], null, name)).toEqual([
      { actor: 'US', when: 'now', rates: ['25% on all goods from Canada (some exempted)'] },
    ]);
  });

  it('has no note when no measure ever changed, goods put in force side by side at their own rates included', () => {
    expect(laneRateNotes([once], null, name)).toEqual([]);
    const sideBySide = life('canola', 'CN', 'CA', [
      step('oil', 'in force', '2025-03', 100, ['canola oil', 'peas']),
      step('seed', 'in force', '2025-03', 76, ['canola seed']),
    ]);
    expect(laneRateNotes([sideBySide], null, name)).toEqual([]);
    const newRate = life('canola', 'CN', 'CA', [
      ...sideBySide.steps,
      step('seed-final', 'in force', '2025-08', 75.8, ['canola seed']),
    ]);
    expect(laneRateNotes([newRate], null, name)).toEqual([
      { actor: 'CN', when: 'now', rates: ['100% on canola oil and peas', '75.8% on canola seed'] },
    ]);
    expect(laneRateNotes([], '2025-01-01', name)).toEqual([]);
  });
});

describe('fitNote', () => {
  const note = {
    actor: 'CA',
    when: 'now',
    rates: ['6.1% on electric vehicles', '100% on batteries', '25% on steel and aluminum'],
  };

  it('keeps every rate when the lane has room', () => {
    expect(fitNote(note, 2000, 13)).toBe(
      'now: 6.1% on electric vehicles · 100% on batteries · 25% on steel and aluminum',
    );
  });

  it('leaves out the last rates, saying how many, and never goes past the room it has', () => {
    const width = textWidth('now: 6.1% on electric vehicles · 100% on batteries · 1 more', 13, 'bold');
    const fitted = fitNote(note, width, 13);
    expect(fitted).toBe('now: 6.1% on electric vehicles · 100% on batteries · 1 more');
    for (const room of [60, 120, 240, 400])
      expect(textWidth(fitNote(note, room, 13), 13, 'bold')).toBeLessThanOrEqual(room);
  });

  it('cuts the first rate short when even it does not fit', () => {
    expect(fitNote(note, 120, 13)).toMatch(/^now: 6\.1%.*…$/);
  });
});

describe('a lane note in the wide layout', () => {
  const note = { actor: 'CA', when: 'now', rates: ['6.1% on electric vehicles', '100% on batteries'] };

  for (const width of [768, 1440]) {
    it(`sits in the lane's title row after its title, inside the drawing, and no arrow runs through it (${width} px)`, () => {
      const layout = layoutFlow(crossfireMeasures(), { width, laneNotes: [note] });
      const lane = layout.lanes.find((candidate) => candidate.actor === 'CA')!;
      expect(lane.note?.text).toMatch(/^now: 6\.1% on electric vehicles/);
      expect(lane.note!.x + lane.note!.width).toBeLessThanOrEqual(width);
      expect(lane.note!.x).toBeGreaterThan(lane.titleX + textWidth(`● ${lane.title}`, 13, 'bold'));
      const box = { id: 'note', x: lane.note!.x, y: lane.titleY - 13, width: lane.note!.width, height: 13 * 1.3 };
      expect(layout.links.length).toBeGreaterThan(0);
      for (const link of layout.links) {
        for (const [a, b] of flattenPath(link.path)) expect(segmentCrossesBox(a, b, box), link.id).toBe(false);
      }
      expect(layout.lanes.filter((candidate) => candidate.note).map((candidate) => candidate.actor)).toEqual(['CA']);
    });
  }
});
