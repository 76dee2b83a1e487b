import { afterEach, describe, expect, it, vi } from 'vitest';
import { observeWidth } from './observe-width.ts';

/** A ResizeObserver the test triggers by hand (Node has none). */
class FakeObserver {
  static last: FakeObserver | undefined;
  disconnected = false;
  constructor(readonly callback: () => void) {
    FakeObserver.last = this;
  }
  observe() {}
  disconnect() {
    this.disconnected = true;
  }
}

function element(width: number) {
  return { clientWidth: width } as HTMLElement & { clientWidth: number };
}

describe('observeWidth', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('gives the width as soon as the browser reports a resize', () => {
    vi.stubGlobal('ResizeObserver', FakeObserver);
    const widths: number[] = [];
    const box = element(640);
    observeWidth(box, (width) => widths.push(width));
    FakeObserver.last!.callback();
    box.clientWidth = 375;
    FakeObserver.last!.callback();
    expect(widths).toEqual([640, 375]);
  });

  it('in a task of its own, applies only the last of several resizes, after the resize task', () => {
    vi.useFakeTimers();
    vi.stubGlobal('ResizeObserver', FakeObserver);
    const widths: number[] = [];
    const box = element(1440);
    observeWidth(box, (width) => widths.push(width), { inNextTask: true });
    FakeObserver.last!.callback();
    box.clientWidth = 960;
    FakeObserver.last!.callback();
    expect(widths).toEqual([]);
    vi.runAllTimers();
    expect(widths).toEqual([960]);
  });

  it('stops observing, and drops a width still waiting for its task, when the chart goes', () => {
    vi.useFakeTimers();
    vi.stubGlobal('ResizeObserver', FakeObserver);
    const widths: number[] = [];
    const stop = observeWidth(element(800), (width) => widths.push(width), { inNextTask: true });
    FakeObserver.last!.callback();
    stop();
    vi.runAllTimers();
    expect(widths).toEqual([]);
    expect(FakeObserver.last!.disconnected).toBe(true);
  });
});
