// The timeline's viewport, driven as the chart drives it (zoom, pan, open a group, reveal an item) with a fake
// scheduler: the view's dates, the level held while it moves, the marks drawn catching up, and the rest after it.
// (Runes compile for the server under vitest's node environment: deriveds are recomputed on each read, so these tests
// check values, never object identity.)
import { describe, expect, it } from 'vitest';
import { event, day, month } from './fixtures.ts';
import { timeExtent, timelineItems, type TimeInterval } from './items.ts';
import { assignLanes } from './lanes.ts';
import { levelOf, onScreen, type LevelClusterMark } from './level-marks.ts';
import { keyboardOrder } from './navigation.ts';
import { REST_MS, TimelineViewport, type Scheduler } from './viewport.svelte.ts';
import { paddedDomain } from './zoom.ts';

/** A scheduler the test steps by hand: idle callbacks run on `idle()`, timers on `advance(ms)`. */
function fakeScheduler() {
  let now = 0;
  let idle: (() => void)[] = [];
  let timers: { at: number; callback: () => void }[] = [];
  const scheduler: Scheduler = {
    idle(callback) {
      idle.push(callback);
      return () => (idle = idle.filter((queued) => queued !== callback));
    },
    after(ms, callback) {
      const timer = { at: now + ms, callback };
      timers.push(timer);
      return () => (timers = timers.filter((queued) => queued !== timer));
    },
  };
  return {
    scheduler,
    /** Runs the idle callbacks queued now (not those they queue); returns how many ran. */
    idle(): number {
      const queued = idle;
      idle = [];
      queued.forEach((callback) => callback());
      return queued.length;
    },
    /** Runs idle slices until none is queued. */
    idleAll(): number {
      let slices = 0;
      while (this.idle()) slices++;
      return slices;
    },
    advance(ms: number): void {
      now += ms;
      const due = timers.filter((timer) => timer.at <= now);
      timers = timers.filter((timer) => timer.at > now);
      due.forEach((timer) => timer.callback());
    },
  };
}

/** 60 events one week apart in one lane (they group at the opening zoom), and two a year apart in another. */
function weeklyEvents() {
  const events = Array.from({ length: 60 }, (_, index) => {
    const date = new Date(Date.UTC(2024, 0, 1 + index * 7)).toISOString().slice(0, 10);
    return event(`week-${String(index).padStart(2, '0')}`, day(date), 'statement');
  });
  events.push(
    event('detained-2019', month('2019-03'), 'detention/consular'),
    event('met-2021', day('2021-06-14'), 'meeting'),
  );
  const { items } = timelineItems({ events, meetings: [], measures: [], conflicts: [] });
  const placed = assignLanes(items).placed;
  const domain = paddedDomain(timeExtent(items)!);
  return { items, placed, domain };
}

function viewportOf(width = 800) {
  const { items, placed, domain } = weeklyEvents();
  const clock = fakeScheduler();
  const viewport = new TimelineViewport(
    () => ({ placed, domain, dotRadius: 5, fontSize: 13, pillHeight: 18 }),
    clock.scheduler,
  );
  viewport.width = width;
  return { viewport, clock, items, domain };
}

const ids = (marks: readonly { id: string }[]) => marks.map((mark) => mark.id).sort();
const span = (interval: TimeInterval | null) => (interval ? interval.end - interval.start : NaN);

