// The compiler's command line: `npm run data [-- --seeds DIR --out FILE --corrections FILE --max-bytes N]`.
// Compiles, prints a report, and sets the exit code: 0 when a dataset was written, 1 when nothing could be compiled or
// written (a broken corrections file, a full disk: one line naming the file), 2 when the arguments are wrong.
import { existsSync, statSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Dataset } from '../src/lib/dataset.ts';
import { compileFolder } from './compile/compile.ts';
import { loadCorrections } from './compile/corrections.ts';
import { DEFAULT_MAX_BYTES } from './compile/read.ts';
import { OutputFileError, outputFileProblem } from './compile/replace-file.ts';
import { DatasetInvalidError, writeDataset } from './compile/write.ts';

export interface CliOptions {
  seeds: string;
  out: string;
  /** null: no corrections. */
  corrections: string | null;
  maxBytes: number;
  quiet: boolean;
}

const USAGE = `usage: npm run data -- [--seeds DIR] [--out FILE] [--corrections FILE | --no-corrections] [--max-bytes N] [--quiet]
  --seeds DIR         folder of articles (.txt, .md; sub-folders included), default seeds
  --out FILE          dataset to write, default public/dataset.json (a regular file or a new one, outside the
                      seeds folder: a link, a folder or a device is not replaced)
  --corrections FILE  editor's corrections (fixes by fact id); default data/corrections.json when --seeds is not
                      given: those fixes are for the seeds folder, so another folder gets none unless asked
  --no-corrections    apply no corrections
  --max-bytes N       skip article files larger than N bytes, default ${DEFAULT_MAX_BYTES}
  --quiet             print the summary only`;

/** Arguments → options, or the message explaining what is wrong with them. */
export function parseArguments(args: readonly string[]): CliOptions | { error: string } | { help: true } {
  const options: CliOptions = {
    seeds: 'seeds',
    out: 'public/dataset.json',
    corrections: null,
    maxBytes: DEFAULT_MAX_BYTES,
    quiet: false,
  };
  let seedsGiven = false;
  let correctionsGiven = false;
  let noCorrections = false;
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index] ?? '';
    const [flag, inline] =
      arg.startsWith('--') && arg.includes('=')
        ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
        : [arg, undefined];
    const value = (): string | null => {
      if (inline !== undefined) return inline;
      const next = args[index + 1];
      if (next === undefined || next.startsWith('--')) return null;
      index += 1;
      return next;
    };
    if (flag === '--help' || flag === '-h') return { help: true };
    if (flag === '--quiet') {
      options.quiet = true;
      continue;
    }
    if (flag === '--no-corrections') {
      noCorrections = true;
      continue;
    }
    if (flag === '--seeds' || flag === '--out' || flag === '--corrections' || flag === '--max-bytes') {
      const given = value();
      if (given === null || given === '') return { error: `${flag} needs a value` };
      if (flag === '--max-bytes') {
        const bytes = Number(given);
        if (!Number.isInteger(bytes) || bytes <= 0)
          return { error: `--max-bytes must be a positive whole number, not "${given}"` };
        options.maxBytes = bytes;
      } else if (flag === '--seeds') {
        options.seeds = given;
        seedsGiven = true;
      } else if (flag === '--out') options.out = given;
      else {
        options.corrections = given;
        correctionsGiven = true;
      }
      continue;
    }
    return { error: `unknown argument "${arg}"` };
  }
  if (noCorrections && correctionsGiven) return { error: 'give --corrections FILE or --no-corrections, not both' };
  if (noCorrections) options.corrections = null;
  else if (!seedsGiven && !correctionsGiven) options.corrections = 'data/corrections.json';
  return options;
}

