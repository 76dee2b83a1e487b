import { describe, expect, it } from 'vitest';
import { DEFAULT_HEIGHTS } from './embed-code.ts';
import { EMBED_WIDTHS, HEIGHT_MARGIN, MEASURED_HEIGHTS, offeredHeight, tableHeight } from './embed-heights.ts';

describe('the height the embed dialog offers', () => {
  it('has a measured height for every chart at every width the dialog offers', () => {
    for (const chart of ['flow', 'map', 'timeline'] as const) {
      expect(Object.keys(MEASURED_HEIGHTS[chart]).map(Number)).toEqual([...EMBED_WIDTHS]);
    }
  });

  it('offers no less than the content at a measured width (the old defaults, 600–640 px, cut every chart off)', () => {
    for (const chart of ['flow', 'map', 'timeline'] as const) {
      for (const width of EMBED_WIDTHS) {
        expect(tableHeight(chart, width)).toBe(MEASURED_HEIGHTS[chart][width]! + HEIGHT_MARGIN);
        expect(tableHeight(chart, width)!).toBeGreaterThan(DEFAULT_HEIGHTS[chart]);
      }
    }
  });

  it('between two measured widths, offers the taller (the map is taller at 480 px than at 320 px)', () => {
    expect(tableHeight('map', 400)).toBe(
      Math.max(MEASURED_HEIGHTS.map[320]!, MEASURED_HEIGHTS.map[480]!) + HEIGHT_MARGIN,
    );
    expect(tableHeight('flow', 2000)).toBe(MEASURED_HEIGHTS.flow[1000]! + HEIGHT_MARGIN);
    expect(tableHeight('timeline', 200)).toBe(MEASURED_HEIGHTS.timeline[320]! + HEIGHT_MARGIN);
  });

  it('prefers what the dialog measured in the page, then the table, then the chart’s default', () => {
    expect(offeredHeight('flow', 640, 1200.4, 640)).toBe(1201 + HEIGHT_MARGIN);
    expect(offeredHeight('flow', 640, null, 640)).toBe(MEASURED_HEIGHTS.flow[640]! + HEIGHT_MARGIN);
  });
});
