import { describe, expect, it } from 'vitest';
import { formatHash, parseHash } from './selection.ts';

describe('parseHash / formatHash', () => {
  const cases = [
    {
      hash: '#meeting=mt-carney-xi',
      expected: { selection: { kind: 'meeting', id: 'mt-carney-xi' }, params: {}, present: null },
    },
    {
      hash: '#measure=m1&pair=CA-CN',
      expected: { selection: { kind: 'measure', id: 'm1' }, params: { pair: 'CA-CN' }, present: null },
    },
    { hash: '#present/5', expected: { selection: null, params: {}, present: 5 } },
    { hash: '#present', expected: { selection: null, params: {}, present: 1 } },
    { hash: '', expected: { selection: null, params: {}, present: null } },
    {
      hash: '#%E0%A4%A=1&event=e%201',
      expected: { selection: { kind: 'event', id: 'e 1' }, params: {}, present: null },
    },
  ];
  for (const { hash, expected } of cases) {
    it(`reads "${hash}"`, () => expect(parseHash(hash)).toEqual(expected));
  }

  it('round-trips a selection with params, params sorted', () => {
    const hash = formatHash({
      selection: { kind: 'stop', id: 'stop-2' },
      params: { z: '1', family: 'agri-food' },
      present: null,
    });
    expect(hash).toBe('#stop=stop-2&family=agri-food&z=1');
    expect(formatHash(parseHash(hash))).toBe(hash);
  });

  it('writes nothing for an empty state', () => {
    expect(formatHash({ selection: null, params: {}, present: null })).toBe('');
  });
});
