import { describe, expect, it } from 'vitest';
import { legFractions } from './route.ts';

describe('legFractions', () => {
  const tests = [
    { step: null, expected: [1, 1, 1] },
    { step: 0, expected: [0, 0, 0] },
    { step: 1, expected: [1, 0, 0] },
    { step: 3, expected: [1, 1, 1] },
  ];
  for (const { step, expected } of tests) {
    it(`draws the legs up to stop ${step ?? '(overview)'}: ${expected.join(', ')}`, () => {
      expect(legFractions(3, step)).toEqual(expected);
    });
  }
});
