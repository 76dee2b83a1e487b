// The page's shared selection, kept in step with location.hash so links open on an item and back/forward work.
import { formatHash, parseHash, sameSelection, type HashState, type Selection } from './selection.ts';

export class UrlState {
  // Raw, not a deep proxy: every change replaces the whole state, and a selection keeps the same params object, so
  // the charts' views that read only the params are not redrawn when the selection changes (issue 19, INP).
  state = $state.raw<HashState>(parseHash(typeof location === 'undefined' ? '' : location.hash));

  get selection(): Selection | null {
    return this.state.selection;
  }

  get params(): Record<string, string> {
    return this.state.params;
  }

  get present(): number | null {
    return this.state.present;
  }

  /** Starts listening to back/forward; returns the function that stops it. */
  listen(): () => void {
    const onHashChange = () => {
      this.state = parseHash(location.hash);
    };
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }

  /** Selects an item (or clears with null); adds one history entry when it changes. */
  select(selection: Selection | null): void {
    if (sameSelection(selection, this.state.selection) && this.state.present === null) return;
    this.write({ ...this.state, selection, present: null }, 'push');
  }

  /** Sets or clears (value null/"") one view parameter, replacing the history entry. */
  setParam(key: string, value: string | null): void {
    const params = { ...this.state.params };
    if (value) params[key] = value;
    else delete params[key];
    this.write({ ...this.state, params }, 'replace');
  }

  /** Sets or clears several view parameters at once; 'push' when the change should be one step back (opening the reader). */
  setParams(patch: Record<string, string | null>, mode: 'push' | 'replace' = 'replace'): void {
    const params = { ...this.state.params };
    for (const [key, value] of Object.entries(patch)) {
      if (value) params[key] = value;
      else delete params[key];
    }
    this.write({ ...this.state, params }, mode);
  }

  setPresent(step: number | null, mode: 'push' | 'replace' = 'replace'): void {
    this.write({ ...this.state, present: step }, mode);
  }

  private write(next: HashState, mode: 'push' | 'replace'): void {
    this.state = next;
    if (typeof history === 'undefined') return;
    const hash = formatHash(next);
    const url = `${location.pathname}${location.search}${hash}`;
    if (url === `${location.pathname}${location.search}${location.hash}`) return;
    if (mode === 'push') history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  }
}
