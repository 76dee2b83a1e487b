// The data behind each chart, as flat rows for CSV and as structured records (with full evidence) for JSON.
import { actorName } from '../lib/actors.ts';
import type { Dataset, Evidence } from '../lib/dataset.ts';
import type { CsvValue } from './csv.ts';
import { articleLabel } from '../lib/article-label.ts';
import { byDateThenId, byOrder } from '../lib/compare.ts';
import { indexDataset } from '../lib/dataset-index.ts';

export type ExportChart = 'flow' | 'map' | 'timeline';

export const CSV_COLUMNS: Record<ExportChart, readonly string[]> = {
  flow: [
    'id',
    'label',
    'imposer',
    'target',
    'action',
    'kind',
    'ratePct',
    'products',
    'productFamilies',
    'date',
    'datePrecision',
    'respondsTo',
    'articleCount',
    'sources',
    'quote',
  ],
  map: ['order', 'id', 'place', 'country', 'lat', 'lon', 'arrive', 'depart', 'label', 'meetings', 'sources', 'quote'],
  timeline: ['id', 'date', 'datePrecision', 'category', 'title', 'relatedIds', 'articleCount', 'sources', 'quote'],
};

function articleTitles(dataset: Dataset, evidence: readonly Evidence[]): string[] {
  const ids = [...new Set(evidence.map((item) => item.articleId))];
  return ids.map((id) => {
    const article = indexDataset(dataset).articles.get(id);
    return article ? articleLabel(article) : id;
  });
}

/** One row per mark of the chart, in the chart's reading order. */
export function chartRows(dataset: Dataset, chart: ExportChart): Record<string, CsvValue>[] {
  if (chart === 'flow') {
    return [...dataset.measures].sort(byDateThenId).map((measure) => ({
      id: measure.id,
      label: measure.label,
      imposer: actorName(measure.imposer, dataset),
      target: actorName(measure.target, dataset),
      action: measure.action,
      kind: measure.kind,
      ratePct: measure.ratePct,
      products: measure.products,
      productFamilies: measure.productFamilies,
      date: measure.date?.value ?? null,
      datePrecision: measure.date?.precision ?? null,
      respondsTo: measure.respondsTo,
      articleCount: measure.articleCount,
      sources: articleTitles(dataset, measure.evidence),
      quote: measure.evidence[0]?.quote ?? null,
    }));
  }
  if (chart === 'map') {
    return [...dataset.trip.stops].sort(byOrder).map((stop) => {
      const place = indexDataset(dataset).places.get(stop.place);
      return {
        order: stop.order,
        id: stop.id,
        place: place?.name ?? stop.place,
        country: place?.country ? actorName(place.country, dataset) : null,
        lat: place?.lat ?? null,
        lon: place?.lon ?? null,
        arrive: stop.arrive?.value ?? null,
        depart: stop.depart?.value ?? null,
        label: stop.label,
        meetings: stop.meetings.map((id) => indexDataset(dataset).meetings.get(id)?.title ?? id),
        sources: articleTitles(dataset, stop.evidence),
        quote: stop.evidence[0]?.quote ?? null,
      };
    });
  }
  return [...dataset.events].sort(byDateThenId).map((event) => ({
    id: event.id,
    date: event.date?.value ?? null,
    datePrecision: event.date?.precision ?? null,
    category: event.category,
    title: event.title,
    relatedIds: event.relatedIds,
    articleCount: event.articleCount,
    sources: articleTitles(dataset, event.evidence),
    quote: event.evidence[0]?.quote ?? null,
  }));
}

/** The chart's facts as the dataset has them (evidence included), plus the articles they cite and the credits. */
export function chartJson(dataset: Dataset, chart: ExportChart): Record<string, unknown> {
  const facts: { evidence: Evidence[] }[] =
    chart === 'flow'
      ? dataset.measures
      : chart === 'timeline'
        ? dataset.events
        : [
            ...dataset.trip.stops,
            ...dataset.meetings,
            ...dataset.places.filter((place) => dataset.trip.stops.some((stop) => stop.place === place.id)),
          ];
  const articleIds = new Set(facts.flatMap((fact) => fact.evidence.map((item) => item.articleId)));
  const articles = dataset.articles
    .filter((article) => articleIds.has(article.id))
    .map(({ id, title, outlet, url, published, file }) => ({
      id,
      title,
      outlet,
      url,
      published: published.value,
      file,
    }));
  const body: Record<string, unknown> =
    chart === 'flow'
      ? { measures: dataset.measures }
      : chart === 'timeline'
        ? { events: dataset.events }
        : {
            trip: dataset.trip,
            meetings: dataset.meetings,
            places: facts.slice(dataset.trip.stops.length + dataset.meetings.length),
          };
  return { chart, ...body, articles, credits: dataset.credits };
}

/** "tariff-tracer-flow.csv" and friends. */
export function exportFileName(chart: ExportChart, extension: 'svg' | 'png' | 'csv' | 'json'): string {
  return `tariff-tracer-${chart}.${extension}`;
}

/** The chart a chapter shows: chart names map to themselves, the site's "trip" chapter to the map. */
export function chartForChapter(id: string): ExportChart | null {
  if (id === 'trip') return 'map';
  return id === 'flow' || id === 'map' || id === 'timeline' ? id : null;
}
