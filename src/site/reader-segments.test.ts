import { describe, expect, it } from 'vitest';
import { parseReaderParams, segmentText } from './reader-segments.ts';

const text = 'First one. Second one.\n\nThird one.';
const sentences = [
  { start: 0, end: 10 },
  { start: 11, end: 22 },
  { start: 24, end: 34 },
];

describe('segmentText', () => {
  it('covers the whole text in order, sentences and the gaps between them', () => {
    const segments = segmentText(text, sentences, null);
    expect(segments.map((segment) => segment.runs.map((run) => run.text).join('')).join('')).toBe(text);
    expect(segments.map((segment) => segment.sentence)).toEqual([0, null, 1, null, 2]);
    expect(segments.flatMap((segment) => segment.runs).some((run) => run.marked)).toBe(false);
  });

  it('marks exactly the highlighted range, even when it is part of a sentence', () => {
    const highlight = { start: 17, end: 22 }; // "one." of the second sentence
    const marked = segmentText(text, sentences, highlight)
      .flatMap((segment) => segment.runs)
      .filter((run) => run.marked);
    expect(marked.map((run) => run.text).join('')).toBe(text.slice(17, 22));
  });

  it('marks a range that runs across two sentences and the gap between them', () => {
    const highlight = { start: 0, end: 22 };
    const marked = segmentText(text, sentences, highlight)
      .flatMap((segment) => segment.runs)
      .filter((run) => run.marked);
    expect(marked.map((run) => run.text).join('')).toBe(text.slice(0, 22));
  });

  it('keeps the first of two overlapping sentence spans and drops spans outside the text', () => {
    const segments = segmentText(
      text,
      [
        { start: 0, end: 10 },
        { start: 5, end: 15 },
        { start: 30, end: 99 },
      ],
      null,
    );
    expect(segments.map((segment) => segment.runs.map((run) => run.text).join('')).join('')).toBe(text);
    expect(segments.filter((segment) => segment.sentence !== null)).toHaveLength(1);
  });

  it('does not modify its input', () => {
    const copy = structuredClone(sentences);
    segmentText(text, sentences, { start: 3, end: 12 });
    expect(sentences).toEqual(copy);
  });
});

describe('parseReaderParams', () => {
  const tests: { args: Record<string, string>; expected: ReturnType<typeof parseReaderParams> }[] = [
    { args: {}, expected: null },
    { args: { read: 'bbc' }, expected: { articleId: 'bbc', highlight: null } },
    { args: { read: 'bbc', quote: '120-245' }, expected: { articleId: 'bbc', highlight: { start: 120, end: 245 } } },
    { args: { read: 'bbc', quote: '245-120' }, expected: { articleId: 'bbc', highlight: null } },
    { args: { read: 'bbc', quote: '<script>' }, expected: { articleId: 'bbc', highlight: null } },
  ];
  for (const { args, expected } of tests) {
    it(`reads ${JSON.stringify(args)}`, () => expect(parseReaderParams(args)).toEqual(expected));
  }
});
