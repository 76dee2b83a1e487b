import { describe, expect, it } from 'vitest';
import { mapFixture } from './fixture.ts';
import { mapModel, participantNames, stopIndexForSelection } from './model.ts';

describe('mapModel', () => {
  it('orders the stops, numbers them from 1 and attaches their places and meetings', () => {
    const model = mapModel(mapFixture());
    expect(model.stops.map((stop) => `${stop.number} ${stop.place.name}`)).toEqual([
      '1 Ottawa',
      '2 Kuala Lumpur',
      '3 Singapore',
      '4 Gyeongju',
    ]);
    expect(model.stops[3]!.meetings.map((meeting) => meeting.id)).toEqual(['mt-xi']);
  });

  it("writes each stop's dates in words, the shortest form, and says when the articles give none", () => {
    expect(mapModel(mapFixture()).stops.map((stop) => stop.dates)).toEqual([
      '24 October 2025',
      '26–28 October 2025',
      '28–29 October 2025',
      'dates not stated',
    ]);
  });

  it('keeps the places that are not stops as context, and credits GeoNames only when a place comes from it', () => {
    const dataset = mapFixture();
    const model = mapModel(dataset);
    expect(model.context.map((place) => place.name)).toEqual(['New York', 'Beijing', 'South Africa']);
    expect(model.credit).toMatch(/GeoNames/);
    const noGeonames = {
      ...dataset,
      places: dataset.places.map((place) => ({ ...place, coordinatesSource: 'natural-earth' as const })),
    };
    expect(mapModel(noGeonames).credit).not.toMatch(/GeoNames/);
    expect(mapModel(noGeonames).credit).toMatch(/Natural Earth/);
  });

  it('sets aside a stop whose place is unknown, and does not modify the dataset', () => {
    const dataset = mapFixture();
    const copy = structuredClone(dataset);
    const broken = {
      ...dataset,
      trip: {
        ...dataset.trip,
        stops: dataset.trip.stops.map((stop, index) => (index === 2 ? { ...stop, place: 'pl-nowhere' } : stop)),
      },
    };
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
