import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHARTS, chartFor, chartNamed } from './chart-registry.ts';

describe('the chart registry', () => {
  it('keeps the public chapter anchors and embed pages that links and pasted embed codes already use', () => {
    // Renaming one of these breaks a journalist's embed or a shared link: change them only with a redirect.
    expect(CHARTS.map((chart) => [chart.name, chart.chapter, chart.embedPage])).toEqual([
      ['flow', 'flow', 'embed/flow.html'],
      ['map', 'trip', 'embed/map.html'],
      ['timeline', 'timeline', 'embed/timeline.html'],
    ]);
  });

  it('gives every chart its own name, chapter and title', () => {
    for (const key of ['name', 'chapter', 'title', 'noun'] as const) {
      expect(new Set(CHARTS.map((chart) => chart[key])).size, key).toBe(CHARTS.length);
    }
  });

  it('has an embed page for every chart, whose script mounts that chart under its name', () => {
    for (const chart of CHARTS) {
      expect(existsSync(chart.embedPage), chart.embedPage).toBe(true);
      const script = /<script type="module" src="\/(src\/embed\/[\w-]+\.ts)"/.exec(
        readFileSync(chart.embedPage, 'utf8'),
      )?.[1];
      expect(script, `${chart.embedPage} has no module script`).toBeDefined();
      expect(readFileSync(script!, 'utf8')).toContain(`mountEmbed('${chart.name}', `);
    }
  });

  it('finds a chart by its chapter id or its name, and nothing for another section', () => {
    expect(chartFor('trip')).toBe(chartNamed('map'));
    expect(chartFor('map')).toBe(chartNamed('map'));
    expect(chartFor('timeline')?.name).toBe('timeline');
    expect(chartFor('sources')).toBeNull();
  });
});
