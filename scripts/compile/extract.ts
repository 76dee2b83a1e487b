// Fact extraction: articles → measures, people, places, meetings, events, trip, conflicts (each with evidence).
// Interface between the compiler core (reading, corrections, writing) and the extraction stages:
// dates.ts → entities.ts / places.ts → measures.ts + merge.ts → meetings.ts → trip.ts → events.ts.
import type { Article, BuildReport, Evidence, Conflict, Dataset, Meeting, Measure, Person, Place, ReportEntry, TimelineEvent, Trip } from '../../src/lib/dataset.ts';
import type { ArticleContext, SentenceInfo } from './context.ts';
import { findDates, type DateMention } from './dates.ts';
import { findActors, findPersonCandidates } from './entities.ts';
import { PeopleRegistry, buildPeople, findPersonMentions, mentionPattern, resolveReferences } from './people.ts';
import { buildEvents } from './events.ts';
import { loadLexicon } from './lexicon.ts';
import { findMeasureMentions } from './measures.ts';
import { extractMeetings } from './meetings.ts';
import { mergeMeasures } from './merge.ts';
import { buildPlaces, type PlaceRegistry } from './place-records.ts';
import { countryName, findOccasions, findPlaces } from './places.ts';
import { buildTrip } from './trip.ts';

export interface ExtractedFacts {
  measures: Measure[];
  people: Person[];
  places: Place[];
  meetings: Meeting[];
  events: TimelineEvent[];
  trip: Trip;
  conflicts: Conflict[];
  countries: Dataset['countries'];
  unresolvedDates: BuildReport['unresolvedDates'];
  warnings: ReportEntry[];
}

/** Reads one article sentence by sentence: dates (anchored on what came before), actors, places, occasions. */
function readArticle(article: Article, places: PlaceRegistry, unresolved: BuildReport['unresolvedDates'], notes: ReportEntry[]): ArticleContext {
  const flashbackOpener = new RegExp(loadLexicon().cues.flashbackOpeners, 'i');
  let previous = null as SentenceInfo['eventDate'];
  let flashback = false;
  const sentences: SentenceInfo[] = [];
  article.sentences.forEach((span, index) => {
    const raw = article.text.slice(span.start, span.end);
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    if (!text) return;
    const start = span.start + lead;
    if (flashbackOpener.test(text)) flashback = true;
    const published = article.published.value && article.published.precision ? { value: article.published.value, precision: article.published.precision } : null;
    const dates: DateMention[] = findDates(text, { published, previous, flashback });
    for (const mention of dates) {
      if (mention.unresolved) unresolved.push({ file: article.file, phrase: mention.phrase, message: `in "${clip(text)}": ${mention.unresolved}` });
      // Say when a date leaned on the narrative rather than the publication date, so an editor can check it.
      if (mention.anchor === 'narrative' && mention.date && previous && !/later|after|that/i.test(mention.phrase)) {
        notes.push({ file: article.file, message: `"${mention.phrase}" in "${clip(text)}" read as ${mention.date.value}: no publication date, so anchored on the article's previous date (${previous.value})` });
      }
    }
    const pointDates = dates.filter((d) => d.role === 'point' && d.date);
    const eventDate = pointDates[0]?.date ?? null;
    if (pointDates.length > 0) previous = pointDates[pointDates.length - 1]!.date;
    sentences.push({
      index,
      start,
      end: start + text.length,
      text,
      dates,
      eventDate,
      flashback,
      actors: findActors(text),
      people: [],
      places: findPlaces(text, places),
      occasions: findOccasions(text),
    });
  });
  return { article, sentences };
}

/** Prints each stage's time when EXTRACT_TIMINGS is set (for the benchmark); silent otherwise. */
function stageTimer(): (stage: string) => void {
  let last = performance.now();
  return (stage) => {
    if (!process.env.EXTRACT_TIMINGS) return;
    const now = performance.now();
    process.stderr.write(`  extract: ${stage} ${Math.round(now - last)} ms\n`);
    last = now;
  };
}

function clip(text: string): string {
  return text.length > 90 ? `${text.slice(0, 87)}…` : text;
}

/** Extracts every fact from the compiled articles. Pure: same articles in, same facts out (ids included). */
export function extractFacts(articles: readonly Article[]): ExtractedFacts {
  const timer = stageTimer();
  const ordered = [...articles].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const unresolvedDates: BuildReport['unresolvedDates'] = [];
  const warnings: ReportEntry[] = [];
  const placeRegistry: PlaceRegistry = new Map();
  const contexts = ordered.map((article) => readArticle(article, placeRegistry, unresolvedDates, warnings));
  timer('read sentences, dates, actors, places');

  // People: patterns over every article first, so a name introduced in one article is known in all of them.
  const registry = new PeopleRegistry();
  for (const context of contexts) for (const sentence of context.sentences) for (const candidate of findPersonCandidates(sentence.text)) registry.add(candidate);
  const pattern = mentionPattern(registry);
  for (const context of contexts) {
    for (const sentence of context.sentences) sentence.people = findPersonMentions(sentence.text, registry, pattern);
    resolveReferences(context, registry);
  }
  const { people, conflicts: nameConflicts } = buildPeople(contexts, registry);
  timer('people');

  const measureMentions = contexts.flatMap((context) => findMeasureMentions(context, registry));
  const merged = mergeMeasures(measureMentions);
  const fileOf = new Map(ordered.map((a) => [a.id, a.file]));
  timer('measures');
  for (const warning of merged.warnings) warnings.push({ file: fileOf.get(warning.articleId) ?? warning.articleId, message: warning.message });

  const meetingResult = extractMeetings(contexts, registry, placeRegistry);
  timer('meetings');
  const trip = buildTrip(contexts, registry, placeRegistry, meetingResult);
  const usedPlaces = new Map<string, Evidence[]>();
  for (const meeting of meetingResult.meetings) if (meeting.place) usedPlaces.set(meeting.place, [...(usedPlaces.get(meeting.place) ?? []), ...meeting.evidence]);
  for (const stop of trip.stops) usedPlaces.set(stop.place, [...(usedPlaces.get(stop.place) ?? []), ...stop.evidence]);
  // Where the summits are held ("the G20 Summit in South Africa") is worth a place even with no meeting there yet.
  for (const host of meetingResult.occasionHosts.values()) if (!usedPlaces.has(host)) usedPlaces.set(host, []);
  const { places, warnings: placeWarnings } = buildPlaces(contexts, placeRegistry, usedPlaces);
  warnings.push(...placeWarnings);
  timer('trip, places');
  const events = buildEvents(contexts, registry, merged, meetingResult);
  timer('events');

  const codes = new Set<string>();
  for (const m of merged.measures) codes.add(m.imposer).add(m.target);
  for (const p of people) if (p.country) codes.add(p.country);
  for (const p of places) if (p.country) codes.add(p.country);
  const countries = [...codes].sort().map((code) => ({ code, name: countryName(code) }));

  const conflicts = [...merged.conflicts, ...nameConflicts, ...meetingResult.conflicts].sort((a, b) => (a.id < b.id ? -1 : 1));
  unresolvedDates.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return {
    measures: merged.measures,
    people,
    places,
    meetings: meetingResult.meetings,
    events,
    trip,
    conflicts,
    countries,
    unresolvedDates,
    warnings,
  };
}
