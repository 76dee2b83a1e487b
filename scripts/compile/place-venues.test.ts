import { describe, expect, it } from 'vitest';
import { findVenues } from './place-venues.ts';
import { findPlaces, placeCoordinates, type PlaceEntry } from './places.ts';

/** The venues of a sentence, as "name in city" — the city as the registry names it. */
function venuesIn(sentence: string): string[] {
  const registry = new Map<string, PlaceEntry>();
  const places = findPlaces(sentence, registry);
  return findVenues(sentence, places, registry).map(
    (venue) => `${venue.entry.name} (${venue.entry.kind}, ${venue.entry.country})`,
  );
}

describe('findVenues', () => {
  it('reads a named building in the city the sentence names (15_mfa_xi_meets_carney_beijing.txt)', () => {
    const sentence =
      'On the morning of January 16, President Xi Jinping met with Canadian Prime Minister Mark Carney, who is on an official visit to China, at the Great Hall of the People in Beijing.';
    expect(venuesIn(sentence)).toEqual(['Great Hall of the People (venue, CN)']);
  });

  it('draws a venue at its city', () => {
    const sentence = 'Xi met Carney at the Great Hall of the People in Beijing.';
    const registry = new Map<string, PlaceEntry>();
    const [venue] = findVenues(sentence, findPlaces(sentence, registry), registry);
    expect(placeCoordinates(venue!.entry)).toMatchObject({ lat: expect.closeTo(39.9, 1), source: 'geonames' });
  });

  it('reads no venue in a summit or meeting held in a city (11_pmo_readout_carney_anutin.txt)', () => {
    const sentence =
      'Today, the Prime Minister, Mark Carney, met with the Prime Minister of Thailand, Anutin Charnvirakul, on the margins of the Asia-Pacific Economic Cooperation (APEC) Economic Leaders’ Meeting in Gyeongju, Republic of Korea.';
    expect(venuesIn(sentence)).toEqual([]);
    // 24_pmo_readout_carney_li_qiang_unga.txt
    expect(
      venuesIn(
        'Prime Minister Mark Carney met with the Premier of China, Li Qiang, at the 80th Session of the United Nations General Assembly in New York.',
      ),
    ).toEqual([]);
  });
});
