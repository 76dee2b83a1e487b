import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeUtf8, listFiles, parseArticleText, readSeedFolder } from './read.ts';

const MIXED = 'tests/fixtures/compiler/mixed';

describe('readSeedFolder on the mixed fixture folder', () => {
  const result = readSeedFolder(MIXED);
  const skipped = Object.fromEntries(result.skipped.map((entry) => [entry.file, entry.message]));
  const byFile = Object.fromEntries(result.sources.map((source) => [source.file, source]));

  it('accounts for every file in the folder, sub-folders included: read or skipped with a reason', () => {
    const all = listFiles(MIXED);
    expect(all).toContain('sub-folder/nested.txt');
    const accounted = [
      ...result.sources.map((source) => source.file),
      ...result.skipped.map((entry) => entry.file),
    ].sort();
    expect(accounted).toEqual(all);
  });

  it('names the problem of each unreadable file', () => {
    expect(skipped['empty.txt']).toBe('empty file');
    expect(skipped['whitespace-only.txt']).toBe('empty file (only whitespace)');
    expect(skipped['binary.txt']).toMatch(/^binary file \(NUL byte at offset \d+\), not text$/);
    expect(skipped['latin1.txt']).toMatch(/^not valid UTF-8 \(byte 0xE9 at offset 7; .*save the file as UTF-8$/);
    expect(skipped['notes.csv']).toMatch(/not an article file/);
  });

  it('strips a byte-order mark and turns CRLF into LF, so offsets count characters of the stored text', () => {
    const source = byFile['bom-crlf.txt'];
    expect(source?.text.startsWith('Beijing Responds to Ottawa\n\nBEIJING, March 8, 2025')).toBe(true);
    expect(source?.text).not.toMatch(/\r|\ufeff/);
  });

  it('reads front matter and keeps only the text after it', () => {
    const source = byFile['front-matter.md'];
    expect(source?.frontMatter).toEqual({
      title: 'Canada and China agree to talk trade',
      outlet: 'Example Daily',
      published: '2025-10-31',
      url: 'https://example.org/canada-china-talks',
    });
    expect(source?.text.startsWith('Prime Minister Mark Carney met')).toBe(true);
  });

  it('strips HTML markup, drops script and style content, decodes entities, and warns', () => {
    const source = byFile['html-article.txt'];
    expect(source?.text).toBe(
      'Steel tariffs take effect\n\nOTTAWA, Oct. 15, 2024 — Canada’s 25% surtax on Chinese steel and aluminum took effect on Tuesday.\n\nThe finance minister said the measure & its timing were set in August.',
    );
    expect(source?.warnings.map((warning) => warning.message)).toEqual([
      'HTML markup removed (10 tags, 2 script/style elements dropped); evidence refers to the text without tags',
    ]);
  });
});

describe('large files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'compiler-large-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('skips a file of several megabytes with its size and the limit, and reads the files beside it', () => {
    writeFileSync(join(dir, 'huge.txt'), 'Canada imposed tariffs on Chinese steel. '.repeat(80_000));
    writeFileSync(join(dir, 'small.txt'), 'Canada imposed tariffs on Chinese steel.');
    const result = readSeedFolder(dir);
    expect(result.skipped).toEqual([
      { file: 'huge.txt', message: 'file is 3.1 MB, over the 2.0 MB limit for one article (skipped, not truncated)' },
    ]);
    expect(result.sources.map((source) => source.file)).toEqual(['small.txt']);
  });

  it('honours a lower limit', () => {
    expect(readSeedFolder(dir, { maxBytes: 10 }).skipped.map((entry) => entry.file)).toEqual(['huge.txt', 'small.txt']);
  });
});

