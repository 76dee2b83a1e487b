import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleLabel } from '../src/lib/article-label.ts';
import type { Article, Dataset } from '../src/lib/dataset.ts';
import { relatedFactIds } from '../src/lib/relations.ts';
import { evidenceWasCut } from '../src/lib/load-dataset.ts';
import {
  articleTextFile,
  articleTexts,
  EMBED_QUOTES_PER_FACT,
  embedArticle,
  excerptArticle,
  PAGE_ARTICLES_PER_FACT,
  pageCutEvidence,
  sentencesRelationsRead,
  sliceDataset,
} from './vite-plugin-dataset-slices.ts';
import {
  DATASET_JSON_TOKEN,
  datasetJsonPieces,
  jsonForScriptTag,
  OFFLINE_MODE,
  parseDatasetJson,
  sliceForPage,
  writePageWithDataset,
} from './vite-plugin-dataset.ts';

// The dataset compiled from the seed articles: real texts, real meetings and measures.
const DATASET = JSON.parse(readFileSync('public/dataset.json', 'utf8')) as Dataset;
const selections = (dataset: Dataset) => [
  ...dataset.measures.map((fact) => ({ kind: 'measure' as const, id: fact.id })),
  ...dataset.meetings.map((fact) => ({ kind: 'meeting' as const, id: fact.id })),
  ...dataset.events.map((fact) => ({ kind: 'event' as const, id: fact.id })),
];
const sorted = (ids: ReadonlySet<string>) => [...ids].sort();

describe('excerptArticle', () => {
  const article: Article = {
    id: 'a',
    file: 'a.txt',
    title: null,
    titleSource: null,
    outlet: null,
    outletSource: null,
    url: null,
    published: { value: null, precision: null, source: null },
    text: 'OTTAWA — Prime Minister Mark Carney met Xi Jinping on Friday in Gyeongju. Canola was raised. Trade was too.',
    sentences: [
      { start: 0, end: 73 },
      { start: 74, end: 92 },
      { start: 93, end: 107 },
    ],
  };

  it('keeps the opening (to the end of the sentence its 12th word is in) at the same offsets, then the kept sentences', () => {
    const excerpt = excerptArticle(article, new Set([2]));
    expect(excerpt.text).toBe(
      'OTTAWA — Prime Minister Mark Carney met Xi Jinping on Friday in Gyeongju.\n\nTrade was too.',
    );
    expect(excerpt.sentences.map((span) => excerpt.text.slice(span.start, span.end))).toEqual([
      'OTTAWA — Prime Minister Mark Carney met Xi Jinping on Friday in Gyeongju.',
      'Trade was too.',
    ]);
  });

  it('names an untitled article by the same opening words as the whole text', () => {
    expect(articleLabel(excerptArticle(article, new Set()))).toBe(articleLabel(article));
  });

  it('does not modify its input', () => {
    const copy = structuredClone(article);
    excerptArticle(article, new Set([1, 2]));
    expect(article).toEqual(copy);
  });
});

describe('embedArticle', () => {
  const article: Article = {
    id: 'a',
    file: 'a.txt',
    title: null,
    titleSource: null,
    outlet: null,
    outletSource: null,
    url: null,
    published: { value: null, precision: null, source: null },
    text: 'OTTAWA — Prime Minister Mark Carney met Xi Jinping on Friday in Gyeongju. Canola was raised. Trade was too.',
    sentences: [
      { start: 0, end: 73 },
      { start: 74, end: 92 },
      { start: 93, end: 107 },
    ],
  };
  const sentenceTexts = (excerpt: Article) => excerpt.sentences.map((span) => excerpt.text.slice(span.start, span.end));

  it('keeps of an untitled article the words that name it, then the kept sentences', () => {
    const excerpt = embedArticle(article, new Set([2]));
    expect(excerpt.text).toBe('OTTAWA — Prime Minister Mark Carney met Xi Jinping\n\nTrade was too.');
    expect(sentenceTexts(excerpt)).toEqual(['Trade was too.']);
    expect(articleLabel(excerpt)).toBe(articleLabel(article));
  });

  it('keeps of a titled article only the kept sentences, the opening one included when kept', () => {
    const titled = { ...article, title: 'Carney meets Xi' };
    expect(embedArticle(titled, new Set()).text).toBe('');
    const excerpt = embedArticle(titled, new Set([0, 1]));
    expect(sentenceTexts(excerpt)).toEqual([
      'OTTAWA — Prime Minister Mark Carney met Xi Jinping on Friday in Gyeongju.',
      'Canola was raised.',
    ]);
    expect(articleLabel(excerpt)).toBe('Carney meets Xi');
  });

  it('keeps a short untitled text whole', () => {
    const short = { ...article, text: 'Canola was raised.', sentences: [{ start: 0, end: 18 }] };
    expect(embedArticle(short, new Set()).text).toBe('Canola was raised.');
    expect(articleLabel(embedArticle(short, new Set()))).toBe(articleLabel(short));
  });
});

