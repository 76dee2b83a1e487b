// Puts a chart's serialised SVG into a standalone image with a title and legend band above and a source/credits band
// below.

export interface ExportColors {
  paper: string;
  ink: string;
  muted: string;
  rule: string;
}

export interface ComposeOptions {
  /** The chart's <svg> markup (styles already inlined), drawn at chartWidth × chartHeight. */
  chartMarkup: string;
  chartWidth: number;
  chartHeight: number;
  title: string;
  /** Source line, e.g. "Source: 5 news articles compiled by Tariff Tracer". */
  source: string;
  credits: readonly string[];
  colors: ExportColors;
  fontFamily: string;
  /** The chart's legend: each swatch as SVG markup of its size, and its words; drawn in wrapping rows under the title. */
  legend?: readonly { swatch: string; width: number; height: number; label: string }[];
}

export interface ComposedSvg {
  svg: string;
  width: number;
  height: number;
}

const PADDING = 16;
const TITLE_SIZE = 20;
const SMALL_SIZE = 12;
const LEGEND_SIZE = 13;
/** Height of a legend row, and the gap between two entries of a row. */
const LEGEND_ROW = 22;
const LEGEND_GAP = 16;
/** Average glyph width of a sans-serif font, in em: enough to wrap lines without measuring text. */
const AVERAGE_GLYPH_EM = 0.55;

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** Greedy word wrap to lines of at most `maxChars` characters (a longer single word keeps its own line). */
export function wrapWords(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > maxChars) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

function textLines(lines: readonly string[], x: number, y: number, size: number, fill: string, weight = 400): string {
  return lines
    .map(
      (line, index) =>
        `<text x="${x}" y="${y + index * size * 1.3}" font-size="${size}" font-weight="${weight}" fill="${escapeXml(fill)}">${escapeXml(line)}</text>`,
    )
    .join('');
}

/** The whole image as SVG text, with its size. Pure: the same options give the same string. */
export function composeExportSvg(options: ComposeOptions): ComposedSvg {
  const width = Math.max(1, Math.round(options.chartWidth));
  const chartHeight = Math.max(1, Math.round(options.chartHeight));
  const inner = width - 2 * PADDING;
  const titleLines = wrapWords(options.title, Math.max(10, Math.floor(inner / (TITLE_SIZE * AVERAGE_GLYPH_EM))));
  const footLines = [options.source, ...options.credits]
    .filter(Boolean)
    .flatMap((line) => wrapWords(line, Math.max(10, Math.floor(inner / (SMALL_SIZE * AVERAGE_GLYPH_EM)))));

  const titleTop = PADDING + TITLE_SIZE;
  const titleBand = PADDING + titleLines.length * TITLE_SIZE * 1.3 + PADDING / 2;
  // Legend entries flow left to right and wrap, as in the page's legend.
  const legendMarkup: string[] = [];
  let x = PADDING;
  let row = 0;
  for (const entry of options.legend ?? []) {
    const entryWidth = entry.width + (entry.label ? 6 + entry.label.length * LEGEND_SIZE * AVERAGE_GLYPH_EM : 0);
    if (x > PADDING && x + entryWidth > width - PADDING) {
      row++;
      x = PADDING;
    }
    const middle = titleBand + row * LEGEND_ROW + LEGEND_ROW / 2;
    legendMarkup.push(
      `<g transform="translate(${x} ${middle - entry.height / 2})">${entry.swatch}</g>` +
        (entry.label
          ? `<text x="${x + entry.width + 6}" y="${middle}" dy="0.35em" font-size="${LEGEND_SIZE}" fill="${escapeXml(options.colors.ink)}">${escapeXml(entry.label)}</text>`
          : ''),
    );
    x += entryWidth + LEGEND_GAP;
  }
  const legendBand = legendMarkup.length ? (row + 1) * LEGEND_ROW + PADDING / 2 : 0;
  const chartTop = Math.round(titleBand + legendBand);
  const footTop = chartTop + chartHeight + PADDING;
  const height = Math.round(footTop + footLines.length * SMALL_SIZE * 1.3 + PADDING / 2);
  const { colors } = options;

  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(options.fontFamily)}">` +
    `<title>${escapeXml(options.title)}</title>` +
    `<rect width="100%" height="100%" fill="${escapeXml(colors.paper)}"/>` +
    textLines(titleLines, PADDING, titleTop, TITLE_SIZE, colors.ink, 700) +
    (legendMarkup.length ? `<g class="legend">${legendMarkup.join('')}</g>` : '') +
    `<g transform="translate(0 ${chartTop})">${options.chartMarkup}</g>` +
    `<line x1="${PADDING}" x2="${width - PADDING}" y1="${footTop - PADDING / 2}" y2="${footTop - PADDING / 2}" stroke="${escapeXml(colors.rule)}"/>` +
    textLines(footLines, PADDING, footTop + SMALL_SIZE / 2, SMALL_SIZE, colors.muted) +
    `</svg>`;
  return { svg, width, height };
}