/** Runs the compiler; returns the exit code. Output goes through `print` and `printError` so tests can read it. */
export function runCli(
  args: readonly string[],
  print: (line: string) => void = console.log,
  printError: (line: string) => void = console.error,
): number {
  const parsed = parseArguments(args);
  if ('help' in parsed) {
    print(USAGE);
    return 0;
  }
  if ('error' in parsed) {
    printError(`error: ${parsed.error}\n${USAGE}`);
    return 2;
  }
  const seeds = resolve(parsed.seeds);
  if (!existsSync(seeds) || !statSync(seeds).isDirectory()) {
    printError(`error: ${parsed.seeds}: not a folder\n${USAGE}`);
    return 2;
  }
  // Checked before compiling, so a wrong --out costs no compile; writeDataset checks again when it writes.
  const outProblem = outputFileProblem(resolve(parsed.out), seeds);
  if (outProblem) {
    printError(`error: --out ${printable(parsed.out)}: ${outProblem}`);
    return 2;
  }
  if (
    parsed.corrections !== null &&
    parsed.corrections !== 'data/corrections.json' &&
    !existsSync(resolve(parsed.corrections))
  ) {
    printError(`error: ${parsed.corrections}: corrections file not found\n${USAGE}`);
    return 2;
  }
  const loaded =
    parsed.corrections === null
      ? { corrections: [], problems: [] }
      : loadCorrections(resolve(parsed.corrections), parsed.corrections);
  if (loaded.problems.length > 0) {
    // Building without the editor's fixes would publish what they corrected: stop, unless asked to skip them.
    for (const problem of loaded.problems)
      printError(`error: ${printable(problem.file)}: ${printable(problem.message)}`);
    printError('error: nothing written: fix the corrections file, or build without corrections (--no-corrections)');
    return 1;
  }
  let dataset: Dataset;
  try {
    dataset = compileFolder(seeds, {
      maxBytes: parsed.maxBytes,
      corrections: loaded.corrections,
      correctionsFile: parsed.corrections ?? undefined,
    });
  } catch (error) {
    // A bug in a compiler stage, not a bad input (inputs become report entries): say where, write nothing.
    printError(
      `error: ${parsed.seeds}: the compiler failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    );
    return 1;
  }
  printReport(dataset, parsed, print);
  if (dataset.articles.length === 0) {
    printError(`error: ${parsed.seeds}: no article could be compiled; nothing written`);
    return 1;
  }
  try {
    writeDataset(dataset, resolve(parsed.out), { forbiddenFolder: seeds });
  } catch (error) {
    if (error instanceof DatasetInvalidError) printError(`error: ${error.message}`);
    else if (error instanceof OutputFileError)
      printError(`error: ${printable(parsed.out)}: cannot write the dataset: ${error.reason}; nothing written`);
    else
      printError(
        `error: ${printable(parsed.out)}: cannot write the dataset: ${error instanceof Error ? error.message : String(error)}`,
      );
    return 1;
  }
  print(`wrote ${relative(process.cwd(), resolve(parsed.out)) || parsed.out}`);
  return 0;
}

function printReport(dataset: Dataset, options: CliOptions, print: (line: string) => void): void {
  const { report } = dataset;
  if (!options.quiet) {
    const sections: [string, { file: string; message: string }[]][] = [
      ['skipped', report.skipped],
      ['warning', report.warnings],
      [
        'unresolved date',
        report.unresolvedDates.map((entry) => ({ file: entry.file, message: `"${entry.phrase}": ${entry.message}` })),
      ],
      ['correction', report.corrections],
    ];
    for (const [kind, entries] of sections) {
      for (const entry of entries) print(`${kind}: ${printable(entry.file)}: ${printable(entry.message)}`);
    }
  }
  const facts =
    dataset.measures.length +
    dataset.people.length +
    dataset.places.length +
    dataset.meetings.length +
    dataset.events.length;
  print(
    [
      `${dataset.articles.length} articles`,
      `${facts} facts (${dataset.measures.length} measures, ${dataset.people.length} people, ${dataset.places.length} places, ${dataset.meetings.length} meetings, ${dataset.events.length} events, ${dataset.trip.stops.length} trip stops)`,
      `${dataset.conflicts.length} conflicts`,
      `${report.skipped.length} skipped`,
      `${report.warnings.length} warnings`,
      `${report.unresolvedDates.length} unresolved dates`,
      `${report.corrections.length} correction problems`,
    ].join(', '),
  );
}

/**
 * Text for one report line: control characters (a newline in a file name, a terminal escape sequence in a title) are
 * written as escapes, so each entry stays one line and nothing an article's author wrote can drive the terminal.
 */
export function printable(text: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what a report line must not carry
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (char) => {
    const named: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
    return named[char] ?? `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  // "npm run data | head" closes the report's pipe early: the report is cut there, the dataset is still written.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
  });
  process.exitCode = runCli(process.argv.slice(2));
}
