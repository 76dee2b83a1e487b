// The itinerary: the person the articles most often send somewhere ("departs", "travel to", "first stopping in"),
// their stops in the order the articles tell them, each with its meetings and the dates those meetings give.
import type { Evidence, FactDate, Trip, TripStop } from '../../src/lib/dataset.ts';
import type { ArticleContext } from './context.ts';
import { sentenceEvidence } from './context.ts';
import { compareFactDates } from './calendar.ts';
import type { DateMention } from './dates.ts';
import { actorCapital } from './entities.ts';
import type { PeopleRegistry } from './people.ts';
import { personId, placeId, stopId } from './ids.ts';
import { loadLexicon } from './lexicon.ts';
import type { MeetingResult } from './meetings.ts';
import { dedupeEvidence } from './evidence.ts';
import { placeWithin, type PlaceRegistry } from './place-records.ts';
import { lookupCity } from './gazetteer-cities.ts';

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
/** Onward legs the lexicon's travel verbs leave out: "then travel to Singapore on Tuesday before heading to Gyeongju". */
const ONWARD = 'heading to|heads to|headed to|head to';
/** Stops more days apart than this belong to different journeys (a planned September visit is not part of an October tour). */
const JOURNEY_GAP_DAYS = 10;

/** The first and last day a date covers ("2026-01" → Jan 1 … Jan 31), in days since the epoch; null for a year. */
export function dayRange(date: FactDate): [number, number] | null {
  const day = (value: string) => Date.parse(`${value}T00:00:00Z`) / 86_400_000;
  if (date.precision === 'day') return [day(date.value), day(date.value)];
  if (date.precision !== 'month') return null;
  const [year, month] = date.value.split('-').map(Number);
  const next = month === 12 ? `${year! + 1}-01-01` : `${year}-${String(month! + 1).padStart(2, '0')}-01`;
  return [day(`${date.value}-01`), day(next) - 1];
}

/**
 * The stops of one journey: dated stops whose dates follow each other within a few days, the group with the most
 * stops (the latest on a tie); undated stops stay when an article names them in one sequence with a kept stop.
 */
export function oneJourney(
  stops: readonly { place: string; dates: FactDate[] }[],
  sequences: readonly string[][],
): Set<string> {
  const dated = stops
    .map((stop) => ({
      place: stop.place,
      ranges: stop.dates.map(dayRange).filter((r): r is [number, number] => r !== null),
    }))
    .filter((stop) => stop.ranges.length > 0)
    // Reduced, not Math.min(...list): a stop of 100,000 dated reports would overflow the stack as arguments.
    .map((stop) => ({
      place: stop.place,
      start: stop.ranges.reduce((first, r) => Math.min(first, r[0]), Infinity),
      end: stop.ranges.reduce((last, r) => Math.max(last, r[1]), -Infinity),
    }))
    .sort((a, b) => a.start - b.start);
  if (dated.length === 0) return new Set(stops.map((stop) => stop.place));
  const journeys: { places: string[]; end: number }[] = [];
  for (const stop of dated) {
    const last = journeys[journeys.length - 1];
    if (last && stop.start - last.end <= JOURNEY_GAP_DAYS) {
      last.places.push(stop.place);
      last.end = Math.max(last.end, stop.end);
    } else journeys.push({ places: [stop.place], end: stop.end });
  }
  const best = journeys.reduce((a, b) => (b.places.length >= a.places.length ? b : a));
  const kept = new Set(best.places);
  const datedPlaces = new Set(dated.map((stop) => stop.place));
  for (const sequence of sequences) {
    if (!sequence.some((place) => kept.has(place))) continue;
    for (const place of sequence) if (!datedPlaces.has(place)) kept.add(place);
  }
  return kept;
}

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

