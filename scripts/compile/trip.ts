// The itinerary: the person the articles most often send somewhere ("departs", "travel to", "first stopping in"),
// their stops in the order the articles tell them, each with its meetings and the dates those meetings give.
import type { Evidence, FactDate, Trip, TripStop } from '../../src/lib/dataset.ts';
import type { ArticleContext } from './context.ts';
import { sentenceEvidence } from './context.ts';
import { compareFactDates, type DateMention } from './dates.ts';
import { actorCapital } from './entities.ts';
import type { PeopleRegistry } from './people.ts';
import { personId, placeId, stopId } from './ids.ts';
import { loadLexicon } from './lexicon.ts';
import type { MeetingResult } from './meetings.ts';
import { dedupeEvidence } from './merge.ts';
import { placeWithin, type PlaceRegistry } from './place-records.ts';
import { lookupCity } from './places.ts';

interface StopReport {
  place: string;
  occasion: string | null;
  evidence: Evidence;
  date: FactDate | null;
  /** The publication-relative phrase that dates this report ("travel to Singapore on Tuesday"), if any. */
  deictic: DateMention | null;
}

/** A stop (or the departure) dated by a phrase relative to the article's publication: what itinerary order can narrow. */
export interface ItineraryDateReport {
  /** Index of the stop in `trip.stops`. */
  stopIndex: number;
  articleId: string;
  mention: DateMention;
  evidence: Evidence;
}

const DEPARTURE = /\b(?:departs|departed|embarks|embarked|leaves|left)\b/i;

/** Merges per-article stop sequences into one order: a stop goes right after the stop it follows in its article. */
export function mergeSequences(sequences: readonly string[][]): string[] {
  const order: string[] = [];
  for (const sequence of [...sequences].sort((a, b) => b.length - a.length)) {
    let previousIndex = -1;
    for (const item of sequence) {
      const at = order.indexOf(item);
      if (at !== -1) {
        previousIndex = at;
        continue;
      }
      order.splice(previousIndex + 1, 0, item);
      previousIndex += 1;
    }
  }
  return order;
}

export function buildTrip(contexts: readonly ArticleContext[], people: PeopleRegistry, places: PlaceRegistry, meetings: MeetingResult): Trip {
  return buildItinerary(contexts, people, places, meetings).trip;
}

