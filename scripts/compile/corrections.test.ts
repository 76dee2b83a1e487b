import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Dataset, Measure, Person } from '../../src/lib/dataset.ts';
import { applyCorrections, loadCorrections, type Correction } from './corrections.ts';
import { datasetSchemaErrors } from './schema.ts';

const TEXT = 'Canada imposed a 100% tariff on Chinese electric vehicles. China answered with a levy on canola oil.';
const evidence = (quote: string) => ({
  articleId: 'a',
  start: TEXT.indexOf(quote),
  end: TEXT.indexOf(quote) + quote.length,
  quote,
});

function measure(id: string, overrides: Partial<Measure> = {}): Measure {
  return {
    id,
    provenance: 'extracted',
    evidence: [evidence('Canada imposed a 100% tariff')],
    articleCount: 1,
    imposer: 'CA',
    target: 'CN',
    products: ['electric vehicles'],
    productFamilies: ['vehicles & batteries'],
    ratePct: 100,
    kind: 'tariff',
    action: 'impose',
    date: null,
    respondsTo: [],
    label: 'Canada: 100% tariff on Chinese electric vehicles',
    ...overrides,
  };
}

function dataset(): Dataset {
  const person: Person = {
    id: 'person-x',
    provenance: 'extracted',
    evidence: [],
    articleCount: 0,
    name: 'X',
    aliases: [],
    role: null,
    country: null,
  };
  return {
    schemaVersion: 1,
    articles: [
      {
        id: 'a',
        file: 'a.txt',
        title: null,
        titleSource: null,
        outlet: null,
        outletSource: null,
        url: null,
        published: { value: null, precision: null, source: null },
        text: TEXT,
        sentences: [],
      },
    ],
    measures: [
      measure('measure-ca'),
      measure('measure-cn', {
        imposer: 'CN',
        target: 'CA',
        products: ['canola oil'],
        ratePct: null,
        kind: 'levy',
        respondsTo: ['measure-ca'],
        evidence: [evidence('China answered with a levy on canola oil')],
      }),
    ],
    people: [person],
    places: [],
    meetings: [],
    events: [
      {
        id: 'event-1',
        provenance: 'extracted',
        evidence: [],
        articleCount: 0,
        date: null,
        title: 'Tariff',
        category: 'trade measure',
        relatedIds: ['measure-ca', 'measure-cn'],
      },
    ],
    trip: { traveller: 'person-x', title: '', stops: [] },
    conflicts: [
      {
        id: 'conflict-1',
        factId: 'measure-ca',
        field: 'ratePct',
        subject: 'Rate',
        sides: [
          { value: '100', evidence: [] },
          { value: '25', evidence: [] },
        ],
      },
    ],
    countries: [],
    report: { skipped: [], warnings: [], unresolvedDates: [], corrections: [] },
    credits: [],
  };
}

describe('applyCorrections', () => {
  it('drops a fact and every link to it: respondsTo, related ids, conflicts about it', () => {
    const { dataset: result, problems } = applyCorrections(dataset(), [{ action: 'drop', id: 'measure-ca' }]);
    expect(problems).toEqual([]);
    expect(result.measures.map((item) => item.id)).toEqual(['measure-cn']);
    expect(result.measures[0]?.respondsTo).toEqual([]);
    expect(result.events[0]?.relatedIds).toEqual(['measure-cn']);
    expect(result.conflicts).toEqual([]);
  });

  it('amends field values and marks the fact "corrected"', () => {
    const { dataset: result } = applyCorrections(dataset(), [
      { action: 'amend', id: 'measure-cn', set: { ratePct: 100 } },
    ]);
    expect(result.measures[1]).toMatchObject({ ratePct: 100, provenance: 'corrected' });
    expect(result.measures[0]?.provenance).toBe('extracted');
  });

  it('adds a whole fact marked "added", counting the articles of its evidence', () => {
    const fact = { ...measure('measure-added'), provenance: undefined, articleCount: undefined } as unknown as Record<
      string,
      unknown
    >;
    const { dataset: result, problems } = applyCorrections(dataset(), [{ action: 'add', kind: 'measure', fact }]);
    expect(problems).toEqual([]);
    expect(result.measures.at(-1)).toMatchObject({ id: 'measure-added', provenance: 'added', articleCount: 1 });
    expect(datasetSchemaErrors(result)).toEqual([]);
  });

  it('reports each correction that cannot apply, and applies the others', () => {
    const corrections: Correction[] = [
      { action: 'drop', id: 'measure-nope' },
      { action: 'amend', id: 'measure-ca', set: { colour: 'red' } },
      { action: 'amend', id: 'measure-ca', set: { ratePct: 'a hundred' } },
      { action: 'amend', id: 'measure-ca', set: { evidence: [{ articleId: 'a', start: 0, end: 6, quote: 'China' }] } },
      { action: 'add', kind: 'measure', fact: { ...measure('measure-cn') } },
      { action: 'amend', id: 'person-x', set: { country: 'CA' } },
    ];
    const { dataset: result, problems } = applyCorrections(dataset(), corrections);
    expect(problems.map((problem) => problem.message)).toEqual([
      'correction #1 (drop measure-nope): no fact has this id (ids change only when the text does: check the latest dataset)',
      'correction #2 (amend measure-ca): cannot set "colour" on this fact',
      'correction #3 (amend measure-ca): not applied: /ratePct: must be number,null',
      'correction #4 (amend measure-ca): not applied: evidence quote "China" is not the text at 0–6 of a',
      'correction #5 (add): a fact with id "measure-cn" already exists',
    ]);
    expect(problems.every((problem) => problem.file === 'data/corrections.json')).toBe(true);
    expect(result.measures[0]).toEqual(dataset().measures[0]);
    expect(result.people[0]).toMatchObject({ country: 'CA', provenance: 'corrected' });
  });

  it('does not modify its input', () => {
    const input = dataset();
    const before = JSON.stringify(input);
    applyCorrections(input, [
      { action: 'drop', id: 'measure-ca' },
      { action: 'amend', id: 'measure-cn', set: { ratePct: 5 } },
    ]);
    expect(JSON.stringify(input)).toBe(before);
  });
});

describe('loadCorrections', () => {
  const dir = mkdtempSync(join(tmpdir(), 'corrections-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('treats a missing file as no corrections', () => {
    expect(loadCorrections(join(dir, 'none.json'))).toEqual({ corrections: [], problems: [] });
  });

  it('reports malformed JSON and malformed entries by file and position', () => {
    writeFileSync(join(dir, 'broken.json'), '{ "corrections": [');
    expect(loadCorrections(join(dir, 'broken.json'), 'broken.json').problems[0]?.message).toMatch(/^not valid JSON: /);
    writeFileSync(
      join(dir, 'entries.json'),
      JSON.stringify({
        corrections: [
          { action: 'drop', id: 'x' },
          { action: 'rename', id: 'y' },
          { action: 'amend', id: 'z' },
        ],
      }),
    );
    expect(loadCorrections(join(dir, 'entries.json'), 'entries.json')).toEqual({
      corrections: [{ action: 'drop', id: 'x', position: 1 }],
      problems: [
        { file: 'entries.json', message: 'correction #2: unknown action "rename" (use "drop", "amend" or "add")' },
        { file: 'entries.json', message: 'correction #3: "amend" needs a "set" object of field values' },
      ],
    });
  });

  it('reads the committed data/corrections.json without problems', () => {
    expect(loadCorrections('data/corrections.json').problems).toEqual([]);
  });
});
