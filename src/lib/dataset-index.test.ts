import { describe, expect, it } from 'vitest';
import { byIdMap, indexDataset } from './dataset-index.ts';
import { sampleDataset } from './sample-dataset.ts';

describe('indexDataset', () => {
  it('finds each kind of fact by its id', () => {
    const dataset = sampleDataset();
    const index = indexDataset(dataset);
    for (const kind of ['measures', 'meetings', 'places', 'people', 'events', 'articles', 'conflicts'] as const) {
      for (const fact of dataset[kind]) expect(index[kind].get(fact.id)).toBe(fact);
      expect(index[kind].size).toBe(new Set(dataset[kind].map((fact) => fact.id)).size);
    }
    for (const stop of dataset.trip.stops) expect(index.stops.get(stop.id)).toBe(stop);
    expect(index.places.get('no-such-place')).toBeUndefined();
  });

  it('builds each map once per dataset, also for a part of it picked on the fly', () => {
    const dataset = sampleDataset();
    expect(indexDataset(dataset).places).toBe(indexDataset(dataset).places);
    expect(indexDataset({ places: dataset.places }).places).toBe(indexDataset(dataset).places);
    expect(indexDataset(sampleDataset()).places).not.toBe(indexDataset(dataset).places);
  });

  it('gives an empty map for a collection the argument lacks', () => {
    expect(indexDataset({ places: [] }).measures.size).toBe(0);
    expect(indexDataset({}).stops.size).toBe(0);
  });

  it('keeps the first of a repeated id, as a search from the start would', () => {
    const list = [
      { id: 'a', name: 'first' },
      { id: 'a', name: 'second' },
    ];
    expect(byIdMap(list).get('a')?.name).toBe('first');
  });
});
