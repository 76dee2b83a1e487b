import { describe, expect, it } from 'vitest';
import { parseEmbedOptions, parseStep } from './embed-options.ts';

describe('parseEmbedOptions', () => {
  it('defaults to the automatic theme, a visible title, no step and no selection', () => {
    expect(parseEmbedOptions('', '', 'flow')).toEqual({
      theme: 'auto',
      showTitle: true,
      step: null,
      selection: null,
      params: {},
      id: 'flow',
    });
  });

  const themes = [
    { search: '?theme=dark', expected: 'dark' },
    { search: '?theme=LIGHT', expected: 'light' },
    { search: '?theme=auto', expected: 'auto' },
    { search: '?theme=sepia', expected: 'auto' },
    { search: '?theme=', expected: 'auto' },
  ];
  for (const { search, expected } of themes) {
    it(`reads "${search}" as the ${expected} theme`, () => {
      expect(parseEmbedOptions(search, '', 'map').theme).toBe(expected);
    });
  }

  it('hides the title with ?title=0 or ?title=false, and keeps it for anything else', () => {
    expect(parseEmbedOptions('?title=0', '', 'map').showTitle).toBe(false);
    expect(parseEmbedOptions('?title=false', '', 'map').showTitle).toBe(false);
    expect(parseEmbedOptions('?title=1', '', 'map').showTitle).toBe(true);
    expect(parseEmbedOptions('?theme=dark', '', 'map').showTitle).toBe(true);
  });

  it('turns the 1-based ?step= into the chart’s 0-based step', () => {
    expect(parseEmbedOptions('?step=1', '', 'map').step).toBe(0);
    expect(parseEmbedOptions('?step=4', '', 'map').step).toBe(3);
  });

  it('reads the step from the hash when the query has none, and prefers the query', () => {
    expect(parseEmbedOptions('', '#step=2', 'map').step).toBe(1);
    expect(parseEmbedOptions('?step=5', '#step=2', 'map').step).toBe(4);
  });

  it('ignores steps that are not positive integers', () => {
    for (const bad of ['0', '-1', '2.5', 'two', '1e3', '']) {
      expect(parseEmbedOptions(`?step=${bad}`, '', 'map').step).toBeNull();
    }
  });

  it('takes the selection and view params from the hash, as the main page writes them', () => {
    const options = parseEmbedOptions('?theme=dark', '#meeting=mt-carney-xi&pair=CA-CN', 'timeline');
    expect(options.selection).toEqual({ kind: 'meeting', id: 'mt-carney-xi' });
    expect(options.params).toEqual({ pair: 'CA-CN' });
  });

  it('does not hand the step on as a view param', () => {
    expect(parseEmbedOptions('', '#step=2&family=metals', 'flow').params).toEqual({ family: 'metals' });
  });

  it('accepts a plain ?id= for resize messages and falls back to the chart name otherwise', () => {
    expect(parseEmbedOptions('?id=flow-2', '', 'flow').id).toBe('flow-2');
    expect(parseEmbedOptions('?id=<script>', '', 'flow').id).toBe('flow');
  });

  it('never throws on a malformed hash', () => {
    expect(() => parseEmbedOptions('?step=%', '#%E0%A4%A=1&&=', 'flow')).not.toThrow();
  });
});

describe('parseStep', () => {
  it('returns null for a missing value', () => {
    expect(parseStep(null)).toBeNull();
    expect(parseStep(undefined)).toBeNull();
  });
});
