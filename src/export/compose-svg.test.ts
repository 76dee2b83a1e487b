import { describe, expect, it } from 'vitest';
import { composeExportSvg, escapeXml, wrapWords } from './compose-svg.ts';

const colors = { paper: '#ffffff', ink: '#16191d', muted: '#4d5560', rule: '#c9ced6' };
const options = {
  chartMarkup:
    '<svg width="600" height="300" viewBox="0 0 600 300"><circle cx="10" cy="10" r="5" style="fill: rgb(200, 16, 46);"/></svg>',
  chartWidth: 600,
  chartHeight: 300,
  title: 'Tariffs and the retaliation they drew',
  source: 'Source: 5 news articles, compiled by Tariff Tracer',
  credits: ['Place coordinates: GeoNames (CC BY 4.0)'],
  colors,
  fontFamily: 'system-ui, sans-serif',
};

describe('composeExportSvg', () => {
  it('adds a title band above and a source band below the chart', () => {
    const { svg, width, height } = composeExportSvg(options);
    expect(width).toBe(600);
    expect(height).toBeGreaterThan(300 + 40);
    expect(svg).toContain('>Tariffs and the retaliation they drew</text>');
    expect(svg).toContain('>Source: 5 news articles, compiled by Tariff Tracer</text>');
    expect(svg).toContain('>Place coordinates: GeoNames (CC BY 4.0)</text>');
    expect(svg.indexOf('Tariffs and the')).toBeLessThan(svg.indexOf('<circle'));
    expect(svg.indexOf('<circle')).toBeLessThan(svg.indexOf('Source: 5'));
  });

  it('paints the paper colour behind everything, so a PNG is not transparent', () => {
    expect(composeExportSvg(options).svg).toMatch(
      /^<svg[^>]*><title>[^<]*<\/title><rect width="100%" height="100%" fill="#ffffff"\/>/,
    );
  });

  it('escapes text that would break the markup', () => {
    const { svg } = composeExportSvg({ ...options, title: 'Canola & <seafood> "tariffs"' });
    expect(svg).toContain('Canola &amp; &lt;seafood&gt; &quot;tariffs&quot;');
  });

  it('wraps a long title on a narrow chart and grows the image to fit', () => {
    const narrow = { ...options, chartWidth: 300 };
    const long = composeExportSvg({
      ...narrow,
      title: 'How Canada’s surtax on Chinese electric vehicles drew China’s tariffs on canola, pork and seafood',
    });
    const short = composeExportSvg(narrow);
    expect(long.height).toBeGreaterThan(short.height);
    expect((long.svg.match(/font-weight="700"/g) ?? []).length).toBeGreaterThan(1);
  });
});

describe('composeExportSvg with a legend', () => {
  const dot = {
    swatch: '<svg width="10" height="10"><circle cx="5" cy="5" r="5" fill="#c8102e"/></svg>',
    width: 10,
    height: 10,
  };
  const legend = ['Canada', 'China', 'United States', 'rate not stated', 'planned, not in force'].map((label) => ({
    ...dot,
    label,
  }));

  it('draws each swatch and its words between the title and the chart', () => {
    const { svg } = composeExportSvg({ ...options, legend });
    for (const entry of legend) expect(svg).toContain(`>${entry.label}</text>`);
    expect(svg.indexOf('Tariffs and the')).toBeLessThan(svg.indexOf('>Canada</text>'));
    expect(svg.indexOf('>planned, not in force</text>')).toBeLessThan(svg.indexOf('style="fill: rgb(200, 16, 46);"'));
  });

  it('moves the chart down by the legend rows, more rows on a narrow image', () => {
    const chartTop = (svg: string) => Number(/<g transform="translate\(0 (\d+)\)"><svg width="600"/.exec(svg)![1]);
    const without = composeExportSvg(options);
    const wide = composeExportSvg({ ...options, legend });
    const narrow = composeExportSvg({ ...options, chartWidth: 300, chartMarkup: options.chartMarkup, legend });
    expect(chartTop(wide.svg)).toBeGreaterThan(chartTop(without.svg));
    expect(narrow.height - 0).toBeGreaterThan(wide.height);
  });
});

describe('wrapWords', () => {
  it('breaks between words under the limit', () => {
    expect(wrapWords('one two three four', 9)).toEqual(['one two', 'three', 'four']);
  });
  it('keeps an over-long word on its own line', () => {
    expect(wrapWords('a supercalifragilistic b', 5)).toEqual(['a', 'supercalifragilistic', 'b']);
  });
});

describe('escapeXml', () => {
  it('escapes the five XML characters', () => {
    expect(escapeXml(`&<>"'`)).toBe('&amp;&lt;&gt;&quot;&apos;');
  });
});
