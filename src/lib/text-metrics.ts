// Text widths estimated without a DOM (layouts run in Node, in tests and in benchmarks), and wrapping by them.
//
// API
//   textWidth(text, fontSize, weight?)                       estimated px width; weight 'regular' | 'bold'
//   wrapText(text, maxWidth, fontSize, maxLines, weight?)    lines no wider than maxWidth, the last ending "…" if cut
//   truncate(text, maxWidth, fontSize, weight?)              text shortened to fit, ending "…"
//   twoLines(text, fontSize, weight?)                        the split at a space giving the narrowest two lines
//
// Calibration: the flow chart's estimator (character classes × 0.6 em regular, × 0.68 em bold) kept, with the
// timeline's wide dashes and the ellipsis and arrow added to its wide class. Measured in headless Chromium
// (canvas measureText) on the 107 label strings of the seeds dataset (measure labels and products, meeting and event
// titles, places, people, article titles), estimate ÷ real width:
//   site font stack as it falls back on Linux (DejaVu Sans):  regular median 1.02 (5th pct 0.98, min 0.95), bold 1.03
//   Liberation Sans (Arial's metrics, Windows and macOS):      regular median 1.15 (min 1.00), bold 1.22 (min 1.13)
// The map's estimator (length × 0.55 em) gave median 1.04 but min 0.66 and 29/107 strings under their real width on
// DejaVu (a line of capitals or "m"s ran past its box); the timeline's was the flow's with a few classes moved.
// An overestimate only costs some room, so the class estimate errs wide on the fonts most readers have.

const EM_PER_UNIT = { regular: 0.6, bold: 0.68 } as const;

export type Weight = keyof typeof EM_PER_UNIT;

// Relative widths by character class, looked up by char code in a table (layouts measure thousands of strings).
const NARROW = "iljtfrI.,;:'’|!·() ";
const WIDE = 'mwMW%@—–…→';

function classUnits(code: number): number {
  const char = String.fromCharCode(code);
  if (NARROW.includes(char)) return 0.62;
  if (WIDE.includes(char)) return 1.45;
  if ((code >= 65 && code <= 90) || (code >= 48 && code <= 57)) return 1.15;
  return 1;
}
const UNITS = Float64Array.from({ length: 0x2200 }, (_, code) => classUnits(code));

/** Estimated width in px of `text` at `fontSize`. Generous on purpose: an overestimate only costs space. */
export function textWidth(text: string, fontSize: number, weight: Weight = 'regular'): number {
  let units = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    units += code < UNITS.length ? UNITS[code]! : 1;
  }
  return units * fontSize * EM_PER_UNIT[weight];
}

/**
 * Splits text into at most `maxLines` lines no wider than `maxWidth`; the last kept line ends in "…" when text is left
 * over, and a single word too long for a line is cut.
 */
export function wrapText(
  text: string,
  maxWidth: number,
  fontSize: number,
  maxLines: number,
  weight: Weight = 'regular',
): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let current = '';
  let index = 0;
  for (; index < words.length; index++) {
    const word = words[index]!;
    const candidate = current ? `${current} ${word}` : word;
    if (textWidth(candidate, fontSize, weight) <= maxWidth) {
      current = candidate;
      continue;
    }
    if (current) {
      lines.push(current);
      current = '';
      index--;
      if (lines.length === maxLines) break;
      continue;
    }
    // One word wider than the line: cut it.
    lines.push(truncate(word, maxWidth, fontSize, weight));
    if (lines.length === maxLines) {
      index++;
      break;
    }
  }
  if (current && lines.length < maxLines) {
    lines.push(current);
    current = '';
  }
  const leftOver = current !== '' || index < words.length;
  if (leftOver && lines.length > 0) {
    lines[lines.length - 1] = truncate(`${lines[lines.length - 1]}…`, maxWidth, fontSize, weight);
  }
  return lines;
}

/** Shortens text (ending in "…") until it fits `maxWidth`. */
export function truncate(text: string, maxWidth: number, fontSize: number, weight: Weight = 'regular'): string {
  if (textWidth(text, fontSize, weight) <= maxWidth) return text;
  let kept = text.replace(/…$/, '');
  while (kept.length > 1 && textWidth(`${kept}…`, fontSize, weight) > maxWidth) kept = kept.slice(0, -1).trimEnd();
  return `${kept}…`;
}

/** The split at one space that gives the narrowest two lines, with that width; null for a text without a space. */
export function twoLines(
  text: string,
  fontSize: number,
  weight: Weight = 'regular',
): { lines: [string, string]; width: number } | null {
  let best: { lines: [string, string]; width: number } | null = null;
  for (let index = text.indexOf(' '); index !== -1; index = text.indexOf(' ', index + 1)) {
    const lines: [string, string] = [text.slice(0, index), text.slice(index + 1)];
    const width = Math.max(textWidth(lines[0], fontSize, weight), textWidth(lines[1], fontSize, weight));
    if (!best || width < best.width) best = { lines, width };
  }
  return best;
}
