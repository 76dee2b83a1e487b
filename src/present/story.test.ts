import { describe, expect, it } from 'vitest';
import type { Dataset } from '../lib/dataset.ts';
import { buildStory, clampStep, indefiniteArticle, inForceStep, shortenQuote } from './story.ts';
import { storyFixture } from './story-fixture.ts';

describe('buildStory', () => {
  const dataset = storyFixture();
  const story = buildStory(dataset);
  const keys = story.map((step) => step.key);

  it('walks the three charts in order: overview, measures, trip stops, the meeting, what comes next', () => {
    expect(keys).toEqual([
      'overview',
      'first-measure',
      'retaliation-1',
      'retaliation-2',
      'us-front',
      'trip-1',
      'trip-2',
      'trip-3',
      'meeting',
    ]);
    expect(new Set(story.map((step) => step.chart))).toEqual(new Set(['flow', 'map', 'timeline']));
  });

  it('opens on the earliest measure that another measure answers', () => {
    const first = story.find((step) => step.key === 'first-measure');
    expect(first?.selection).toEqual({ kind: 'measure', id: 'ms-ca-ev' });
    expect(first?.chart).toBe('flow');
    expect(first?.body).toBe('1 October 2024: Canada imposes a 100% surtax on electric vehicles from China.');
  });

  it('follows with the measures that answer it, in date order', () => {
    const answers = story.filter((step) => step.key.startsWith('retaliation'));
    expect(answers.map((step) => step.selection?.id)).toEqual(['ms-cn-canola-oil', 'ms-cn-canola-seed']);
    expect(answers[0]?.kicker).toBe('The retaliation · 1 of 2');
    expect(answers[1]?.body).toContain(
      'August 2025: China imposes a 75.8% anti-dumping duty on canola seed from Canada.',
    );
    expect(answers[1]?.body).toBe(
      'August 2025: China imposes a 75.8% anti-dumping duty on canola seed from Canada. In response to Canada’s 100% surtax on electric vehicles.',
    );
  });

  it('shows the US front with the country name from the dataset', () => {
    const us = story.find((step) => step.key === 'us-front');
    expect(us?.body).toContain('United States of America imposes a 35% tariff on all goods from Canada.');
  });

  it('gives one map step per stop, pointing at the stop index', () => {
    const trip = story.filter((step) => step.chart === 'map');
    expect(trip.map((step) => step.step)).toEqual([0, 1, 2]);
    expect(trip.map((step) => step.title)).toEqual([
      'Kuala Lumpur: ASEAN summit',
      'Singapore: Visit',
      'Gyeongju: APEC summit',
    ]);
    expect(trip[2]?.body).toBe('29 October 2025 to 1 November 2025. Meeting held: Carney meets Xi Jinping.');
    expect(trip[0]?.kicker).toBe('The trip · stop 1 of 3');
  });

  it('ends on the held meeting, selected through its timeline event, with its quote and source', () => {
    const meeting = story.find((step) => step.key === 'meeting');
    expect(meeting?.selection).toEqual({ kind: 'event', id: 'ev-meeting' });
    expect(meeting?.body).toBe(
      'Mark Carney and Xi Jinping met 31 October 2025 in Gyeongju at the APEC summit for 40 minutes. 1 of 1 articles report it.',
    );
    expect(meeting?.quote).toEqual({
      text: 'China’s President Xi Jinping met with Canada’s Prime Minister Mark Carney on Friday',
      source: 'The Canadian Press, 23 October 2025',
    });
  });

  it('adds a last step for a later event', () => {
    const dataset = storyFixture();
    dataset.events.push({
      ...dataset.events[0]!,
      id: 'ev-visit',
      title: 'Carney accepts an invitation to visit China',
      date: { value: '2025-11', precision: 'month' },
      category: 'visit',
      relatedIds: [],
    });
    const last = buildStory(dataset).at(-1);
    expect(last?.key).toBe('next');
    expect(last?.body).toBe('November 2025: the latest event the articles report.');
  });

  it('leaves out what the dataset lacks, and still has an overview', () => {
    const empty: Dataset = {
      ...storyFixture(),
      measures: [],
      meetings: [],
      events: [],
      trip: { traveller: null, title: '', stops: [] },
    };
    expect(buildStory(empty).map((step) => step.key)).toEqual(['overview']);
  });

  it('does not modify its input', () => {
    const dataset = storyFixture();
    const copy = structuredClone(dataset);
    buildStory(dataset);
    expect(dataset).toEqual(copy);
  });
});

