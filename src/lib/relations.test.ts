import { describe, expect, it } from 'vitest';
import { sampleDataset } from './sample-dataset.ts';
import type { Dataset } from './dataset.ts';
import { relatedFactIds } from './relations.ts';

function withMeetingSentence(sentence: string): Dataset {
  const dataset = sampleDataset();
  const meeting = dataset.meetings[0]!;
  return {
    ...dataset,
    meetings: [{ ...meeting, evidence: [{ articleId: 'b', start: 0, end: sentence.length, quote: sentence }] }],
  };
}

describe('relatedFactIds', () => {
  it('is empty with no selection', () => {
    expect(relatedFactIds(sampleDataset(), null).size).toBe(0);
  });

  it('ties the Carney–Xi meeting to its place, its trip stop and its timeline event', () => {
    const related = relatedFactIds(sampleDataset(), { kind: 'meeting', id: 'mt-carney-xi' });
    expect([...related].sort()).toEqual(['ev-meeting', 'mt-carney-xi', 'pl-gyeongju', 'st-gyeongju']);
  });

  it('ties a trip stop to its meetings and their events', () => {
    const related = relatedFactIds(sampleDataset(), { kind: 'stop', id: 'st-gyeongju' });
    expect(related).toEqual(new Set(['st-gyeongju', 'pl-gyeongju', 'mt-carney-xi', 'ev-meeting']));
  });

  it('ties a measure to what it answered, what answered it, its event and its conflict', () => {
    expect(relatedFactIds(sampleDataset(), { kind: 'measure', id: 'ms-seed' })).toEqual(
      new Set(['ms-seed', 'ms-ev', 'ev-ev', 'cf-seed-date']),
    );
    expect(relatedFactIds(sampleDataset(), { kind: 'measure', id: 'ms-ev' })).toEqual(
      new Set(['ms-ev', 'ms-seed', 'ms-oil', 'ev-ev']),
    );
  });

  it('ties a meeting to the measures whose products its sentences name, and back', () => {
    const dataset = withMeetingSentence(
      'Carney and Xi discussed trade issues such as canola, seafood and electric vehicles.',
    );
    const fromMeeting = relatedFactIds(dataset, { kind: 'meeting', id: 'mt-carney-xi' });
    expect(fromMeeting.has('ms-ev')).toBe(true);
    expect(fromMeeting.has('ms-seed')).toBe(true);
    expect(fromMeeting.has('ms-oil')).toBe(true);
    expect(relatedFactIds(dataset, { kind: 'measure', id: 'ms-oil' }).has('mt-carney-xi')).toBe(true);
  });

  it('reads the talks from sentences of the same article that name both leaders, not from sentences naming one', () => {
    const withSentence = (sentence: string): Dataset => {
      const dataset = sampleDataset();
      const article = dataset.articles[1]!;
      const start = article.text.length + 1;
      const text = `${article.text} ${sentence}`;
      return {
        ...dataset,
        articles: [
          dataset.articles[0]!,
          { ...article, text, sentences: [...article.sentences, { start, end: text.length }] },
        ],
      };
    };
    const both = relatedFactIds(withSentence('Carney and Xi discussed canola.'), {
      kind: 'meeting',
      id: 'mt-carney-xi',
    });
    expect([...both].filter((id) => id.startsWith('ms-')).sort()).toEqual(['ms-oil', 'ms-seed']);
    const one = relatedFactIds(withSentence('Premiers urged Carney to help canola farmers.'), {
      kind: 'meeting',
      id: 'mt-carney-xi',
    });
    expect([...one].filter((id) => id.startsWith('ms-'))).toEqual([]);
  });

  it('does not tie a meeting to measures its sentences do not name', () => {
    const dataset = withMeetingSentence('Carney and Xi discussed energy and climate change.');
    const related = relatedFactIds(dataset, { kind: 'meeting', id: 'mt-carney-xi' });
    expect([...related].filter((id) => id.startsWith('ms-'))).toEqual([]);
  });

  it('does not modify the dataset', () => {
    const dataset = sampleDataset();
    const copy = structuredClone(dataset);
    relatedFactIds(dataset, { kind: 'meeting', id: 'mt-carney-xi' });
    expect(dataset).toEqual(copy);
  });
});
