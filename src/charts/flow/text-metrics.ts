// Text widths estimated without a DOM (the layout must run in Node and in a benchmark), and word wrapping by them.

/**
 * Average advance of a character as a share of the font size, calibrated on DejaVu Sans (Linux's wide default
 * sans-serif, measured in Chromium) so estimates stay above real widths; narrower fonts only leave some slack.
 */
const CHAR_WIDTH = { regular: 0.6, bold: 0.68 } as const;

export type Weight = keyof typeof CHAR_WIDTH;

/** Estimated width in px of `text` at `fontSize`. Generous on purpose: an overestimate only costs space. */
export function textWidth(text: string, fontSize: number, weight: Weight = 'regular'): number {
  let units = 0;
  for (let index = 0; index < text.length; index++) units += charUnits(text.charCodeAt(index));
  return units * fontSize * CHAR_WIDTH[weight];
}

// Relative widths by character class, looked up by char code (the layout measures thousands of strings).
const NARROW = new Set([..."iljtfrI.,;:'’|!·() "].map((char) => char.charCodeAt(0)));
const WIDE = new Set([...'mwMW%@'].map((char) => char.charCodeAt(0)));

function charUnits(code: number): number {
  if (NARROW.has(code)) return 0.62;
  if (WIDE.has(code)) return 1.45;
  if ((code >= 65 && code <= 90) || (code >= 48 && code <= 57)) return 1.15;
  return 1;
}

/**
 * Splits text into at most `maxLines` lines no wider than `maxWidth`; the last kept line ends in "…" when text is left
 * over, and a single word too long for a line is cut.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, maxLines: number, weight: Weight = 'regular'): string[] {
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