export function buildTrip(
  contexts: readonly ArticleContext[],
  people: PeopleRegistry,
  places: PlaceRegistry,
  meetings: MeetingResult,
): Trip {
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
  const travel = new RegExp(`\\b(?:${cues.travelVerbs}|${ONWARD})\\b`, 'gi');
  const invitation = new RegExp(`\\b(?:${cues.invitation})\\b`, 'i');
  const tripNoun = new RegExp(`\\b(?:${cues.tripNouns})\\b (?:in|to|of) ([A-Z][a-z]+)`);
  const reports = new Map<
    string,
    {
      sequences: string[][];
      stops: StopReport[];
      departures: Evidence[];
      departureDates: FactDate[];
      departurePhrases: { articleId: string; mention: DateMention; evidence: Evidence }[];
      regions: string[];
    }
  >();
  const get = (key: string) => {
    let entry = reports.get(key);
    if (!entry)
      reports.set(
        key,
        (entry = { sequences: [], stops: [], departures: [], departureDates: [], departurePhrases: [], regions: [] }),
      );
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
      const before = sentence.people.filter(
        (p) => p.end <= firstVerb && (p.via === 'pronoun' || !/^['’]s/.test(sentence.text.slice(p.end, p.end + 2))),
      );
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
        if (phrase?.deictic && first)
          entry.departurePhrases.push({
            articleId: context.article.id,
            mention: phrase,
            evidence: sentenceEvidence(context.article, sentence),
          });
      }
      const sequence = sequenceByTraveller.get(traveller) ?? [];
      for (const [i, verb] of verbs.entries()) {
        const from = verb.index!;
        const to = verbs[i + 1]?.index ?? sentence.text.length;
        const occasion = sentence.occasions.find(
          (o) => o.start >= from && o.start < to && /^[^,;]{0,30}$/.test(sentence.text.slice(from, o.start)),
        );
        const named = sentence.places.filter(
          (p) =>
            p.start >= from &&
            p.start < to &&
            places.get(p.key)?.kind !== 'region' &&
            /^[^,;]{0,30}$/.test(sentence.text.slice(from, p.start)),
        );
        // "travel to Malaysia, Singapore, and the Republic of Korea": each place of the list is a stop, in order.
        const listed: string[] = [];
        const all = sentence.places.filter(
          (p) => p.start >= from && p.start < to && places.get(p.key)?.kind !== 'region',
        );
        for (let n = all.indexOf(named[0]!) + 1; named[0] && n < all.length; n += 1) {
          const previous = all[n - 1]!;
          const current = all[n]!;
          if (!/^\s*,?\s*(?:and\s+|or\s+)?(?:the\s+)?$/.test(sentence.text.slice(previous.end, current.start))) break;
          // "Kuala Lumpur, Malaysia": the city's country, not another stop.
          if (placeWithin(places, previous.key, current.key) || placeWithin(places, current.key, previous.key))
            continue;
          listed.push(current.key);
        }
        for (const [n, written] of [named[0]?.key, ...listed].entries()) {
          let place: string | undefined = written;
          const host = occasion && n === 0 ? meetings.occasionHosts.get(occasion.label) : undefined;
          if (host && (!place || placeWithin(places, host, place))) place = host;
          if (place && places.get(place)?.kind === 'country') {
            // "While in South Korea": the summit city there, when the articles name one.
            const city = [...meetings.occasionHosts.values()].find((h) => placeWithin(places, h, place!));
            if (city) place = city;
          }
          if (!place) continue;
          // The verb's date is its first place's: a list's later stops are dated by their own reports or meetings.
          const date =
            n > 0
              ? null
              : (sentence.dates.find((d) => d.role === 'point' && d.date && d.start >= from && d.start < to)?.date ??
                null);
          const phrase =
            n > 0 ? undefined : sentence.dates.find((d) => d.role === 'point' && d.start >= from && d.start < to);
          entry.stops.push({
            place,
            occasion: n === 0 ? (occasion?.label ?? null) : null,
            evidence: sentenceEvidence(context.article, sentence),
            date,
            deictic: phrase?.deictic ? phrase : null,
          });
          if (sequence[sequence.length - 1] !== place) sequence.push(place);
        }
      }
      sequenceByTraveller.set(traveller, sequence);
    }
    for (const [traveller, sequence] of sequenceByTraveller)
      if (sequence.length > 0) get(traveller).sequences.push(sequence);
  }
  const ranked = [...reports]
    .filter(([, r]) => r.stops.length > 0)
    .sort((a, b) => b[1].stops.length - a[1].stops.length || (a[0] < b[0] ? -1 : 1));
  const chosen = ranked[0];
  if (!chosen) return { trip: { traveller: null, title: '', stops: [] }, dateReports: [] };
  const [travellerKey, report] = chosen;
  const record = people.records.get(travellerKey)!;
  const travellerId = personId(record.name);
  // "visit China" and "arrived in Beijing": one stop, the city, when the report names a city of that country.
  const cityOf = (place: string): string => {
    if (places.get(place)?.kind !== 'country') return place;
    const cities = [...new Set(report.stops.map((s) => s.place))].filter(
      (p) => p !== place && placeWithin(places, p, place),
    );
    return cities.length === 1 ? cities[0]! : place;
  };
  for (const stop of report.stops) stop.place = cityOf(stop.place);
  const sequences = report.sequences.map((sequence) =>
    sequence.map(cityOf).filter((place, i, all) => i === 0 || all[i - 1] !== place),
  );
  const merged = mergeSequences(sequences);
  const stops: TripStop[] = [];
  const dateReports: ItineraryDateReport[] = [];
  const country = people.country(travellerKey);
  const capital = country ? actorCapital(country) : null;
  const stopDates = (place: string) => {
    const meetingIds = meetings.meetings
      .filter(
        (m) =>
          m.place &&
          (placeWithin(places, m.place, place) || placeWithin(places, place, m.place)) &&
          m.participants.includes(travellerId),
      )
      .map((m) => m.id);
    const dates = [
      ...report.stops.filter((s) => s.place === place).map((s) => s.date),
      ...meetings.meetings.filter((m) => meetingIds.includes(m.id) && m.status === 'held').map((m) => m.date),
    ]
      .filter((d): d is FactDate => d !== null)
      .sort(compareFactDates);
    return { meetingIds, dates };
  };
  // A trip is one journey: a visit months before or after the tour the articles follow is another trip.
  const journey = oneJourney(
    merged.map((place) => ({ place, dates: stopDates(place).dates })),
    sequences,
  );
  const order = merged.filter((place) => journey.has(place));
  // Leaving home for this journey: a departure dated weeks from its first stop is another trip's.
  const firstDay = order
    .flatMap((place) =>
      stopDates(place)
        .dates.map(dayRange)
        .filter((r): r is [number, number] => r !== null)
        .map((r) => r[0]),
    )
    .reduce((first, day) => Math.min(first, day), Infinity);
  const fits = (date: FactDate) => {
    const range = dayRange(date);
    return (
      !Number.isFinite(firstDay) ||
      range === null ||
      (range[0] - firstDay <= JOURNEY_GAP_DAYS && firstDay - range[1] <= JOURNEY_GAP_DAYS)
    );
  };
  // Every departure report dated, and none near this journey: they tell of another trip.
  const departedOtherwise =
    report.departureDates.length > 0 &&
    report.departureDates.length === report.departures.length &&
    !report.departureDates.some(fits);
  if (capital && report.departures.length > 0 && country && !departedOtherwise) {
    const city = lookupCity(capital, country);
    const key = placeId(country, city?.name ?? capital);
    if (!places.has(key)) places.set(key, { key, name: city?.name ?? capital, kind: 'city', country, lookup: capital });
    const departure = report.departureDates.filter(fits).sort(compareFactDates)[0] ?? null;
    stops.push({
      id: stopId(0, key),
      order: 0,
      place: key,
      arrive: null,
      depart: departure,
      label: 'Departure',
      meetings: [],
      evidence: dedupeEvidence(report.departures),
    });
    for (const phrase of report.departurePhrases) dateReports.push({ stopIndex: 0, ...phrase });
  }
  for (const place of order) {
    const reportsHere = report.stops.filter((s) => s.place === place);
    const { meetingIds, dates } = stopDates(place);
    const order = stops.length;
    for (const s of reportsHere)
      if (s.deictic)
        dateReports.push({
          stopIndex: order,
          articleId: s.evidence.articleId,
          mention: s.deictic,
          evidence: s.evidence,
        });
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
  return {
    trip: { traveller: travellerId, title: `${record.name}'s trip${region ? ` to ${region}` : ''}`, stops },
    dateReports,
  };
}

function mostCommon(values: readonly string[]): string | null {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? null;
}
