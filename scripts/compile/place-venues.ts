// Venues: a named building the text places in a city it names ("at the Great Hall of the People in Beijing", "at
// Rideau Hall in Ottawa"). No gazetteer lists such buildings, so a venue is only read where the sentence says which
// city holds it, and it is drawn at that city. Venues are place records only: meetings and the trip keep their city.
import type { PlaceMention } from './context.ts';
import { placeId } from './ids.ts';
import type { PlaceEntry } from './places.ts';

/** Words that make a capitalised name a building or site rather than an event or body ("Economic Leaders' Meeting"). */
const VENUE_HEAD =
  /\b(?:Hall|Palace|House|Hotel|Guesthouse|Guest House|Centre|Center|Stadium|Square|Residence|Castle|Museum|Pavilion|Villa|Manor)\b/;
/** "at the Great Hall of the People in ", "at Rideau Hall in ": a name of capitalised words (with "of the") before "in". */
const VENUE_BEFORE_CITY =
  /\bat\s+(?:the\s+)?(\p{Lu}[\p{L}'’.-]*(?:\s+(?:of\s+the\s+|of\s+|de\s+)?\p{Lu}[\p{L}'’.-]*){0,6})\s+in\s+$/u;

export interface VenueMention {
  entry: PlaceEntry;
  start: number;
  end: number;
}

/** The venues of one sentence, each in the city mention that follows it ("… in Beijing"). */
export function findVenues(
  sentence: string,
  places: readonly PlaceMention[],
  registry: ReadonlyMap<string, PlaceEntry>,
): VenueMention[] {
  if (!/\bat\s/.test(sentence)) return [];
  const venues: VenueMention[] = [];
  for (const mention of places) {
    const city = registry.get(mention.key);
    if (!city || city.kind !== 'city') continue;
    const match = VENUE_BEFORE_CITY.exec(sentence.slice(Math.max(0, mention.start - 120), mention.start));
    const name = match?.[1];
    if (!name || !VENUE_HEAD.test(name)) continue;
    // The name a venue is known by is the one it shares with the city's record ("White House" is the city there).
    if (registry.has(placeId(city.country, name))) continue;
    const start = mention.start - match[0].length + match[0].indexOf(name);
    const entry: PlaceEntry = {
      key: placeId(city.country, name),
      name,
      kind: 'venue',
      country: city.country,
      lookup: city.lookup,
      ...(city.admin ? { admin: city.admin } : {}),
    };
    venues.push({ entry, start, end: start + name.length });
  }
  return venues;
}
