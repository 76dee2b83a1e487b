import { execFileSync, spawnSync } from 'node:child_process';
import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseArguments, printable, runCli } from './build-data.ts';

const dir = mkdtempSync(join(tmpdir(), 'build-data-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(args: string[]): { code: number; out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  const code = runCli(
    args,
    (line) => out.push(line),
    (line) => err.push(line),
  );
  return { code, out, err };
}

describe('parseArguments', () => {
  it('defaults to seeds/ → public/dataset.json with the committed corrections', () => {
    expect(parseArguments([])).toMatchObject({
      seeds: 'seeds',
      out: 'public/dataset.json',
      corrections: 'data/corrections.json',
    });
  });

  it('applies no corrections to another folder unless asked', () => {
    expect(parseArguments(['--seeds', 'x'])).toMatchObject({ seeds: 'x', corrections: null });
    expect(parseArguments(['--seeds=x', '--corrections', 'c.json'])).toMatchObject({
      seeds: 'x',
      corrections: 'c.json',
    });
    expect(parseArguments(['--no-corrections'])).toMatchObject({ corrections: null });
  });

  it('explains wrong arguments', () => {
    expect(parseArguments(['--seeds'])).toEqual({ error: '--seeds needs a value' });
    expect(parseArguments(['--max-bytes', '-3'])).toEqual({
      error: '--max-bytes must be a positive whole number, not "-3"',
    });
    expect(parseArguments(['--max-bytes', 'lots'])).toEqual({
      error: '--max-bytes must be a positive whole number, not "lots"',
    });
    expect(parseArguments(['seeds'])).toEqual({ error: 'unknown argument "seeds"' });
    expect(parseArguments(['--corrections', 'c.json', '--no-corrections'])).toEqual({
      error: 'give --corrections FILE or --no-corrections, not both',
    });
  });
});

describe('runCli', () => {
  it('compiles a folder with bad files, prints each problem as "file: problem" and the counts, and exits 0', () => {
    const out = join(dir, 'mixed.json');
    const result = run(['--seeds', 'tests/fixtures/compiler/mixed', '--out', out]);
    expect(result.code).toBe(0);
    expect(result.err).toEqual([]);
    expect(result.out).toContain('skipped: empty.txt: empty file');
    expect(result.out).toContain(
      'skipped: latin1.txt: not valid UTF-8 (byte 0xE9 at offset 7; Latin-1 or Windows-1252?): save the file as UTF-8',
    );
    expect(result.out.find((line) => line.startsWith('5 articles, '))).toMatch(/, 6 skipped, 2 warnings, /);
    expect(JSON.parse(readFileSync(out, 'utf8')).articles).toHaveLength(5);
  }, 60_000);

  it('exits 1 and writes nothing when no article can be compiled', () => {
    const empty = mkdtempSync(join(dir, 'empty-'));
    writeFileSync(join(empty, 'blank.txt'), '');
    const result = run(['--seeds', empty, '--out', join(dir, 'never.json')]);
    expect(result.code).toBe(1);
    expect(result.err[0]).toBe(`error: ${empty}: no article could be compiled; nothing written`);
    expect(() => readFileSync(join(dir, 'never.json'))).toThrow();
  });

  it('exits 2 on wrong arguments or a missing folder, with the usage', () => {
    expect(run(['--bogus']).code).toBe(2);
    const missing = run(['--seeds', join(dir, 'nope')]);
    expect(missing.code).toBe(2);
    expect(missing.err[0]).toMatch(/nope: not a folder\nusage: npm run data/);
    expect(run(['--corrections', join(dir, 'none.json')]).err[0]).toMatch(/none\.json: corrections file not found/);
  });

  it('reports corrections that name unknown facts', () => {
    const corrections = join(dir, 'corrections.json');
    writeFileSync(
      corrections,
      JSON.stringify({ corrections: [{ action: 'drop', id: 'measure-that-does-not-exist' }] }),
    );
    const result = run(['--seeds', 'tests/fixtures/xss', '--out', join(dir, 'xss.json'), '--corrections', corrections]);
    expect(result.code).toBe(0);
    expect(result.out).toContain(
      `correction: ${corrections}: correction #1 (drop measure-that-does-not-exist): no fact has this id (ids change only when the text does: check the latest dataset)`,
    );
  });
});

