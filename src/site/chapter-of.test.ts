import { describe, expect, it } from 'vitest';
import { chapterOf } from './chapter-of.ts';
import { sampleDataset } from '../lib/sample-dataset.ts';

describe('chapterOf', () => {
  const dataset = sampleDataset();
  const tests = [
    { args: null, expected: null },
    { args: { kind: 'measure' as const, id: 'ms-ev' }, expected: 'flow' },
    { args: { kind: 'stop' as const, id: 'st-gyeongju' }, expected: 'trip' },
    { args: { kind: 'meeting' as const, id: 'mt-carney-xi' }, expected: 'trip' },
    { args: { kind: 'meeting' as const, id: 'mt-not-on-the-trip' }, expected: 'timeline' },
    { args: { kind: 'event' as const, id: 'ev-2017' }, expected: 'timeline' },
    { args: { kind: 'conflict' as const, id: 'cf-seed-date' }, expected: 'flow' },
    { args: { kind: 'person' as const, id: 'ps-xi' }, expected: null },
  ];
  for (const { args, expected } of tests) {
    it(`opens ${JSON.stringify(args)} at ${expected ?? 'the top'}`, () =>
      expect(chapterOf(dataset, args)).toBe(expected));
  }
});
