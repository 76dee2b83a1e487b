// Size-scaling benchmark (`npm run bench:scaling`): one hostile article of growing size, compiled alone by the real
// compiler, for a few shapes (date-dense text, one endless sentence, many short sentences, many front-matter lines).
// Prints the time against the article's size up to the size limit: near-linear cost means the time per KB stays flat.
import { DEFAULT_MAX_BYTES, parseArticleText } from '../scripts/compile/read.ts';
import { compileSources } from '../scripts/compile/compile.ts';

interface Shape {
  name: string;
  /** An article of about `bytes` bytes. */
  make: (bytes: number) => string;
}

const repeat = (unit: string, bytes: number) => unit.repeat(Math.max(1, Math.floor(bytes / unit.length)));
/** Units that differ from one another (`unit(i)`), up to about `bytes`: no sentence repeats, so no cache of a text helps. */
function varied(unit: (i: number) => string, bytes: number): string {
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < bytes; i += 1) {
    const part = unit(i);
    parts.push(part);
    length += part.length;
  }
  return parts.join('');
}
const MONTHS = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
const NAMES = [
  'Mark Carney',
  'Xi Jinping',
  'Donald Trump',
  'Li Qiang',
  'Anita Anand',
  'Dominic LeBlanc',
  'Lee Jae Myung',
  'Lawrence Wong',
];
const CITIES = ['Beijing', 'Ottawa', 'Gyeongju', 'Kuala Lumpur', 'Singapore', 'Washington', 'Toronto', 'Shanghai'];

const SHAPES: Shape[] = [
  { name: 'date-dense ("Oct. 31, 2025 " repeated)', make: (bytes) => repeat('Oct. 31, 2025 ', bytes) },
  {
    name: 'date-dense, every date different',
    make: (bytes) => varied((i) => `${MONTHS[i % 12]} ${1 + (i % 28)}, ${2000 + (Math.floor(i / 12) % 30)} `, bytes),
  },
  {
    name: 'one endless sentence (no full stop), every clause different',
    make: (bytes) =>
      varied(
        (i) =>
          `${NAMES[i % 8]} said the tariff on canola rose to ${i % 997} per cent and ${CITIES[(i >> 3) % 8]} replied in ${MONTHS[i % 12]} `,
        bytes,
      ),
  },
  { name: 'many short sentences ("Friday. " repeated)', make: (bytes) => repeat('Friday. ', bytes) },
  {
    name: 'many front-matter lines',
    make: (bytes) => `---\n${repeat('x: y\n', bytes - 40)}---\nCarney met Xi on Oct. 31, 2025.\n`,
  },
  {
    name: 'news prose, every sentence different',
    make: (bytes) =>
      varied(
        (i) =>
          `On ${MONTHS[i % 12]} ${1 + (i % 28)}, ${2018 + (i % 8)}, ${NAMES[i % 8]} met ${NAMES[(i + 3) % 8]} in ${CITIES[(i >> 3) % 8]}. China imposed a ${1 + (i % 99)} per cent tariff on canola oil on ${MONTHS[(i + 5) % 12]} ${1 + (i % 27)}.${i % 6 === 5 ? '\n\n' : ' '}`,
        bytes,
      ),
  },
];

const args = process.argv.slice(2);
const maxAt = args.indexOf('--max');
const maxBytes = maxAt >= 0 ? Number(args[maxAt + 1]) : DEFAULT_MAX_BYTES - 1024;
const onlyAt = args.indexOf('--shape');
const only = onlyAt >= 0 ? (args[onlyAt + 1] ?? '') : '';
const sizes: number[] = [];
for (let size = 64 * 1024; size < maxBytes; size *= 2) sizes.push(size);
sizes.push(maxBytes);

function compileOne(raw: string): {
  cpuMs: number;
  wallMs: number;
  warnings: number;
  facts: number;
  skipped: string | null;
} {
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const source = parseArticleText('hostile.txt', raw);
  if ('skip' in source) return { cpuMs: 0, wallMs: 0, warnings: 0, facts: 0, skipped: source.skip };
  const dataset = compileSources({ sources: [source], skipped: [] });
  const wallMs = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  const facts =
    dataset.measures.length +
    dataset.meetings.length +
    dataset.events.length +
    dataset.people.length +
    dataset.places.length;
  return {
    cpuMs: (cpu.user + cpu.system) / 1000,
    wallMs,
    warnings: dataset.report.warnings.length + dataset.report.unresolvedDates.length,
    facts,
    skipped: null,
  };
}

function main(): void {
  // The gazetteers and the tagger load on first use: once here, so the first row measures compiling only.
  compileOne('Carney met Xi in Gyeongju on Oct. 31, 2025.');
  console.log(
    `Size-scaling benchmark: one article compiled alone, sizes up to ${(maxBytes / 1024).toFixed(0)} KB (the limit is ${(DEFAULT_MAX_BYTES / 1024).toFixed(0)} KB).`,
  );
  console.log('Near-linear: "ms per KB" stays about flat as the size grows.\n');
  for (const shape of SHAPES.filter((s) => s.name.includes(only))) {
    console.log(shape.name);
    console.log('  size KB   wall ms   CPU ms   ms per KB   report entries   facts');
    const perKb: number[] = [];
    for (const size of sizes) {
      const raw = shape.make(size);
      const result = compileOne(raw);
      if (result.skipped) {
        console.log(`  skipped: ${result.skipped}`);
        break;
      }
      const kb = raw.length / 1024;
      perKb.push(result.cpuMs / kb);
      console.log(
        `  ${kb.toFixed(0).padStart(7)} ${result.wallMs.toFixed(0).padStart(9)} ${result.cpuMs.toFixed(0).padStart(8)} ${(result.cpuMs / kb).toFixed(2).padStart(11)} ${String(result.warnings).padStart(16)} ${String(result.facts).padStart(7)}`,
      );
    }
    // Linear cost keeps this near 1; a quadratic stage doubles it with each doubling of the size.
    if (perKb.length > 1)
      console.log(
        `  CPU per KB at the largest size / at the smallest: ${(perKb[perKb.length - 1]! / perKb[0]!).toFixed(2)}`,
      );
    console.log('');
  }
}

main();
