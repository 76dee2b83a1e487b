import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../lib/dataset.ts';
import { dateRange, formatFactDate } from './formatting.ts';
import { sampleDataset } from './sample-dataset.ts';
import { FALLBACK_HEADLINE, keyRates, writeStoryText } from './standfirst.ts';

describe('writeStoryText on a small hand-written dataset', () => {
  it('heads with the first move that was answered and the answers', () => {
    const { headline } = writeStoryText(sampleDataset());
    expect(headline).toBe('Canada taxed electric vehicles from China; China answered on canola oil, canola meal and more');
  });

  it('gives counts, the date range of the events, the key rate of each country and the meeting', () => {
    const { standfirst, kicker } = writeStoryText(sampleDataset());
    expect(standfirst).toContain('2 news articles, read sentence by sentence: 3 trade measures, 1 meeting and 3 dated events from 2017 to 31 October 2025.');
    expect(standfirst).toContain('The key rates: Canada’s 100% tariff on electric vehicles from China; China’s 100% levy on canola oil, canola meal and peas from Canada.');
    expect(standfirst).toContain('On 31 October 2025, Mark Carney and Xi Jinping met in Gyeongju at the APEC summit.');
    expect(kicker).toBe('Canada · China, 2017–2025');
  });

  it('falls back to a plain headline when no measure answers another, and never invents a figure', () => {
    const dataset = sampleDataset();
    const empty: Dataset = { ...dataset, measures: [], meetings: [], events: [] };
    const text = writeStoryText(empty);
    expect(text.headline).toBe(FALLBACK_HEADLINE);
    expect(text.standfirst).toBe('2 news articles, read sentence by sentence: 0 trade measures, 0 meetings and 0 dated events. Every mark below links to the sentences that report it.');
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
    const run = spawnSync('npx', ['tsx', 'scripts/build-data.ts', '--seeds', 'seeds', '--out', out], { encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`the compiler failed: ${run.stderr}`);
    dataset = JSON.parse(readFileSync(out, 'utf8')) as Dataset;
  }, 120_000); // the compiler runs in a child process: seconds on a busy two-core machine
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('states the dataset’s own counts and the span of its events', () => {
    const { standfirst } = writeStoryText(dataset);
    expect(standfirst).toContain(`${dataset.articles.length} news articles`);
    expect(standfirst).toContain(`${dataset.measures.length} trade measure`);
    expect(standfirst).toContain(`${dataset.events.length} dated event`);
    const range = dateRange(dataset.events.map((event) => event.date));
    if (range) expect(standfirst).toContain(`from ${formatFactDate(range.from)} to ${formatFactDate(range.to)}`);
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
