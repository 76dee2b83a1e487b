// The state every chart shell shares with its layers (in the manner of LayerCake's context): size, selection,
// related ids, hover, focus with its roving tab stop, keyboard handling, and one helper that focuses a mark.
//
// API (all reactive; read them in markup or $derived and they update):
//   new ChartContext<Extra>(options)         options are getters over the shell's props (see ChartContextOptions)
//   width, height                            $state: bind the wrapper's size to them (bind:clientWidth={chart.width})
//   root                                     $state: the element holding the marks (bind:this={chart.root})
//   hoveredId, focusedId, focusInside        $state: the mark under the pointer / last focused / focus is on a mark
//   selectedId, related, stepId, extra       $derived from the options' getters
//   highlighted, dimming, tabStopId, detailsId
//                                            $derived: related ∪ step; whether unhighlighted marks fade; the one mark
//                                            with tabindex 0; the mark whose details show (pointer, else keyboard)
//   isSelected(id), isRelated(id), isStep(id), isDimmed(id), isTabStop(id)
//   hover(id | null), markFocused(id), markBlurred()     a layer's pointer and focus events
//   activate(id)                             a click (calls options.activate)
//   handleKey(event, id)                     Enter/Space activate, Escape clears, navigation keys move the focus
//   focusMark(id)                            the one focus helper: roving tab stop to id, then focus it after tick()
//   setChartContext(chart) / getChartContext<Extra>()   in the shell / in a layer
//
// How to adopt (the flow chart does it: src/charts/flow/FlowChart.svelte and layers/Measures.svg.svelte):
//   1. In the shell: `const chart = new ChartContext<MyExtra>({ selectedId: () => …, related: () => …,
//      markIds: () => layout.marks.map(…), activate: (id) => …, clear: () => …, navigate: (id, key) => …,
//      extra: () => ({ layout, describe, … }) }); setChartContext(chart);` Chart-specific things (scales, layout,
//      accessible names, colours) go in `extra`, typed by the chart.
//   2. Replace the shell's own width/focusedId/hoveredId/tabStopId/moveFocus/onkey with the context's.
//   3. In a layer: `const chart = getChartContext<MyExtra>();` then `chart.isDimmed(id)`, `chart.isTabStop(id)`,
//      `onkeydown={(event) => chart.handleKey(event, id)}`, `onfocus={() => chart.markFocused(id)}`, and so on;
//      keep only what the layer draws as props (its marks, a part name), about six at most.
import { createContext, tick } from 'svelte';

export interface ChartContextOptions<Extra> {
  /** The id selected on this chart (null: none), usually from the page's selection. */
  selectedId: () => string | null;
  /** Ids related to the selection (relatedFactIds); empty when nothing is selected. */
  related?: () => ReadonlySet<string>;
  /** The id a presentation step highlights (null: none). */
  stepId?: () => string | null;
  /** Ids of the focusable marks drawn, in reading order: the tab stop falls back to the first. */
  markIds: () => readonly string[];
  /**
   * Ids of the items drawn (default: markIds): when one is related to the selection, the rest fade. Differs from
   * markIds where a mark holds several items (a timeline cluster).
   */
  itemIds?: () => Iterable<string>;
  /** The mark holding an item (its cluster, say); default: the item's own mark if drawn. */
  markHolding?: (itemId: string) => string | null;
  /** The selector of a mark, given its id quoted for a CSS attribute value; default `[data-id="…"]`. */
  markSelector?: (quotedId: string) => string;
  /** Chart-specific values for the layers: layout, scales, accessible names, callbacks. */
  extra?: () => Extra;
  /** A click on a mark; also Enter and Space unless `enter` is given. */
  activate: (id: string) => void;
  /** Enter or Space on a mark, when it differs from a click (a click toggles, Enter selects). */
  enter?: (id: string) => void;
  /** Escape: clears the selection; returns false when there was nothing to clear (the key then goes on). */
  clear?: () => boolean;
  /**
   * The mark a key leads to from `id`: an id to move the focus to, null for a navigation key with nowhere to go
   * (the key is still consumed), undefined for a key that is not a navigation key.
   */
  navigate?: (id: string, key: string) => string | null | undefined;
}

const EMPTY: ReadonlySet<string> = new Set();

/** Quotes a string for a CSS attribute selector's value (CSS.escape is not in every runtime, tests included). */
export function quoteAttributeValue(value: string): string {
  return `"${value.replace(/["\\]/g, '\\$&').replace(/\n/g, '\\a ')}"`;
}

export class ChartContext<Extra = undefined> {
  width = $state(0);
  height = $state(0);
  root = $state<Element | undefined>();
  hoveredId = $state<string | null>(null);
  focusedId = $state<string | null>(null);
  focusInside = $state(false);