/** The trip, and the stop reports whose dates depend on when their article was published. */
export function buildItinerary(
  contexts: readonly ArticleContext[],
  people: PeopleRegistry,
  places: PlaceRegistry,
  meetings: MeetingResult,
): { trip: Trip; dateReports: ItineraryDateReport[] } {
  const { cues } = loadLexicon();
  const travel = new RegExp(`\\b(?:${cues.travelVerbs})\\b`, 'gi');
  const invitation = new RegExp(`\\b(?:${cues.invitation})\\b`, 'i');
  const tripNoun = new RegExp(`\\b(?:${cues.tripNouns})\\b (?:in|to|of) ([A-Z][a-z]+)`);
  const reports = new Map<string, { sequences: string[][]; stops: StopReport[]; departures: Evidence[]; departureDates: FactDate[]; departurePhrases: { articleId: string; mention: DateMention; evidence: Evidence }[]; regions: string[] }>();
  const get = (key: string) => {
    let entry = reports.get(key);
    if (!entry) reports.set(key, (entry = { sequences: [], stops: [], departures: [], departureDates: [], departurePhrases: [], regions: [] }));
    return entry;
  };
  for (const context of contexts) {
    const sequenceByTraveller = new Map<string, string[]>();
    for (const sentence of context.sentences) {
      const verbs = [...sentence.text.matchAll(travel)];
      if (verbs.length === 0 || invitation.test(sentence.text)) continue;
      const firstVerb = verbs[0]!.index!;
      // The traveller is the nearest person before the first travel word, not a possessor ("Carney's secretary travelled").
      // "He’s set to travel": after a pronoun, ’s is "is", not a possessive.
      const before = sentence.people.filter((p) => p.end <= firstVerb && (p.via === 'pronoun' || !/^['’]s/.test(sentence.text.slice(p.end, p.end + 2))));
      const traveller = before.sort((a, b) => b.end - a.end)[0]?.key;
      if (!traveller) continue;
      const entry = get(traveller);
      const region = sentence.text.match(tripNoun)?.[1];
      if (region) entry.regions.push(region);
      if (DEPARTURE.test(sentence.text)) {
        entry.departures.push(sentenceEvidence(context.article, sentence));
        const departureAt = sentence.text.search(DEPARTURE);
        const date = sentence.dates.find((d) => d.role === 'point' && d.date && d.start > departureAt)?.date;
        const first = (sequenceByTraveller.get(traveller) ?? []).length === 0;
        // Leaving home only when this is the article's first stop ("departs Friday …, first stopping in Malaysia").
        if (date && first) entry.departureDates.push(date);
        const phrase = sentence.dates.find((d) => d.role === 'point' && d.start > departureAt);
        if (phrase?.deictic && first) entry.departurePhrases.push({ articleId: context.article.id, mention: phrase, evidence: sentenceEvidence(context.article, sentence) });
      }
      const sequence = sequenceByTraveller.get(traveller) ?? [];
      for (const [i, verb] of verbs.entries()) {
        const from = verb.index!;
        const to = verbs[i + 1]?.index ?? sentence.text.length;
        const occasion = sentence.occasions.find((o) => o.start >= from && o.start < to && /^[^,;]{0,30}$/.test(sentence.text.slice(from, o.start)));
        const named = sentence.places.filter((p) => p.start >= from && p.start < to && places.get(p.key)?.kind !== 'region' && /^[^,;]{0,30}$/.test(sentence.text.slice(from, p.start)));
        let place: string | undefined = named[0]?.key;
        const host = occasion ? meetings.occasionHosts.get(occasion.label) : undefined;
        if (host && (!place || placeWithin(places, host, place))) place = host;
        if (place && places.get(place)?.kind === 'country') {
          // "While in South Korea": the summit city there, when the articles name one.
          const city = [...meetings.occasionHosts.values()].find((h) => placeWithin(places, h, place!));
          if (city) place = city;
        }
        if (!place) continue;
        const date = sentence.dates.find((d) => d.role === 'point' && d.date && d.start >= from && d.start < to)?.date ?? null;
        const phrase = sentence.dates.find((d) => d.role === 'point' && d.start >= from && d.start < to);
        entry.stops.push({ place, occasion: occasion?.label ?? null, evidence: sentenceEvidence(context.article, sentence), date, deictic: phrase?.deictic ? phrase : null });
        if (sequence[sequence.length - 1] !== place) sequence.push(place);
      }
      sequenceByTraveller.set(traveller, sequence);
    }
    for (const [traveller, sequence] of sequenceByTraveller) if (sequence.length > 0) get(traveller).sequences.push(sequence);
  }
  const ranked = [...reports].filter(([, r]) => r.stops.length > 0).sort((a, b) => b[1].stops.length - a[1].stops.length || (a[0] < b[0] ? -1 : 1));
  const chosen = ranked[0];
  if (!chosen) return { trip: { traveller: null, title: '', stops: [] }, dateReports: [] };
  const [travellerKey, report] = chosen;
  const record = people.records.get(travellerKey)!;
  const travellerId = personId(record.name);
  const order = mergeSequences(report.sequences);
  const stops: TripStop[] = [];
  const dateReports: ItineraryDateReport[] = [];
  const country = people.country(travellerKey);
  const capital = country ? actorCapital(country) : null;
  if (capital && report.departures.length > 0 && country) {
    const city = lookupCity(capital, country);
    const key = placeId(country, city?.name ?? capital);
    if (!places.has(key)) places.set(key, { key, name: city?.name ?? capital, kind: 'city', country, lookup: capital });
    const departure = [...report.departureDates].sort(compareFactDates)[0] ?? null;
    stops.push({ id: stopId(0, key), order: 0, place: key, arrive: null, depart: departure, label: 'Departure', meetings: [], evidence: dedupeEvidence(report.departures) });
    for (const phrase of report.departurePhrases) dateReports.push({ stopIndex: 0, ...phrase });
  }
  for (const place of order) {
    const reportsHere = report.stops.filter((s) => s.place === place);
    const meetingIds = meetings.meetings
      .filter((m) => m.place && (placeWithin(places, m.place, place) || placeWithin(places, place, m.place)) && m.participants.includes(travellerId))
      .map((m) => m.id);
    const dates = [
      ...reportsHere.map((s) => s.date),
      ...meetings.meetings.filter((m) => meetingIds.includes(m.id) && m.status === 'held').map((m) => m.date),
    ].filter((d): d is FactDate => d !== null).sort(compareFactDates);
    const order = stops.length;
    for (const s of reportsHere) if (s.deictic) dateReports.push({ stopIndex: order, articleId: s.evidence.articleId, mention: s.deictic, evidence: s.evidence });
    stops.push({
      id: stopId(order, place),
      order,
      place,
      arrive: dates[0] ?? null,
      depart: dates[dates.length - 1] ?? null,
      label: reportsHere.find((s) => s.occasion)?.occasion ?? 'Visit',
      meetings: [...meetingIds].sort(),
      evidence: dedupeEvidence(reportsHere.map((s) => s.evidence)),
    });
  }
  const region = mostCommon(report.regions);
  return { trip: { traveller: travellerId, title: `${record.name}'s trip${region ? ` to ${region}` : ''}`, stops }, dateReports };
}

function mostCommon(values: readonly string[]): string | null {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? null;
}
