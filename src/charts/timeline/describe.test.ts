import { describe, expect, it } from 'vitest';
import { detailsTargetOf } from './describe.ts';
import { day, event } from './fixtures.ts';
import { timeExtent, timelineItems } from './items.ts';
import { assignLanes } from './lanes.ts';
import { layoutAtLevel } from './level-marks.ts';
import { paddedDomain } from './zoom.ts';

// Two statements a day apart (one numbered group at the opening zoom) and a meeting years before.
const { items } = timelineItems({
  events: [
    event('met', day('2019-06-14'), 'meeting'),
    event('said-a', day('2025-10-01'), 'statement'),
    event('said-b', day('2025-10-02'), 'statement'),
  ],
  meetings: [],
  measures: [],
  conflicts: [],
});
const options = {
  domain: paddedDomain(timeExtent(items)!),
  width: 800,
  dotRadius: 5,
  minGap: 13,
  clusterMinWidth: 26,
  pillHeight: 18,
};
const marks = layoutAtLevel(assignLanes(items).placed, 1, options).marks;
const marksById = new Map(marks.map((mark) => [mark.id, mark]));
const factOf = (id: string) => items.find((item) => item.id === id);
const group = marks.find((mark) => mark.type === 'cluster')!;

describe('detailsTargetOf(ids, marks, factOf, canZoom)', () => {
  it('shows the first id that is a group or a fact, skipping none and unknown ids', () => {
    expect(group, 'the two statements group at the opening zoom').toBeDefined();
    const target = detailsTargetOf([null, 'nowhere', group.id, 'met'], marksById, factOf, true);
    expect(target).toEqual({ type: 'cluster', items: [factOf('said-a'), factOf('said-b')], canZoom: true });
    expect(detailsTargetOf([null, 'met', group.id], marksById, factOf, false)).toEqual({
      type: 'fact',
      fact: factOf('met'),
    });
    // A fact held in a group (not drawn alone) still shows as itself: the selection.
    expect(detailsTargetOf(['said-b'], marksById, factOf, true)).toEqual({ type: 'fact', fact: factOf('said-b') });
    expect(detailsTargetOf([null, 'nowhere'], marksById, factOf, true)).toBeNull();
  });
});
