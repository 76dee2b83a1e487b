// How each chart's code loads on the page, the presentation and the exports: by name, on demand, each import made
// once (the three share one chunk, vite.config.ts). Kept apart from chart-registry.ts so that an embed page, which
// imports its one chart directly, does not take in the other two through these import()s.
import type { ChartComponent, ChartName } from './lib/chart-props.ts';

type ChartModule = { default: ChartComponent };

const IMPORTS: Record<ChartName, () => Promise<ChartModule>> = {
  flow: () => import('./charts/flow/FlowChart.svelte'),
  map: () => import('./charts/map/SummitMap.svelte'),
  timeline: () => import('./charts/timeline/Timeline.svelte'),
};

const loading = new Map<ChartName, Promise<ChartModule>>();

// The import resolves in the task that evaluates the charts' chunk; the chart, drawn as soon as it resolves, would
// add its first drawing to that task. Handing the module over in a task of its own makes them two shorter tasks.
const inTaskOfItsOwn = (module: ChartModule) =>
  new Promise<ChartModule>((resolve) => setTimeout(() => resolve(module)));

/** The chart's component module; called again, returns the same promise. */
export function loadChart(name: ChartName): Promise<ChartModule> {
  let module = loading.get(name);
  if (!module) {
    module = IMPORTS[name]().then(inTaskOfItsOwn);
    loading.set(name, module);
  }
  return module;
}
