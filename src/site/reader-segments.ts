// Splits an article's text into sentence spans and plain gaps, marking the highlighted range, for the reader to draw as text.
import type { Span } from '../lib/dataset.ts';
import { by, compareNumbers } from '../lib/compare.ts';

export interface TextRun {
  start: number;
  end: number;
  text: string;
  marked: boolean;
}

export interface TextSegment {
  /** Index in `article.sentences`, or null for text between sentences. */
  sentence: number | null;
  start: number;
  end: number;
  runs: TextRun[];
}

/** Covers the whole text, in order: each sentence is one segment, gaps are segments of their own; runs inside a
 * segment split at the highlight's bounds so `marked` runs join up to exactly text.slice(highlight.start, highlight.end). */
export function segmentText(text: string, sentences: readonly Span[], highlight: Span | null): TextSegment[] {
  const valid = sentences
    .map((span, index) => ({ ...span, index }))
    .filter((span) => span.start >= 0 && span.end <= text.length && span.start < span.end)
    .sort(by((span) => span.start));
  const segments: TextSegment[] = [];
  const push = (start: number, end: number, sentence: number | null) => {
    if (end > start) segments.push({ sentence, start, end, runs: runsOf(text, start, end, highlight) });
  };
  let cursor = 0;
  for (const span of valid) {
    if (span.start < cursor) continue; // overlapping sentence spans: keep the first
    push(cursor, span.start, null);
    push(span.start, span.end, span.index);
    cursor = span.end;
  }
  push(cursor, text.length, null);
  return segments;
}

function runsOf(text: string, start: number, end: number, highlight: Span | null): TextRun[] {
  const cuts = [start, end];
  if (highlight && highlight.end > highlight.start) {
    for (const cut of [highlight.start, highlight.end]) if (cut > start && cut < end) cuts.push(cut);
  }
  cuts.sort(compareNumbers);
  const runs: TextRun[] = [];
  for (let i = 0; i < cuts.length - 1; i += 1) {
    const from = cuts[i] as number;
    const to = cuts[i + 1] as number;
    if (to <= from) continue;
    const marked = highlight !== null && from >= highlight.start && to <= highlight.end;
    runs.push({ start: from, end: to, text: text.slice(from, to), marked });
  }
  return runs;
}

/** Reads the reader's URL params: read=<article id>, quote=<start>-<end>. */
export function parseReaderParams(
  params: Record<string, string>,
): { articleId: string; highlight: Span | null } | null {
  const articleId = params.read;
  if (!articleId) return null;
  const match = /^(\d+)-(\d+)$/.exec(params.quote ?? '');
  const highlight = match ? { start: Number(match[1]), end: Number(match[2]) } : null;
  return { articleId, highlight: highlight && highlight.end > highlight.start ? highlight : null };
}

export function formatQuoteParam(span: Span): string {
  return `${span.start}-${span.end}`;
}