describe('runCli with a corrections file that cannot be used', () => {
  const seeds = 'tests/fixtures/xss';
  const cases = [
    { name: 'malformed JSON', text: '{ "corrections": [', message: /^error: .*broken-0\.json: not valid JSON: / },
    {
      name: 'no corrections array',
      text: '{ "fixes": [] }',
      message: /^error: .*broken-1\.json: expected an object with a "corrections" array$/,
    },
    {
      name: 'an entry of the wrong shape',
      text: '{ "corrections": [{ "action": "drop" }] }',
      message: /^error: .*broken-2\.json: correction #1: "drop" needs an "id"$/,
    },
  ];
  cases.forEach(({ name, text, message }, index) => {
    it(`fails the build on ${name}, naming the file, and writes nothing`, () => {
      const corrections = join(dir, `broken-${index}.json`);
      writeFileSync(corrections, text);
      const out = join(dir, `never-${index}.json`);
      const result = run(['--seeds', seeds, '--out', out, '--corrections', corrections]);
      expect(result.code).toBe(1);
      expect(result.err[0]).toMatch(message);
      expect(result.err.at(-1)).toBe(
        'error: nothing written: fix the corrections file, or build without corrections (--no-corrections)',
      );
      expect(existsSync(out)).toBe(false);
    });
  });

  it('fails on a corrections path that is a folder, in one line', () => {
    const result = run(['--seeds', seeds, '--out', join(dir, 'never-folder.json'), '--corrections', dir]);
    expect(result.code).toBe(1);
    expect(result.err[0]).toBe(`error: ${dir}: cannot read the file (EISDIR)`);
  });

  it('builds without corrections when asked to, even where the default file is broken', () => {
    const project = mkdtempSync(join(dir, 'project-'));
    mkdirSync(join(project, 'data'));
    writeFileSync(join(project, 'data', 'corrections.json'), '{ not json');
    const cwd = process.cwd();
    process.chdir(project);
    try {
      expect(run(['--out', 'a.json']).code).toBe(2); // no seeds/ here: the folder check comes first
      mkdirSync('seeds');
      writeFileSync(
        join('seeds', 'a.txt'),
        'OTTAWA, Oct. 1, 2024 — Canada imposed a 100% surtax on Chinese electric vehicles.',
      );
      const broken = run(['--out', 'a.json']);
      expect(broken.code).toBe(1);
      expect(broken.err[0]).toMatch(/^error: data\/corrections\.json: not valid JSON: /);
      expect(existsSync('a.json')).toBe(false);
      expect(run(['--out', 'a.json', '--no-corrections']).code).toBe(0);
      expect(JSON.parse(readFileSync('a.json', 'utf8')).articles).toHaveLength(1);
    } finally {
      process.chdir(cwd);
    }
  });
});

describe('the report', () => {
  it('writes a file name with a newline or a terminal escape on one line, escaped', () => {
    expect(printable('a\nb.txt')).toBe('a\\nb.txt');
    expect(printable('\u001b[2Jx.txt')).toBe('\\u001b[2Jx.txt');
    const seeds = mkdtempSync(join(dir, 'names-'));
    writeFileSync(join(seeds, 'line\nbreak.txt'), '');
    writeFileSync(
      join(seeds, 'ok.txt'),
      'OTTAWA, Oct. 1, 2024 — Canada imposed a 100% surtax on Chinese electric vehicles.',
    );
    const result = run(['--seeds', seeds, '--out', join(dir, 'names.json')]);
    expect(result.code).toBe(0);
    expect(result.out).toContain('skipped: line\\nbreak.txt: empty file');
    expect(result.out.every((line) => !line.includes('\n'))).toBe(true);
  });

  it('publishes nothing from outside the seeds folder through a symbolic link', () => {
    const seeds = mkdtempSync(join(dir, 'links-'));
    const secret = join(dir, 'secret.txt');
    writeFileSync(secret, 'root:x:0:0:root:/root:/bin/bash');
    writeFileSync(
      join(seeds, 'ok.txt'),
      'OTTAWA, Oct. 1, 2024 — Canada imposed a 100% surtax on Chinese electric vehicles.',
    );
    symlinkSync(secret, join(seeds, 'p.txt'));
    const out = join(dir, 'links.json');
    const result = run(['--seeds', seeds, '--out', out]);
    expect(result.code).toBe(0);
    expect(result.out).toContain('skipped: p.txt: symbolic link to a file outside the seeds folder: not followed');
    expect(readFileSync(out, 'utf8')).not.toContain('root:x');
  });
});

