// The short introduction to each chapter, written from the dataset.
import type { Dataset, Meeting } from '../lib/dataset.ts';
import { byOrder, compareStrings } from '../lib/compare.ts';
import { indexDataset } from '../lib/dataset-index.ts';
import { earliestAndLatest, factDateWords } from '../lib/date-words.ts';
import { joinList, plural } from '../lib/phrases.ts';

/** Chapter 1, the flow of measures: how many, how many answered another, between which countries. */
export function flowIntro(dataset: Dataset): string {
  const { measures } = dataset;
  if (!measures.length) return 'The articles name no tariff or levy yet.';
  const answers = measures.filter((measure) => measure.respondsTo.length > 0).length;
  const imposers = new Set(measures.map((measure) => measure.imposer)).size;
  const answered = answers ? ` ${plural(answers, 'measure')} answered another, by what the articles say.` : '';
  return `${plural(measures.length, 'tariff, levy or duty', 'tariffs, levies and duties')} imposed by ${plural(imposers, 'country', 'countries')}.${answered} Select one to read the sentences behind it.`;
}

/** Chapter 2, the trip: the stops in order and the meetings along the way. */
export function tripIntro(dataset: Dataset): string {
  const { trip } = dataset;
  if (!trip.stops.length) return 'The articles describe no itinerary yet.';
  const index = indexDataset(dataset);
  const placeName = (id: string) => index.places.get(id)?.name ?? id;
  const traveller = trip.traveller ? index.people.get(trip.traveller)?.name : undefined;
  const route = [...trip.stops]
    .sort(byOrder)
    .map((stop) => placeName(stop.place))
    .join(' → ');
  const meetingIds = new Set(trip.stops.flatMap((stop) => stop.meetings));
  const meetings = dataset.meetings.filter((meeting) => meetingIds.has(meeting.id));
  return `${traveller ? `${traveller}’s route` : 'The route'}: ${route}, ${meetingCount(meetings)}. Select a stop for what happened there.`;
}

/** "with 1 meeting held and 4 planned along the way": a planned meeting is not counted as one that took place. */
function meetingCount(meetings: readonly Meeting[]): string {
  const held = meetings.filter((meeting) => meeting.status === 'held').length;
  const planned = meetings.length - held;
  if (!meetings.length) return 'with no meeting reported along the way';
  if (!planned) return `with ${plural(held, 'meeting')} along the way`;
  if (!held) return `with ${plural(planned, 'meeting')} planned along the way, none reported held`;
  return `with ${plural(held, 'meeting')} held and ${planned} planned along the way`;
}

/** Chapter 3, the timeline: how many events, over what span, in which categories. */
export function timelineIntro(dataset: Dataset): string {
  const { events } = dataset;
  if (!events.length) return 'The articles date no event yet.';
  const range = earliestAndLatest(events.map((event) => event.date));
  const categories = [...new Set(events.map((event) => event.category))].sort(compareStrings);
  const span = range ? ` from ${factDateWords(range.from)} to ${factDateWords(range.to)}` : '';
  return `${plural(events.length, 'event')}${span}: ${joinList(categories)}. Select an event for its sources.`;
}
