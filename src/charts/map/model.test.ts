import { describe, expect, it } from 'vitest';
import { mapFixture } from './fixture.ts';
import { mapModel, participantNames, stopDates, stopIndexForSelection } from './model.ts';

describe('stopDates', () => {
  const day = (value: string) => ({ value, precision: 'day' as const });
  const tests = [
    { args: [day('2025-10-26'), day('2025-10-28')], expected: '26–28 October 2025' },
    { args: [day('2025-10-31'), day('2025-11-01')], expected: '31 October – 1 November 2025' },
    { args: [null, day('2025-10-24')], expected: '24 October 2025' },
    { args: [null, null], expected: 'dates not stated' },
    { args: [{ value: '2025-10', precision: 'month' as const }, day('2025-11-01')], expected: 'October 2025 – 1 November 2025' },
  ] as const;
  for (const { args, expected } of tests) {
    it(`writes ${expected}`, () => expect(stopDates(args[0], args[1])).toBe(expected));
  }
});

describe('mapModel', () => {
  it('orders the stops, numbers them from 1 and attaches their places and meetings', () => {
    const model = mapModel(mapFixture());
    expect(model.stops.map((stop) => `${stop.number} ${stop.place.name}`)).toEqual(['1 Ottawa', '2 Kuala Lumpur', '3 Singapore', '4 Gyeongju']);
    expect(model.stops[3]!.meetings.map((meeting) => meeting.id)).toEqual(['mt-xi']);
  });

  it('keeps the places that are not stops as context, and credits GeoNames only when a place comes from it', () => {
    const dataset = mapFixture();
    const model = mapModel(dataset);
    expect(model.context.map((place) => place.name)).toEqual(['New York', 'Beijing', 'South Africa']);
    expect(model.credit).toMatch(/GeoNames/);
    const noGeonames = { ...dataset, places: dataset.places.map((place) => ({ ...place, coordinatesSource: 'natural-earth' as const })) };
    expect(mapModel(noGeonames).credit).not.toMatch(/GeoNames/);
    expect(mapModel(noGeonames).credit).toMatch(/Natural Earth/);
  });

  it('sets aside a stop whose place is unknown, and does not modify the dataset', () => {
    const dataset = mapFixture();
    const copy = structuredClone(dataset);
    const broken = { ...dataset, trip: { ...dataset.trip, stops: dataset.trip.stops.map((stop, index) => (index === 2 ? { ...stop, place: 'pl-nowhere' } : stop)) } };
    const model = mapModel(broken);
    expect(model.unplaced.map((stop) => stop.id)).toEqual(['st-singapore']);
    expect(model.stops.map((stop) => stop.number)).toEqual([1, 2, 3]);
    expect(dataset).toEqual(copy);
  });
});

describe('stopIndexForSelection', () => {
  const model = mapModel(mapFixture());
  const tests = [
    { selection: { kind: 'stop', id: 'st-singapore' }, expected: 2 },
    { selection: { kind: 'meeting', id: 'mt-xi' }, expected: 3 },
    { selection: { kind: 'place', id: 'pl-kuala-lumpur' }, expected: 1 },
    { selection: { kind: 'place', id: 'pl-beijing' }, expected: null },
    { selection: { kind: 'measure', id: 'st-singapore' }, expected: null },
    { selection: null, expected: null },
  ];
  for (const { selection, expected } of tests) {
    it(`steps to ${expected ?? 'no stop'} for ${selection ? `${selection.kind} ${selection.id}` : 'no selection'}`, () => {
      expect(stopIndexForSelection(model, selection)).toBe(expected);
    });
  }
});

describe('participantNames', () => {
  it('turns person ids into names and keeps plain names', () => {
    const people = [{ id: 'person-xi', name: 'Xi Jinping' }] as Parameters<typeof participantNames>[1];
    expect(participantNames(['person-xi', 'Mark Carney'], people)).toEqual(['Xi Jinping', 'Mark Carney']);
  });
});