describe('folders', () => {
  const dir = mkdtempSync(join(tmpdir(), 'compiler-folders-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reports hidden folders and symbolic-link loops instead of reading them, and reads a broken link as a problem file', () => {
    mkdirSync(join(dir, '.git'));
    writeFileSync(join(dir, '.git', 'HEAD.txt'), 'ref: refs/heads/main');
    mkdirSync(join(dir, 'b'));
    writeFileSync(join(dir, 'b', 'article.txt'), 'Canada imposed tariffs.');
    symlinkSync(join(dir, 'b'), join(dir, 'b', 'loop'));
    symlinkSync(join(dir, 'missing.txt'), join(dir, 'broken.txt'));
    const result = readSeedFolder(dir);
    expect(result.sources.map((source) => source.file)).toEqual(['b/article.txt']);
    expect(result.skipped).toEqual([
      { file: '.git/', message: 'hidden folder: not read' },
      { file: 'b/loop/', message: 'folder already read through another path (symbolic link loop): not read again' },
      { file: 'broken.txt', message: 'cannot read the file (ENOENT)' },
    ]);
  });
});

describe('symbolic links', () => {
  const base = mkdtempSync(join(tmpdir(), 'compiler-links-'));
  afterAll(() => rmSync(base, { recursive: true, force: true }));
  const seeds = join(base, 'seeds');
  const outside = join(base, 'outside');
  mkdirSync(seeds);
  mkdirSync(join(outside, 'many'), { recursive: true });
  writeFileSync(join(outside, 'passwd.txt'), 'root:x:0:0:root:/root:/bin/bash');
  for (let index = 0; index < 30; index += 1)
    writeFileSync(join(outside, 'many', `file-${index}.txt`), 'Canada imposed tariffs.');
  writeFileSync(join(seeds, 'article.txt'), 'Canada imposed tariffs on Chinese steel.');
  symlinkSync(join(outside, 'passwd.txt'), join(seeds, 'p.txt'));
  symlinkSync('../outside/passwd.txt', join(seeds, 'relative.txt'));
  symlinkSync(outside, join(seeds, 'etc'));
  symlinkSync(join(seeds, 'article.txt'), join(seeds, 'alias.txt'));

  it('never reads a file outside the seeds folder through a link, and says why', () => {
    const result = readSeedFolder(seeds);
    expect(result.sources.map((source) => source.file)).toEqual(['alias.txt', 'article.txt']);
    expect(result.sources.some((source) => source.text.includes('root:x'))).toBe(false);
    expect(result.skipped).toEqual([
      { file: 'etc/', message: 'symbolic link to a folder outside the seeds folder: not followed' },
      { file: 'p.txt', message: 'symbolic link to a file outside the seeds folder: not followed' },
      { file: 'relative.txt', message: 'symbolic link to a file outside the seeds folder: not followed' },
    ]);
  });

  it('does not walk a linked folder outside, so none of its file names reach the report', () => {
    expect(listFiles(seeds).filter((file) => file.startsWith('etc/'))).toEqual([]);
  });

  it('reads a seeds folder that is itself a link (its real path is the boundary)', () => {
    symlinkSync(seeds, join(base, 'seeds-link'));
    expect(readSeedFolder(join(base, 'seeds-link')).sources.map((source) => source.file)).toEqual([
      'alias.txt',
      'article.txt',
    ]);
  });

  it('skips a named pipe instead of waiting on it forever', () => {
    const fifoFolder = mkdtempSync(join(base, 'fifo-'));
    execFileSync('mkfifo', [join(fifoFolder, 'pipe.txt')]);
    expect(readSeedFolder(fifoFolder).skipped).toEqual([
      { file: 'pipe.txt', message: 'not a regular file (a named pipe)' },
    ]);
  });
});

describe('decodeUtf8', () => {
  it('recognises UTF-16 saved without a byte-order mark, both byte orders, instead of calling it binary', () => {
    const text = 'OTTAWA — Canada imposed a 100% surtax on Chinese electric vehicles.\n';
    const littleEndian = Buffer.from(text, 'utf16le');
    const bigEndian = Buffer.from(littleEndian.map((_, index) => littleEndian[index ^ 1]!));
    expect(decodeUtf8(littleEndian)).toEqual({
      problem: 'UTF-16 text (UTF-16LE, no byte-order mark): save the file as UTF-8',
    });
    expect(decodeUtf8(bigEndian)).toEqual({
      problem: 'UTF-16 text (UTF-16BE, no byte-order mark): save the file as UTF-8',
    });
  });

  it('still calls a binary file with NUL bytes binary', () => {
    const png = Uint8Array.from([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1,
    ]);
    expect(decodeUtf8(png)).toEqual({ problem: 'binary file (NUL byte at offset 8), not text' });
    expect(decodeUtf8(Uint8Array.from([1, 0, 2, 0, 3, 0, 4, 0]))).toEqual({
      problem: 'binary file (NUL byte at offset 1), not text',
    });
  });

  it('refuses UTF-16 with a hint instead of calling it binary', () => {
    const bytes = Buffer.from('\ufeffhello', 'utf16le');
    expect(decodeUtf8(bytes)).toEqual({
      problem: 'UTF-16 text (byte-order mark at the start): save the file as UTF-8',
    });
  });

  it('points at a truncated multi-byte sequence at the end', () => {
    expect(decodeUtf8(Uint8Array.from([0x61, 0x62, 0xe2, 0x80]))).toEqual({
      problem: 'not valid UTF-8 (byte 0xE2 at offset 2; Latin-1 or Windows-1252?): save the file as UTF-8',
    });
  });
});

describe('parseArticleText', () => {
  it('keeps text that only mentions markup verbatim (the site renders it as text)', () => {
    const raw = 'Canada said <script>alert(1)</script> and <img src=x onerror=alert(1)> are not tariffs.';
    const parsed = parseArticleText('x.txt', raw);
    expect(parsed).toMatchObject({ text: raw, warnings: [] });
  });

  it('reports a front matter block that is never closed and an unknown key', () => {
    expect(parseArticleText('a.md', '---\ntitle: x\nbody text')).toMatchObject({
      warnings: [{ file: 'a.md', message: 'front matter opened with "---" but never closed: read as ordinary text' }],
    });
    expect(parseArticleText('b.md', '---\nauthor: Someone\n---\nBody.')).toMatchObject({
      text: 'Body.',
      warnings: [
        { file: 'b.md', message: 'front matter key "author" is not used (known keys: title, outlet, published, url)' },
      ],
    });
  });

  it('reads a static-site "date:" as the publication date, unless "published:" is also given', () => {
    expect(parseArticleText('c.md', '---\ndate: 2026-01-16T08:30:00Z\n---\nBody.')).toMatchObject({
      frontMatter: { published: '2026-01-16T08:30:00Z' },
      warnings: [],
    });
    expect(parseArticleText('d.md', '---\npublished: 2026-01-16\ndate: 2026-01-17\n---\nBody.')).toMatchObject({
      frontMatter: { published: '2026-01-16' },
      warnings: [
        { file: 'd.md', message: 'front matter key "date" is not used (known keys: title, outlet, published, url)' },
      ],
    });
  });

  it('warns about a key given twice, naming the key and the file', () => {
    expect(parseArticleText('e.md', '---\ntitle: First\nTitle: Second\n---\nBody.')).toMatchObject({
      frontMatter: { title: 'Second' },
      warnings: [{ file: 'e.md', message: 'front matter key "Title" is given twice: the last value is used' }],
    });
  });

  it('drops a url that is not http(s), with a warning naming the file', () => {
    for (const url of [
      'javascript:alert(document.cookie)',
      'data:text/html,<script>alert(1)</script>',
      '//evil.example/x',
      'vbscript:msgbox',
    ]) {
      const parsed = parseArticleText('f.md', `---\nurl: ${url}\n---\nBody.`);
      expect(parsed).toMatchObject({
        frontMatter: {},
        warnings: [
          {
            file: 'f.md',
            message: expect.stringMatching(/^front matter "url: .*" is not an http or https address: dropped$/),
          },
        ],
      });
    }
    expect(parseArticleText('g.md', '---\nurl: "https://example.org/a?b=1"\n---\nBody.')).toMatchObject({
      frontMatter: { url: 'https://example.org/a?b=1' },
      warnings: [],
    });
  });

  it('tells a block of thousands of bad front matter lines in a few warnings', () => {
    const parsed = parseArticleText('h.md', `---\n${'author: x\n'.repeat(150_000)}---\nBody.`);
    expect('warnings' in parsed && parsed.warnings.length).toBe(11);
    expect('warnings' in parsed && parsed.warnings.at(-1)?.message).toBe('and 149990 more front matter problems');
  });

  it('skips an article that has front matter but no text', () => {
    expect(parseArticleText('c.md', '---\ntitle: Only a title\n---\n\n')).toEqual({
      skip: 'empty article (front matter but no text)',
    });
  });
});