describe('the main page’s slice of the seed dataset', () => {
  const page = sliceDataset(DATASET, 'page');

  it('keeps every fact, and every article with its fields', () => {
    expect(page.measures).toEqual(DATASET.measures);
    expect(page.meetings).toEqual(DATASET.meetings);
    expect(page.report).toEqual(DATASET.report);
    expect(page.articles.map((article) => Object.keys(article).sort())).toEqual(
      DATASET.articles.map((article) => Object.keys(article).sort()),
    );
  });

  it('carries a fraction of the articles’ text', () => {
    const textLength = (dataset: Dataset) => dataset.articles.reduce((sum, article) => sum + article.text.length, 0);
    expect(textLength(page)).toBeLessThan(textLength(DATASET) / 3);
  });

  it('links the same facts when any measure, meeting or event is selected (relations read the kept sentences)', () => {
    expect(sentencesRelationsRead(DATASET).size).toBeGreaterThan(0);
    for (const selection of selections(DATASET)) {
      expect(sorted(relatedFactIds(page, selection)), selection.id).toEqual(sorted(relatedFactIds(DATASET, selection)));
    }
  });

  it('labels every article as the whole dataset does', () => {
    expect(page.articles.map(articleLabel)).toEqual(DATASET.articles.map(articleLabel));
  });

  it('leaves the whole texts to articles/<id>.json, one per article', () => {
    const texts = articleTexts(DATASET);
    expect(texts.map((text) => text.id)).toEqual(DATASET.articles.map((article) => article.id));
    for (const text of texts) expect(text.text).toBe(DATASET.articles.find((article) => article.id === text.id)!.text);
    expect(articleTextFile('000-6e48ba967c50f187')).toBe('articles/000-6e48ba967c50f187.json');
  });

  it('does not modify the dataset', () => {
    const copy = JSON.stringify(DATASET);
    sliceDataset(DATASET, 'page');
    sliceDataset(DATASET, 'timeline');
    expect(JSON.stringify(DATASET)).toBe(copy);
  });
});

describe('a fact reported by more articles than the main page lists', () => {
  // A person quoted from 25 articles, twice from the first: the page lists the first 20 articles' quotes.
  const quotes = Array.from({ length: 25 }, (_, index) => ({
    articleId: `a${index}`,
    start: 0,
    end: 5,
    quote: `Q${index}.`,
  }));
  const person = {
    ...DATASET.people[0]!,
    evidence: [quotes[0]!, { ...quotes[0]!, start: 6, end: 9 }, ...quotes.slice(1)],
    articleCount: 25,
  };
  const dataset = { ...DATASET, people: [person, ...DATASET.people.slice(1)] };
  const page = sliceDataset(dataset, 'page');

  it('lists every quote of its first articles, and the page can tell the list was cut', () => {
    const listed = page.people[0]!.evidence;
    expect(new Set(listed.map((item) => item.articleId)).size).toBe(PAGE_ARTICLES_PER_FACT);
    expect(listed).toEqual(person.evidence.slice(0, PAGE_ARTICLES_PER_FACT + 1));
    expect(page.people[0]!.articleCount).toBe(25);
    expect([evidenceWasCut(page.people[0]!), evidenceWasCut(person)]).toEqual([true, false]);
  });

  it('leaves its whole list to evidence/<id>.json, and cuts nothing of the seed facts', () => {
    expect([...pageCutEvidence(dataset)]).toEqual([{ id: person.id, evidence: person.evidence }]);
    expect([...pageCutEvidence(DATASET)]).toEqual([]);
    expect(page.people.slice(1)).toEqual(DATASET.people.slice(1));
  });
});

/** The facts with their first quotes only, as an embed carries them. */
const firstQuotes = <T extends { evidence: unknown[] }>(facts: T[]) =>
  facts.map((fact) => ({ ...fact, evidence: fact.evidence.slice(0, EMBED_QUOTES_PER_FACT) }));

