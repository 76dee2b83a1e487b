// Evidence shared by every stage: the sentences a fact rests on, without repeats, and how many articles they span.
// Stages depend on this module, not on each other (a meeting's or a place's evidence needs nothing of measures).
import type { Evidence } from '../../src/lib/dataset.ts';

/** Unique evidence, ordered by article then offset. */
export function dedupeEvidence(evidence: readonly Evidence[]): Evidence[] {
  const seen = new Map<string, Evidence>();
  for (const e of evidence) seen.set(`${e.articleId}\u0000${String(e.start).padStart(9, '0')}\u0000${e.end}`, e);
  return [...seen.keys()].sort().map((key) => seen.get(key)!);
}

/** The number of distinct articles among the evidence: how many reports corroborate the fact. */
export function countArticles(evidence: readonly Evidence[]): number {
  return new Set(evidence.map((e) => e.articleId)).size;
}
