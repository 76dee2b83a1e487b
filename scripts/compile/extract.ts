// Fact extraction: articles → measures, people, places, meetings, events, trip, conflicts (each with evidence).
// Interface between the compiler core (reading, corrections, writing) and the extraction stages:
// dates.ts → entities.ts / places.ts → measures.ts + merge.ts → meetings.ts → trip.ts → events.ts.
import type {
  Article,
  BuildReport,
  Evidence,
  Conflict,
  Dataset,
  Meeting,
  Measure,
  Person,
  Place,
  ReportEntry,
  TimelineEvent,
  Trip,
} from '../../src/lib/dataset.ts';
import type { ArticleContext, SentenceInfo } from './context.ts';
import { findDatePhrases, resolveDatePhrases, type DateMention, type PublicationDays } from './dates.ts';
import { withBuildScope } from './build-scope.ts';
import { findActors } from './entities.ts';
import {
  PeopleRegistry,
  buildPeople,
  findPersonMentions,
  mentionPattern,
  registerPeople,
  resolveReferences,
} from './people.ts';
import { buildEvents } from './events.ts';
import { datelineEnd } from './publication.ts';
import { loadLexicon } from './lexicon.ts';
import { findMeasureMentions } from './measures.ts';
import { extractMeetings, type MeetingResult } from './meetings.ts';
import { mergeMeasures } from './merge.ts';
import { buildPlaces, type PlaceRegistry } from './place-records.ts';
import { countryName, findOccasions, findPlaces } from './places.ts';
import { buildItinerary, buildTrip } from './trip.ts';
import {
  inferredPublished,
  inferWindowsFromReferences,
  narrowByItinerary,
  publicationDays,
  type InferredWindow,
} from './publication-window.ts';

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
  /** Article id → its inferred publication, for the articles whose window was inferred. */
  publications: Map<string, Article['published']>;
}

/** What a sentence's text alone says: its date phrases (unresolved), actors, places and occasions. */
type SentenceReading = Pick<SentenceInfo, 'phrases' | 'actors' | 'places' | 'occasions'>;

/**
 * Reads one article sentence by sentence: date phrases, actors, places, occasions (dates are resolved separately).
 * A text read before (`readings`: wire copy in several outlets, boilerplate, datelines) is not read again: the readers
 * depend on the text alone, and the stages only read what they return.
 */
function readArticle(article: Article, places: PlaceRegistry, readings: Map<string, SentenceReading>): ArticleContext {
  const flashbackOpener = new RegExp(loadLexicon().cues.flashbackOpeners, 'i');
  let flashback = false;
  const sentences: SentenceInfo[] = [];
  const dateline = datelineEnd(article.text);
  article.sentences.forEach((span, index) => {
    const raw = article.text.slice(span.start, span.end);
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    if (!text) return;
    const start = span.start + lead;
    if (flashbackOpener.test(text)) flashback = true;
    let reading = readings.get(text);
    if (!reading)
      readings.set(
        text,
        (reading = {
          phrases: findDatePhrases(text),
          actors: findActors(text),
          places: findPlaces(text, places),
          occasions: findOccasions(text),
        }),
      );
    sentences.push({
      index,
      start,
      end: start + text.length,
      text,
      phrases: reading.phrases.filter((phrase) => start + phrase.end > dateline),
      dates: [],
      eventDate: null,
      flashback,
      actors: reading.actors,
      people: [],
      places: reading.places,
      occasions: reading.occasions,
    });
  });
  return { article, sentences };
}

interface DateNotes {
  unresolved: BuildReport['unresolvedDates'];
  notes: ReportEntry[];
}

/**
 * Resolves every sentence's date phrases in order (each anchored on the previous dated sentence), against the
 * article's publication date or, when only inferred, every day of its window. Returns what goes in the report.
 */