describe('helpers', () => {
  it('chooses "an" where it is read with a vowel sound', () => {
    expect(indefiniteArticle('80% tariff')).toBe('an');
    expect(indefiniteArticle('11% duty')).toBe('an');
    expect(indefiniteArticle('100% surtax')).toBe('a');
    expect(indefiniteArticle('110% surtax')).toBe('a');
    expect(indefiniteArticle('8.5% levy')).toBe('an');
    expect(indefiniteArticle('anti-dumping duty')).toBe('an');
    expect(indefiniteArticle('surtax')).toBe('a');
  });

  it('shortens long quotes at a word boundary', () => {
    const long = 'word '.repeat(80);
    const short = shortenQuote(long, 50);
    expect(short.length).toBeLessThanOrEqual(51);
    expect(short.endsWith('word…')).toBe(true);
  });

  it('clamps a step number to the story', () => {
    expect(clampStep(0, 9)).toBe(1);
    expect(clampStep(12, 9)).toBe(9);
    expect(clampStep(4, 9)).toBe(4);
  });
});

describe('quote sources', () => {
  it('names an article with no outlet or title by its opening words, not its file name', () => {
    const dataset = storyFixture();
    dataset.articles[0] = {
      ...dataset.articles[0]!,
      outlet: null,
      title: null,
      published: { value: null, precision: null, source: null },
    };
    expect(buildStory(dataset).find((step) => step.key === 'meeting')?.quote?.source).toBe(
      'the article beginning “China has imposed painful tariffs…”',
    );
  });
});

describe('the meeting step', () => {
  it('names participants given by person id, and keeps a name given directly', () => {
    const dataset = storyFixture();
    dataset.meetings[0] = { ...dataset.meetings[0]!, participants: ['person-mark-carney', 'Lee Jae Myung'] };
    expect(buildStory(dataset).find((step) => step.key === 'meeting')?.body).toMatch(
      /^Mark Carney and Lee Jae Myung met /,
    );
  });

  it('quotes a held meeting from a report published after it when there is one', () => {
    const dataset = storyFixture();
    const later = {
      ...dataset.articles[0]!,
      id: 'a2',
      published: { value: '2025-11-02', precision: 'day' as const, source: 'dateline' as const },
    };
    dataset.articles.push(later);
    const meeting = dataset.meetings[0]!;
    const quote = meeting.evidence[0]!;
    const before = dataset.measures[0]!.evidence[0]!;
    dataset.meetings[0] = { ...meeting, evidence: [before, { ...quote, articleId: 'a2' }] };
    const step = buildStory(dataset).find((candidate) => candidate.key === 'meeting');
    expect(step?.quote?.text).toBe(quote.quote);
    expect(step?.quote?.source).toBe('The Canadian Press, 2 November 2025');
  });
});

describe('a trip stop with no meeting', () => {
  it('names the traveller, given by person id', () => {
    const dataset = storyFixture();
    dataset.trip = { ...dataset.trip, traveller: 'person-mark-carney' };
    expect(buildStory(dataset).find((step) => step.key === 'trip-1')?.body).toBe(
      '25 October 2025 to 27 October 2025. Mark Carney stops in Kuala Lumpur.',
    );
  });

  it('says the trip sets out from a first stop nobody arrives at', () => {
    const dataset = storyFixture();
    const [first, ...rest] = dataset.trip.stops;
    dataset.trip = {
      ...dataset.trip,
      traveller: 'person-mark-carney',
      stops: [{ ...first!, arrive: null, meetings: [] }, ...rest],
    };
    expect(buildStory(dataset).find((step) => step.key === 'trip-1')?.body).toMatch(
      /Mark Carney sets out from Kuala Lumpur\.$/,
    );
  });
});

