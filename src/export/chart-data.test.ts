import { describe, expect, it } from 'vitest';
import { storyFixture } from '../present/story-fixture.ts';
import { CSV_COLUMNS, chartForChapter, chartJson, chartRows, exportFileName } from './chart-data.ts';
import { toCsv } from './csv.ts';

describe('chartRows', () => {
  const dataset = storyFixture();

  it('lists the flow chart’s measures by date (a month-precision date at its month’s start), with names, products and the quote', () => {
    const rows = chartRows(dataset, 'flow');
    expect(rows.map((row) => row.id)).toEqual(['ms-ca-ev', 'ms-cn-canola-oil', 'ms-cn-canola-seed', 'ms-us-ca']);
    expect(rows[0]).toMatchObject({
      imposer: 'Canada',
      target: 'China',
      ratePct: 100,
      quote: 'Canada’s levies on Chinese electric vehicles',
      sources: ['Carney hopes to meet Xi'],
    });
  });

  it('lists the map’s stops in trip order with coordinates and meeting titles', () => {
    const rows = chartRows(dataset, 'map');
    expect(rows.map((row) => [row.order, row.place, row.lat])).toEqual([
      [1, 'Kuala Lumpur', 3.139],
      [2, 'Singapore', 1.29],
      [3, 'Gyeongju', 35.84],
    ]);
    expect(rows[2]?.meetings).toEqual(['Carney meets Xi Jinping']);
  });

  it('lists the timeline’s events by date', () => {
    expect(chartRows(dataset, 'timeline').map((row) => row.id)).toEqual(['ev-ev-surtax', 'ev-meeting']);
  });

  it('fills every declared CSV column and nothing else', () => {
    for (const chart of ['flow', 'map', 'timeline'] as const) {
      for (const row of chartRows(dataset, chart)) expect(Object.keys(row)).toEqual([...CSV_COLUMNS[chart]]);
    }
  });

  it('gives CSV whose product lists survive a comma-free join', () => {
    const csv = toCsv(chartRows(dataset, 'flow'), CSV_COLUMNS.flow);
    expect(csv).toContain('canola oil; pork; seafood');
  });
});

describe('chartJson', () => {
  const dataset = storyFixture();

  it('keeps the facts with their evidence and the cited articles, without article text', () => {
    const json = chartJson(dataset, 'flow') as {
      measures: unknown[];
      articles: Record<string, unknown>[];
      credits: string[];
    };
    expect(json.measures).toHaveLength(4);
    expect(json.articles).toEqual([
      {
        id: 'a1',
        title: 'Carney hopes to meet Xi',
        outlet: 'The Canadian Press',
        url: null,
        published: '2025-10-23',
        file: '000.txt',
      },
    ]);
    expect(json.credits).toEqual(dataset.credits);
  });

  it('gives the map its trip, meetings and only the places the trip stops at', () => {
    const json = chartJson(dataset, 'map') as { places: { id: string }[]; meetings: unknown[] };
    expect(json.places.map((place) => place.id)).toEqual(['pl-kuala-lumpur', 'pl-singapore', 'pl-gyeongju']);
    expect(json.meetings).toHaveLength(1);
  });

  it('round-trips through JSON', () => {
    const json = chartJson(dataset, 'timeline');
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });
});

describe('exportFileName', () => {
  it('names files after the chart', () => {
    expect(exportFileName('map', 'png')).toBe('tariff-tracer-map.png');
  });
});

describe('chartForChapter', () => {
  it('maps chapter ids to chart names', () => {
    expect(['flow', 'trip', 'map', 'timeline', 'sources'].map(chartForChapter)).toEqual([
      'flow',
      'map',
      'map',
      'timeline',
      null,
    ]);
  });
});
