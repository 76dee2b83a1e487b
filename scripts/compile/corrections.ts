// Corrections: the editor's fixes (data/corrections.json) applied to the extracted facts, by fact id.
import { existsSync, readFileSync } from 'node:fs';
import type { Dataset, Evidence, FactBase, ReportEntry } from '../../src/lib/dataset.ts';
import { definitionSchemaErrors } from './schema.ts';

/** Collections a correction can reach, by the `kind` an `add` names, with their schema definition. */
const COLLECTIONS = {
  measure: { key: 'measures', definition: 'Measure' },
  person: { key: 'people', definition: 'Person' },
  place: { key: 'places', definition: 'Place' },
  meeting: { key: 'meetings', definition: 'Meeting' },
  event: { key: 'events', definition: 'TimelineEvent' },
} as const;
type FactKindName = keyof typeof COLLECTIONS;
type CollectionKey = (typeof COLLECTIONS)[FactKindName]['key'];

/** `position`: 1-based place in the corrections file, for messages (set by loadCorrections). */
export type Correction = (
  | { action: 'drop'; id: string }
  | { action: 'amend'; id: string; set: Record<string, unknown> }
  | { action: 'add'; kind: FactKindName; fact: Record<string, unknown> }
) & { reason?: string; position?: number };

/** Fields an amendment may not touch: they say who the fact is and where it came from. */
const FIXED_FIELDS = new Set(['id', 'provenance', 'articleCount']);

export interface LoadedCorrections {
  corrections: Correction[];
  problems: ReportEntry[];
}

/**
 * Reads a corrections file. A missing file is no corrections. Any problem (unreadable, not JSON, not the expected
 * shape, a malformed entry) is returned with the file's name: the file does not say what its editor meant, so the
 * command line stops the build on it rather than publish without the fixes (`--no-corrections` builds without them).
 */
