// One download, from the export menu: the chart's image (SVG, PNG at 2×: the whole chart, with title, legend, source
// and credits) or its data (CSV, JSON). Loaded on the
// first click, so the page does not carry this code for readers who never export.
import type { Dataset } from '../lib/dataset.ts';
import { CSV_COLUMNS, chartJson, chartRows, exportFileName, type ExportChart } from './chart-data.ts';
import {
  chartToSvg,
  cloneWithInlineStyles,
  downloadBlob,
  svgToPng,
  withoutInteractionHints,
  type ChartImageOptions,
} from './chart-image.ts';
import type { ComposedSvg } from './compose-svg.ts';
import { findLegend, readLegend } from './legend.ts';
import { mountWholeChart } from './whole-chart.ts';
import { toCsv } from './csv.ts';

export type ExportKind = 'svg' | 'png' | 'csv' | 'json';

export interface ExportRequest {
  kind: ExportKind;
  dataset: Dataset;
  chart: ExportChart;
  /** For SVG and PNG: the width the chart has on the page (px), and text that replaces what its frame shows. */
  image?: { width: number; title?: string; source?: string };
}

/**
 * The image's text, from the chart's frame: its title, its source line without instructions for a pointer or
 * keyboard, and the chart's own credits (the map's geography sources; every chart's "compiled from" line).
 */
export function imageText(
  frame: ParentNode,
  dataset: Dataset,
  chart: ExportChart,
  overrides: { title?: string; source?: string } = {},
): ChartImageOptions {
  const articles = dataset.articles.length;
  const compiled = `Tariff Tracer: compiled from ${articles} news article${articles === 1 ? '' : 's'}, every fact with its quoted sentence.`;
  // innerText: the words shown (a source may hold a mouse and a touch wording, one of them hidden).
  const sourceElement = frame.querySelector<HTMLElement>('.chart-source > span');
  const frameSource = (sourceElement?.innerText || sourceElement?.textContent)?.trim();
  const source = withoutInteractionHints(overrides.source ?? frameSource ?? '') || compiled;
  return {
    title: overrides.title ?? frame.querySelector('.chart-title')?.textContent?.trim() ?? 'Tariff Tracer',
    source,
    credits: [...(chart === 'map' ? dataset.credits : []), ...(source === compiled ? [] : [compiled])],
  };
}

/** The whole chart as an image: a fresh copy with no selection in its opening view, read once it has drawn. */
async function wholeChartImage(
  dataset: Dataset,
  chart: ExportChart,
  image: NonNullable<ExportRequest['image']>,
): Promise<ComposedSvg> {
  const copy = await mountWholeChart(chart, dataset, image.width);
  try {
    const svg = copy.root.querySelector<SVGSVGElement>('svg[data-chart-svg]');
    if (!svg) throw new Error(`The ${chart} chart drew no image to save.`);
    const legend = findLegend(copy.root);
    return chartToSvg(svg, {
      ...imageText(copy.root, dataset, chart, image),
      legend: legend ? readLegend(legend, cloneWithInlineStyles) : [],
    });
  } finally {
    copy.remove();
  }
}

/** Builds the file and saves it; returns its name. Throws with a reason a reader can act on. */
export async function runExport({ kind, dataset, chart, image }: ExportRequest): Promise<string> {
  const fileName = exportFileName(chart, kind);
  if (kind === 'csv') {
    downloadBlob(
      new Blob([toCsv(chartRows(dataset, chart), CSV_COLUMNS[chart])], { type: 'text/csv;charset=utf-8' }),
      fileName,
    );
  } else if (kind === 'json') {
    downloadBlob(
      new Blob([JSON.stringify(chartJson(dataset, chart), null, 2)], { type: 'application/json' }),
      fileName,
    );
  } else {
    if (!image) throw new Error('The chart is not drawn yet, so its image cannot be saved.');
    const composed = await wholeChartImage(dataset, chart, image);
    const blob = kind === 'svg' ? new Blob([composed.svg], { type: 'image/svg+xml' }) : await svgToPng(composed, 2);
    downloadBlob(blob, fileName);
  }
  return fileName;
}