describe('an embed’s slice', () => {
  it('quotes each fact’s first reports only, keeping the number of reports', () => {
    const busiest = [...DATASET.meetings].sort((a, b) => b.evidence.length - a.evidence.length)[0]!;
    expect(busiest.evidence.length, 'a seed meeting with more quotes than an embed keeps').toBeGreaterThan(
      EMBED_QUOTES_PER_FACT,
    );
    const inEmbed = sliceDataset(DATASET, 'map').meetings.find((meeting) => meeting.id === busiest.id)!;
    expect(inEmbed.evidence).toEqual(busiest.evidence.slice(0, EMBED_QUOTES_PER_FACT));
    expect(inEmbed.articleCount).toBe(busiest.articleCount);
  });

  it('flow: the measures and their conflicts, the articles they cite, nothing the chart does not draw', () => {
    const flow = sliceDataset(DATASET, 'flow');
    expect(flow.measures).toEqual(firstQuotes(DATASET.measures));
    expect([flow.meetings, flow.events, flow.people, flow.places, flow.trip.stops]).toEqual([[], [], [], [], []]);
    const measureIds = new Set(DATASET.measures.map((measure) => measure.id));
    expect(flow.conflicts.map((conflict) => conflict.id)).toEqual(
      DATASET.conflicts.filter((conflict) => measureIds.has(conflict.factId)).map((conflict) => conflict.id),
    );
    const cited = new Set(flow.measures.flatMap((measure) => measure.evidence.map((item) => item.articleId)));
    expect(new Set(flow.articles.map((article) => article.id))).toEqual(
      new Set([...cited].filter((id) => DATASET.articles.some((article) => article.id === id))),
    );
    expect(JSON.stringify(flow).length).toBeLessThan(JSON.stringify(DATASET).length / 2);
  });

  it('map: the trip, its places and meetings, people without their evidence', () => {
    const map = sliceDataset(DATASET, 'map');
    expect(map.trip).toEqual({ ...DATASET.trip, stops: firstQuotes(DATASET.trip.stops) });
    expect(map.meetings).toEqual(firstQuotes(DATASET.meetings));
    for (const stop of DATASET.trip.stops)
      expect(
        map.places.some((place) => place.id === stop.place),
        stop.place,
      ).toBe(true);
    expect(map.people.map((person) => person.name)).toEqual(DATASET.people.map((person) => person.name));
    expect(map.people.every((person) => person.evidence.length === 0)).toBe(true);
    expect(map.measures).toEqual([]);
  });

  it('timeline: events, meetings and measures, linked as their quotes and the whole texts link them', () => {
    const timeline = sliceDataset(DATASET, 'timeline');
    expect([timeline.events, timeline.meetings, timeline.measures]).toEqual([
      firstQuotes(DATASET.events),
      firstQuotes(DATASET.meetings),
      firstQuotes(DATASET.measures),
    ]);
    // The reference: the same first quotes, with every article's whole text (the excerpts must lose no link).
    const reference: Dataset = {
      ...DATASET,
      events: timeline.events,
      meetings: timeline.meetings,
      measures: timeline.measures,
      trip: timeline.trip,
      conflicts: timeline.conflicts,
    };
    const drawn = new Set([...DATASET.events, ...DATASET.meetings, ...DATASET.measures].map((fact) => fact.id));
    let linked = 0;
    for (const selection of selections(DATASET)) {
      const onTimeline = (ids: ReadonlySet<string>) => sorted(new Set([...ids].filter((id) => drawn.has(id))));
      const expected = onTimeline(relatedFactIds(reference, selection));
      linked += expected.length;
      expect(onTimeline(relatedFactIds(timeline, selection)), selection.id).toEqual(expected);
    }
    expect(linked).toBeGreaterThan(selections(DATASET).length);
  });

  it('keeps in the timeline’s excerpts only the sentences that link a meeting to a measure', () => {
    const timeline = sliceDataset(DATASET, 'timeline');
    const page = sliceDataset(DATASET, 'page');
    const textLength = (dataset: Dataset) => dataset.articles.reduce((sum, article) => sum + article.text.length, 0);
    const pageArticles = {
      ...page,
      articles: page.articles.filter((article) => timeline.articles.some((candidate) => candidate.id === article.id)),
    };
    expect(textLength(timeline)).toBeLessThanOrEqual(textLength(pageArticles));
  });

  it('names every source it quotes by the same label as the whole dataset', () => {
    for (const slice of ['flow', 'map', 'timeline'] as const) {
      const sliced = sliceDataset(DATASET, slice);
      for (const article of sliced.articles)
        expect(articleLabel(article)).toBe(
          articleLabel(DATASET.articles.find((candidate) => candidate.id === article.id)!),
        );
    }
  });
});

