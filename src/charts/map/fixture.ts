// A dataset for the map's tests and dev page: the trip as the compiler describes it, quotes taken from seeds/000 and 003.
import { readFileSync } from 'node:fs';
import type { Dataset, Evidence, FactDate, Place } from '../../lib/dataset.ts';

const FILE = '000_6e48ba967c50f187.txt';

function seedText(root: string): string {
  return readFileSync(`${root}/seeds/${FILE}`, 'utf8');
}

const day = (value: string): FactDate => ({ value, precision: 'day' });

/** The map fixture; `root` is the repository folder (the seeds are read from it, so quotes match the text). */
export function mapFixture(root = process.cwd()): Dataset {
  const text = seedText(root);
  const evidence = (quote: string): Evidence[] => {
    const start = text.indexOf(quote);
    if (start < 0) throw new Error(`seeds/${FILE}: fixture quote not in the text: ${quote}`);
    return [{ articleId: 'a0', start, end: start + quote.length, quote }];
  };
  const fact = (id: string, quote: string) => ({
    id,
    provenance: 'extracted' as const,
    evidence: evidence(quote),
    articleCount: 1,
  });
  const place = (
    id: string,
    name: string,
    country: string,
    lat: number,
    lon: number,
    quote: string,
    kind: Place['kind'] = 'city',
  ): Place => ({
    ...fact(id, quote),
    name,
    kind,
    country,
    lat,
    lon,
    coordinatesSource: kind === 'city' ? 'geonames' : 'natural-earth',
  });
  return {
    schemaVersion: 1,
    articles: [
      {
        id: 'a0',
        file: FILE,
        title: 'Carney hopes to meet Xi Jinping next week',
        titleSource: 'first-line',
        outlet: null,
        outletSource: null,
        url: null,
        published: { value: '2025-10-23', precision: 'day', source: null },
        text,
        sentences: [],
      },
    ],
    measures: [],
    people: [],
    places: [
      place('pl-ottawa', 'Ottawa', 'CA', 45.41117, -75.69812, 'Ottawa'),
      place('pl-kuala-lumpur', 'Kuala Lumpur', 'MY', 3.1412, 101.68653, 'Malaysia'),
      place('pl-singapore', 'Singapore', 'SG', 1.28967, 103.85007, 'Singapore'),
      place('pl-gyeongju', 'Gyeongju', 'KR', 35.84278, 129.21167, 'Gyeongju'),
      place('pl-new-york', 'New York', 'US', 40.71427, -74.00597, 'New York'),
      place('pl-beijing', 'Beijing', 'CN', 39.9075, 116.39723, 'Beijing'),
      place('pl-south-africa', 'South Africa', 'ZA', -29, 24.7, 'South Africa', 'country'),
    ],
    meetings: [
      {
        ...fact('mt-anwar', 'he’ll also meet with Prime Minister Anwar Ibrahim'),
        participants: ['Mark Carney', 'Anwar Ibrahim'],
        place: 'pl-kuala-lumpur',
        date: null,
        status: 'planned',
        occasion: 'ASEAN summit',
        durationMinutes: null,
        title: 'Carney meets Anwar Ibrahim',
      },
      {
        ...fact('mt-wong', 'he’ll meet with Prime Minister Lawrence Wong'),
        participants: ['Mark Carney', 'Lawrence Wong'],
        place: 'pl-singapore',
        date: null,
        status: 'planned',
        occasion: null,
        durationMinutes: null,
        title: 'Carney meets Lawrence Wong',
      },
      {
        ...fact(
          'mt-xi',
          'Carney is pursuing a meeting with the Chinese leader on the sidelines of the Asia-Pacific Economic Cooperation summit in Gyeongju',
        ),
        participants: ['Mark Carney', 'Xi Jinping'],
        place: 'pl-gyeongju',
        date: day('2025-10-31'),
        status: 'held',
        occasion: 'APEC summit',
        durationMinutes: 40,
        title: 'Carney meets Xi Jinping',
      },
    ],
    events: [],
    trip: {
      traveller: 'Mark Carney',
      title: 'Carney’s Asia trip',
      stops: [
        {
          id: 'st-ottawa',
          order: 0,
          place: 'pl-ottawa',
          arrive: null,
          depart: day('2025-10-24'),
          label: 'Departure',
          meetings: [],
          evidence: evidence('Carney departs Friday for a week-long trip in Asia'),
        },
        {
          id: 'st-kuala-lumpur',
          order: 1,
          place: 'pl-kuala-lumpur',
          arrive: day('2025-10-26'),
          depart: day('2025-10-28'),
          label: 'ASEAN summit',
          meetings: ['mt-anwar'],
          evidence: evidence('first stopping in Malaysia for the Association of Southeast Asian Nations summit'),
        },
        {
          id: 'st-singapore',
          order: 2,
          place: 'pl-singapore',
          arrive: day('2025-10-28'),
          depart: day('2025-10-29'),
          label: 'Visit',
          meetings: ['mt-wong'],
          evidence: evidence('He’ll then travel to Singapore'),
        },
        {
          id: 'st-gyeongju',
          order: 3,
          place: 'pl-gyeongju',
          arrive: null,
          depart: null,
          label: 'APEC summit',
          meetings: ['mt-xi'],
          evidence: evidence(
            'Asia-Pacific Economic Cooperation summit in Gyeongju, South Korea, from Oct. 31 to Nov. 1',
          ),
        },
      ],
    },
    conflicts: [],
    countries: [],
    report: { skipped: [], warnings: [], unresolvedDates: [], corrections: [] },
    credits: [],
  };
}
