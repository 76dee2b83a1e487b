// Benchmark of the flow chart's layout: 200 synthetic measures among 10 actors, laid out many times at phone and
// desktop widths. Prints ms per layout (median, p95) as wall time and as this process's CPU time (the machine is
// shared: wall time includes waiting for a core, so the load average is printed too), and the overlap check's result
// (label on label or mark, and, since arrows are routed around labels, arrow through a label or another mark), and
// how many pairs of arrows into different answers lie along one another (sharedRuns; the "bundle" of issue 15).
// Also the dev corpus's shape (crossfireMeasures: 17 measures, 9 arrows), with and without lane rate notes. Target:
// under 50 ms and no overlap.
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { layoutCollisions, sharedRuns } from '../src/charts/flow/collisions.ts';
import { crossfireMeasures, syntheticMeasures } from '../src/charts/flow/fixtures.ts';
import type { LaneRateNote } from '../src/charts/flow/lane-rates.ts';
import { layoutFlow } from '../src/charts/flow/layout.ts';

const RUNS = 300;
const TARGET_MS = 50;

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}

const synthetic = syntheticMeasures(200, 10);
const crossfire = crossfireMeasures();
let worstCpu = 0;
let worstWall = 0;
let problems = 0;
console.log(
  `flow layout: ${synthetic.length} synthetic measures among 10 actors, and the ${crossfire.length}-measure crossfire; ${RUNS} runs per case after 30 warm-up runs; load average ${loadavg()[0]!.toFixed(1)}`,
);
// Where the rates stand at the end of two lanes, as the development corpus's lives give them (lane-rates.ts): the notes
// are placed where no arrow loses its route.
const CROSSFIRE_NOTES: LaneRateNote[] = [
  { actor: 'CA', when: 'now', rates: ['6.1% on electric vehicles', '100% on batteries', '25% on steel and aluminum'] },
  { actor: 'CN', when: 'now', rates: ['100% on canola oil', '75.8% on canola seed'] },
];
for (const { name, measures, width, fontSize, laneNotes = [] } of [
  { name: 'synthetic', measures: synthetic, width: 375, fontSize: 13 },
  { name: 'synthetic', measures: synthetic, width: 1440, fontSize: 13 },
  { name: 'synthetic', measures: synthetic, width: 1280, fontSize: 24 },
  { name: 'crossfire', measures: crossfire, width: 320, fontSize: 13 },
  { name: 'crossfire', measures: crossfire, width: 1440, fontSize: 13 },
  { name: 'crossfire, lane notes', measures: crossfire, width: 960, fontSize: 13, laneNotes: CROSSFIRE_NOTES },
  { name: 'crossfire, lane notes', measures: crossfire, width: 1440, fontSize: 13, laneNotes: CROSSFIRE_NOTES },
]) {
  const options = { width, fontSize, laneNotes };
  for (let i = 0; i < 30; i++) layoutFlow(measures, options);
  const wall: number[] = [];
  const cpu: number[] = [];
  let layout = layoutFlow(measures, options);
  for (let i = 0; i < RUNS; i++) {
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    layout = layoutFlow(measures, options);
    wall.push(performance.now() - start);
    const used = process.cpuUsage(cpuStart);
    cpu.push((used.user + used.system) / 1000);
  }
  wall.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  const collisions = [...layoutCollisions(layout), ...sharedRuns(layout)];
  problems += collisions.length;
  worstCpu = Math.max(worstCpu, quantile(cpu, 0.95));
  worstWall = Math.max(worstWall, quantile(wall, 0.95));
  console.log(
    `  ${name}, ${String(width).padStart(4)} px, ${fontSize}px type (${layout.orientation}): ` +
      `wall median ${quantile(wall, 0.5).toFixed(2)} ms, p95 ${quantile(wall, 0.95).toFixed(2)} ms; ` +
      `CPU median ${quantile(cpu, 0.5).toFixed(2)} ms, p95 ${quantile(cpu, 0.95).toFixed(2)} ms; ` +
      `${layout.nodes.length} marks, ${layout.links.length} arrows, ${layout.lanes.filter((lane) => lane.note).length} lane notes, height ${layout.height} px; overlaps (labels, marks, arrows, shared runs): ${collisions.length}` +
      (collisions.length ? ` (${collisions.slice(0, 3).join('; ')})` : ''),
  );
}
const verdict = worstCpu < TARGET_MS && problems === 0 ? 'meets' : 'misses';
console.log(
  `worst p95: CPU ${worstCpu.toFixed(2)} ms, wall ${worstWall.toFixed(2)} ms; ${problems} overlaps: ${verdict} the target (< ${TARGET_MS} ms CPU p95, no overlap)`,
);
if (verdict === 'misses') process.exitCode = 1;