describe('articleTextFile', () => {
  it('refuses an id that is not a safe file name, naming it', () => {
    expect(() => articleTextFile('../../etc/passwd')).toThrow(
      /article id "\.\.\/\.\.\/etc\/passwd" cannot be a file name/,
    );
  });
});

describe('sliceForPage', () => {
  const cases = [
    { path: '/index.html', mode: 'production', command: 'build' as const, expected: 'page' },
    { path: '/embed/map.html', mode: 'production', command: 'build' as const, expected: 'map' },
    { path: '/embed/flow.html', mode: 'production', command: 'build' as const, expected: 'flow' },
    { path: '/index.html', mode: OFFLINE_MODE, command: 'build' as const, expected: null },
    { path: '/index.html', mode: 'development', command: 'serve' as const, expected: null },
  ];
  for (const { path, mode, command, expected } of cases) {
    it(`${command} ${mode} ${path} → ${expected ?? 'the whole dataset'}`, () => {
      expect(sliceForPage(path, mode, command)).toBe(expected);
    });
  }
});

describe('writing a page with its dataset', () => {
  it('writes, a piece at a time, the same JSON as one JSON.stringify, safe inside <script>', () => {
    const hostile = {
      ...DATASET,
      credits: [...DATASET.credits, { name: '</script><script>alert(1)</script>\u2028' }],
    } as unknown as Dataset;
    const pieces = [...datasetJsonPieces(hostile)];
    expect(pieces.length).toBeGreaterThan(DATASET.articles.length);
    expect(pieces.join('')).toBe(jsonForScriptTag(JSON.stringify(hostile)));
    expect(pieces.join('')).not.toContain('</script');
    expect(JSON.parse(pieces.join(''))).toEqual(JSON.parse(JSON.stringify(hostile)));
  });

  it('puts the JSON where the page holds its place, and fails naming the page when it has none', () => {
    const dir = mkdtempSync(join(tmpdir(), 'page-with-dataset-'));
    try {
      const page = join(dir, 'index.html');
      writePageWithDataset(
        page,
        `<p>before</p><script type="application/json" id="dataset">${DATASET_JSON_TOKEN}</script><p>after</p>`,
        { a: [1, 2], b: 'x' },
      );
      expect(readFileSync(page, 'utf8')).toBe(
        '<p>before</p><script type="application/json" id="dataset">{"a":[1,2],"b":"x"}</script><p>after</p>',
      );
      const other = join(dir, 'other.html');
      writeFileSync(other, 'old');
      expect(() => writePageWithDataset(other, '<p>no place</p>', {})).toThrow(/other\.html: no place for the dataset/);
      expect(readFileSync(other, 'utf8')).toBe('old');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('parseDatasetJson', () => {
  const parse = (json: string) => parseDatasetJson(Buffer.from(json, 'utf8'));

  it('reads the dataset as JSON.parse does, indented or compact', () => {
    for (const json of [
      JSON.stringify(DATASET, null, 2),
      JSON.stringify(DATASET),
      `\ufeff${JSON.stringify(DATASET)}\n`,
    ])
      expect(parse(json)).toEqual(DATASET);
    expect(parse('{ "a" : [ 1 , "x\\"]" , {"b":[]} ] , "c":{"d":"}"}, "e": null, "f": [] }')).toEqual({
      a: [1, 'x"]', { b: [] }],
      c: { d: '}' },
      e: null,
      f: [],
    });
  });

  it('shares a quote repeated by several facts, giving the same JSON', () => {
    const quoted = DATASET.measures[0]!.evidence[0]!;
    const people = [{ ...DATASET.people[0]!, evidence: [{ ...quoted }] }, ...DATASET.people.slice(1)];
    const parsed = parse(JSON.stringify({ ...DATASET, people }));
    expect(parsed.people[0]!.evidence[0]).toBe(parsed.measures[0]!.evidence[0]);
    expect(JSON.stringify(parsed)).toBe(JSON.stringify({ ...DATASET, people }));
  });

  it('fails as JSON.parse does on what is not JSON', () => {
    for (const json of ['{"a": [1, 2', '{"a": 1,, "b": 2}', '[1]x', '{"a": [1 2]}', ''])
      expect(() => parse(json), json).toThrow(SyntaxError);
  });
});