export function loadCorrections(path: string, displayName = path): LoadedCorrections {
  if (!existsSync(path)) return { corrections: [], problems: [] };
  let parsed: unknown;
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    return {
      corrections: [],
      problems: [
        {
          file: displayName,
          message: `cannot read the file (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
        },
      ],
    };
  }
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return {
      corrections: [],
      problems: [{ file: displayName, message: `not valid JSON: ${(error as Error).message}` }],
    };
  }
  const list =
    typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
      ? (parsed as { corrections?: unknown }).corrections
      : undefined;
  if (!Array.isArray(list)) {
    return {
      corrections: [],
      problems: [{ file: displayName, message: 'expected an object with a "corrections" array' }],
    };
  }
  const corrections: Correction[] = [];
  const problems: ReportEntry[] = [];
  list.forEach((entry: unknown, index) => {
    const problem = correctionShapeProblem(entry);
    if (problem) problems.push({ file: displayName, message: `correction #${index + 1}: ${problem}` });
    else corrections.push({ ...(entry as Correction), position: index + 1 });
  });
  return { corrections, problems };
}

function correctionShapeProblem(entry: unknown): string | null {
  if (typeof entry !== 'object' || entry === null) return 'not an object';
  const record = entry as Record<string, unknown>;
  if (record.action === 'drop') return typeof record.id === 'string' ? null : '"drop" needs an "id"';
  if (record.action === 'amend') {
    if (typeof record.id !== 'string') return '"amend" needs an "id"';
    return typeof record.set === 'object' && record.set !== null && !Array.isArray(record.set)
      ? null
      : '"amend" needs a "set" object of field values';
  }
  if (record.action === 'add') {
    if (typeof record.kind !== 'string' || !(record.kind in COLLECTIONS))
      return `"add" needs a "kind": one of ${Object.keys(COLLECTIONS).join(', ')}`;
    return typeof record.fact === 'object' && record.fact !== null ? null : '"add" needs a "fact" object';
  }
  return `unknown action ${JSON.stringify(record.action)} (use "drop", "amend" or "add")`;
}

/**
 * Applies corrections in order and returns a new dataset (the input is not modified) and the corrections that did not
 * apply. Facts that an amendment or addition would make invalid are left as they were, and the correction is reported.
 */
export function applyCorrections(
  dataset: Dataset,
  corrections: readonly Correction[],
  file = 'data/corrections.json',
): { dataset: Dataset; problems: ReportEntry[] } {
  const problems: ReportEntry[] = [];
  const collections = Object.fromEntries(
    Object.values(COLLECTIONS).map(({ key }) => [key, [...(dataset[key] as FactBase[])]]),
  ) as Record<CollectionKey, FactBase[]>;
  const dropped = new Set<string>();
  const texts = new Map(dataset.articles.map((article) => [article.id, article.text]));

  corrections.forEach((correction, index) => {
    const label = `correction #${correction.position ?? index + 1} (${correction.action}${'id' in correction ? ` ${correction.id}` : ''})`;
    const report = (message: string): void => {
      problems.push({ file, message: `${label}: ${message}` });
    };
    if (correction.action === 'add') {
      const { key, definition } = COLLECTIONS[correction.kind];
      const evidence = (correction.fact.evidence ?? []) as Evidence[];
      const fact: Record<string, unknown> = {
        ...correction.fact,
        provenance: 'added',
        evidence,
        articleCount: countArticles(evidence),
      };
      const id = fact.id;
      if (typeof id !== 'string' || findFact(collections, id)) {
        report(typeof id === 'string' ? `a fact with id "${id}" already exists` : 'the fact needs a string "id"');
        return;
      }
      const errors = [...definitionSchemaErrors(definition, fact), ...evidenceProblems(evidence, texts)];
      if (errors.length > 0) return report(`fact not added: ${errors.join('; ')}`);
      collections[key].push(fact as unknown as FactBase);
      return;
    }
    const found = findFact(collections, correction.id);
    if (!found) {
      report(
        dropped.has(correction.id)
          ? 'that fact was already dropped'
          : 'no fact has this id (ids change only when the text does: check the latest dataset)',
      );
      return;
    }
    const list = collections[found.key];
    if (correction.action === 'drop') {
      list.splice(found.index, 1);
      dropped.add(correction.id);
      return;
    }
    const original = list[found.index] as FactBase;
    const unknownFields = Object.keys(correction.set).filter(
      (field) => FIXED_FIELDS.has(field) || !(field in original),
    );
    if (unknownFields.length > 0)
      return report(`cannot set ${unknownFields.map((field) => `"${field}"`).join(', ')} on this fact`);
    const amended = { ...original, ...correction.set, provenance: 'corrected' } as FactBase;
    if ('evidence' in correction.set) amended.articleCount = countArticles(amended.evidence);
    const errors = [
      ...definitionSchemaErrors(COLLECTIONS[kindOf(found.key)].definition, amended),
      ...evidenceProblems(amended.evidence, texts),
    ];
    if (errors.length > 0) return report(`not applied: ${errors.join('; ')}`);
    list[found.index] = amended;
  });

  return { dataset: removeReferences({ ...dataset, ...collections } as Dataset, dropped), problems };
}

function findFact(
  collections: Record<CollectionKey, FactBase[]>,
  id: string,
): { key: CollectionKey; index: number } | null {
  for (const key of Object.keys(collections) as CollectionKey[]) {
    const index = (collections[key] ?? []).findIndex((fact) => fact.id === id);
    if (index !== -1) return { key, index };
  }
  return null;
}

function kindOf(key: CollectionKey): FactKindName {
  return (Object.keys(COLLECTIONS) as FactKindName[]).find((kind) => COLLECTIONS[kind].key === key) as FactKindName;
}

function countArticles(evidence: readonly Evidence[]): number {
  return new Set(evidence.map((item) => item.articleId)).size;
}

/** Evidence an editor typed must still point at the words it quotes. */
function evidenceProblems(evidence: readonly Evidence[], texts: ReadonlyMap<string, string>): string[] {
  const problems: string[] = [];
  for (const item of evidence) {
    const text = texts.get(item.articleId);
    if (text === undefined) problems.push(`evidence names unknown article "${item.articleId}"`);
    else if (text.slice(item.start, item.end) !== item.quote) {
      problems.push(`evidence quote "${item.quote}" is not the text at ${item.start}–${item.end} of ${item.articleId}`);
    }
  }
  return problems;
}

/** A dropped fact leaves no dangling id behind: links to it go, and conflicts about it go. */
function removeReferences(dataset: Dataset, dropped: ReadonlySet<string>): Dataset {
  if (dropped.size === 0) return dataset;
  const keep = (ids: readonly string[]): string[] => ids.filter((id) => !dropped.has(id));
  return {
    ...dataset,
    measures: dataset.measures.map((measure) => ({ ...measure, respondsTo: keep(measure.respondsTo) })),
    meetings: dataset.meetings.map((meeting) => ({
      ...meeting,
      participants: keep(meeting.participants),
      place: meeting.place !== null && dropped.has(meeting.place) ? null : meeting.place,
    })),
    events: dataset.events.map((event) => ({ ...event, relatedIds: keep(event.relatedIds) })),
    trip: {
      ...dataset.trip,
      traveller: dataset.trip.traveller !== null && dropped.has(dataset.trip.traveller) ? null : dataset.trip.traveller,
      stops: dataset.trip.stops
        .filter((stop) => !dropped.has(stop.place))
        .map((stop) => ({ ...stop, meetings: keep(stop.meetings) })),
    },
    conflicts: dataset.conflicts.filter((conflict) => !dropped.has(conflict.factId)),
  };
}
