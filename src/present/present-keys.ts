// Which key does what in presentation mode: slide keys, clicker keys (PageUp/PageDown) and leaving.

export type PresentCommand = 'next' | 'previous' | 'first' | 'last' | 'leave';

export interface KeyLike {
  key: string;
  shiftKey?: boolean;
  ctrlKey?: boolean;
  altKey?: boolean;
  metaKey?: boolean;
  defaultPrevented?: boolean;
  /** Tag name of the focused target ("BUTTON", "INPUT", …), upper case as the DOM gives it. */
  targetTag?: string;
}

/** The command for a key press, or null to let the page (or a focused control) have it. */
export function presentCommand(event: KeyLike): PresentCommand | null {
  if (event.ctrlKey || event.altKey || event.metaKey) return null;
  if (event.key === 'Escape') return 'leave';
  // A chart that used the key (roving focus among its marks) marks it handled.
  if (event.defaultPrevented) return null;
  const tag = event.targetTag ?? '';
  if (tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT') return null;
  // Space and Enter on a focused button press that button; don't also move.
  if (tag === 'BUTTON' && (event.key === ' ' || event.key === 'Enter')) return null;
  switch (event.key) {
    case 'ArrowRight':
    case 'PageDown':
      return 'next';
    case ' ':
      return event.shiftKey ? 'previous' : 'next';
    case 'ArrowLeft':
    case 'PageUp':
      return 'previous';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    default:
      return null;
  }
}

/** The 1-based step a command leads to, within 1…total. */
export function applyCommand(command: Exclude<PresentCommand, 'leave'>, current: number, total: number): number {
  const last = Math.max(1, total);
  if (command === 'first') return 1;
  if (command === 'last') return last;
  const next = command === 'next' ? current + 1 : current - 1;
  return Math.min(Math.max(1, next), last);
}

/** True when `p` (no modifier, not typing) should open presentation mode. */
export function isPresentShortcut(event: KeyLike): boolean {
  if (event.ctrlKey || event.altKey || event.metaKey || event.defaultPrevented) return false;
  const tag = event.targetTag ?? '';
  if (tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT') return false;
  return event.key === 'p' || event.key === 'P';
}
