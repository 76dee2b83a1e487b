// The timeline's viewport: which dates are in view, the level the marks are grouped at, the marks drawn while the
// view moves (catching up with the marks wanted), the numbered group opened, and when the view rests. Explicit state
// changed only by its methods (zoomBy, panBy, centreOn, showInterval, reset, openGroup, reveal, apply); everything
// else is a pure $derived of that state and the chart's layout inputs. No DOM: time goes through a Scheduler, so the
// unit tests drive it with fake timers.
import { axisTicks, type AxisTick } from './axis.ts';
import { catchUp } from './catch-up.ts';
import type { TimeInterval, TimelineItem } from './items.ts';
import type { PlacedItem } from './lanes.ts';
import {
  layoutAtLevel,
  levelOf,
  marksBetween,
  onScreen,
  type LevelClusterMark,
  type LevelLayout,
  type LevelMark,
  type LevelOptions,
} from './level-marks.ts';
import { keyboardOrder, type ScreenView } from './navigation.ts';
import { openGroupTransform } from './open-group.ts';
import { heldLevel as levelWhileMoving, laidOutRange, revealTransform, type LaidOutRange } from './view.ts';
import {
  centreOn,
  IDENTITY,
  maxZoom,
  panBy,
  transformForInterval,
  visibleInterval,
  zoomAbout,
  zoomKeyAction,
  type ViewTransform,
} from './zoom.ts';

/** What the chart lays out: its items in lanes and rows, their padded domain, and the sizes marks are drawn at. */
export interface ViewportInputs {
  placed: readonly PlacedItem[];
  /** Null when no item is dated. */
  domain: TimeInterval | null;
  dotRadius: number;
  fontSize: number;
  /** Height of a numbered group's pill (px). */
  pillHeight: number;
}

/** When deferred work runs: `idle` once the main thread is free, `after` a delay; each returns its cancel function. */
export interface Scheduler {
  idle: (callback: () => void) => () => void;
  after: (ms: number, callback: () => void) => () => void;
}

/**
 * Idle time in a browser: after a frame's paint and its other tasks, so the work never delays a frame's input
 * (within 100 ms even so). Safari has no requestIdleCallback: a short timer stands in.
 */
export const browserScheduler: Scheduler = {
  idle(callback) {
    if (typeof requestIdleCallback === 'function') {
      const handle = requestIdleCallback(callback, { timeout: 100 });
      return () => cancelIdleCallback(handle);
    }
    const handle = setTimeout(callback, 20);
    return () => clearTimeout(handle);
  },
  after(ms, callback) {
    const handle = setTimeout(callback, ms);
    return () => clearTimeout(handle);
  },
};

/** How long the view must stay still to count as resting (labels placed, groups split or merged). */
export const REST_MS = 150;
/** New marks drawn per idle slice while the drawn marks catch up with the wanted ones. */
const CATCH_UP_BUDGET = 16;

/** The view at its last rest: what the labels and the live status describe while the view moves. */
export interface RestView {
  marks: readonly LevelMark[];
  k: number;
  x: number;
  shown: TimeInterval | null;
}

export interface AxisLayout {
  /** The transform the ticks were laid out under (screen px = their x + the transform's x now − this x). */
  x: number;
  ticks: AxisTick[];
  /** Laid out half a view wider on either side, for a pan. */
  extended: boolean;
}

/** Where a pan started: its zoom and offset, and the dates then in view. */
interface PanAnchor {
  k: number;
  x: number;
  shown: TimeInterval;
}

export class TimelineViewport {
  /** Chart width in px (bound to the chart's wrapper). */
  width = $state(0);
  /** The dates asked for; null: the opening view, the whole domain. */
  view = $state.raw<TimeInterval | null>(null);
  /** The level held while the view moves; null at rest (the level then follows the zoom). */
  heldLevel = $state<number | null>(null);
  /** False from a change of view until it has stayed still REST_MS. */
  resting = $state(true);
  /** The marks drawn while they catch up with the wanted marks (a gesture, the first mount); null once caught up. */
  drawnMarks = $state.raw<readonly LevelMark[] | null>(null);
  /** The numbered group last opened (its members listed in the details box). */
  openGroupId = $state<string | null>(null);

  /** The range laid out at the last change of view (kept while the view stays inside it). */
  #range = $state.raw<LaidOutRange<LevelLayout> | null>(null);
  /** Set while a pan keeps the zoom: the axis and the zoom group stay as they were laid out at its start. */
  #panAnchor = $state.raw<PanAnchor | null>(null);
  /** The view at the last rest, taken when the view starts to move. */
  #lastRest = $state.raw<RestView | null>(null);

  readonly #inputs: () => ViewportInputs;
  readonly #scheduler: Scheduler;
  #cancelRest: (() => void) | null = null;
  #cancelCatchUp: (() => void) | null = null;

