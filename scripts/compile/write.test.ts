import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/lib/dataset.ts';
import { DatasetInvalidError, evidenceSpanErrors, serializeDataset, writeDataset } from './write.ts';

const TEXT = 'Canada imposed a tariff.';

function dataset(): Dataset {
  return {
    // Keys deliberately out of schema order: the writer must not depend on how objects were built.
    credits: ['GeoNames'],
    report: { corrections: [], unresolvedDates: [], warnings: [], skipped: [] },
    schemaVersion: 1,
    articles: [
      {
        text: TEXT,
        id: 'a',
        file: 'a.txt',
        title: null,
        titleSource: null,
        outlet: null,
        outletSource: null,
        url: null,
        published: { source: null, value: null, precision: null },
        sentences: [{ end: 24, start: 0 }],
      },
    ],
    measures: [],
    people: [],
    places: [],
    meetings: [],
    events: [
      {
        title: 'Tariff',
        id: 'e',
        provenance: 'extracted',
        evidence: [{ quote: 'Canada', end: 6, start: 0, articleId: 'a' }],
        articleCount: 1,
        date: { precision: 'year', value: '2024' },
        category: 'trade measure',
        relatedIds: [],
      },
    ],
    trip: { stops: [], title: '', traveller: null },
    conflicts: [],
    countries: [],
  } as Dataset;
}

describe('serializeDataset', () => {
  it('writes keys in the order of the schema, whatever order the objects were built in', () => {
    const json = serializeDataset(dataset());
    expect(Object.keys(JSON.parse(json))).toEqual([
      'schemaVersion',
      'articles',
      'measures',
      'people',
      'places',
      'meetings',
      'events',
      'trip',
      'conflicts',
      'countries',
      'report',
      'credits',
    ]);
    expect(json).toContain(
      '      "evidence": [\n        {"articleId": "a", "start": 0, "end": 6, "quote": "Canada"}\n      ],',
    );
    expect(json).toContain('"sentences": [\n        {"start": 0, "end": 24}\n      ]');
    expect(json.indexOf('"id": "a"')).toBeLessThan(json.indexOf('"text": "Canada imposed a tariff."'));
    expect(json.endsWith('}\n')).toBe(true);
  });

  it('writes valid JSON that parses back to the same dataset', () => {
    expect(JSON.parse(serializeDataset(dataset()))).toEqual(dataset());
  });

  it('gives the same bytes for the same dataset built in another key order', () => {
    const reordered = JSON.parse(JSON.stringify(dataset(), Object.keys(dataset()).reverse())) as Dataset;
    expect(serializeDataset({ ...reordered, ...dataset() })).toBe(serializeDataset(dataset()));
  });
});

describe('evidenceSpanErrors', () => {
  it('finds evidence whose quote is not the article text at its offsets', () => {
    const bad = dataset();
    bad.events[0]!.evidence[0]!.end = 7;
    expect(evidenceSpanErrors(bad)).toEqual(['/events/0/evidence/0: quote is not text.slice(0, 7) of a']);
    expect(evidenceSpanErrors(dataset())).toEqual([]);
  });
});

describe('writeDataset', () => {
  const dir = mkdtempSync(join(tmpdir(), 'write-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes the file through a temporary file and leaves no temporary file behind', () => {
    const file = join(dir, 'out', 'dataset.json');
    writeDataset(dataset(), file);
    expect(JSON.parse(readFileSync(file, 'utf8')).articles[0].id).toBe('a');
    expect(readdirSync(join(dir, 'out'))).toEqual(['dataset.json']);
  });

  it('refuses to write a dataset that breaks the schema, and keeps the old file', () => {
    const file = join(dir, 'out', 'dataset.json');
    const before = readFileSync(file, 'utf8');
    const bad = { ...dataset(), schemaVersion: 2 } as unknown as Dataset;
    expect(() => writeDataset(bad, file)).toThrow(DatasetInvalidError);
    expect(() => writeDataset(bad, file)).toThrow('/schemaVersion: must be equal to constant');
    expect(readFileSync(file, 'utf8')).toBe(before);
    expect(readdirSync(join(dir, 'out'))).toEqual(['dataset.json']);
  });
});
