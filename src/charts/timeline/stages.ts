// The chart mounts in stages, one task each after a paint, so that none is a long task at 4× CPU slowdown (issue 19):
// mounting everything in one go was a 700 ms task. No DOM: the frame and the timer are passed in, so the unit tests
// drive it with fake ones.

/** A frame (requestAnimationFrame) and a timer (setTimeout), each returning its cancel function. */
export interface StageClock {
  frame: (callback: () => void) => () => void;
  after: (ms: number, callback: () => void) => () => void;
}

export const browserClock: StageClock = {
  frame(callback) {
    const handle = requestAnimationFrame(callback);
    return () => cancelAnimationFrame(handle);
  },
  after(ms, callback) {
    const handle = setTimeout(callback, ms);
    return () => clearTimeout(handle);
  },
};

/** How long to wait for a frame before a timer stands in (a hidden page gets no frames). */
export const NO_FRAME_MS = 100;

/**
 * Calls `onStage(1)`, `onStage(2)`, … `onStage(last)`, each in a task of its own after the next paint (a frame, then a
 * timer, so the stage's work is not part of the frame); returns the function that stops it.
 */
export function advanceInStages(last: number, onStage: (stage: number) => void, clock = browserClock): () => void {
  let stage = 0;
  let cancels: (() => void)[] = [];
  const stop = () => {
    for (const cancel of cancels) cancel();
    cancels = [];
  };
  const afterPaint = () => {
    const painted = () => {
      stop();
      cancels = [
        clock.after(0, () => {
          cancels = [];
          stage += 1;
          onStage(stage);
          if (stage < last) afterPaint();
        }),
      ];
    };
    cancels = [clock.frame(painted), clock.after(NO_FRAME_MS, painted)];
  };
  afterPaint();
  return stop;
}
