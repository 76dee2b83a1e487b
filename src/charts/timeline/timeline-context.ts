// The timeline's part of the chart context (../chart-context.svelte.ts): what its layers read besides selection,
// focus, hover and keys. Only values that change with the data or the size: the view's transform changes at every
// zoom frame, so the layers that need it take it as a prop (a new context value would re-run every mark).
import { getChartContext, type ChartContext } from '../chart-context.svelte.ts';

export interface TimelineExtra {
  /** The y of a row's centre line (HEADING_ROW: the lane's heading line), px. */
  rowY: (lane: number, row: number) => number;
  fontSize: number;
  /** Radius of a day's dot and height of a bar (px). */
  dotRadius: number;
  barHeight: number;
  pillHeight: number;
  /** Half the height of a mark (px): a chevron sits just above it. */
  markRadius: number;
  width: number;
  /** Bottom of the axis band and of the lanes (px). */
  axisHeight: number;
  height: number;
  /** A key on a mark: zoom and pan keys, then the chart context's (select, clear, move between marks). */
  onkey: (event: KeyboardEvent, id: string) => void;
  /** Whether a trade measure's mark stands for measures none of which was in force on the chosen day. */
  notInForce: (id: string) => boolean;
}

export type TimelineContext = ChartContext<TimelineExtra>;

/** In a timeline layer, during initialisation: the context Timeline.svelte set. */
export const getTimelineContext = (): TimelineContext => getChartContext<TimelineExtra>();
