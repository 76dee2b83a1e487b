// Fact extraction: articles → measures, people, places, meetings, events, trip, conflicts (each with evidence).
// Interface between the compiler core (reading, corrections, writing) and the extraction stages.
// NOTE: scaffold; the extraction helper replaces the body with the real stages (dates, entities, measures, …).
import type { Article, BuildReport, Conflict, Dataset, Meeting, Measure, Person, Place, ReportEntry, TimelineEvent, Trip } from '../../src/lib/dataset.ts';

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

/** Extracts every fact from the compiled articles. Pure: same articles in, same facts out (ids included). */
export function extractFacts(articles: readonly Article[]): ExtractedFacts {
  void articles;
  return {
    measures: [],
    people: [],
    places: [],
    meetings: [],
    events: [],
    trip: { traveller: null, title: '', stops: [] },
    conflicts: [],
    countries: [],
    unresolvedDates: [],
    warnings: [],
  };
}
