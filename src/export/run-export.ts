// One download, from the export menu: the chart's image (SVG, PNG at 2×) or its data (CSV, JSON). Loaded on the
// first click, so the page does not carry this code for readers who never export.
import type { Dataset } from '../lib/dataset.ts';
import { CSV_COLUMNS, chartJson, chartRows, exportFileName, type ExportChart } from './chart-data.ts';
import { chartToSvg, downloadBlob, svgToPng, type ChartImageOptions } from './chart-image.ts';
import { toCsv } from './csv.ts';

export type ExportKind = 'svg' | 'png' | 'csv' | 'json';

export interface ExportRequest {
  kind: ExportKind;
  dataset: Dataset;
  chart: ExportChart;
  /** The chart's drawing and the text for the image; needed for SVG and PNG only. */
  image?: { svg: SVGSVGElement; text: ChartImageOptions };
}

/** Builds the file and saves it; returns its name. Throws with a reason a reader can act on. */
export async function runExport({ kind, dataset, chart, image }: ExportRequest): Promise<string> {
  const fileName = exportFileName(chart, kind);
  if (kind === 'csv') {
    downloadBlob(new Blob([toCsv(chartRows(dataset, chart), CSV_COLUMNS[chart])], { type: 'text/csv;charset=utf-8' }), fileName);
  } else if (kind === 'json') {
    downloadBlob(new Blob([JSON.stringify(chartJson(dataset, chart), null, 2)], { type: 'application/json' }), fileName);
  } else {
    if (!image) throw new Error('The chart is not drawn yet, so its image cannot be saved.');
    const composed = chartToSvg(image.svg, image.text);
    const blob = kind === 'svg' ? new Blob([composed.svg], { type: 'image/svg+xml' }) : await svgToPng(composed, 2);
    downloadBlob(blob, fileName);
  }
  return fileName;
}
