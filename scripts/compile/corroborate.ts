// Corroboration shared by every stage: reports of one field of a fact (a date, a rate, a place, a spelling) grouped
// into sides of values that agree; the side with most articles wins, and where there is more than one side a
// conflict lists them all with their evidence. Stages say what "agree" means; the rule itself is written once here.
import type { Conflict, ConflictField, Evidence } from '../../src/lib/dataset.ts';
import { countArticles, dedupeEvidence } from './evidence.ts';
import { conflictId } from './ids.ts';

/** One side of a disagreement: a value and the evidence of every report that gave it (or a value agreeing with it). */
export interface Side<T> {
  value: T;
  evidence: Evidence[];
}

/**
 * Groups reports into sides: each report joins the first side whose value agrees with its own (in the order the
 * sides were opened), else opens a side. `join` gives a side's value once a report joined it (the more precise of
 * two compatible dates, say); by default the side keeps its first value. Does not modify its input.
 */
export function sidesOf<T>(
  reports: Iterable<{ value: T; evidence: Evidence }>,
  agree: (side: T, report: T) => boolean,
  join: (side: T, report: T) => T = (side) => side,
): Side<T>[] {
  const sides: Side<T>[] = [];
  for (const report of reports) {
    const side = sides.find((s) => agree(s.value, report.value));
    if (side) {
      side.value = join(side.value, report.value);
      side.evidence.push(report.evidence);
    } else sides.push({ value: report.value, evidence: [report.evidence] });
  }
  return sides;
}

/**
 * The sides, most articles first: the first is the value the fact takes ("majority wins", counted in articles, not
 * sentences, so one article repeating itself does not outvote two). `tieBreak` orders sides with as many articles.
 */
export function byArticleCount<T>(sides: readonly Side<T>[], tieBreak: (a: T, b: T) => number): Side<T>[] {
  return sides
    .map((side) => ({ side, articles: countArticles(side.evidence) }))
    .sort((a, b) => b.articles - a.articles || tieBreak(a.side.value, b.side.value))
    .map(({ side }) => side);
}

export interface ConflictSubject {
  factId: string;
  field: ConflictField;
  /** Plain-language subject: "Date of China's 76% levy on canola seed". */
  subject: string;
}

/**
 * The conflict between the sides, or null when there is only one: every side with its value as a reader sees it
 * (`written`) and its evidence without repeats, the sides in the order of their written values (or `order`).
 */
export function conflictBetween<T>(
  about: ConflictSubject,
  sides: readonly Side<T>[],
  written: (value: T) => string,
  order?: (a: T, b: T) => number,
): Conflict | null {
  if (sides.length < 2) return null;
  const listed = sides.map((side) => ({
    value: side.value,
    shown: written(side.value),
    evidence: dedupeEvidence(side.evidence),
  }));
  listed.sort(order ? (a, b) => order(a.value, b.value) : (a, b) => (a.shown < b.shown ? -1 : 1));
  return {
    id: conflictId(about.factId, about.field),
    factId: about.factId,
    field: about.field,
    subject: about.subject,
    sides: listed.map(({ shown, evidence }) => ({ value: shown, evidence })),
  };
}