  constructor(inputs: () => ViewportInputs, scheduler: Scheduler = browserScheduler) {
    this.#inputs = inputs;
    this.#scheduler = scheduler;
  }

  get domain(): TimeInterval | null {
    return this.#inputs().domain;
  }

  /** Most zoom: a day 48 px wide. */
  readonly kMax = $derived.by(() => {
    const { domain } = this.#inputs();
    return domain ? maxZoom(domain, this.width) : 1;
  });

  /** The zoom transform: screen px = unit px × k + x. */
  readonly transform: ViewTransform = $derived.by(() => {
    const { domain } = this.#inputs();
    return domain && this.width > 0
      ? transformForInterval(this.view ?? domain, domain, this.width, this.kMax)
      : IDENTITY;
  });

  /** The dates in view. */
  readonly shown: TimeInterval | null = $derived.by(() => {
    const { domain } = this.#inputs();
    return domain && this.width > 0 ? visibleInterval(this.transform, domain, this.width) : null;
  });

  readonly canZoomIn = $derived(this.transform.k < this.kMax * 0.999);
  readonly canZoomOut = $derived(this.transform.k > 1);

  readonly levelOptions: LevelOptions | null = $derived.by(() => {
    const { domain, dotRadius, fontSize, pillHeight } = this.#inputs();
    if (!domain || this.width <= 0) return null;
    return { domain, width: this.width, dotRadius, minGap: fontSize, clusterMinWidth: fontSize * 2, pillHeight };
  });

  /** The grouping level: held while the view moves, else the zoom's. */
  readonly level = $derived(this.heldLevel ?? levelOf(this.transform.k));

