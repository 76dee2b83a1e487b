// The shared selection and its URL form: "#meeting=mt-…&pair=CA-CN", or "#present/5" in presentation mode.
import type { FactKind } from './dataset.ts';

export interface Selection {
  kind: FactKind;
  id: string;
}

export interface HashState {
  selection: Selection | null;
  /** Other view settings kept in the URL (chart filters, reader state), sorted by key when written. */
  params: Record<string, string>;
  /** Presentation step (1-based) when the URL is "#present/N", else null. */
  present: number | null;
}

const FACT_KINDS: readonly FactKind[] = [
  'measure',
  'meeting',
  'stop',
  'event',
  'place',
  'person',
  'conflict',
  'article',
];

export function isFactKind(value: string): value is FactKind {
  return (FACT_KINDS as readonly string[]).includes(value);
}

export function emptyHashState(): HashState {
  return { selection: null, params: {}, present: null };
}

/** Reads a location hash ("#…" or "…"); unknown or malformed parts are ignored, never thrown on. */
export function parseHash(hash: string): HashState {
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  const state = emptyHashState();
  const presentMatch = /^present(?:\/(\d+))?$/.exec(body);
  if (presentMatch) {
    state.present = Math.max(1, Number(presentMatch[1] ?? '1'));
    return state;
  }
  for (const part of body.split('&')) {
    if (!part) continue;
    const eq = part.indexOf('=');
    if (eq <= 0) continue;
    let key: string;
    let value: string;
    try {
      key = decodeURIComponent(part.slice(0, eq));
      value = decodeURIComponent(part.slice(eq + 1));
    } catch {
      continue;
    }
    if (!value) continue;
    if (isFactKind(key) && state.selection === null) state.selection = { kind: key, id: value };
    else if (!isFactKind(key)) state.params[key] = value;
  }
  return state;
}

/** Writes the hash (with its "#"), or "" when there is nothing to keep. The selection comes first, params sorted. */
export function formatHash(state: HashState): string {
  if (state.present !== null) return `#present/${state.present}`;
  const parts: string[] = [];
  if (state.selection) parts.push(`${state.selection.kind}=${encodeURIComponent(state.selection.id)}`);
  for (const key of Object.keys(state.params).sort()) {
    const value = state.params[key];
    if (value) parts.push(`${encodeURIComponent(key)}=${encodeURIComponent(value)}`);
  }
  return parts.length ? `#${parts.join('&')}` : '';
}

export function sameSelection(a: Selection | null, b: Selection | null): boolean {
  return a === b || (a !== null && b !== null && a.kind === b.kind && a.id === b.id);
}
