import { describe, expect, it } from 'vitest';
import { familyOptions, familySlug, filterMeasures, pairKey, pairOptions, parseFilters } from './filters.ts';
import { storyMeasures } from './fixtures.ts';

const names: Record<string, string> = { CA: 'Canada', CN: 'China', US: 'United States' };
const actorName = (code: string) => names[code] ?? code;

describe('flow filters', () => {
  const parseCases: { params: Record<string, string>; expected: unknown }[] = [
    { params: {}, expected: { pair: null, family: null } },
    { params: { pair: 'CA-CN' }, expected: { pair: ['CA', 'CN'], family: null } },
    { params: { pair: 'cn-ca' }, expected: { pair: ['CA', 'CN'], family: null } },
    { params: { pair: 'CA-CA' }, expected: { pair: null, family: null } },
    { params: { pair: 'Canada' }, expected: { pair: null, family: null } },
    { params: { family: 'agri-food' }, expected: { pair: null, family: 'agri-food' } },
    { params: { family: 'vehicles & batteries' }, expected: { pair: null, family: 'vehicles-batteries' } },
  ];
  for (const { params, expected } of parseCases) {
    it(`parseFilters(${JSON.stringify(params)}) reads the URL params`, () => {
      expect(parseFilters(params)).toEqual(expected);
    });
  }

  it('familySlug turns a lexicon family into its URL form', () => {
    expect(familySlug('vehicles & batteries')).toBe('vehicles-batteries');
    expect(familySlug('Agri-food')).toBe('agri-food');
  });

  it('pairKey is the same in both directions', () => {
    expect(pairKey('US', 'CA')).toBe('CA-US');
    expect(pairKey('CA', 'US')).toBe('CA-US');
  });

  it('keeps the Canada–China measures in both directions for pair=CA-CN', () => {
    const kept = filterMeasures(storyMeasures(), parseFilters({ pair: 'CA-CN' }));
    expect(kept.map((measure) => measure.id).sort()).toEqual([
      'm-ca-ev',
      'm-ca-steel',
      'm-cn-canola-oil',
      'm-cn-canola-seed',
      'm-cn-seafood',
    ]);
  });

  it('combines the pair and the family', () => {
    const kept = filterMeasures(storyMeasures(), parseFilters({ pair: 'CA-US', family: 'metals' }));
    expect(kept.map((measure) => measure.id)).toEqual(['m-us-steel']);
  });

  it('does not modify its input', () => {
    const measures = storyMeasures();
    const before = JSON.stringify(measures);
    filterMeasures(measures, parseFilters({ family: 'agri-food' }));
    expect(JSON.stringify(measures)).toBe(before);
  });

  it('offers only the pairs and families present, most measures first', () => {
    expect(pairOptions(storyMeasures(), actorName)).toEqual([
      { value: 'CA-CN', label: 'Canada – China', count: 5 },
      { value: 'CA-US', label: 'Canada – United States', count: 3 },
      { value: 'CN-US', label: 'China – United States', count: 1 },
    ]);
    expect(familyOptions(storyMeasures()).map((option) => `${option.value}:${option.count}`)).toEqual([
      'agri-food:3',
      'vehicles-batteries:3',
      'metals:2',
      'all-goods:1',
    ]);
  });
});