describe('TimelineViewport', () => {
  it('opens on the whole domain at zoom 1, resting, every mark drawn', () => {
    const { viewport, domain } = viewportOf();
    expect(viewport.transform).toEqual({ k: 1, x: 0 });
    expect(viewport.shown).toEqual(domain);
    expect(viewport.isOpeningView).toBe(true);
    expect(viewport.resting).toBe(true);
    expect(viewport.canZoomOut).toBe(false);
    expect(viewport.canZoomIn).toBe(true);
    // At the opening zoom the weekly events group into numbered pills; the two far apart stand alone.
    expect(viewport.marks.some((mark) => mark.type === 'cluster')).toBe(true);
    expect(ids(viewport.marks.filter((mark) => mark.type === 'item'))).toEqual(['detained-2019', 'met-2021']);
  });

  it('draws nothing until its catch-up from scratch brings the marks in, a few rows per idle slice', () => {
    const { viewport, clock } = viewportOf();
    const wanted = ids(viewport.wantedMarks);
    viewport.drawFromScratch();
    expect(viewport.marks).toEqual([]);
    expect(viewport.caughtUp).toBe(false);
    const slices = clock.idleAll();
    expect(slices).toBeGreaterThanOrEqual(1);
    expect(viewport.caughtUp).toBe(true);
    expect(ids(viewport.marks)).toEqual(wanted);
  });

  it('zooms about the centre it is given, keeping that date in place, and leaves rest until REST_MS after', () => {
    const { viewport, clock, domain } = viewportOf();
    const centre = 600;
    const timeAt = (px: number) => viewport.shown!.start + (px / viewport.width) * span(viewport.shown);
    const before = timeAt(centre);
    viewport.zoomBy(2, centre);
    expect(viewport.transform.k).toBeCloseTo(2, 9);
    expect(timeAt(centre)).toBeCloseTo(before, -3);
    expect(span(viewport.shown)).toBeCloseTo(span(domain) / 2, -3);
    expect(viewport.resting).toBe(false);
    expect(viewport.isOpeningView).toBe(false);
    clock.advance(REST_MS - 1);
    expect(viewport.resting).toBe(false);
    clock.advance(1);
    expect(viewport.resting).toBe(true);
  });

  it('holds the grouping level while a zoom stays within its band, and takes the zoom’s level at rest', () => {
    const { viewport, clock } = viewportOf();
    viewport.zoomBy(1.5);
    expect(viewport.level).toBe(1);
    viewport.zoomBy(1.5);
    viewport.zoomBy(1.5); // k 3.375: still within four times level 1
    expect(viewport.level).toBe(1);
    viewport.zoomBy(1.5); // k 5.06: past the band, a level ahead of the gesture
    expect(viewport.level).toBeCloseTo(levelOf(5.0625 * 2), 9);
    clock.advance(REST_MS);
    expect(viewport.heldLevel).toBeNull();
    expect(viewport.level).toBeCloseTo(levelOf(viewport.transform.k), 9);
  });

  it('keeps the marks drawn as they were while the view moves, and catches up with the regrouped marks at rest', () => {
    const { viewport, clock } = viewportOf();
    const before = ids(viewport.marks);
    for (let step = 0; step < 6; step++) viewport.zoomBy(1.5, viewport.width * 0.9);
    // Nothing ran between the frames: the marks drawn are still the opening ones.
    expect(ids(viewport.marks)).toEqual(before);
    clock.advance(REST_MS);
    clock.idleAll();
    expect(viewport.caughtUp).toBe(true);
    expect(ids(viewport.marks)).toEqual(ids(viewport.wantedMarks));
    expect(ids(viewport.marks)).not.toEqual(before);
  });

  it('describes the last rest while the view moves (the live status waits for the next rest, the labels for the marks)', () => {
    const { viewport, clock, domain } = viewportOf();
    viewport.panBy(-100);
    viewport.zoomBy(2);
    expect(viewport.rest?.shown).toEqual(domain);
    expect(viewport.restShown).toEqual(domain);
    expect(viewport.rest?.k).toBe(1);
    clock.advance(REST_MS);
    expect(viewport.restShown).toEqual(viewport.shown);
    // The labels wait until the marks have caught up at rest.
    expect(viewport.rest?.k).toBe(1);
    clock.idleAll();
    expect(viewport.rest?.shown).toEqual(viewport.shown);
    expect(viewport.rest?.k).toBeCloseTo(2, 9);
  });

  it('keeps the axis and the zoom group of a pan’s start while the pan keeps the zoom, then lays them out anew', () => {
    const { viewport, clock } = viewportOf();
    viewport.zoomBy(4);
    clock.advance(REST_MS);
    const start = { ...viewport.transform };
    expect(viewport.axis(50)?.extended).toBe(false);
    viewport.panBy(-40);
    viewport.panBy(-40);
    expect(viewport.transform.x).toBeCloseTo(start.x - 80, 6);
    expect(viewport.zoomGroup).toEqual(start);
    const panning = viewport.axis(50)!;
    expect(panning.extended).toBe(true);
    expect(panning.x).toBeCloseTo(start.x, 6);
    // Half a view more either side of the pan's start.
    expect(Math.min(...panning.ticks.map((tick) => tick.x))).toBeLessThan(0);
    expect(Math.max(...panning.ticks.map((tick) => tick.x))).toBeGreaterThan(viewport.width);
    viewport.zoomBy(1.5);
    expect(viewport.axis(50)?.extended).toBe(false);
    expect(viewport.zoomGroup).toEqual(viewport.transform);
  });

  it('never pans or zooms out past the data, nor zooms in past a day 48 px wide', () => {
    const { viewport } = viewportOf();
    viewport.panBy(500);
    expect(viewport.transform).toEqual({ k: 1, x: 0 });
    viewport.zoomBy(1 / 2);
    expect(viewport.transform.k).toBe(1);
    for (let step = 0; step < 40; step++) viewport.zoomBy(2);
    expect(viewport.transform.k).toBeCloseTo(viewport.kMax, 6);
    expect(viewport.canZoomIn).toBe(false);
  });

  it('opens a numbered group onto its members, each then drawn alone or in a smaller group, at once', () => {
    const { viewport } = viewportOf();
    const group = viewport.marks.find((mark): mark is LevelClusterMark => mark.type === 'cluster')!;
    viewport.openGroup(group);
    expect(viewport.openGroupId).toBe(group.id);
    expect(viewport.transform.k).toBeGreaterThan(1);
    // A jump: no catch-up, the marks are the wanted ones at once.
    expect(viewport.caughtUp).toBe(true);
    const shown = viewport.shown!;
    for (const member of group.members) {
      expect(member.item.start).toBeGreaterThanOrEqual(shown.start);
      expect(member.item.end).toBeLessThanOrEqual(shown.end);
    }
    const memberIds = new Set(group.members.map((member) => member.item.id));
    const holding = viewport.marks.filter((mark) =>
      mark.type === 'item' ? memberIds.has(mark.id) : mark.members.some((member) => memberIds.has(member.item.id)),
    );
    expect(holding.length).toBeGreaterThan(1);
  });

  it('reveals an item standing alone with room on its right, and leaves a view that already shows it', () => {
    const { viewport, items, clock } = viewportOf();
    const item = items.find((candidate) => candidate.id === 'week-30')!;
    expect(viewport.reveal(item, 200)).toBe(true);
    // The marks regroup a few rows per idle slice, as after a gesture.
    expect(viewport.caughtUp).toBe(false);
    expect(viewport.wantedMarks.some((mark) => mark.id === 'week-30')).toBe(true);
    clock.advance(REST_MS);
    clock.idleAll();
    expect(viewport.caughtUp).toBe(true);
    expect(viewport.marks.some((mark) => mark.id === 'week-30')).toBe(true);
    const toPx = (time: number) => ((time - viewport.shown!.start) / span(viewport.shown)) * viewport.width;
    expect(toPx(item.start)).toBeGreaterThanOrEqual(0);
    expect(viewport.width - toPx(item.end)).toBeGreaterThanOrEqual(180);
    expect(viewport.reveal(item, 200)).toBe(false);
  });

  it('goes back to the opening view on reset, closing the open group', () => {
    const { viewport } = viewportOf();
    const group = viewport.marks.find((mark): mark is LevelClusterMark => mark.type === 'cluster')!;
    viewport.openGroup(group);
    viewport.reset();
    expect(viewport.isOpeningView).toBe(true);
    expect(viewport.openGroupId).toBeNull();
    expect(viewport.transform).toEqual({ k: 1, x: 0 });
  });

  it('centres a date in view, keeping the zoom', () => {
    const { viewport } = viewportOf();
    viewport.zoomBy(8);
    const time = Date.UTC(2024, 5, 1);
    viewport.centreOn(time);
    const shown = viewport.shown!;
    expect((shown.start + shown.end) / 2).toBeCloseTo(time, -5);
    expect(viewport.transform.k).toBeCloseTo(8, 9);
  });

  it('lays out the other levels in idle time, nearest first, and stops when cancelled', () => {
    const { viewport, clock } = viewportOf();
    const cancel = viewport.prepareLevels();
    expect(clock.idle()).toBe(1);
    expect(clock.idle()).toBe(1);
    cancel();
    expect(clock.idle()).toBe(0);
  });

  it('leads an arrow key to the next mark on screen, Home and End to the first and last', () => {
    const { viewport } = viewportOf();
    const order = keyboardOrder(viewport.marks, viewport.screen).map((mark) => mark.id);
    expect(order.length).toBeGreaterThan(2);
    expect(viewport.markAfter(order[0]!, 'ArrowRight')).toBe(order[1]);
    expect(viewport.markAfter(order[1]!, 'ArrowLeft')).toBe(order[0]);
    expect(viewport.markAfter(order[1]!, 'Home')).toBe(order[0]);
    expect(viewport.markAfter(order[0]!, 'End')).toBe(order.at(-1));
    expect(viewport.markAfter(order[0]!, 'Enter')).toBeUndefined();
    expect(viewport.transform).toEqual({ k: 1, x: 0 });
  });

  it('moves the view on half a width at the edge, to the first mark beyond it, drawn at once', () => {
    const { viewport } = viewportOf();
    // 2021 to 2023: the meeting alone on screen, the weekly events of 2024 beyond the right edge.
    viewport.showInterval({ start: Date.UTC(2021, 0, 1), end: Date.UTC(2023, 11, 1) });
    const before = viewport.shown!;
    expect(keyboardOrder(viewport.marks, viewport.screen).map((mark) => mark.id)).toEqual(['met-2021']);
    const next = viewport.markAfter('met-2021', 'ArrowRight');
    expect(viewport.shown!.start - before.start).toBeCloseTo(span(before) / 2, -5);
    expect(viewport.caughtUp).toBe(true);
    // The first mark of the half that came into view: drawn, past the middle, and the leftmost there.
    const order = keyboardOrder(viewport.marks, viewport.screen);
    const beyond = order.filter((mark) => mark.x0 > viewport.width / 2 - 1);
    expect(beyond.length).toBeGreaterThan(0);
    expect(next).toBe(beyond[0]!.id);
    expect(next).toMatch(/week-00/);
    // Back: the meeting again, now left of the middle.
    expect(viewport.markAfter(next!, 'ArrowLeft')).toBe('met-2021');
  });

  it('zooms about the focused mark on + and −, pans on Shift + arrows, resets on 0, and leaves other keys', () => {
    const { viewport } = viewportOf();
    const mark = viewport.marks.find((candidate) => candidate.id === 'met-2021')!;
    const at = onScreen(mark, 1, 0, 5);
    const centre = (at.x0 + at.x1) / 2;
    const timeAt = (px: number) => viewport.shown!.start + (px / viewport.width) * span(viewport.shown);
    const dateAtMark = timeAt(centre);
    expect(viewport.zoomKey('+', false, 'met-2021')).toBe(true);
    expect(viewport.transform.k).toBeCloseTo(1.5);
    expect(timeAt(centre)).toBeCloseTo(dateAtMark, -5);
    const shownBefore = viewport.shown!;
    expect(viewport.zoomKey('ArrowLeft', true, 'met-2021')).toBe(true);
    expect(viewport.shown!.start).toBeLessThan(shownBefore.start);
    expect(viewport.zoomKey('0', false, 'met-2021')).toBe(true);
    expect(viewport.isOpeningView).toBe(true);
    expect(viewport.zoomKey('ArrowLeft', false, 'met-2021')).toBe(false);
    expect(viewport.zoomKey('Enter', false, 'met-2021')).toBe(false);
  });

  it('does nothing before it has a width or an item', () => {
    const clock = fakeScheduler();
    const viewport = new TimelineViewport(
      () => ({ placed: [], domain: null, dotRadius: 5, fontSize: 13, pillHeight: 18 }),
      clock.scheduler,
    );
    viewport.zoomBy(2);
    expect(viewport.transform).toEqual({ k: 1, x: 0 });
    expect(viewport.resting).toBe(true);
    expect(viewport.marks).toEqual([]);
    expect(viewport.shown).toBeNull();
  });
});
