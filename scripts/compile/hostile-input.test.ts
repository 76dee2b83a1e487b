// One hostile file among ordinary ones (issue 16 item 3): each attack is built here and compiled by the real compiler
// from a folder on disk. The ordinary article must come through with its facts, the hostile one must not stop the
// build, and no file may fill the report with thousands of entries. (How long it takes is measured by
// `npm run bench:scaling`, not here.)
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/lib/dataset.ts';
import { compileFolder, MAX_REPORT_ENTRIES_PER_FILE } from './compile.ts';
import { MAX_SENTENCE_CHARS } from './sentences.ts';

const ORDINARY = [
  '---',
  'title: Carney meets Xi',
  'published: 2025-10-31',
  '---',
  'GYEONGJU, South Korea — Prime Minister Mark Carney met Chinese President Xi Jinping on Friday in Gyeongju.',
  'China imposed a 100 per cent tariff on Canadian canola oil on March 20.',
  '',
].join('\n');

const folders: string[] = [];
afterAll(() => {
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

/** A folder with the ordinary article and the hostile one, compiled. */
function compileWith(hostile: string): Dataset {
  const dir = mkdtempSync(join(tmpdir(), 'compiler-hostile-'));
  folders.push(dir);
  writeFileSync(join(dir, 'ordinary.txt'), ORDINARY);
  writeFileSync(join(dir, 'hostile.txt'), hostile);
  return compileFolder(dir);
}

function expectOrdinaryArticleCompiled(dataset: Dataset): void {
  expect(dataset.articles.map((article) => article.file)).toContain('ordinary.txt');
  const meeting = dataset.meetings.find((m) => m.evidence.some((e) => e.articleId === 'ordinary'));
  expect(meeting?.participants).toEqual(['person-mark-carney', 'person-xi-jinping']);
  expect(meeting?.date).toEqual({ value: '2025-10-31', precision: 'day' });
  expect(
    dataset.measures.some(
      (m) => m.imposer === 'CN' && m.ratePct === 100 && m.evidence.some((e) => e.articleId === 'ordinary'),
    ),
  ).toBe(true);
}

/** Every report list holds at most the per-file limit for the file, plus one line that counts the rest. */
function expectReportBounded(dataset: Dataset, file: string): void {
  for (const list of [dataset.report.warnings, dataset.report.unresolvedDates]) {
    expect(list.filter((entry) => entry.file === file).length).toBeLessThanOrEqual(MAX_REPORT_ENTRIES_PER_FILE + 1);
  }
}

describe('a hostile file does not stop the others', () => {
  it('150,000 front-matter lines: compiled, with a handful of warnings about them', () => {
    const dataset = compileWith(
      `---\n${'x: y\n'.repeat(150_000)}---\nCanada imposed tariffs on Chinese steel on Oct. 1, 2024.\n`,
    );
    expectOrdinaryArticleCompiled(dataset);
    expect(dataset.articles.map((article) => article.file)).toContain('hostile.txt');
    expectReportBounded(dataset, 'hostile.txt');
  }, 120_000);

  it('"Friday. " × 230,000: compiled; its 230,000 unresolved weekdays are the first 25 and one line counting the rest', () => {
    const dataset = compileWith('Friday. '.repeat(230_000));
    expectOrdinaryArticleCompiled(dataset);
    expect(dataset.articles.find((article) => article.file === 'hostile.txt')?.sentences).toHaveLength(230_000);
    const unresolved = dataset.report.unresolvedDates.filter((entry) => entry.file === 'hostile.txt');
    expect(unresolved).toHaveLength(MAX_REPORT_ENTRIES_PER_FILE + 1);
    expect(unresolved[0]!.phrase).toBe('Friday');
    expect(unresolved.at(-1)!.message).toBe(
      `and ${(230_000 - MAX_REPORT_ENTRIES_PER_FILE).toLocaleString('en-US')} more unresolved dates of this file`,
    );
    expectReportBounded(dataset, 'hostile.txt');
  }, 240_000);

  it('"Oct. 31, 2025 " × 10,000 (one sentence of 140,000 characters): cut into sentences of at most 2,000 characters, said once', () => {
    const dataset = compileWith('Oct. 31, 2025 '.repeat(10_000));
    expectOrdinaryArticleCompiled(dataset);
    const hostile = dataset.articles.find((article) => article.file === 'hostile.txt')!;
    expect(hostile.sentences.length).toBeGreaterThanOrEqual(Math.ceil(hostile.text.length / MAX_SENTENCE_CHARS));
    expect(hostile.sentences.every((span) => span.end - span.start <= MAX_SENTENCE_CHARS)).toBe(true);
    const warnings = dataset.report.warnings.filter((entry) => entry.file === 'hostile.txt');
    expect(
      warnings.filter((entry) => /longer than 2,000 characters .* cut into pieces/.test(entry.message)),
    ).toHaveLength(1);
    // Its many "read as … anchored on the article's previous date" notes end in one line counting the rest.
    expect(warnings.at(-1)!.message).toMatch(/^…and [\d,]+ more warnings of this file$/);
    expectReportBounded(dataset, 'hostile.txt');
  }, 240_000);

  it('one endless sentence with names, places and dates: its pieces still yield facts, and the ordinary article is unchanged', () => {
    const endless = 'Carney said the tariff on canola rose and Beijing replied in March '.repeat(3_000);
    const dataset = compileWith(endless);
    expectOrdinaryArticleCompiled(dataset);
    const alone = compileFolder(writeAlone());
    const ordinaryFacts = (d: Dataset) =>
      d.meetings.filter((m) => m.evidence.every((e) => e.articleId === 'ordinary')).map((m) => m.id);
    expect(ordinaryFacts(dataset)).toEqual(ordinaryFacts(alone));
    expect(
      dataset.people.some(
        (person) => person.id === 'person-mark-carney' && person.evidence.some((e) => e.articleId === 'hostile'),
      ),
    ).toBe(true);
    expectReportBounded(dataset, 'hostile.txt');
  }, 240_000);
});

function writeAlone(): string {
  const dir = mkdtempSync(join(tmpdir(), 'compiler-hostile-'));
  folders.push(dir);
  writeFileSync(join(dir, 'ordinary.txt'), ORDINARY);
  return dir;
}
