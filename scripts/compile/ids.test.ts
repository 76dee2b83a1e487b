import { describe, expect, it } from 'vitest';
import { distinctId, measureId, meetingId, personId, placeId, shortHash, slug } from './ids.ts';

describe('ids from content', () => {
  it('slugs names without accents or punctuation', () => {
    expect(slug('Mélanie Joly')).toBe('melanie-joly');
    expect(slug('Vehicles & Batteries')).toBe('vehicles-and-batteries');
    expect(personId('Lee Jae Myung')).toBe('person-lee-jae-myung');
    expect(placeId('KR', 'Gyeongju')).toBe('place-kr-gyeongju');
  });
  it('names a measure by imposer, target and sorted products, whatever the order they were written in', () => {
    expect(measureId('CN', 'CA', ['peas', 'canola oil', 'canola meal'], 'impose')).toBe(
      'measure-cn-ca-canola-meal-canola-oil-peas',
    );
    expect(measureId('CN', 'CA', ['canola meal', 'peas', 'canola oil'], 'impose')).toBe(
      'measure-cn-ca-canola-meal-canola-oil-peas',
    );
    expect(measureId('MX', 'JP', ['steel'], 'remove')).toBe('measure-mx-jp-steel-remove');
  });
  it('gives a meeting the same id whatever the order of its participants', () => {
    expect(meetingId(['person-xi-jinping', 'person-mark-carney'], '2025-10')).toBe(
      meetingId(['person-mark-carney', 'person-xi-jinping'], '2025-10'),
    );
    expect(meetingId(['person-a-b', 'person-c-d'], '2019')).not.toBe(meetingId(['person-a-b', 'person-c-d'], '2022'));
  });
  it('hashes deterministically', () => {
    expect(shortHash('x')).toBe(shortHash('x'));
    expect(shortHash('x')).toMatch(/^[0-9a-f]{8}$/);
  });
});

describe('distinct ids', () => {
  // Seen at 1,000 generated articles: two groups of Canada's 25% steel and aluminum tariff, dated apart, both came out
  // as measure-ca-cn-aluminum-steel-25, and the page logged a duplicate key.
  it('tells apart a third fact with the same name and rate as an earlier one', () => {
    const used = new Set<string>();
    const base = 'measure-ca-cn-aluminum-steel';
    expect(distinctId(base, used, ['25', 'aaaa1111'])).toBe(base);
    expect(distinctId(base, used, ['25', 'bbbb2222'])).toBe(`${base}-25`);
    expect(distinctId(base, used, ['25', 'cccc3333'])).toBe(`${base}-25-cccc3333`);
    expect(distinctId(base, used, ['25', 'cccc3333'])).toBe(`${base}-25-cccc3333-2`);
    expect(used.size).toBe(4);
  });
});
