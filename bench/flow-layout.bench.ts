// Benchmark of the flow chart's layout: 200 synthetic measures among 10 actors, laid out many times at phone and
// desktop widths. Prints ms per layout (median, p95) and the overlap check's result; target: under 50 ms.
import { performance } from 'node:perf_hooks';
import { layoutCollisions } from '../src/charts/flow/collisions.ts';
import { syntheticMeasures } from '../src/charts/flow/fixtures.ts';
import { layoutFlow } from '../src/charts/flow/layout.ts';

const RUNS = 200;
const TARGET_MS = 50;

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}

const measures = syntheticMeasures(200, 10);
let worst = 0;
let problems = 0;
console.log(`flow layout: ${measures.length} measures among 10 actors, ${RUNS} runs per case (after 20 warm-up runs)`);
for (const { width, fontSize } of [
  { width: 375, fontSize: 13 },
  { width: 1440, fontSize: 13 },
  { width: 1280, fontSize: 24 },
]) {
  for (let i = 0; i < 20; i++) layoutFlow(measures, { width, fontSize });
  const times: number[] = [];
  let layout = layoutFlow(measures, { width, fontSize });
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    layout = layoutFlow(measures, { width, fontSize });
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const collisions = layoutCollisions(layout);
  problems += collisions.length;
  worst = Math.max(worst, quantile(times, 0.95));
  console.log(
    `  ${String(width).padStart(4)} px, ${fontSize}px type (${layout.orientation}): median ${quantile(times, 0.5).toFixed(2)} ms, p95 ${quantile(times, 0.95).toFixed(2)} ms; ` +
      `${layout.nodes.length} marks, ${layout.links.length} arrows, height ${layout.height} px; overlaps: ${collisions.length}` +
      (collisions.length ? ` (${collisions.slice(0, 3).join('; ')})` : ''),
  );
}
const verdict = worst < TARGET_MS && problems === 0 ? 'meets' : 'misses';
console.log(`worst p95 ${worst.toFixed(2)} ms, ${problems} overlaps: ${verdict} the target (< ${TARGET_MS} ms, no overlap)`);
if (verdict === 'misses') process.exitCode = 1;
