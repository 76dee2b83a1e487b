import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseArguments, runCli } from './build-data.ts';

const dir = mkdtempSync(join(tmpdir(), 'build-data-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(args: string[]): { code: number; out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  const code = runCli(args, (line) => out.push(line), (line) => err.push(line));
  return { code, out, err };
}

describe('parseArguments', () => {
  it('defaults to seeds/ → public/dataset.json with the committed corrections', () => {
    expect(parseArguments([])).toMatchObject({ seeds: 'seeds', out: 'public/dataset.json', corrections: 'data/corrections.json' });
  });

  it('applies no corrections to another folder unless asked', () => {
    expect(parseArguments(['--seeds', 'x'])).toMatchObject({ seeds: 'x', corrections: null });
    expect(parseArguments(['--seeds=x', '--corrections', 'c.json'])).toMatchObject({ seeds: 'x', corrections: 'c.json' });
    expect(parseArguments(['--no-corrections'])).toMatchObject({ corrections: null });
  });

  it('explains wrong arguments', () => {
    expect(parseArguments(['--seeds'])).toEqual({ error: '--seeds needs a value' });
    expect(parseArguments(['--max-bytes', '-3'])).toEqual({ error: '--max-bytes must be a positive whole number, not "-3"' });
    expect(parseArguments(['--max-bytes', 'lots'])).toEqual({ error: '--max-bytes must be a positive whole number, not "lots"' });
    expect(parseArguments(['seeds'])).toEqual({ error: 'unknown argument "seeds"' });
  });
});

describe('runCli', () => {
  it('compiles a folder with bad files, prints each problem as "file: problem" and the counts, and exits 0', () => {
    const out = join(dir, 'mixed.json');
    const result = run(['--seeds', 'tests/fixtures/compiler/mixed', '--out', out]);
    expect(result.code).toBe(0);
    expect(result.err).toEqual([]);
    expect(result.out).toContain('skipped: empty.txt: empty file');
    expect(result.out).toContain('skipped: latin1.txt: not valid UTF-8 (byte 0xE9 at offset 7; Latin-1 or Windows-1252?): save the file as UTF-8');
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
    writeFileSync(corrections, JSON.stringify({ corrections: [{ action: 'drop', id: 'measure-that-does-not-exist' }] }));
    const result = run(['--seeds', 'tests/fixtures/xss', '--out', join(dir, 'xss.json'), '--corrections', corrections]);
    expect(result.code).toBe(0);
    expect(result.out).toContain(
      `correction: ${corrections}: correction #1 (drop measure-that-does-not-exist): no fact has this id (ids change only when the text does: check the latest dataset)`,
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
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build-data.ts', '--nope'], { encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^error: unknown argument "--nope"/);
  }, 60_000);
});
