import { describe, expect, it } from 'vitest';
import { sampleDataset } from './sample-dataset.ts';
import { detailsFor, groupEvidence } from './details.ts';

describe('detailsFor', () => {
  it('gives nothing for no selection or an id not in the dataset', () => {
    expect(detailsFor(sampleDataset(), null)).toBeNull();
    expect(detailsFor(sampleDataset(), { kind: 'measure', id: 'nope' })).toBeNull();
  });

  it('describes a measure: who, on whom, products, rate, date, what it answered and what answered it', () => {
    const details = detailsFor(sampleDataset(), { kind: 'measure', id: 'ms-ev' });
    expect(details?.title).toBe('Canada: 100% tariff on Chinese electric vehicles');
    expect(Object.fromEntries(details?.fields.map((field) => [field.label, field.value]) ?? [])).toMatchObject({
      'Imposed by': 'Canada',
      'On goods from': 'China',
      Rate: '100%',
      Date: 'October 2024',
      'Answered by': 'China: 76% levy on Canadian canola seed; China: 100% levy on Canadian canola oil, meal and peas',
      'Reported by': '1 article',
    });
    expect(details?.evidence).toHaveLength(1);
    expect(details?.evidence[0]?.articleTitle).toBe('Carney accepts invitation');
  });

  it('groups a fact’s sentences by article, without repeats, and shows both sides of a disagreement', () => {
    const dataset = sampleDataset();
    const details = detailsFor(dataset, { kind: 'measure', id: 'ms-seed' });
    expect(details?.evidence.map((group) => [group.articleId, group.quotes.length])).toEqual([
      ['a', 1],
      ['b', 1],
    ]);
    // The untitled article is named by its opening words (its file name says nothing to a reader), never left blank.
    expect(details?.evidence[1]?.articleTitle).toBe('“In August 2025, Beijing imposed anti-dumping duties on…”');
    expect(details?.evidence[1]?.file).toBe('sub/other.txt');
    expect(details?.conflicts).toHaveLength(1);
    expect(details?.conflicts[0]?.sides.map((side) => side.value)).toEqual(['2025-03', '2025-08']);
    expect(details?.conflicts[0]?.sides[1]?.evidence[0]?.quotes[0]?.quote).toBe(
      'In August 2025, Beijing imposed anti-dumping duties on Canadian canola.',
    );
  });

  it('every quote it shows is the article text at its offsets', () => {
    const dataset = sampleDataset();
    const selections = [
      { kind: 'measure' as const, id: 'ms-seed' },
      { kind: 'meeting' as const, id: 'mt-carney-xi' },
      { kind: 'stop' as const, id: 'st-gyeongju' },
      { kind: 'event' as const, id: 'ev-meeting' },
      { kind: 'conflict' as const, id: 'cf-seed-date' },
    ];
    for (const selection of selections) {
      const details = detailsFor(dataset, selection);
      const groups = [
        ...(details?.evidence ?? []),
        ...(details?.conflicts ?? []).flatMap((conflict) => conflict.sides.flatMap((side) => side.evidence)),
      ];
      expect(groups.length, selection.id).toBeGreaterThan(0);
      for (const group of groups) {
        const article = dataset.articles.find((candidate) => candidate.id === group.articleId);
        for (const quote of group.quotes) expect(article?.text.slice(quote.start, quote.end)).toBe(quote.quote);
      }
    }
  });

  it('describes a meeting with names and place, not ids', () => {
    const details = detailsFor(sampleDataset(), { kind: 'meeting', id: 'mt-carney-xi' });
    const fields = Object.fromEntries(details?.fields.map((field) => [field.label, field.value]) ?? []);
    expect(fields).toMatchObject({
      Who: 'Mark Carney and Xi Jinping',
      Where: 'Gyeongju',
      When: '31 October 2025',
      Status: 'held',
      Length: '40 minutes',
    });
  });

  it('describes a trip stop with its dates and meetings', () => {
    const details = detailsFor(sampleDataset(), { kind: 'stop', id: 'st-gyeongju' });
    expect(details?.title).toBe('Stop 1: Gyeongju');
    expect(Object.fromEntries(details?.fields.map((field) => [field.label, field.value]) ?? [])).toMatchObject({
      Dates: '30 October 2025 to 1 November 2025',
      Meetings: 'Carney meets Xi',
    });
  });

  it('shows a conflict by its subject with each side and what it is about', () => {
    const details = detailsFor(sampleDataset(), { kind: 'conflict', id: 'cf-seed-date' });
    expect(details?.title).toBe('Date of China’s 76% levy on canola seed');
    expect(details?.fields).toContainEqual({ label: 'About', value: 'China: 76% levy on Canadian canola seed' });
    expect(details?.conflicts[0]?.sides).toHaveLength(2);
  });

  it('does not modify the dataset', () => {
    const dataset = sampleDataset();
    const copy = structuredClone(dataset);
    for (const kind of ['measure', 'meeting', 'stop', 'event', 'conflict', 'article'] as const)
      detailsFor(dataset, { kind, id: 'ms-seed' });
    detailsFor(dataset, { kind: 'measure', id: 'ms-seed' });
    expect(dataset).toEqual(copy);
  });
});

describe('groupEvidence', () => {
  it('drops evidence that points at an article the dataset does not have', () => {
    const groups = groupEvidence(sampleDataset(), [{ articleId: 'missing', start: 0, end: 1, quote: 'x' }]);
    expect(groups).toEqual([]);
  });
});