describe('measures on the same date, and every measure an answer names', () => {
  /** The fixture with Canada’s steel tariff of the same date as its EV surtax, named after it in the article. */
  function withSteel(): Dataset {
    const dataset = storyFixture();
    const ev = dataset.measures.find((measure) => measure.id === 'ms-ca-ev')!;
    const text = dataset.articles[0]!.text;
    const quote = 'steel and aluminum';
    const start = text.indexOf(quote);
    // The id sorts before the EV surtax's: the order must come from the article, not from the ids.
    dataset.measures.push({
      ...ev,
      id: 'ms-ca-aluminum-steel',
      evidence: [{ articleId: 'a1', start, end: start + quote.length, quote }],
      products: ['steel', 'aluminum'],
      productFamilies: ['metals'],
      ratePct: 25,
      kind: 'tariff',
      label: 'Canada: 25% tariff on Chinese steel and aluminum',
    });
    const oil = dataset.measures.find((measure) => measure.id === 'ms-cn-canola-oil')!;
    oil.respondsTo = ['ms-ca-aluminum-steel', 'ms-ca-ev'];
    return dataset;
  }

  it('opens on all of a country’s measures of the first date, in the order the article names them', () => {
    const first = buildStory(withSteel()).find((step) => step.key === 'first-measure');
    expect(first?.kicker).toBe('The first measures');
    expect(first?.title).toBe('Canada’s tariffs, 1 October 2024');
    expect(first?.body).toBe(
      '1 October 2024: Canada imposes a 100% surtax on electric vehicles and a 25% tariff on steel and aluminum from China.',
    );
    expect(first?.selection).toEqual({ kind: 'measure', id: 'ms-ca-ev' });
  });

  it('names every measure a response answered, in the order they were reported', () => {
    const answer = buildStory(withSteel()).find((step) => step.selection?.id === 'ms-cn-canola-oil');
    expect(answer?.body).toBe(
      '20 March 2025: China imposes a 100% tariff on canola oil, pork and seafood from Canada. In response to Canada’s 100% surtax on electric vehicles and 25% tariff on steel and aluminum.',
    );
  });

  it('keeps the steps in date order, undated measures after the dated ones', () => {
    const dataset = withSteel();
    const seed = dataset.measures.find((measure) => measure.id === 'ms-cn-canola-seed')!;
    seed.date = null;
    const answers = buildStory(dataset).filter((step) => step.key.startsWith('retaliation'));
    expect(answers.map((step) => step.selection?.id)).toEqual(['ms-cn-canola-oil', 'ms-cn-canola-seed']);
    expect(answers[1]?.body).toMatch(/^Date not stated: China imposes /);
  });

  it('says "plans to impose" for a planned measure and marks it planned in the title', () => {
    const dataset = storyFixture();
    const seed = dataset.measures.find((measure) => measure.id === 'ms-cn-canola-seed')!;
    seed.status = 'planned';
    const step = buildStory(dataset).find((candidate) => candidate.selection?.id === 'ms-cn-canola-seed');
    expect(step?.title).toBe('China: 75.8% anti-dumping duty on Canadian canola seed (planned)');
    expect(step?.body).toMatch(
      /^August 2025: China plans to impose a 75\.8% anti-dumping duty on canola seed from Canada\./,
    );
  });
});

describe('meetings at a stop', () => {
  it('tells held and planned meetings apart', () => {
    const dataset = storyFixture();
    const held = dataset.meetings[0]!;
    dataset.meetings.push(
      { ...held, id: 'mt-lee', status: 'planned', title: 'Lee Jae Myung – Mark Carney' },
      { ...held, id: 'mt-three', status: 'planned', title: 'Albanese, Luxon and Carney' },
    );
    dataset.trip.stops[2] = { ...dataset.trip.stops[2]!, meetings: ['mt-lee', 'mt-carney-xi', 'mt-three'] };
    expect(buildStory(dataset).find((step) => step.key === 'trip-3')?.body).toBe(
      '29 October 2025 to 1 November 2025. Meeting held: Carney meets Xi Jinping. Meetings planned: Lee Jae Myung – Mark Carney; Albanese, Luxon and Carney.',
    );
  });

  it('says a planned key meeting is planned, not that they met', () => {
    const dataset = storyFixture();
    dataset.meetings[0] = { ...dataset.meetings[0]!, status: 'planned' };
    expect(buildStory(dataset).find((step) => step.key === 'meeting')?.body).toMatch(
      /^Mark Carney and Xi Jinping plan to meet 31 October 2025/,
    );
  });
});

describe('the "in force" step (issue 18)', () => {
  it('is left out when no measure was ever raised, cut, paused, exempted or lifted', () => {
    expect(inForceStep({ ...storyFixture(), measureLives: [] })).toBeNull();
  });

  it('shows the rates in force on the last day a rate changed, on the flow chart', () => {
    const evidence = { articleId: 'a', start: 0, end: 1, quote: 'x' };
    const dataset = {
      ...storyFixture(),
      measureLives: [
        {
          id: 'life-ca-cn-vehicles',
          imposer: 'CA',
          target: 'CN',
          family: 'vehicles & batteries',
          label: 'Canada on electric vehicles from China',
          startsUnseen: false,
          steps: [
            {
              measureId: 'ev-100',
              stage: 'in force' as const,
              date: { value: '2024-10-01', precision: 'day' as const },
              ratePct: 100,
              products: ['electric vehicles'],
              evidence,
            },
            {
              measureId: 'ev-6',
              stage: 'cut' as const,
              date: { value: '2026-01-16', precision: 'day' as const },
              ratePct: 6.1,
              products: ['electric vehicles'],
              evidence,
            },
          ],
        },
      ],
    };
    const step = inForceStep(dataset)!;
    expect(step.chart).toBe('flow');
    expect(step.params).toEqual({ on: '2026-01-16' });
    expect(step.title).toBe('In force on 16 January 2026');
    expect(step.body).toBe('On 16 January 2026: Canada 6.1% on electric vehicles from China.');
    expect(buildStory(dataset).at(-1)?.key).toBe('in-force');
  });
});
