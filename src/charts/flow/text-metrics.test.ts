import { describe, expect, it } from 'vitest';
import { textWidth, truncate, wrapText } from './text-metrics.ts';

describe('text metrics', () => {
  it('textWidth grows with the text, the font size and the weight', () => {
    expect(textWidth('canola', 13)).toBeLessThan(textWidth('canola seed', 13));
    expect(textWidth('canola', 13)).toBeLessThan(textWidth('canola', 24));
    expect(textWidth('canola', 13)).toBeLessThan(textWidth('canola', 13, 'bold'));
    expect(textWidth('', 13)).toBe(0);
  });

  it('keeps a line that fits whole', () => {
    expect(wrapText('100% · electric vehicles, batteries', 1000, 13, 2)).toEqual(['100% · electric vehicles, batteries']);
  });

  const cases = [
    { text: '100% · electric vehicles, batteries', width: 120, lines: 3, cut: false },
    { text: 'solar panels, critical minerals and other related goods', width: 110, lines: 2, cut: true },
    { text: 'supercalifragilisticexpialidocious', width: 60, lines: 2, cut: true },
  ];
  for (const { text, width, lines, cut } of cases) {
    it(`wrapText("${text}", ${width}px, ${lines} lines) breaks between words, fits every line, ${cut ? 'and ends in "…"' : 'and keeps every word'}`, () => {
      const wrapped = wrapText(text, width, 13, lines);
      expect(wrapped.length).toBeGreaterThan(0);
      expect(wrapped.length).toBeLessThanOrEqual(lines);
      for (const line of wrapped) expect(textWidth(line, 13)).toBeLessThanOrEqual(width);
      const joined = wrapped.join(' ');
      expect(joined.endsWith('…')).toBe(cut);
      if (cut) expect(text.startsWith(joined.slice(0, -1).trimEnd()) || text.replace(/\s+/g, ' ').startsWith(joined.slice(0, -1).trimEnd())).toBe(true);
      else expect(joined).toBe(text);
    });
  }

  it('truncate keeps text that fits and ends cut text with "…"', () => {
    expect(truncate('peas', 100, 13)).toBe('peas');
    const cut = truncate('canola oil, canola meal, peas', 60, 13);
    expect(cut.endsWith('…')).toBe(true);
    expect(textWidth(cut, 13)).toBeLessThanOrEqual(60);
  });
});
