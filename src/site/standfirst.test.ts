import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../lib/dataset.ts';
import { sampleDataset } from '../lib/sample-dataset.ts';
import { FALLBACK_HEADLINE, keyRates, STANDFIRST_WORD_LIMIT, writeStoryText } from './standfirst.ts';

describe('writeStoryText on a small hand-written dataset', () => {
  it('heads with the first move that was answered and the answers', () => {
    const { headline } = writeStoryText(sampleDataset());
    expect(headline).toBe(
      'Canada taxed electric vehicles from China; China answered on canola oil, canola meal and more',
    );
  });

  it('tells the exchange by its key rates, the meeting and the sources, in at most 45 words', () => {
    const { standfirst, kicker } = writeStoryText(sampleDataset());
    expect(standfirst).toBe(
      'Canada’s 100% tariff on electric vehicles drew China’s 100% levy on canola oil, canola meal and peas. On 31 October 2025, Mark Carney and Xi Jinping met in Gyeongju. Every mark below links to the sentences in 2 news articles that report it.',
    );
    expect(standfirst.split(' ').length).toBeLessThanOrEqual(STANDFIRST_WORD_LIMIT);
    expect(kicker).toBe('Canada · China, 2017–2025');
  });

  it('says "drew" only of a measure the articles say answered the first, else lists the key rates', () => {
    const dataset = sampleDataset();
    const unlinked: Dataset = {
      ...dataset,
      measures: dataset.measures.map((measure) => ({ ...measure, respondsTo: [] })),
    };
    expect(writeStoryText(unlinked).standfirst).toMatch(
      /^The key rates: Canada’s 100% tariff on electric vehicles; China’s 100% levy on canola oil/,
    );
  });

  it('drops the occasion, then shortens product lists, to keep within 45 words', () => {
    const dataset = sampleDataset();
    const many = ['canola oil', 'canola meal', 'peas', 'pork', 'seafood', 'frozen fish', 'processed vegetables'];
    const long: Dataset = {
      ...dataset,
      measures: dataset.measures.map((measure) => ({
        ...measure,
        products:
          measure.imposer === 'CN' ? many : ['electric vehicles', 'batteries', 'solar panels', 'critical minerals'],
      })),
      people: dataset.people.map((person) => ({ ...person, name: `${person.name} Longname-Surname` })),
    };
    const { standfirst } = writeStoryText(long);
    expect(standfirst.split(' ').length).toBeLessThanOrEqual(STANDFIRST_WORD_LIMIT);
    expect(standfirst).toContain('and more');
    expect(standfirst).toMatch(/Every mark below links to the sentences in 2 news articles that report it\.$/);
  });

  it('falls back to a plain headline when no measure answers another, and never invents a figure', () => {
    const dataset = sampleDataset();
    const empty: Dataset = { ...dataset, measures: [], meetings: [], events: [] };
    const text = writeStoryText(empty);
    expect(text.headline).toBe(FALLBACK_HEADLINE);
    expect(text.standfirst).toBe('Every mark below links to the sentences in 2 news articles that report it.');
  });

  it('does not modify its input', () => {
    const dataset = sampleDataset();
    const copy = structuredClone(dataset);
    writeStoryText(dataset);
    expect(dataset).toEqual(copy);
  });
});

describe('writeStoryText on the seeds compiled by the real compiler', () => {
  let folder: string;
  let dataset: Dataset;
  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), 'standfirst-'));
    const out = join(folder, 'dataset.json');
    const run = spawnSync('npx', ['tsx', 'scripts/build-data.ts', '--seeds', 'seeds', '--out', out], {
      encoding: 'utf8',
    });
    if (run.status !== 0) throw new Error(`the compiler failed: ${run.stderr}`);
    dataset = JSON.parse(readFileSync(out, 'utf8')) as Dataset;
  }, 120_000); // the compiler runs in a child process: seconds on a busy two-core machine
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('names the dataset’s own article count, within 45 words', () => {
    const { standfirst } = writeStoryText(dataset);
    expect(standfirst).toContain(`${dataset.articles.length} news articles`);
    expect(standfirst.split(/\s+/).length).toBeLessThanOrEqual(STANDFIRST_WORD_LIMIT);
  });

  it('leads the key rates with Canada’s 100% tariff on electric vehicles and names China’s 100% canola levy', () => {
    const rates = keyRates(dataset);
    expect(rates[0]?.imposer).toBe('CA');
    expect(rates[0]?.ratePct).toBe(100);
    expect(rates[0]?.products).toContain('electric vehicles');
    const { standfirst, headline } = writeStoryText(dataset);
    expect(standfirst).toMatch(/China’s 100% \w+ on [^;.]*canola/);
    expect(headline).toMatch(/^Canada taxed .*electric vehicles.* from China; China answered on .*canola/);
  });

  it('tells of the Carney–Xi meeting on 31 October 2025', () => {
    expect(writeStoryText(dataset).standfirst).toMatch(/On 31 October 2025, .*Carney.* met/);
  });
});
