import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  symlinkSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { OutputFileError, outputFileProblem, replaceFile } from './replace-file.ts';

// Faults the machine will not produce on demand (a full disk; a temporary folder on another device), injected into
// node:fs as replace-file.ts sees it. Everything else goes to the real file system.
const faults = vi.hoisted(() => ({ write: null as string | null, renameFromTmp: null as string | null }));
vi.mock('node:fs', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs')>();
  const fail = (code: string): never => {
    throw Object.assign(new Error(`${code}: simulated`), { code });
  };
  return {
    ...real,
    writeSync: (...args: Parameters<typeof real.writeSync>) =>
      faults.write ? fail(faults.write) : real.writeSync(...args),
    renameSync: (from: fs.PathLike, to: fs.PathLike) =>
      faults.renameFromTmp && String(from).startsWith(tmpdir()) && String(from).includes('tariff-tracer-write-')
        ? fail(faults.renameFromTmp)
        : real.renameSync(from, to),
  };
});

const base = mkdtempSync(join(tmpdir(), 'replace-file-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));
afterEach(() => {
  faults.write = null;
  faults.renameFromTmp = null;
});

const writeText = (text: string) => (descriptor: number) => {
  writeSync(descriptor, text);
};

/** Every path under `folder`, relative. */
function tree(folder: string): string[] {
  return (readdirSync(folder, { recursive: true }) as string[]).sort();
}

/** Temporary folders this module made in the system's temporary folder. */
function privateTemporaryFolders(): string[] {
  return readdirSync(tmpdir()).filter((name) => name.startsWith('tariff-tracer-write-'));
}

describe('outputFileProblem', () => {
  const folder = mkdtempSync(join(base, 'problems-'));
  const seeds = join(folder, 'seeds');
  mkdirSync(seeds);
  writeFileSync(join(seeds, '000_x.txt'), 'An article.');
  writeFileSync(join(folder, 'target.json'), '{}');
  symlinkSync(join(folder, 'target.json'), join(folder, 'link.json'));
  symlinkSync(seeds, join(folder, 'seeds-link'));

  const cases = [
    { name: 'a new file', file: join(folder, 'new', 'dataset.json'), expected: null },
    { name: 'a regular file', file: join(folder, 'target.json'), expected: null },
    {
      name: 'a symbolic link',
      file: join(folder, 'link.json'),
      expected: 'is a symbolic link: not replaced (give the path of the file itself)',
    },
    { name: 'a folder', file: folder, expected: 'is a folder: give the path of a file, such as public/dataset.json' },
    { name: 'a device', file: '/dev/null', expected: 'is a device, not a regular file: not replaced' },
    { name: 'an article', file: join(seeds, '000_x.txt'), expected: /^is inside the seeds folder/ },
    {
      name: 'a new file in a sub-folder of the seeds',
      file: join(seeds, 'sub', 'out.json'),
      expected: /^is inside the seeds folder/,
    },
    {
      name: 'a file in the seeds reached through a link',
      file: join(folder, 'seeds-link', 'out.json'),
      expected: /^is inside the seeds folder/,
    },
  ];
  for (const { name, file, expected } of cases) {
    it(`${expected === null ? 'accepts' : 'refuses'} ${name}`, () => {
      const problem = outputFileProblem(file, seeds);
      if (expected instanceof RegExp) expect(problem).toMatch(expected);
      else expect(problem).toBe(expected);
    });
  }
});

describe('replaceFile', () => {
  it('replaces a file and leaves nothing else beside it', () => {
    const folder = mkdtempSync(join(base, 'plain-'));
    const file = join(folder, 'dataset.json');
    writeFileSync(file, 'old');
    replaceFile(file, writeText('new'));
    expect(readFileSync(file, 'utf8')).toBe('new');
    expect(tree(folder)).toEqual(['dataset.json']);
  });

  it('refuses a symbolic link, a device or a file in the seeds folder, and leaves them as they were', () => {
    const folder = mkdtempSync(join(base, 'refuse-'));
    writeFileSync(join(folder, 'target.json'), 'target');
    symlinkSync(join(folder, 'target.json'), join(folder, 'link.json'));
    expect(() => replaceFile(join(folder, 'link.json'), writeText('new'))).toThrow(OutputFileError);
    expect(readlinkSync(join(folder, 'link.json'))).toBe(join(folder, 'target.json'));
    expect(readFileSync(join(folder, 'target.json'), 'utf8')).toBe('target');
    expect(() => replaceFile('/dev/null', writeText('new'))).toThrow(
      '/dev/null: is a device, not a regular file: not replaced',
    );
    expect(lstatSync('/dev/null').isCharacterDevice()).toBe(true);
    mkdirSync(join(folder, 'seeds'));
    writeFileSync(join(folder, 'seeds', 'a.txt'), 'article');
    expect(() =>
      replaceFile(join(folder, 'seeds', 'a.txt'), writeText('{}'), { forbiddenFolder: join(folder, 'seeds') }),
    ).toThrow(/is inside the seeds folder/);
    expect(readFileSync(join(folder, 'seeds', 'a.txt'), 'utf8')).toBe('article');
    expect(tree(folder)).toEqual(['link.json', 'seeds', 'seeds/a.txt', 'target.json']);
  });

  it('says in one line why a file cannot be written, and leaves no temporary file', () => {
    const folder = mkdtempSync(join(base, 'fail-'));
    writeFileSync(join(folder, 'a-file'), '');
    expect(() => replaceFile(join(folder, 'a-file', 'dataset.json'), writeText('x'))).toThrow(
      `${join(folder, 'a-file', 'dataset.json')}: a part of the path is a file, not a folder (ENOTDIR)`,
    );
    const file = join(folder, 'dataset.json');
    writeFileSync(file, 'old');
    faults.write = 'ENOSPC';
    expect(() => replaceFile(file, writeText('new'))).toThrow(`${file}: no space left on the device (ENOSPC)`);
    faults.write = 'EACCES';
    expect(() => replaceFile(file, writeText('new'))).toThrow(`${file}: permission denied (EACCES)`);
    expect(readFileSync(file, 'utf8')).toBe('old');
    expect(tree(folder)).toEqual(['a-file', 'dataset.json']);
  });

  it('keeps its temporary file out of a public/ or dist/ folder, across devices too', () => {
    const before = privateTemporaryFolders();
    for (const published of ['public', 'dist']) {
      const folder = join(mkdtempSync(join(base, 'published-')), published);
      mkdirSync(folder);
      const file = join(folder, 'dataset.json');
      const seen: string[][] = [];
      replaceFile(file, writeText('same device'), { onTemporaryFile: () => seen.push(tree(folder)) });
      faults.renameFromTmp = 'EXDEV';
      replaceFile(file, writeText('other device'), { onTemporaryFile: () => seen.push(tree(folder)) });
      expect(seen).toEqual([[], ['dataset.json']]);
      expect(readFileSync(file, 'utf8')).toBe('other device');
      expect(tree(folder)).toEqual(['dataset.json']);
    }
    expect(privateTemporaryFolders()).toEqual(before);
  });

  it('removes temporary files that a killed build left beside the file, and only those of dead processes', () => {
    const folder = mkdtempSync(join(base, 'stale-'));
    const file = join(folder, 'dataset.json');
    // Above Linux's largest process id (2^22): no process has it.
    const dead = 4_194_305;
    for (const name of [
      `dataset.json.${dead}.tmp`,
      `.dataset.json.${dead}.tmp`,
      `.dataset.json.${process.ppid}.tmp`,
      `other.json.${dead}.tmp`,
    ]) {
      writeFileSync(join(folder, name), 'partial');
    }
    replaceFile(file, writeText('{}'));
    expect(tree(folder)).toEqual([`.dataset.json.${process.ppid}.tmp`, 'dataset.json', `other.json.${dead}.tmp`]);
  });
});

describe('replaceFile interrupted by a signal (child processes)', () => {
  const module = resolve('scripts/compile/replace-file.ts');
  const script = join(base, 'interrupt.ts');
  writeFileSync(
    script,
    `import { writeSync } from 'node:fs';
import { replaceFile } from ${JSON.stringify(module)};
const [file, signal] = process.argv.slice(2);
replaceFile(file, (descriptor) => { writeSync(descriptor, 'x'.repeat(1 << 20)); }, {
  onTemporaryFile: (path) => { console.log(path); process.kill(process.pid, signal); },
});
console.log('returned');
`,
  );

  for (const [signal, published] of [
    ['SIGINT', 'public'],
    ['SIGTERM', 'out'],
    ['SIGHUP', 'dist'],
  ] as const) {
    it(`${signal} during the write to ${published}/ ends the process by that signal and leaves no temporary file`, () => {
      const folder = join(mkdtempSync(join(base, 'signal-')), published);
      mkdirSync(folder);
      const file = join(folder, 'dataset.json');
      writeFileSync(file, 'old');
      const result = spawnSync(process.execPath, ['--import', 'tsx', script, file, signal], {
        encoding: 'utf8',
        timeout: 30_000,
      });
      const [temporary] = result.stdout.split('\n');
      expect(result.stderr).toBe('');
      expect(result.signal).toBe(signal);
      expect(temporary).toMatch(/\.tmp$|dataset\.json$/);
      expect(existsSync(temporary!)).toBe(false);
      expect(tree(folder)).toEqual(['dataset.json']);
      // The write was under way: it completes (the file is whole), then the signal ends the process.
      expect(readFileSync(file, 'utf8')).toHaveLength(1 << 20);
    }, 60_000);
  }
});
