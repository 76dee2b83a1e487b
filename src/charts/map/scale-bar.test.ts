import { geoEquirectangular } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { groupThousands, scaleBar } from './scale-bar.ts';

describe('scaleBar', () => {
  // Plate carrée at the equator: one degree of longitude (111.2 km) is `scale × π / 180` pixels.
  const projection = geoEquirectangular().scale(100).translate([200, 100]).center([0, 0]);
  const frame = { width: 400, height: 200 };

  it('picks the longest round distance that fits and gives its length in pixels', () => {
    const bar = scaleBar(projection, frame, 120)!;
    const kmPerPixel = 111.195 / ((100 * Math.PI) / 180);
    expect(bar.km).toBe(5000);
    expect(bar.length).toBeCloseTo(5000 / kmPerPixel, 6);
    expect(bar.length).toBeLessThanOrEqual(120);
    expect(bar.label).toBe('5,000 km');
  });

  it('gets shorter in kilometres when the map is zoomed in', () => {
    const zoomed = geoEquirectangular().scale(2000).translate([200, 100]);
    expect(scaleBar(zoomed, frame, 120)!.km).toBe(200);
  });
});

describe('groupThousands', () => {
  it('writes thousands with commas', () => {
    expect([0, 950, 1000, 14600, 1234567].map(groupThousands)).toEqual(['0', '950', '1,000', '14,600', '1,234,567']);
  });
});
