// Frame work read off a Chromium trace (the DevTools performance timeline): for each frame that handled input or moved
// the view, the main thread's time spent on it. Pure; no browser.
//
// Why a trace and not only the page's own clock: a page can time a frame from its requestAnimationFrame callbacks to a
// message it posts from them, but Chromium's scheduler may hold that message back after input (it favours the next
// frame), so the page's figure can include 10–20 ms in which the main thread sits idle. The trace says when the frame's
// task (requestAnimationFrame callbacks, style, layout, paint, commit) really ended.

export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time of an 'X' event, µs. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { type?: string; message?: string } };
}

export interface TracedFrame {
  /** Main-thread time of the frame's task plus the input tasks dispatched since the previous frame (ms). */
  work: number;
  /** From the first input task since the previous frame to the end of this frame's task (ms): work plus waits. */
  latency: number;
  /** Whether the page stamped a change of view (`console.timeStamp('view')`) since the previous frame. */
  moved: boolean;
  /** The page's last `console.timeStamp('phase:…')` before the frame. */
  phase: string;
}

export interface TracedRun {
  frames: TracedFrame[];
  /** Tasks outside frames that ran longer than 16 ms (ms each): work that may delay a frame. */
  longTasks: number[];
}

const INPUT_TYPES = new Set([
  'wheel',
  'mousewheel',
  'pointermove',
  'mousemove',
  'pointerdown',
  'mousedown',
  'pointerup',
  'mouseup',
  'keydown',
  'keypress',
  'keyup',
]);

const stamp = (event: TraceEvent) => (event.name === 'TimeStamp' ? (event.args?.data?.message ?? '') : null);

/**
 * Frames of the renderer thread that holds the page's timestamps. A frame is a task holding
 * `ProxyMain::BeginMainFrame`; input tasks are tasks holding an `EventDispatch` of an input event. Only frames that
 * handled input (in their own task or in input tasks since the previous frame) or moved the view are listed.
 */
export function framesFromTrace(events: readonly TraceEvent[]): TracedRun {
  const marked = events.find((event) => stamp(event)?.startsWith('phase:'));
  if (!marked) throw new Error('trace: no phase timestamp from the page (was the instrument installed?)');
  const thread = events
    .filter((event) => event.pid === marked.pid && event.tid === marked.tid)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const tasks = thread.filter((event) => event.name === 'RunTask' && event.ph === 'X' && event.dur !== undefined);
  // Top-level tasks only (a nested run loop can hold a task within a task).
  const topTasks: TraceEvent[] = [];
  for (const task of tasks) {
    const last = topTasks.at(-1);
    if (!last || task.ts >= last.ts + last.dur!) topTasks.push(task);
  }
  const frames: TracedFrame[] = [];
  const longTasks: number[] = [];
  let phase = '';
  let moved = false;
  let inputWork = 0;
  let firstInput: number | null = null;
  let cursor = 0;
  for (const task of topTasks) {
    const end = task.ts + task.dur!;
    let isFrame = false;
    let hasInput = false;
    // The events inside this task (and the stamps before it), in order.
    while (cursor < thread.length && thread[cursor]!.ts < end) {
      const event = thread[cursor++]!;
      const message = stamp(event);
      if (message?.startsWith('phase:')) phase = message.slice('phase:'.length);
      else if (message === 'view') moved = true;
      if (event.ts < task.ts) continue;
      if (event.name === 'ProxyMain::BeginMainFrame') isFrame = true;
      else if (event.name === 'EventDispatch' && INPUT_TYPES.has(event.args?.data?.type ?? '')) hasInput = true;
    }
    const duration = task.dur! / 1000;
    if (isFrame) {
      if (hasInput || inputWork > 0 || moved) {
        frames.push({ work: inputWork + duration, latency: (end - (firstInput ?? task.ts)) / 1000, moved, phase });
      }
      inputWork = 0;
      firstInput = null;
      moved = false;
    } else if (hasInput) {
      inputWork += duration;
      firstInput ??= task.ts;
    } else if (duration > 16) longTasks.push(duration);
  }
  return { frames, longTasks };
}

export interface TracedTask {
  /** The page's last `console.timeStamp('action:…')` before the task. */
  action: string;
  /** Wall-clock length (ms): grows with the machine's load. */
  wall: number;
  /** The main thread's CPU time in it (ms, the trace's thread duration): what the task itself costs. */
  cpu: number;
}

/**
 * Top-level tasks of the renderer main thread that holds the page's `action:` timestamps, with their wall and CPU
 * time, those with either over `minMs`. Why CPU time: on a shared machine a task's wall length grows with the load
 * of other processes; its thread time does not (Chromium's CPU throttling spins, so it counts in the thread time).
 */
export function tasksFromTrace(events: readonly TraceEvent[], minMs = 50): TracedTask[] {
  const marked = events.find((event) => stamp(event)?.startsWith('action:'));
  if (!marked) throw new Error('trace: no action timestamp from the page');
  const thread = events
    .filter((event) => event.pid === marked.pid && event.tid === marked.tid)
    .sort((a, b) => a.ts - b.ts);
  const tasks: TracedTask[] = [];
  let action = '';
  let taskEnd = -Infinity;
  for (const event of thread) {
    const message = stamp(event);
    if (message?.startsWith('action:')) action = message.slice('action:'.length);
    if (event.name !== 'RunTask' || event.ph !== 'X' || event.dur === undefined || event.ts < taskEnd) continue;
    taskEnd = event.ts + event.dur;
    const wall = event.dur / 1000;
    const cpu = (event.tdur ?? event.dur) / 1000;
    if (wall > minMs || cpu > minMs) tasks.push({ action, wall, cpu });
  }
  return tasks;
}
