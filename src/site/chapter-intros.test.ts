import { describe, expect, it } from 'vitest';
import type { Dataset } from '../lib/dataset.ts';
import { flowIntro, timelineIntro, tripIntro } from './chapter-intros.ts';
import { sampleDataset } from '../lib/sample-dataset.ts';

describe('chapter intros', () => {
  it('counts the measures, the countries imposing them and the answers', () => {
    expect(flowIntro(sampleDataset())).toBe(
      '3 tariffs, levies and duties imposed by 2 countries. 2 measures answered another, by what the articles say. Select one to read the sentences behind it.',
    );
  });

  it('draws the route from the trip’s stops in order, with the traveller’s name', () => {
    const dataset = sampleDataset();
    const ottawa = { ...dataset.places[0]!, id: 'pl-ottawa', name: 'Ottawa' };
    const withDeparture: Dataset = {
      ...dataset,
      places: [...dataset.places, ottawa],
      trip: {
        ...dataset.trip,
        stops: [
          { ...dataset.trip.stops[0]!, order: 1 },
          {
            id: 'st-ottawa',
            order: 0,
            place: 'pl-ottawa',
            arrive: null,
            depart: null,
            label: 'Departure',
            meetings: [],
            evidence: [],
          },
        ],
      },
    };
    expect(tripIntro(withDeparture)).toBe(
      'Mark Carney’s route: Ottawa → Gyeongju, with 1 meeting along the way. Select a stop for what happened there.',
    );
  });

  it('counts held and planned meetings apart: a planned meeting is not one that happened', () => {
    const dataset = sampleDataset();
    const held = dataset.meetings[0]!;
    const planned = { ...held, id: 'mt-planned', status: 'planned' as const, title: 'Lee Jae Myung – Mark Carney' };
    const stops = [{ ...dataset.trip.stops[0]!, meetings: [held.id, 'mt-planned'] }];
    const both: Dataset = { ...dataset, meetings: [held, planned], trip: { ...dataset.trip, stops } };
    expect(tripIntro(both)).toContain('with 1 meeting held and 1 planned along the way.');
    const onlyPlanned: Dataset = { ...both, meetings: [{ ...held, status: 'planned' }, planned] };
    expect(tripIntro(onlyPlanned)).toContain('with 2 meetings planned along the way, none reported held.');
  });

  it('gives the span and the categories of the events', () => {
    expect(timelineIntro(sampleDataset())).toBe(
      '3 events from 2017 to 31 October 2025: meeting, trade measure and visit. Select an event for its sources.',
    );
  });

  it('says plainly when the articles gave nothing for a chapter', () => {
    const empty: Dataset = {
      ...sampleDataset(),
      measures: [],
      events: [],
      trip: { traveller: null, title: '', stops: [] },
    };
    expect(flowIntro(empty)).toBe('The articles name no tariff or levy yet.');
    expect(tripIntro(empty)).toBe('The articles describe no itinerary yet.');
    expect(timelineIntro(empty)).toBe('The articles date no event yet.');
  });
});