  readonly #options: ChartContextOptions<Extra>;

  constructor(options: ChartContextOptions<Extra>) {
    this.#options = options;
  }

  readonly selectedId: string | null = $derived.by(() => this.#options.selectedId());
  readonly related: ReadonlySet<string> = $derived.by(() => this.#options.related?.() ?? EMPTY);
  readonly stepId: string | null = $derived.by(() => this.#options.stepId?.() ?? null);
  readonly extra: Extra = $derived.by(() => this.#options.extra?.() as Extra);
  readonly markIds: readonly string[] = $derived.by(() => this.#options.markIds());
  readonly #markIdSet: ReadonlySet<string> = $derived(new Set(this.markIds));

  /** The related ids and the presented step: what stays strong while the rest fades. */
  readonly highlighted: ReadonlySet<string> = $derived.by(() =>
    this.stepId === null ? this.related : new Set([...this.related, this.stepId]),
  );

  /** Something drawn here is highlighted, so the other marks fade. */
  readonly dimming: boolean = $derived.by(() => {
    if (this.stepId !== null) return true;
    if (!this.related.size) return false;
    for (const id of this.#options.itemIds?.() ?? this.markIds) if (this.related.has(id)) return true;
    return false;
  });

  /** The one mark in the tab order (roving tabindex): the last focused, else the selection's, else the first. */
  readonly tabStopId: string | null = $derived.by(() => {
    if (this.focusedId !== null && this.#markIdSet.has(this.focusedId)) return this.focusedId;
    const holding = (id: string | null) => (id === null ? null : this.#holding(id));
    return holding(this.selectedId) ?? holding(this.stepId) ?? this.markIds[0] ?? null;
  });

  /** The mark whose details show: under the pointer, else the focused one while the focus is on a mark. */
  readonly detailsId: string | null = $derived.by(() => this.hoveredId ?? (this.focusInside ? this.focusedId : null));

  #holding(itemId: string): string | null {
    if (this.#options.markHolding) return this.#options.markHolding(itemId);
    return this.#markIdSet.has(itemId) ? itemId : null;
  }

  isSelected(id: string): boolean {
    return id === this.selectedId;
  }

  /** Related to the selection, and not the selection itself. */
  isRelated(id: string): boolean {
    return this.related.has(id) && id !== this.selectedId;
  }

  isStep(id: string): boolean {
    return id === this.stepId;
  }

  isDimmed(id: string): boolean {
    return this.dimming && !this.highlighted.has(id);
  }

  isTabStop(id: string): boolean {
    return id === this.tabStopId;
  }

  hover(id: string | null): void {
    this.hoveredId = id;
  }

  markFocused(id: string): void {
    this.focusInside = true;
    this.focusedId = id;
  }

  markBlurred(): void {
    this.focusInside = false;
  }

  activate(id: string): void {
    this.focusedId = id;
    this.#options.activate(id);
  }

  /** Enter/Space activate, Escape clears the selection, navigation keys move the focus; other keys pass. */
  handleKey(event: Pick<KeyboardEvent, 'key' | 'preventDefault'>, id: string): void {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      (this.#options.enter ?? this.#options.activate)(id);
      return;
    }
    if (event.key === 'Escape') {
      if (this.#options.clear?.()) event.preventDefault();
      return;
    }
    const next = this.#options.navigate?.(id, event.key);
    if (next === undefined) return;
    event.preventDefault();
    if (next !== null) void this.focusMark(next);
  }

  /**
   * Makes `id` the tab stop and, once the marks are redrawn (tick), focuses its element under `root`. Resolves to
   * whether a mark took the focus.
   */
  async focusMark(id: string | null): Promise<boolean> {
    if (id === null) return false;
    this.focusedId = id;
    await tick();
    const selector = (this.#options.markSelector ?? ((quoted) => `[data-id=${quoted}]`))(quoteAttributeValue(id));
    const element = this.root?.querySelector<HTMLElement | SVGElement>(selector);
    if (!element) return false;
    element.focus();
    return true;
  }
}

const [getContext, setContext] = createContext<ChartContext<unknown>>();

/** In a chart shell, during initialisation: shares the chart's context with its layers. */
export function setChartContext<Extra>(chart: ChartContext<Extra>): ChartContext<Extra> {
  setContext(chart as ChartContext<unknown>);
  return chart;
}

/**
 * In a layer, during initialisation: the context its chart shell set (Svelte throws if there is none). `Extra` is
 * the shell's type for `extra`: a layer belongs to one chart, so it names that chart's type.
 */
export function getChartContext<Extra = undefined>(): ChartContext<Extra> {
  return getContext() as ChartContext<Extra>;
}
