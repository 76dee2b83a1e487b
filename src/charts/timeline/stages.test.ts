import { describe, expect, it } from 'vitest';
import { advanceInStages, NO_FRAME_MS, type StageClock } from './stages.ts';

/** A clock whose frames and timers run only when the test says so. */
function fakeClock() {
  let now = 0;
  let frames: (() => void)[] = [];
  let timers: { at: number; callback: () => void }[] = [];
  const clock: StageClock = {
    frame(callback) {
      frames.push(callback);
      return () => (frames = frames.filter((frame) => frame !== callback));
    },
    after(ms, callback) {
      const timer = { at: now + ms, callback };
      timers.push(timer);
      return () => (timers = timers.filter((other) => other !== timer));
    },
  };
  return {
    clock,
    paint() {
      const due = frames;
      frames = [];
      for (const frame of due) frame();
    },
    advance(ms: number) {
      now += ms;
      for (;;) {
        const due = timers.filter((timer) => timer.at <= now).sort((a, b) => a.at - b.at)[0];
        if (!due) return;
        timers = timers.filter((timer) => timer !== due);
        due.callback();
      }
    },
  };
}

describe('advanceInStages', () => {
  it('runs one stage per paint, each in a task after the paint, up to the last', () => {
    const { clock, paint, advance } = fakeClock();
    const seen: number[] = [];
    advanceInStages(3, (stage) => seen.push(stage), clock);
    expect(seen).toEqual([]);
    paint();
    // Not inside the frame: in a task after it.
    expect(seen).toEqual([]);
    advance(0);
    expect(seen).toEqual([1]);
    paint();
    advance(0);
    paint();
    advance(0);
    expect(seen).toEqual([1, 2, 3]);
    paint();
    advance(NO_FRAME_MS * 5);
    expect(seen).toEqual([1, 2, 3]);
  });

  it('goes on without frames (a hidden page), a timer standing in for each paint', () => {
    const { clock, advance } = fakeClock();
    const seen: number[] = [];
    advanceInStages(2, (stage) => seen.push(stage), clock);
    advance(NO_FRAME_MS - 1);
    expect(seen).toEqual([]);
    advance(1);
    expect(seen).toEqual([1]);
    advance(NO_FRAME_MS);
    expect(seen).toEqual([1, 2]);
  });

  it('runs a stage once when both the frame and the timer come', () => {
    const { clock, paint, advance } = fakeClock();
    const seen: number[] = [];
    advanceInStages(2, (stage) => seen.push(stage), clock);
    paint();
    advance(NO_FRAME_MS);
    expect(seen).toEqual([1]);
  });

  it('stops when told to', () => {
    const { clock, paint, advance } = fakeClock();
    const seen: number[] = [];
    const stop = advanceInStages(3, (stage) => seen.push(stage), clock);
    paint();
    advance(0);
    stop();
    paint();
    advance(NO_FRAME_MS * 3);
    expect(seen).toEqual([1]);
  });
});
