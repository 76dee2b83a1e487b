// A measure's life: the real extractor on real corpus sentences (each test names the file it quotes; licences in
// ../shared/corpus/dev/SOURCES.md), then the steps read from the merged measures.
import { copyFileSync, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { MeasureLife } from '../../src/lib/dataset.ts';
import { compileSources } from './compile.ts';
import { extractFacts } from './extract.ts';
import { buildMeasureLives } from './measure-lives.ts';
import { readSeedFolder } from './read.ts';
import { articlesFromFolder } from './seed-articles.test-helper.ts';

function steps(life: MeasureLife | undefined): string[] {
  return (life?.steps ?? []).map((step) => `${step.date?.value ?? '-'} ${step.stage} ${step.ratePct ?? '-'}%`);
}

const CORPUS = '../shared/corpus/dev/articles';
const hasCorpus = existsSync(CORPUS);

/** Lives compiled from whole corpus files (a sentence alone loses the dates and actors its article gives it). */
function livesOfFiles(files: string[]): MeasureLife[] {
  const dir = mkdtempSync(join(tmpdir(), 'lives-'));
  for (const file of files) copyFileSync(join(CORPUS, file), join(dir, file));
  return compileSources(readSeedFolder(dir)).measureLives ?? [];
}

describe.skipIf(!hasCorpus)(
  "measure lives in real texts (needs ../shared/corpus/dev, absent from a user's clone: skipped there)",
  () => {
    it("Canada's 100% EV tariff (01_financecanada_surtax_final_list.txt) is cut to 6.1% by the January 2026 deal (16_pmo_strategic_partnership_china.txt)", () => {
      const lives = livesOfFiles(['01_financecanada_surtax_final_list.txt', '16_pmo_strategic_partnership_china.txt']);
      const ev = lives.find(
        (life) => life.imposer === 'CA' && life.target === 'CN' && life.family === 'vehicles & batteries',
      );
      expect(steps(ev)).toEqual(['2024-10-01 in force 100%', '2026-01-16 cut 6.1%']);
      expect(ev?.startsUnseen).toBe(false);
      // The steel and aluminum surtax of the same release is a life of its own: another family.
      expect(steps(lives.find((life) => life.imposer === 'CA' && life.family === 'metals'))).toEqual([
        '2024-10-22 announced 25%',
      ]);
    });

    it('the US 25% steel and aluminum tariff (04_gac_qpnote_us_tariffs_response.txt) is raised to 50% (21_crs_section232_steel_aluminum.txt)', () => {
      const metals = livesOfFiles([
        '04_gac_qpnote_us_tariffs_response.txt',
        '21_crs_section232_steel_aluminum.txt',
      ]).find((life) => life.imposer === 'US' && life.target === 'XX' && life.family === 'metals');
      const dated = steps(metals).filter((step) => !step.startsWith('-'));
      expect(dated).toContain('2025-06 raised 50%');
      expect(dated.some((step) => /^2025-03-12 (in force|raised) 25%$/.test(step))).toBe(true);
    });

    it('the USMCA exemption narrows the blanket tariff on Mexico: exempted in part, not lifted (18_wikipedia_us_trade_war_canada_mexico.txt)', () => {
      const mexico = livesOfFiles(['18_wikipedia_us_trade_war_canada_mexico.txt']).find(
        (life) => life.imposer === 'US' && life.target === 'MX' && life.family === 'all goods',
      );
      expect(steps(mexico)).toEqual(['2025-03-04 in force 25%', '2025-03-06 exempted -%']);
      expect(mexico?.startsUnseen).toBe(false);
    });

    it('a cut with no earlier step in the articles stands alone, labelled so (28_crs_presidential_tariff_actions_2025.txt: the UK deal)', () => {
      const uk = livesOfFiles(['28_crs_presidential_tariff_actions_2025.txt']).find(
        (life) => life.imposer === 'US' && life.target === 'GB',
      );
      expect(steps(uk)).toEqual(['2025-05-08 cut -%']);
      expect(uk?.startsUnseen).toBe(true);
    });
  },
);

describe('every measure is one step of exactly one life', () => {
  it('ids, stages and order hold on the seed articles', () => {
    const { measures } = extractFacts(articlesFromFolder('seeds'));
    const { lives, measures: placed } = buildMeasureLives(measures);
    const stepIds = lives.flatMap((life) => life.steps.map((step) => step.measureId));
    expect(new Set(stepIds).size).toBe(stepIds.length);
    expect(stepIds.sort()).toEqual(measures.map((m) => m.id).sort());
    for (const measure of placed)
      expect(
        lives
          .find((life) => life.id === measure.lifeId)
          ?.steps.some((step) => step.measureId === measure.id && step.stage === measure.stage),
      ).toBe(true);
    for (const life of lives) {
      const dated = life.steps.filter((step) => step.date).map((step) => step.date!.value);
      expect(dated).toEqual([...dated].sort());
      // Undated mentions come after every dated step.
      expect(
        life.steps.findIndex((step) => !step.date) === -1 ||
          life.steps.slice(life.steps.findIndex((step) => !step.date)).every((step) => !step.date),
      ).toBe(true);
    }
  });
});
