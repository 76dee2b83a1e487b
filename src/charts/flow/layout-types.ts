// The shapes the flow layout returns: everything the component needs to draw, in px, with no DOM involved.
import type { Conflict, Measure } from '../../lib/dataset.ts';
import type { LaneRateNote } from './lane-rates.ts';

export interface FlowLayoutOptions {
  /** Width of the drawing in px. */
  width: number;
  /** Label font size in px (13 by default; 24 in presentation mode). */
  fontSize?: number;
  /** Below this width the chart becomes a vertical chain (time top → bottom). Default 600. */
  verticalBelow?: number;
  /** Actor lanes in this order first (default US, CA, CN: retaliation arrows stay short); others follow by count. */
  actorOrder?: string[];
  /** The dataset's conflicts: `date` conflicts about a measure are drawn as disputed dates. */
  conflicts?: Conflict[];
  /** Display name of a country code. */
  actorName?: (code: string) => string;
  /** Labels give rate and products (and a disputed date) only, on wider lines: presentation's large type. */
  shortLabels?: boolean;
  /** Wide layout: each lane's "now: 6.1% on …" note (lane-rates.ts), fitted into its title row; arrows keep clear. */
  laneNotes?: readonly LaneRateNote[];
}

export type LabelLineKind = 'title' | 'meta' | 'note';

export interface FlowLabelLine {
  text: string;
  kind: LabelLineKind;
}

/** A label's text block: (x, y) is its top-left corner whatever its anchor, so boxes can be compared directly. */
export interface FlowLabel {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Where the text is anchored: 'start' draws from x, 'end' draws to x + width. */
  anchor: 'start' | 'end';
  lineHeight: number;
  lines: FlowLabelLine[];
}

export interface FlowDispute {
  /** The other dates the articles give, as text. */
  otherDates: string[];
  /** Horizontal layout only: where the other date would put the mark (dashed connector from the mark). */
  ghostX: number | null;
  /** Horizontal layout only: the y of the connector's level run (inside the mark's row, clear of arrows). */
  bracketY: number | null;
  /** Horizontal layout only: where the connector leaves the mark, on the other date's side (arrows leave on the
   * opposite side and arrive at the bottom centre, so no line lies on top of another). */
  bracketX: number | null;
}

export interface FlowNode {
  id: string;
  /** The measure drawn (the caller's object, never modified). */
  measure: Measure;
  lane: string;
  x: number;
  y: number;
  r: number;
  /** Rate not stated: drawn pale (a solid outline, a light fill). */
  rateUnknown: boolean;
  /** Announced, threatened or proposed, not (yet) in force: drawn hollow and dashed. */
  planned: boolean;
  /** Date not stated: drawn in the "Date not stated" row or group, never on the time axis. */
  undated: boolean;
  /** Position in chronological order (0-based; undated last). */
  order: number;
  label: FlowLabel;
  dispute: FlowDispute | null;
}

/** An arrow from a measure (source, earlier) to an answer to it (target, later): the arrowhead is at the answer. */
export interface FlowLink {
  /** "source->target". */
  id: string;
  /** The measure answered. */
  source: string;
  /** The answer. */
  target: string;
  /** The answer's imposer (the arrow takes its colour). */
  actor: string;
  path: string;
}

export interface FlowLane {
  actor: string;
  name: string;
  /** Lane band (horizontal: a row band; vertical: a column). */
  x: number;
  y: number;
  width: number;
  height: number;
  /** Lane heading: text and its anchor point (baseline, start). */
  title: string;
  titleX: number;
  titleY: number;
  /** Wide layout: the lane's rate note on its title row, its text starting at `x` (at the lane's end or after its title). */
  note?: { text: string; x: number; width: number };
}

/** A time mark: horizontal layout → a vertical tick at x; vertical layout → a heading row at y. */
export interface FlowTick {
  text: string;
  x: number;
  y: number;
}

export interface FlowLayout {
  orientation: 'horizontal' | 'vertical';
  width: number;
  height: number;
  fontSize: number;
  lanes: FlowLane[];
  nodes: FlowNode[];
  links: FlowLink[];
  ticks: FlowTick[];
  /** Horizontal layout: shortened empty stretches of the time axis (an axis break is drawn at x). */
  breaks: { x: number }[];
  /** The row (horizontal: a band under the lanes) or group (vertical) of measures with no date, with its heading
   * ("Date not stated" at titleX, titleY); null when every measure is dated. */
  undated: {
    x: number;
    y: number;
    width: number;
    height: number;
    title: string;
    titleX: number;
    titleY: number;
  } | null;
}
