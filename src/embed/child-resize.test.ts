import { afterEach, describe, expect, it, vi } from 'vitest';
import { startChildResize } from './child-resize.ts';

/** A window inside a frame: records what it posts to its parent; the root's height is set by the test. */
function framedWindow() {
  const posted: unknown[] = [];
  const listeners = new Map<string, () => void>();
  const parent = { postMessage: (message: unknown, target: string) => posted.push({ message, target }) };
  const win = {
    parent,
    getComputedStyle: () => ({ marginTop: '0px', marginBottom: '4px' }),
    addEventListener: (type: string, listener: () => void) => listeners.set(type, listener),
    removeEventListener: (type: string) => listeners.delete(type),
  };
  let height = 500.2;
  const root = { getBoundingClientRect: () => ({ height }) };
  return { win, root, posted, listeners, setHeight: (value: number) => (height = value) };
}

let observed: (() => void) | null = null;
let disconnected = false;
class FakeResizeObserver {
  constructor(callback: () => void) {
    observed = callback;
  }
  observe() {}
  disconnect() {
    disconnected = true;
  }
}

afterEach(() => {
  vi.unstubAllGlobals();
  observed = null;
  disconnected = false;
});

describe('startChildResize', () => {
  it('posts the content height (margins included, rounded up) to the parent at once', () => {
    vi.stubGlobal('ResizeObserver', FakeResizeObserver);
    const frame = framedWindow();
    startChildResize(frame.root as unknown as HTMLElement, 'map', frame.win as unknown as Window);
    expect(frame.posted).toEqual([{ message: { type: 'tariff-tracer:resize', id: 'map', height: 505 }, target: '*' }]);
  });

  it('posts again when the size changes, and not when it stays the same', () => {
    vi.stubGlobal('ResizeObserver', FakeResizeObserver);
    const frame = framedWindow();
    startChildResize(frame.root as unknown as HTMLElement, 'map', frame.win as unknown as Window);
    observed?.();
    frame.setHeight(320);
    observed?.();
    frame.listeners.get('load')?.();
    expect(frame.posted.map((entry) => (entry as { message: { height: number } }).message.height)).toEqual([505, 324]);
  });

  it('stops observing when stopped', () => {
    vi.stubGlobal('ResizeObserver', FakeResizeObserver);
    const frame = framedWindow();
    const stop = startChildResize(frame.root as unknown as HTMLElement, 'map', frame.win as unknown as Window);
    stop();
    expect(disconnected).toBe(true);
    expect(frame.listeners.has('load')).toBe(false);
  });

  it('does nothing on a page that is not framed', () => {
    vi.stubGlobal('ResizeObserver', FakeResizeObserver);
    const frame = framedWindow();
    const alone = { ...frame.win, parent: undefined as unknown };
    alone.parent = alone;
    startChildResize(frame.root as unknown as HTMLElement, 'map', alone as unknown as Window);
    expect(frame.posted).toEqual([]);
    expect(observed).toBeNull();
  });
});
