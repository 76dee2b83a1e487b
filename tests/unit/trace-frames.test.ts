// The timeline benchmark's reading of a Chromium trace: which main-thread time each frame is charged.
import { describe, expect, it } from 'vitest';
import { framesFromTrace, type TraceEvent } from '../../bench/trace-frames.ts';

const thread = { pid: 7, tid: 7 };
/** A complete event: start and duration in ms (the trace counts µs). */
const span = (name: string, start: number, duration: number, type?: string): TraceEvent => ({
  name,
  ph: 'X',
  ts: start * 1000,
  dur: duration * 1000,
  ...thread,
  ...(type ? { args: { data: { type } } } : {}),
});
const stampAt = (message: string, at: number): TraceEvent => ({
  name: 'TimeStamp',
  ph: 'I',
  ts: at * 1000,
  ...thread,
  args: { data: { message } },
});
/** A frame task at `start` lasting `duration` ms, with a wheel event dispatched inside it when `wheel`. */
const frame = (start: number, duration: number, wheel = false): TraceEvent[] => [
  span('RunTask', start, duration),
  span('ProxyMain::BeginMainFrame', start + 0.1, duration - 0.2),
  ...(wheel ? [span('EventDispatch', start + 0.2, 0.5, 'wheel')] : []),
];

describe('framesFromTrace', () => {
  it('charges a frame its own task, and a key press dispatched before it, but not the idle time between', () => {
    const events = [
      stampAt('phase:keys', 0),
      // A key press at 10 ms (4 ms with the chart's update) that moves the view; the frame comes at 25 ms.
      span('RunTask', 10, 4),
      span('EventDispatch', 10.1, 3.5, 'keydown'),
      stampAt('view', 13),
      ...frame(25, 6),
    ];
    const { frames } = framesFromTrace(events);
    expect(frames).toHaveLength(1);
    expect(frames[0]!.work).toBeCloseTo(10);
    expect(frames[0]!.latency).toBeCloseTo(21);
    expect(frames[0]!).toMatchObject({ moved: true, phase: 'keys' });
  });

  it('lists frames with input that left the view as it was, and skips frames with neither input nor a change', () => {
    const events = [
      stampAt('phase:wheel zoom', 0),
      ...frame(16, 8, true),
      stampAt('view', 16.5),
      ...frame(33, 3),
      ...frame(50, 5, true),
    ];
    const { frames } = framesFromTrace(events);
    expect(frames.map((entry) => [Math.round(entry.work), entry.moved])).toEqual([
      [8, true],
      [5, false],
    ]);
  });

  it('reports long tasks outside frames apart (a catch-up step, a timer) and does not charge them to a frame', () => {
    const events = [
      stampAt('phase:drag pan', 0),
      ...frame(16, 9, true),
      stampAt('view', 17),
      span('RunTask', 26, 20),
      ...frame(50, 7, true),
      stampAt('view', 51),
    ];
    const run = framesFromTrace(events);
    expect(run.frames.map((entry) => Math.round(entry.work))).toEqual([9, 7]);
    expect(run.longTasks).toEqual([20]);
  });

  it('reads the thread the page stamped, not another renderer', () => {
    const other = { pid: 9, tid: 9 };
    const events = [
      stampAt('phase:keys', 0),
      { ...span('RunTask', 5, 30), ...other },
      { ...span('ProxyMain::BeginMainFrame', 5, 30), ...other },
      ...frame(40, 4, true),
      stampAt('view', 41),
    ];
    expect(framesFromTrace(events).frames.map((entry) => Math.round(entry.work))).toEqual([4]);
  });

  it('says so when the page left no stamp', () => {
    expect(() => framesFromTrace(frame(0, 5, true))).toThrow(/no phase timestamp/);
  });
});