function resolveArticleDates(context: ArticleContext, window: PublicationDays | null): DateNotes {
  const { article } = context;
  const published =
    article.published.value && article.published.precision
      ? { value: article.published.value, precision: article.published.precision }
      : null;
  const result: DateNotes = { unresolved: [], notes: [] };
  let previous = null as SentenceInfo['eventDate'];
  for (const sentence of context.sentences) {
    const { text } = sentence;
    const dates: DateMention[] = resolveDatePhrases(sentence.phrases, {
      published,
      previous,
      flashback: sentence.flashback,
      window,
    });
    for (const mention of dates) {
      if (mention.unresolved)
        result.unresolved.push({
          file: article.file,
          phrase: mention.phrase,
          message: `in "${clip(text)}": ${mention.unresolved}`,
        });
      // Say when a date leaned on the narrative rather than the publication date, so an editor can check it.
      if (mention.anchor === 'narrative' && mention.date && previous && !/later|after|that/i.test(mention.phrase)) {
        result.notes.push({
          file: article.file,
          message: `"${mention.phrase}" in "${clip(text)}" read as ${mention.date.value}: no publication date, so anchored on the article's previous date (${previous.value})`,
        });
      }
    }
    const pointDates = dates.filter((d) => d.role === 'point' && d.date);
    sentence.dates = dates;
    sentence.eventDate = pointDates[0]?.date ?? null;
    if (pointDates.length > 0) previous = pointDates[pointDates.length - 1]!.date;
  }
  return result;
}

/**
 * Infers publication windows for the articles that do not give their day (publication-window.ts), resolves their
 * dates again on them, and repeats while the itinerary narrows a window (a stop dated in one article bounds a stop
 * dated in another). Returns the final meetings, so they need not be extracted once more.
 */
function inferPublicationWindows(
  contexts: readonly ArticleContext[],
  registry: PeopleRegistry,
  placeRegistry: PlaceRegistry,
  dateNotes: Map<string, DateNotes>,
  warnings: ReportEntry[],
  timer: (stage: string) => void,
): { meetings: MeetingResult; windows: Map<string, InferredWindow> } {
  const articles = contexts.map((c) => c.article);
  let meetings = extractMeetings(contexts, registry, placeRegistry);
  const { windows, warnings: referenceWarnings } = inferWindowsFromReferences(
    articles,
    meetings.meetings,
    meetings.references,
    meetings.dateSources,
  );
  for (const warning of referenceWarnings) warnings.push(warning);
  timer('publication windows from references');
  if (windows.size === 0) return { meetings, windows };
  const byId = new Map(contexts.map((c) => [c.article.id, c]));
  const fileOf = new Map(articles.map((a) => [a.id, a.file]));
  let changed = new Set(windows.keys());
  // Each round can only narrow windows, and a window narrows at most to one day: a few rounds reach the fixed point.
  for (let round = 0; round < 4 && changed.size > 0; round += 1) {
    for (const id of changed) dateNotes.set(id, resolveArticleDates(byId.get(id)!, publicationDays(windows.get(id)!)));
    timer(`  round ${round}: ${changed.size} articles resolved again`);
    meetings = extractMeetings(contexts, registry, placeRegistry, { previous: meetings, stale: changed });
    timer(`  round ${round}: meetings`);
    const itinerary = buildItinerary(contexts, registry, placeRegistry, meetings);
    const narrowed = narrowByItinerary(itinerary.trip, itinerary.dateReports, windows, fileOf);
    timer(`  round ${round}: itinerary`);
    if (round === 3 || narrowed.changed.size === 0) for (const warning of narrowed.warnings) warnings.push(warning);
    changed = narrowed.changed;
  }
  if (changed.size > 0) {
    // The last round narrowed windows: their dates and meetings must follow them, without another narrowing.
    for (const id of changed) dateNotes.set(id, resolveArticleDates(byId.get(id)!, publicationDays(windows.get(id)!)));
    meetings = extractMeetings(contexts, registry, placeRegistry, { previous: meetings, stale: changed });
  }
  timer('publication windows: dates resolved again, itinerary');
  for (const [id, window] of windows) {
    const file = fileOf.get(id) ?? id;
    const first = window.days[0]!;
    const last = window.days[window.days.length - 1]!;
    warnings.push({
      file,
      message: `publication date inferred: ${first === last ? first : `${first}…${last}`}, from ${window.anchors.map((a) => `"${a.phrase}" (${a.kind})`).join(', ')}`,
    });
  }
  return { meetings, windows };
}

/** Prints each stage's time when EXTRACT_TIMINGS is set (for the benchmark); silent otherwise. */
function stageTimer(): (stage: string) => void {
  let last = performance.now();
  let lastCpu = process.cpuUsage();
  return (stage) => {
    if (!process.env.EXTRACT_TIMINGS) return;
    const now = performance.now();
    // CPU time too: on a shared machine wall time says more about the neighbours than about the stage.
    const cpu = process.cpuUsage(lastCpu);
    process.stderr.write(
      `  extract: ${stage} ${Math.round(now - last)} ms (${Math.round((cpu.user + cpu.system) / 1000)} ms CPU)\n`,
    );
    last = now;
    lastCpu = process.cpuUsage();
  };
}

