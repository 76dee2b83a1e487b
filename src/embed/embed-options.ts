// Reads an embed page's options from its URL: theme, title on/off, initial selection, step and view params.
import { parseHash, type Selection } from '../lib/selection.ts';

export type EmbedTheme = 'light' | 'dark' | 'auto';

export interface EmbedOptions {
  theme: EmbedTheme;
  /** `?title=0` hides the title and description visually (they stay for screen readers). */
  showTitle: boolean;
  /** The chart's step, 0-based (the URL's `step` is 1-based: "stop 1" is the first stop). */
  step: number | null;
  selection: Selection | null;
  /** View params from the hash (e.g. `pair=CA-CN`), handed to the chart as they are. */
  params: Record<string, string>;
  /** Name the embed reports in its resize messages (`?id=`), else the chart's name. */
  id: string;
}

const THEMES: readonly EmbedTheme[] = ['light', 'dark', 'auto'];
const FALSE_WORDS = new Set(['0', 'false', 'no', 'off', 'hide', 'hidden']);
/** Ids travel in postMessage payloads and attributes: keep them short and plain. */
const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

/** A 1-based step from the URL ("3") as a 0-based index, or null when absent or not a positive integer. */
export function parseStep(value: string | null | undefined): number | null {
  if (value === null || value === undefined || !/^\s*\d{1,4}\s*$/.test(value)) return null;
  const step = Number(value);
  return step >= 1 ? step - 1 : null;
}

/**
 * Parses `location.search` and `location.hash` of an embed page. The query wins over the hash for the step;
 * the hash carries the selection as on the main page (`#meeting=mt-…`). Unknown or malformed values fall back
 * to the defaults, never throw: an embed code pasted with a typo still shows the chart.
 */
export function parseEmbedOptions(search: string, hash: string, chart: string): EmbedOptions {
  const query = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  const fromHash = parseHash(hash);
  const params = { ...fromHash.params };
  const hashStep = params.step;
  delete params.step;

  const themeValue = (query.get('theme') ?? '').trim().toLowerCase();
  const theme = (THEMES as readonly string[]).includes(themeValue) ? (themeValue as EmbedTheme) : 'auto';
  const titleValue = query.get('title');
  const showTitle = titleValue === null || !FALSE_WORDS.has(titleValue.trim().toLowerCase());
  const step =
    parseStep(query.get('step')) ?? parseStep(hashStep) ?? (fromHash.present !== null ? fromHash.present - 1 : null);
  const idValue = query.get('id') ?? '';

  return {
    theme,
    showTitle,
    step,
    selection: fromHash.selection,
    params,
    id: ID_PATTERN.test(idValue) ? idValue : chart,
  };
}
