// The compiler's command line: `npm run data [-- --seeds DIR --out FILE --corrections FILE --max-bytes N]`.
// Compiles, prints a report, and sets the exit code: 0 when a dataset was written, 1 when nothing could be compiled,
// 2 when the arguments are wrong.
import { existsSync, statSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Dataset } from '../src/lib/dataset.ts';
import { compileFolder } from './compile/compile.ts';
import { loadCorrections } from './compile/corrections.ts';
import { DEFAULT_MAX_BYTES, formatBytes } from './compile/read.ts';
import { DatasetInvalidError, writeDataset } from './compile/write.ts';

export interface CliOptions {
  seeds: string;
  out: string;
  corrections: string;
  maxBytes: number;
  quiet: boolean;
}

const USAGE = `usage: npm run data -- [--seeds DIR] [--out FILE] [--corrections FILE] [--max-bytes N] [--quiet]
  --seeds DIR         folder of articles (.txt, .md; sub-folders included), default seeds
  --out FILE          dataset to write, default public/dataset.json
  --corrections FILE  editor's corrections, default data/corrections.json (missing file: none)
  --max-bytes N       skip article files larger than N bytes, default ${DEFAULT_MAX_BYTES}
  --quiet             print the summary only`;

/** Arguments → options, or the message explaining what is wrong with them. */
export function parseArguments(args: readonly string[]): CliOptions | { error: string } | { help: true } {
  const options: CliOptions = {
    seeds: 'seeds',
    out: 'public/dataset.json',
    corrections: 'data/corrections.json',
    maxBytes: DEFAULT_MAX_BYTES,
    quiet: false,
  };
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index] ?? '';
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
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
    if (flag === '--seeds' || flag === '--out' || flag === '--corrections' || flag === '--max-bytes') {
      const given = value();
      if (given === null || given === '') return { error: `${flag} needs a value` };
      if (flag === '--max-bytes') {
        const bytes = Number(given);
        if (!Number.isInteger(bytes) || bytes <= 0) return { error: `--max-bytes must be a positive whole number, not "${given}"` };
        options.maxBytes = bytes;
      } else if (flag === '--seeds') options.seeds = given;
      else if (flag === '--out') options.out = given;
      else options.corrections = given;
      continue;
    }
    return { error: `unknown argument "${arg}"` };
  }
  return options;
}

/** Runs the compiler; returns the exit code. Output goes through `print` so tests can read it. */
export function runCli(args: readonly string[], print: (line: string) => void = console.log): number {
  const parsed = parseArguments(args);
  if ('help' in parsed) {
    print(USAGE);
    return 0;
  }
  if ('error' in parsed) {
    print(`error: ${parsed.error}\n${USAGE}`);
    return 2;
  }
  const seeds = resolve(parsed.seeds);
  if (!existsSync(seeds) || !statSync(seeds).isDirectory()) {
    print(`error: ${parsed.seeds}: not a folder\n${USAGE}`);
    return 2;
  }
  const loaded = loadCorrections(resolve(parsed.corrections), parsed.corrections);
  const compiled = compileFolder(seeds, { maxBytes: parsed.maxBytes, corrections: loaded.corrections });
  const dataset: Dataset = {
    ...compiled,
    report: { ...compiled.report, corrections: [...loaded.problems, ...compiled.report.corrections] },
  };
  printReport(dataset, parsed, print);
  if (dataset.articles.length === 0) {
    print(`error: ${parsed.seeds}: no article could be compiled; nothing written`);
    return 1;
  }
  try {
    writeDataset(dataset, resolve(parsed.out));
  } catch (error) {
    if (error instanceof DatasetInvalidError) {
      print(`error: ${error.message}`);
      return 1;
    }
    throw error;
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
      ['unresolved date', report.unresolvedDates.map((entry) => ({ file: entry.file, message: `"${entry.phrase}": ${entry.message}` }))],
      ['correction', report.corrections],
    ];
    for (const [kind, entries] of sections) {
      for (const entry of entries) print(`${kind}: ${entry.file}: ${entry.message}`);
    }
  }
  const facts = dataset.measures.length + dataset.people.length + dataset.places.length + dataset.meetings.length + dataset.events.length;
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
  void formatBytes;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = runCli(process.argv.slice(2));
}