function clip(text: string): string {
  return text.length > 90 ? `${text.slice(0, 87)}…` : text;
}

/**
 * Extracts every fact from the compiled articles. Pure: same articles in, same facts out (ids included). One build:
 * its memos (build-scope.ts) last until it returns, or until the compileSources around it does.
 */
export function extractFacts(articles: readonly Article[]): ExtractedFacts {
  return withBuildScope(() => extractAll(articles));
}

function extractAll(articles: readonly Article[]): ExtractedFacts {
  const timer = stageTimer();
  const ordered = [...articles].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const unresolvedDates: BuildReport['unresolvedDates'] = [];
  const warnings: ReportEntry[] = [];
  const placeRegistry: PlaceRegistry = new Map();
  const readings = new Map<string, SentenceReading>();
  const contexts = ordered.map((article) => readArticle(article, placeRegistry, readings));
  const dateNotes = new Map(contexts.map((context) => [context.article.id, resolveArticleDates(context, null)]));
  timer('read sentences, dates, actors, places');

  // People: patterns over every article first, so a name introduced in one article is known in all of them.
  const registry = new PeopleRegistry();
  registerPeople(contexts, registry);
  const pattern = mentionPattern(registry);
  const mentionsByText = new Map<string, SentenceInfo['people']>();
  for (const context of contexts) {
    for (const sentence of context.sentences) {
      // The same text names the same people (references are resolved per article below, on a new list).
      let found = mentionsByText.get(sentence.text);
      if (!found) mentionsByText.set(sentence.text, (found = findPersonMentions(sentence.text, registry, pattern)));
      sentence.people = found;
    }
    resolveReferences(context, registry);
  }
  const { people, conflicts: nameConflicts } = buildPeople(contexts, registry);
  timer('people');

  const { meetings: meetingResult, windows } = inferPublicationWindows(
    contexts,
    registry,
    placeRegistry,
    dateNotes,
    warnings,
    timer,
  );
  for (const notes of dateNotes.values()) {
    // Loops, not push(...list): a file of 100,000 dates would overflow the stack as arguments.
    for (const entry of notes.unresolved) unresolvedDates.push(entry);
    for (const note of notes.notes) warnings.push(note);
  }
  const publications = new Map([...windows].map(([id, window]) => [id, inferredPublished(window)]));

  const measureMentions = contexts.flatMap((context) => findMeasureMentions(context, registry));
  const merged = mergeMeasures(measureMentions);
  const fileOf = new Map(ordered.map((a) => [a.id, a.file]));
  timer('measures');
  for (const warning of merged.warnings)
    warnings.push({ file: fileOf.get(warning.articleId) ?? warning.articleId, message: warning.message });

  timer('meetings');
  const trip = buildTrip(contexts, registry, placeRegistry, meetingResult);
  const usedPlaces = new Map<string, Evidence[]>();
  // Appended in place: a copy of the place's list per meeting was quadratic in the meetings held at one place.
  const use = (place: string, evidence: readonly Evidence[]) => {
    let list = usedPlaces.get(place);
    if (!list) usedPlaces.set(place, (list = []));
    for (const e of evidence) list.push(e);
  };
  for (const meeting of meetingResult.meetings) if (meeting.place) use(meeting.place, meeting.evidence);
  for (const stop of trip.stops) use(stop.place, stop.evidence);
  // Where the summits are held ("the G20 Summit in South Africa") is worth a place even with no meeting there yet.
  for (const host of meetingResult.occasionHosts.values()) if (!usedPlaces.has(host)) usedPlaces.set(host, []);
  const { places, warnings: placeWarnings } = buildPlaces(contexts, placeRegistry, usedPlaces);
  for (const warning of placeWarnings) warnings.push(warning);
  timer('trip, places');
  const events = buildEvents(contexts, registry, merged, meetingResult);
  timer('events');

  const codes = new Set<string>();
  for (const m of merged.measures) codes.add(m.imposer).add(m.target);
  for (const p of people) if (p.country) codes.add(p.country);
  for (const p of places) if (p.country) codes.add(p.country);
  const countries = [...codes].sort().map((code) => ({ code, name: countryName(code) }));

  const conflicts = [...merged.conflicts, ...nameConflicts, ...meetingResult.conflicts].sort((a, b) =>
    a.id < b.id ? -1 : 1,
  );
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
    publications,
  };
}