  /** Every mark at the current level (laid out once per level and cached by level-marks.ts). */
  readonly levelLayout: LevelLayout | null = $derived.by(() => {
    const options = this.levelOptions;
    return options ? layoutAtLevel(this.#inputs().placed, this.level, options) : null;
  });

  /** The unit-px range laid out: the one of the last change of view while it still holds the view, else anew. */
  readonly range: LaidOutRange<LevelLayout> | null = $derived.by(() => {
    const layout = this.levelLayout;
    return layout ? laidOutRange(this.#range, layout, this.transform, this.width) : null;
  });

  /** The marks the view wants: those of the level's layout in the laid-out range. */
  readonly wantedMarks: readonly LevelMark[] = $derived.by(() => {
    const range = this.range;
    return range ? marksBetween(range.layout, range.from, range.to) : [];
  });

  /** The marks to draw. */
  readonly marks: readonly LevelMark[] = $derived(this.drawnMarks ?? this.wantedMarks);

  /** Whether the drawn marks are the wanted ones (no catch-up under way). */
  readonly caughtUp = $derived(this.drawnMarks === null);

  /**
   * The view at rest with its marks all drawn, or the last such view while the view moves or the marks catch up:
   * what the labels are placed for (placing them again at every catch-up step cost each step as much again).
   */
  readonly rest: RestView | null = $derived.by(() => {
    if (!this.resting || this.drawnMarks !== null) return this.#lastRest;
    const { k, x } = this.transform;
    return { marks: this.marks, k, x, shown: this.shown };
  });

  /**
   * The dates in view at rest now, or at the last rest while the view moves (the live status). Apart from `rest`:
   * the frame's status, drawn before any mark, must not lay the marks out.
   */
  readonly restShown: TimeInterval | null = $derived(this.resting ? this.shown : (this.#lastRest?.shown ?? null));

  /**
   * The marks' group transform: the view's, except while a pan keeps the zoom, when it stays at the pan's start (an
   * outer group then only translates): strokes that keep their size are redrawn when their own group's transform
   * changes, not when an outer one only moves them.
   */
  readonly zoomGroup: ViewTransform = $derived.by(() => {
    const anchor = this.#panAnchor;
    return anchor ? { k: anchor.k, x: anchor.x } : this.transform;
  });

  /**
   * Axis ticks for the view, laid out with `labelWidth` px per label: at rest and while zooming, for the view; while
   * a pan keeps the zoom, those of the pan's start with half a view more either side, moved as one group.
   */
  axis(labelWidth: number): AxisLayout | null {
    const shown = this.shown;
    if (!shown) return null;
    const anchor = this.#panAnchor;
    if (anchor) {
      const span = anchor.shown.end - anchor.shown.start;
      const wide = { start: anchor.shown.start - span / 2, end: anchor.shown.end + span / 2 };
      const ticks = axisTicks(wide, this.width * 2, labelWidth).map((tick) => ({
        ...tick,
        x: tick.x - this.width / 2,
      }));
      return { x: anchor.x, ticks, extended: true };
    }
    return { x: this.transform.x, ticks: axisTicks(shown, this.width, labelWidth), extended: false };
  }

  /** Moves the view; a `jump` (to an item, a group, the marks beyond the edge) regroups the marks at once. */
  apply(next: ViewTransform, { jump = false }: { jump?: boolean } = {}): void {
    const domain = this.domain;
    if (!domain || this.width === 0) return;
    if (this.resting && this.drawnMarks === null) this.#lastRest = this.rest;
    if (jump) {
      this.heldLevel = null;
      this.drawnMarks = null;
      this.#panAnchor = null;
    } else {
      const current = this.transform;
      this.drawnMarks ??= this.wantedMarks;
      this.heldLevel = levelWhileMoving(this.heldLevel ?? levelOf(current.k), next.k);
      const shown = this.shown;
      if (next.k !== current.k) this.#panAnchor = null;
      else if (!this.#panAnchor && shown) this.#panAnchor = { k: current.k, x: current.x, shown };
    }
    this.view = visibleInterval(next, domain, this.width);
    this.#range = this.range;
    this.#restLater();
    if (this.drawnMarks) this.#catchUpLater();
  }

  /** Zooms by `factor` about the px position `centre` (which stays put). */
  zoomBy(factor: number, centre = this.width / 2): void {
    this.apply(zoomAbout(this.transform, factor, centre, this.width, this.kMax));
  }

  /** Moves the view by `dx` px (positive: earlier dates come in from the left); `jump` as in apply. */
  panBy(dx: number, options: { jump?: boolean } = {}): void {
    this.apply(panBy(this.transform, dx, this.width, this.kMax), options);
  }

  /** Brings `time` (ms) to the middle of the view, keeping the zoom. */
  centreOn(time: number): void {
    const domain = this.domain;
    if (domain) this.apply(centreOn(this.transform, time, domain, this.width, this.kMax));
  }

  /** Shows an interval across the width (null: the opening view, every year); the marks regroup at once. */
  showInterval(next: TimeInterval | null): void {
    if (this.resting && this.drawnMarks === null) this.#lastRest = this.rest;
    this.view = next;
    this.heldLevel = null;
    this.drawnMarks = null;
    this.openGroupId = null;
    this.#panAnchor = null;
    this.#range = null;
    this.#restLater();
  }

  /** The marks' screen now: what the keyboard order reads. */
  get screen(): ScreenView {
    const { k, x } = this.transform;
    return { k, x, width: this.width, dotRadius: this.#inputs().dotRadius };
  }

  /**
   * Where an arrow key, Home or End leads from mark `id`: the next mark on screen that way; at the edge of the view,
   * the view moves on half a width (a jump: the marks beyond are drawn at once) and the first mark beyond is next.
   * Undefined for another key; null when no mark is on screen.
   */
  markAfter(id: string, key: string): string | null | undefined {
    if (key !== 'ArrowLeft' && key !== 'ArrowRight' && key !== 'Home' && key !== 'End') return undefined;
    const order = keyboardOrder(this.marks, this.screen);
    if (key === 'Home') return order[0]?.id ?? null;
    if (key === 'End') return order.at(-1)?.id ?? null;
    const forward = key === 'ArrowRight';
    const index = order.findIndex((candidate) => candidate.id === id);
    const next = index === -1 ? undefined : order[index + (forward ? 1 : -1)];
    if (next) return next.id;
    const half = this.width / 2;
    this.panBy(forward ? -half : half, { jump: true });
    const moved = keyboardOrder(this.marks, this.screen);
    const beyond = forward
      ? moved.find((candidate) => candidate.x0 > half - 1)
      : moved.findLast((candidate) => candidate.x1 < half + 1);
    return beyond?.id ?? moved[0]?.id ?? null;
  }

  /**
   * A zoom or pan key pressed on mark `id` (+, −, Shift + arrows, 0): zooms about that mark (else the middle), pans or
   * goes back to the opening view. Returns false for any other key.
   */
  zoomKey(key: string, shiftKey: boolean, id: string): boolean {
    const action = zoomKeyAction(key, shiftKey);
    if (!action) return false;
    if (action.type === 'zoom') {
      const mark = this.marks.find((candidate) => candidate.id === id);
      const { k, x, dotRadius } = this.screen;
      const onScreenNow = mark ? onScreen(mark, k, x, dotRadius) : null;
      this.zoomBy(action.factor, onScreenNow ? (onScreenNow.x0 + onScreenNow.x1) / 2 : this.width / 2);
    } else if (action.type === 'pan') this.panBy(action.share * this.width);
    else this.reset();
    return true;
  }

  /** Back to the opening view. */
  reset(): void {
    this.showInterval(null);
  }

  /** Whether the view is the opening one. */
  get isOpeningView(): boolean {
    return this.view === null;
  }

  /** Opens a numbered group: zooms onto its members until they stand apart (as far as the zoom goes). */
  openGroup(group: LevelClusterMark): void {
    this.openGroupId = group.id;
    const options = this.levelOptions;
    if (!options || !this.canZoomIn) return;
    this.apply(openGroupTransform(group, this.#inputs().placed, options, this.kMax), { jump: true });
  }

  closeGroup(): void {
    this.openGroupId = null;
  }

  /**
   * Brings `item` into view standing alone with room for its label (`labelRoom` px) on its right, moving as little
   * as that takes; returns whether the view moved.
   */
  reveal(item: TimelineItem, labelRoom: number): boolean {
    const domain = this.domain;
    const options = this.levelOptions;
    if (!domain || !options) return false;
    const placed = this.#inputs().placed;
    const standsAlone = (k: number) =>
      layoutAtLevel(placed, levelOf(k), options).marks.some((mark) => mark.id === item.id);
    const current = this.transform;
    const next = revealTransform(current, item, { domain, width: this.width, kMax: this.kMax, labelRoom, standsAlone });
    // Under half a pixel is no move (the view is kept as dates: a round trip through them moves x by a hair).
    if (Math.abs(next.k / current.k - 1) < 1e-9 && Math.abs(next.x - current.x) < 0.5) return false;
    this.#glide(next);
    return true;
  }

  /**
   * Moves the view to `next` at its own level at once, the marks drawn catching up a few rows per idle slice (as
   * after a gesture): regrouping every mark in one task was a 190 ms task at 4× CPU slowdown when a click selected.
   */
  #glide(next: ViewTransform): void {
    const domain = this.domain;
    if (!domain || this.width === 0) return;
    if (this.resting && this.drawnMarks === null) this.#lastRest = this.rest;
    this.drawnMarks ??= this.wantedMarks;
    this.heldLevel = null;
    this.#panAnchor = null;
    this.view = visibleInterval(next, domain, this.width);
    this.#range = this.range;
    this.#restLater();
    this.#catchUpLater();
  }

  /**
   * Draws the marks from none, a few rows per idle slice (the first mount: 200 marks in one go was a 400 ms task at
   * 4× CPU slowdown).
   */
  drawFromScratch(): void {
    this.drawnMarks = [];
    this.#catchUpLater();
  }

  /**
   * Lays out the other zoom levels in idle time, one level per slice (nearest the current one first), so a gesture
   * that regroups the marks finds its level ready instead of grouping every item in one task. Returns its cancel.
   */
  prepareLevels(): () => void {
    const options = this.levelOptions;
    if (!options || !this.resting) return () => {};
    const placed = this.#inputs().placed;
    const top = Math.ceil(Math.log2(this.kMax * 2) * 2);
    const current = Math.round(Math.log2(this.level) * 2);
    const order = Array.from({ length: top + 1 }, (_, step) => step).sort(
      (a, b) => Math.abs(a - current) - Math.abs(b - current) || a - b,
    );
    let cancel = () => {};
    let live = true;
    const next = (index: number) => {
      if (!live || index >= order.length) return;
      layoutAtLevel(placed, Math.SQRT2 ** order[index]!, options);
      cancel = this.#scheduler.idle(() => next(index + 1));
    };
    cancel = this.#scheduler.idle(() => next(0));
    return () => {
      live = false;
      cancel();
    };
  }

  /** Stops the timers (the chart is gone). */
  destroy(): void {
    this.#cancelRest?.();
    this.#cancelCatchUp?.();
    this.#cancelRest = this.#cancelCatchUp = null;
  }

  #restLater(): void {
    this.resting = false;
    this.#cancelRest?.();
    this.#cancelRest = this.#scheduler.after(REST_MS, () => {
      this.#cancelRest = null;
      this.heldLevel = null;
      this.#panAnchor = null;
      this.resting = true;
      this.#range = this.range;
      // The regroup at rest comes a few rows per idle slice too: all at once, it was the one task over 100 ms of a
      // zoom at 4× slowdown.
      if (this.drawnMarks) this.#catchUpLater();
    });
  }

  #catchUpLater(): void {
    if (this.#cancelCatchUp) return;
    this.#cancelCatchUp = this.#scheduler.idle(() => {
      this.#cancelCatchUp = null;
      const drawn = this.drawnMarks;
      if (!drawn) return;
      const wanted = this.wantedMarks;
      const next = catchUp(drawn, wanted, CATCH_UP_BUDGET);
      // Caught up at rest: the marks follow the view again. Only a step that changes something is drawn (and another
      // one tried at the next idle time); while the view moves, the next change of view asks again.
      if ((next === wanted || next === drawn) && this.resting) this.drawnMarks = null;
      else if (next !== drawn) {
        this.drawnMarks = next;
        this.#catchUpLater();
      }
    });
  }
}
