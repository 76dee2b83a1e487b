// The flow chart's part of the chart context (../chart-context.svelte.ts): what its layers read besides size,
// selection, focus and keys.
import { getChartContext, type ChartContext } from '../chart-context.svelte.ts';
import type { FlowLayout, FlowNode } from './layout-types.ts';
import type { LifeStepLink } from './life-steps.ts';

export interface FlowExtra {
  /** The finished layout (lanes, axis, marks, answer arrows). */
  layout: FlowLayout;
  /** Each measure's life along its lane: the lines from step to step. */
  lifeLinks: LifeStepLink[];
  /** Unique prefix for ids in the drawing (arrowhead markers). */
  idPrefix: string;
  /** True for a measure not in force on the day chosen on the page (false with no day, or an undated measure). */
  notInForce: (id: string) => boolean;
  /** A mark's accessible name. */
  describe: (node: FlowNode) => string;
  /** Presentation's large type. */
  large: boolean;
}

export type FlowContext = ChartContext<FlowExtra>;

/** In a flow layer, during initialisation: the context FlowChart.svelte set. */
export const getFlowContext = (): FlowContext => getChartContext<FlowExtra>();
