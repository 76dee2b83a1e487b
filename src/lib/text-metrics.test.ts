import { describe, expect, it } from 'vitest';
import { textWidth, truncate, twoLines, wrapText } from './text-metrics.ts';

describe('textWidth', () => {
  it('grows with the text and the font size, and is wider in bold', () => {
    expect(textWidth('', 16)).toBe(0);
    expect(textWidth('canola oil', 16)).toBeGreaterThan(textWidth('canola', 16));
    expect(textWidth('canola', 32)).toBeCloseTo(2 * textWidth('canola', 16));
    expect(textWidth('canola', 16, 'bold')).toBeGreaterThan(textWidth('canola', 16));
  });

  it('gives capitals and wide letters more room than narrow ones', () => {
    expect(textWidth('MMMM', 16)).toBeGreaterThan(textWidth('aaaa', 16));
    expect(textWidth('aaaa', 16)).toBeGreaterThan(textWidth('iiii', 16));
  });

  // Real widths of DejaVu Sans at 100 px (what the site's font stack falls back on under Linux), measured in
  // Chromium with canvas measureText; the estimate stays within 5% below and 25% above each.
  const measured = [
    { text: '31 October 2025', width: 845.5 },
    { text: 'Gyeongju', width: 477.4 },
    { text: '100% on canola oil', width: 952.4 },
    { text: 'Carney meets Xi in Gyeongju', width: 1458.3 },
    // A cut label ends in "…" and a lane's name may hold "→": both count as wide letters.
    { text: 'Canola oil and meal from Canada…', width: 1769.8 },
    { text: 'United States → Canada', width: 1205.0 },
  ];
  for (const { text, width } of measured) {
    it(`estimates "${text}" near its real width`, () => {
      const estimate = textWidth(text, 100);
      expect(estimate).toBeGreaterThan(width * 0.95);
      expect(estimate).toBeLessThan(width * 1.25);
    });
  }
});

describe('wrapText', () => {
  it('keeps each line within the width and every word when there is room', () => {
    const lines = wrapText('China imposes a 100% levy on canola oil', 120, 12, 5);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(textWidth(line, 12)).toBeLessThanOrEqual(120);
    expect(lines.join(' ')).toBe('China imposes a 100% levy on canola oil');
  });

  it('ends the last kept line in an ellipsis when text is left over', () => {
    const lines = wrapText('China imposes a 100% levy on canola oil', 120, 12, 1);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/…$/);
    expect(textWidth(lines[0]!, 12)).toBeLessThanOrEqual(120);
  });

  it('cuts a single word too long for a line', () => {
    const [line] = wrapText('Antidumpingduties', 40, 12, 2);
    expect(line).toMatch(/…$/);
    expect(textWidth(line!, 12)).toBeLessThanOrEqual(40);
  });
});

describe('truncate and twoLines', () => {
  it('leaves text that fits alone', () => expect(truncate('Beijing', 200, 12)).toBe('Beijing'));

  it('breaks a title where the longer line is shortest', () => {
    // Longer line about 89 px at 12 px, against 100 px for "Carney meets Xi" / "in Gyeongju".
    expect(twoLines('Carney meets Xi in Gyeongju', 12)?.lines).toEqual(['Carney meets', 'Xi in Gyeongju']);
    expect(twoLines('Gyeongju', 12)).toBeNull();
  });
});
