import { describe, expect, it, vi } from 'vitest';
import { ChartContext, quoteAttributeValue, type ChartContextOptions } from './chart-context.svelte.ts';

/** A chart with three marks a, b, c; the options' getters read `state`, as a shell's read its props. */
function chartWith(
  state: { selected?: string | null; related?: string[]; step?: string | null; marks?: string[] },
  options: Partial<ChartContextOptions<{ label: string }>> = {},
) {
  const activate = vi.fn();
  const chart = new ChartContext<{ label: string }>({
    selectedId: () => state.selected ?? null,
    related: () => new Set(state.related ?? []),
    stepId: () => state.step ?? null,
    markIds: () => state.marks ?? ['a', 'b', 'c'],
    extra: () => ({ label: 'flow' }),
    activate,
    ...options,
  });
  return { chart, activate };
}

function key(name: string) {
  return { key: name, preventDefault: vi.fn() };
}

describe('ChartContext', () => {
  it('fades nothing while nothing on the chart is highlighted', () => {
    const { chart } = chartWith({});
    expect(chart.dimming).toBe(false);
    expect(['a', 'b', 'c'].map((id) => chart.isDimmed(id))).toEqual([false, false, false]);
  });

  it('fades the marks outside the selection and its relations, the selection itself kept', () => {
    const { chart } = chartWith({ selected: 'a', related: ['a', 'b'] });
    expect(chart.isDimmed('a')).toBe(false);
    expect(chart.isDimmed('b')).toBe(false);
    expect(chart.isDimmed('c')).toBe(true);
    expect(chart.isRelated('b')).toBe(true);
    expect(chart.isRelated('a')).toBe(false);
    expect(chart.isSelected('a')).toBe(true);
  });

  it('fades nothing when the selection is related only to items another chart draws', () => {
    const { chart } = chartWith({ selected: 'meeting-1', related: ['meeting-1', 'event-9'] });
    expect(chart.dimming).toBe(false);
    expect(chart.isDimmed('a')).toBe(false);
  });

  it('counts items inside a mark (a cluster) when given itemIds', () => {
    const { chart } = chartWith({ related: ['x'] }, { itemIds: () => ['x', 'y'] });
    expect(chart.dimming).toBe(true);
    expect(chart.isDimmed('a')).toBe(true);
  });

  it('keeps a presentation step strong and fades the rest', () => {
    const { chart } = chartWith({ step: 'c' });
    expect(chart.dimming).toBe(true);
    expect(chart.isStep('c')).toBe(true);
    expect(chart.isDimmed('c')).toBe(false);
    expect(chart.isDimmed('a')).toBe(true);
  });

  it('puts the tab stop on the last focused mark, else the selection, else the step, else the first mark', () => {
    expect(chartWith({}).chart.tabStopId).toBe('a');
    expect(chartWith({ step: 'c' }).chart.tabStopId).toBe('c');
    const { chart } = chartWith({ selected: 'b', step: 'c' });
    expect(chart.tabStopId).toBe('b');
    chart.markFocused('c');
    expect(chart.tabStopId).toBe('c');
    expect(chart.isTabStop('b')).toBe(false);
  });

  it('follows the shell when its getters read new values', () => {
    const state = $state<{ selected: string | null }>({ selected: null });
    const chart = new ChartContext({ selectedId: () => state.selected, markIds: () => ['a', 'b'], activate: () => {} });
    expect(chart.tabStopId).toBe('a');
    state.selected = 'b';
    expect(chart.tabStopId).toBe('b');
  });

  it('ignores a focused or selected id no longer drawn (filtered out) for the tab stop', () => {
    const { chart } = chartWith({ selected: 'gone' });
    chart.markFocused('also-gone');
    expect(chart.tabStopId).toBe('a');
  });

  it('finds the mark holding the selected item through markHolding', () => {
    const { chart } = chartWith({ selected: 'x' }, { markHolding: (id) => (id === 'x' ? 'b' : null) });
    expect(chart.tabStopId).toBe('b');
  });

  it('shows the details of the hovered mark, else of the focused mark while the focus is on a mark', () => {
    const { chart } = chartWith({});
    expect(chart.detailsId).toBeNull();
    chart.markFocused('b');
    expect(chart.detailsId).toBe('b');
    chart.hover('c');
    expect(chart.detailsId).toBe('c');
    chart.hover(null);
    chart.markBlurred();
    expect(chart.detailsId).toBeNull();
    expect(chart.focusedId).toBe('b');
  });

  it('activates on a click, and on Enter and Space unless enter is given', () => {
    const { chart, activate } = chartWith({});
    chart.activate('b');
    expect(activate).toHaveBeenCalledWith('b');
    expect(chart.focusedId).toBe('b');
    const space = key(' ');
    chart.handleKey(space, 'c');
    expect(activate).toHaveBeenLastCalledWith('c');
    expect(space.preventDefault).toHaveBeenCalled();
    const enter = vi.fn();
    const other = chartWith({}, { enter }).chart;
    other.handleKey(key('Enter'), 'a');
    expect(enter).toHaveBeenCalledWith('a');
  });

  it('consumes Escape only when there was something to clear', () => {
    let selected = true;
    const { chart } = chartWith({}, { clear: () => (selected ? ((selected = false), true) : false) });
    const first = key('Escape');
    chart.handleKey(first, 'a');
    expect(first.preventDefault).toHaveBeenCalled();
    const second = key('Escape');
    chart.handleKey(second, 'a');
    expect(second.preventDefault).not.toHaveBeenCalled();
  });

  it('moves the tab stop where navigate leads, consumes a navigation key with nowhere to go, passes other keys', () => {
    const navigate = (id: string, name: string) =>
      name === 'ArrowRight' ? ({ a: 'b', b: 'c', c: null } as Record<string, string | null>)[id] : undefined;
    const { chart } = chartWith({}, { navigate });
    const right = key('ArrowRight');
    chart.handleKey(right, 'a');
    expect(right.preventDefault).toHaveBeenCalled();
    expect(chart.tabStopId).toBe('b');
    const atEnd = key('ArrowRight');
    chart.markFocused('c');
    chart.handleKey(atEnd, 'c');
    expect(atEnd.preventDefault).toHaveBeenCalled();
    expect(chart.tabStopId).toBe('c');
    const tab = key('Tab');
    chart.handleKey(tab, 'c');
    expect(tab.preventDefault).not.toHaveBeenCalled();
  });

  it('focuses the mark found under root by its data-id, after the update', async () => {
    const focus = vi.fn();
    const querySelector = vi.fn((selector: string) => (selector === '[data-id="b"]' ? { focus } : null));
    const { chart } = chartWith({});
    chart.root = { querySelector } as unknown as Element;
    await expect(chart.focusMark('b')).resolves.toBe(true);
    expect(focus).toHaveBeenCalledOnce();
    expect(chart.tabStopId).toBe('b');
    await expect(chart.focusMark('zzz')).resolves.toBe(false);
    await expect(chart.focusMark(null)).resolves.toBe(false);
  });

  it("uses the chart's own selector for its marks", async () => {
    const querySelector = vi.fn(() => null);
    const { chart } = chartWith({}, { markSelector: (quoted) => `[data-stop-number][data-id=${quoted}]` });
    chart.root = { querySelector } as unknown as Element;
    await chart.focusMark('s"1');
    expect(querySelector).toHaveBeenCalledWith('[data-stop-number][data-id="s\\"1"]');
  });

  it("hands the layers the chart's own extra values", () => {
    expect(chartWith({}).chart.extra).toEqual({ label: 'flow' });
  });
});

describe('quoteAttributeValue', () => {
  it('escapes quotes and backslashes so any id makes a valid selector', () => {
    expect(quoteAttributeValue('plain-id')).toBe('"plain-id"');
    expect(quoteAttributeValue('a"b\\c')).toBe('"a\\"b\\\\c"');
  });
});