describe('runCli --out', () => {
  const project = mkdtempSync(join(dir, 'out-'));
  const seeds = join(project, 'seeds');
  mkdirSync(seeds);
  writeFileSync(
    join(seeds, '000_x.txt'),
    'OTTAWA, Oct. 1, 2024 — Canada imposed a 100% surtax on Chinese electric vehicles.',
  );
  writeFileSync(join(project, 'target.json'), 'target');
  symlinkSync(join(project, 'target.json'), join(project, 'link.json'));

  const refused = [
    { name: 'an article in the seeds folder', out: join(seeds, '000_x.txt'), message: /is inside the seeds folder/ },
    { name: 'a new file in the seeds folder', out: join(seeds, 'dataset.json'), message: /is inside the seeds folder/ },
    { name: 'a symbolic link', out: join(project, 'link.json'), message: /is a symbolic link: not replaced/ },
    { name: 'a folder', out: project, message: /is a folder/ },
    { name: 'a device', out: '/dev/full', message: /is a device, not a regular file: not replaced/ },
  ];
  for (const { name, out, message } of refused) {
    it(`refuses ${name} before compiling, in one line, and leaves it as it was`, () => {
      const result = run(['--seeds', seeds, '--out', out]);
      expect(result.code).toBe(2);
      expect(result.err).toHaveLength(1);
      expect(result.err[0]).toMatch(
        new RegExp(`^error: --out ${out.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: ${message.source}`),
      );
      expect(result.out).toEqual([]);
    });
  }

  it('left every refused path as it was', () => {
    expect(readFileSync(join(seeds, '000_x.txt'), 'utf8')).toMatch(/^OTTAWA/);
    expect(existsSync(join(seeds, 'dataset.json'))).toBe(false);
    expect(lstatSync(join(project, 'link.json')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(project, 'target.json'), 'utf8')).toBe('target');
    expect(lstatSync('/dev/full').isCharacterDevice()).toBe(true);
  });

  it('says in one line, naming the file, when the dataset cannot be written, and exits 1', () => {
    const out = '/proc/tariff-tracer-dataset.json';
    const result = run(['--seeds', seeds, '--out', out, '--quiet']);
    expect(result.code).toBe(1);
    // /proc takes no new files: ENOENT as root here, EACCES elsewhere.
    expect(result.err).toHaveLength(1);
    expect(result.err[0]).toMatch(
      /^error: \/proc\/tariff-tracer-dataset\.json: cannot write the dataset: [a-z ]+ \(E[A-Z]+\); nothing written$/,
    );
  });
});

describe('npm run data in child processes', () => {
  it('writes byte-identical files on two runs under TZ=UTC and TZ=Asia/Tokyo', () => {
    const outputs = ['UTC', 'Asia/Tokyo'].map((zone) => {
      const out = join(dir, `seeds-${zone.replace('/', '-')}.json`);
      execFileSync(process.execPath, ['--import', 'tsx', 'scripts/build-data.ts', '--quiet', '--out', out], {
        env: { ...process.env, TZ: zone },
        stdio: 'pipe',
      });
      return readFileSync(out);
    });
    expect(outputs[0]!.length).toBeGreaterThan(10_000);
    expect(outputs[0]!.equals(outputs[1]!)).toBe(true);
  }, 180_000);

  it('exits 2 from the command line on a wrong argument, and prints the error to stderr', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build-data.ts', '--nope'], {
      encoding: 'utf8',
    });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^error: unknown argument "--nope"/);
  }, 60_000);
});
