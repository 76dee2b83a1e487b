import { describe, expect, it } from 'vitest';
import { crossfireMeasures, storyMeasures } from './fixtures.ts';
import { layoutFlow } from './layout.ts';
import { nextMarkId } from './navigation.ts';

describe('nextMarkId(layout, current, key)', () => {
  const wide = layoutFlow(storyMeasures(), { width: 1280 });
  const narrow = layoutFlow(storyMeasures(), { width: 375 });
  const cases = [
    { layout: wide, from: null, key: 'ArrowRight', expected: 'm-ca-ev', why: 'starts at the first measure in time' },
    {
      layout: wide,
      from: 'm-ca-ev',
      key: 'ArrowRight',
      expected: 'm-ca-steel',
      why: 'moves forward in time on wide screens',
    },
    { layout: wide, from: 'm-ca-steel', key: 'ArrowLeft', expected: 'm-ca-ev', why: 'moves back in time' },
    { layout: wide, from: 'm-ca-ev', key: 'ArrowLeft', expected: null, why: 'stays at the first' },
    {
      layout: wide,
      from: 'm-ca-ev',
      key: 'ArrowDown',
      expected: 'm-cn-canola-oil',
      why: 'moves down to the nearest China measure',
    },
    { layout: wide, from: 'm-ca-ev', key: 'End', expected: wide.nodes.at(-1)!.id, why: 'End goes to the last' },
    { layout: wide, from: 'm-us-all', key: 'Home', expected: 'm-ca-ev', why: 'Home goes to the first' },
    {
      layout: narrow,
      from: 'm-ca-ev',
      key: 'ArrowDown',
      expected: 'm-ca-steel',
      why: 'moves down the vertical chain in time',
    },
    {
      layout: narrow,
      from: 'm-ca-ev',
      key: 'ArrowRight',
      expected: 'm-cn-canola-oil',
      why: 'moves across columns on the vertical chain',
    },
  ] as const;
  it('moves up to the nearest mark in the lane above (wide), and stays in the top lane', () => {
    const crossfire = layoutFlow(crossfireMeasures(), { width: 1280 });
    const up = nextMarkId(crossfire, 'ca-ev', 'ArrowUp');
    const node = crossfire.nodes.find((candidate) => candidate.id === up);
    expect(node?.lane).toBe('US');
    expect(node?.undated).toBe(false);
    expect(nextMarkId(crossfire, up, 'ArrowUp')).toBeNull();
  });
  for (const { layout, from, key, expected, why } of cases) {
    it(`${why} (${layout.orientation}, ${from} + ${key} → ${expected})`, () => {
      expect(nextMarkId(layout, from, key)).toBe(expected);
    });
  }
});
