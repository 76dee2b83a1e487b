import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { datelineEnd, inferPublication, isoDate } from './publication.ts';
import { parseArticleText, type ArticleSource } from './read.ts';

function seed(file: string): ArticleSource {
  const parsed = parseArticleText(file, readFileSync(`seeds/${file}`, 'utf8'));
  if ('skip' in parsed) throw new Error(parsed.skip);
  return parsed;
}
const infer = (text: string, frontMatter = {}) => inferPublication('a.txt', text, frontMatter);
const messages = (text: string, frontMatter = {}) =>
  infer(text, frontMatter).warnings.map((warning) => warning.message);

describe('inferPublication on the seeds', () => {
  it('reads the dateline "Sunday , November 2 2025" of 003 as 2025-11-02, day precision, and its headline', () => {
    const source = seed('003_ef5e682fc679a06b.txt');
    const publication = inferPublication(source.file, source.text, source.frontMatter);
    expect(publication.published).toEqual({ value: '2025-11-02', precision: 'day', source: 'dateline' });
    expect(publication.title).toBe('China’s Xi & Canada’s Carney vow to advance relations');
    expect(publication.titleSource).toBe('headline');
    // "02-11-2025" two lines down reads either way; it agrees with the named date, so it raises no warning.
    expect(publication.warnings).toEqual([]);
  });

  it('reads "© 2025 The Canadian Press" in 002 as the year 2025 and the outlet', () => {
    const source = seed('002_41a25a383985b1e7.txt');
    const publication = inferPublication(source.file, source.text, source.frontMatter);
    expect(publication.published).toEqual({ value: '2025', precision: 'year', source: 'copyright' });
    expect(publication.outlet).toBe('The Canadian Press');
    expect(publication.outletSource).toBe('copyright');
    expect(publication.title).toBeNull();
  });

  for (const file of ['000_6e48ba967c50f187.txt', '001_b3d2ae8b626ef560.txt', '004_40a4ebee507d1c7b.txt']) {
    it(`leaves ${file} undated and says so: its text states no publication date`, () => {
      const source = seed(file);
      const publication = inferPublication(source.file, source.text, source.frontMatter);
      expect(publication.published).toEqual({ value: null, precision: null, source: null });
      expect(publication.outlet).toBeNull();
      expect(publication.title).toBeNull();
      expect(publication.warnings.map((warning) => warning.message)).toEqual([
        'no publication date (no front matter, dateline, dated file name or copyright line): relative dates in it cannot be resolved',
      ]);
    });
  }
});

describe('inferPublication rules', () => {
  const datelines: { line: string; value: string }[] = [
    { line: 'November 2, 2025', value: '2025-11-02' },
    { line: 'Nov. 2, 2025', value: '2025-11-02' },
    { line: '2 November 2025', value: '2025-11-02' },
    { line: 'Monday, 3rd of March, 2025', value: '2025-03-03' },
    { line: 'Published: Oct. 31, 2025 10:15 a.m. ET', value: '2025-10-31' },
    { line: '2025-10-31', value: '2025-10-31' },
    { line: '31-10-2025', value: '2025-10-31' },
    { line: '10/31/2025', value: '2025-10-31' },
  ];
  for (const { line, value } of datelines) {
    it(`reads the dateline "${line}" as ${value}`, () => {
      expect(infer(`${line}\n\nCanada and China talked.`).published).toEqual({
        value,
        precision: 'day',
        source: 'dateline',
      });
    });
  }

  it('reads a wire dateline that opens the first paragraph, and the outlet in "(Reuters)"', () => {
    const publication = infer(
      'OTTAWA (Reuters) — Canada said on Tuesday it would talk.\nSEOUL, Oct. 31, 2025 — Leaders met.',
    );
    expect(publication.outlet).toBe('Reuters');
    expect(publication.outletSource).toBe('dateline');
    expect(infer('SEOUL, Oct. 31, 2025 — Leaders met.').published.value).toBe('2025-10-31');
  });

  it('does not take a date inside a sentence for the publication date', () => {
    expect(infer('Canada imposed a tariff on October 1, 2024, after consultations.').published.value).toBeNull();
  });

  it('does not use a numeric date that reads two ways, and says why', () => {
    expect(infer('02-11-2025\n\nLeaders met.').published.value).toBeNull();
    expect(messages('02-11-2025\n\nLeaders met.')).toContain(
      'numeric date "02-11-2025" can be read as 2025-11-02 or 2025-02-11: not used as the publication date',
    );
  });

  it('warns when the weekday of a dateline does not match its date', () => {
    expect(messages('Monday, November 2, 2025\n\nLeaders met.')).toContain(
      'dateline "Monday, November 2, 2025" says Monday but 2025-11-02 is not one; date kept',
    );
  });

  it('prefers front matter, and refuses a front-matter date that is not YYYY-MM-DD', () => {
    expect(infer('November 2, 2025\n\nText.', { published: '2025-10-30' }).published).toEqual({
      value: '2025-10-30',
      precision: 'day',
      source: 'front-matter',
    });
    expect(messages('November 2, 2025\n\nText.', { published: '2025-10-30' })).toContain(
      'dateline "November 2, 2025" (2025-11-02) disagrees with the publication date 2025-10-30',
    );
    const bad = infer('Text.', { published: '30/10/2025' });
    expect(bad.published.value).toBeNull();
    expect(bad.warnings.map((warning) => warning.message)[0]).toBe(
      'front matter "published: 30/10/2025" is not a date in the form YYYY-MM-DD, YYYY-MM, YYYY or "January 16, 2026": ignored',
    );
  });

  // 06_mofcom_canola_preliminary_ruling.txt and 26_usda_fas_china_tariffs_may12.txt know only the month.
  it('reads a front-matter month "2025-08" as that month, and a year "2025" as that year, never as a day', () => {
    expect(
      infer('Q: We noticed that MOFCOM has announced the preliminary ruling.', { published: '2025-08' }).published,
    ).toEqual({
      value: '2025-08',
      precision: 'month',
      source: 'front-matter',
    });
    expect(infer('Text.', { published: '2025' }).published).toEqual({
      value: '2025',
      precision: 'year',
      source: 'front-matter',
    });
    expect(infer('Text.', { published: '2025-13' }).published.value).toBeNull();
  });

  it('reads a front-matter timestamp as its day, and a date written out as that day', () => {
    expect(infer('Text.', { published: '2026-01-16T08:30:00-05:00' }).published).toEqual({
      value: '2026-01-16',
      precision: 'day',
      source: 'front-matter',
    });
    expect(infer('Text.', { published: '2026-01-16 16:54' }).published).toEqual({
      value: '2026-01-16',
      precision: 'day',
      source: 'front-matter',
    });
    expect(infer('Text.', { published: 'January 16, 2026' }).published).toEqual({
      value: '2026-01-16',
      precision: 'day',
      source: 'front-matter',
    });
    expect(infer('Text.', { published: '02-11-2025' }).published.value).toBeNull(); // numeric: the form says YYYY-MM-DD
  });

  it('lets a dateline name the day inside a front-matter month, and warns when it falls outside it', () => {
    expect(infer('OTTAWA, Aug. 12, 2025 — Text.', { published: '2025-08' }).published).toEqual({
      value: '2025-08-12',
      precision: 'day',
      source: 'dateline',
    });
    const outside = infer('OTTAWA, Sept. 2, 2025 — Text.', { published: '2025-08' });
    expect(outside.published).toEqual({ value: '2025-08', precision: 'month', source: 'front-matter' });
    expect(outside.warnings.map((warning) => warning.message)).toContain(
      'dateline "OTTAWA, Sept. 2, 2025 — Text." (2025-09-02) disagrees with the publication date 2025-08',
    );
  });

  it('reads a date in the file name, but never from letters and digits run together such as a hash', () => {
    expect(inferPublication('clips/2025-11-02-carney-xi.txt', 'Text.', {}).published).toEqual({
      value: '2025-11-02',
      precision: 'day',
      source: 'file-name',
    });
    expect(inferPublication('reuters_20251102.md', 'Text.\n© 2025 Reuters', {}).published.source).toBe('file-name');
    expect(inferPublication('000_6e48ba20251102f187.txt', 'Text.', {}).published.value).toBeNull();
    expect(inferPublication('2025-13-02.txt', 'Text.', {}).published.value).toBeNull();
  });

  it('takes the outlet from a copyright line only when the rest of the line is a short name', () => {
    expect(infer('Text.\nCopyright 2019-2024 Example Wire. All rights reserved.').outlet).toBe('Example Wire');
    expect(infer('Text.\n© 2024 Example Wire').published).toEqual({
      value: '2024',
      precision: 'year',
      source: 'copyright',
    });
    expect(
      infer('Text.\n© 2024 this is a sentence that goes on far too long to be the name of any outlet at all').outlet,
    ).toBeNull();
  });

  it('reads a Markdown heading as the headline, without its marks', () => {
    expect(infer('# Canada and China talk trade\n\nLeaders met.').title).toBe('Canada and China talk trade');
    expect(infer('**Canada and China talk trade**\n\nLeaders met.').title).toBe('Canada and China talk trade');
  });

  it('finds no headline when the first line is a sentence', () => {
    expect(infer('Prime Minister Mark Carney plans to meet Xi.\nMore.').title).toBeNull();
    expect(infer('“We are hopeful,” the official said.”\nMore.').title).toBeNull();
  });
});

describe('isoDate', () => {
  it('refuses days that do not exist', () => {
    expect(isoDate(2025, 2, 29)).toBeNull();
    expect(isoDate(2024, 2, 29)).toBe('2024-02-29');
    expect(isoDate(2025, 13, 1)).toBeNull();
  });
});

describe('datelineEnd: where a wire dateline ends, with or without its date', () => {
  const cases: { text: string; dateline: string }[] = [
    // 10_pmo_readout_carney_lee_jae_myung.txt (dev corpus)
    {
      text: 'GYEONGJU, Republic of Korea, Oct. 30, 2025 /CNW/ - Today, the Prime Minister, Mark Carney, met with',
      dateline: 'GYEONGJU, Republic of Korea, Oct. 30, 2025 /CNW/ -',
    },
    // 11_pmo_readout_carney_anutin.txt (dev corpus): the release title comes first
    {
      text: 'Prime Minister Carney meets with Prime Minister of Thailand Anutin Charnvirakul\n\nCANADA, October 30 - Today, the Prime Minister',
      dateline:
        'Prime Minister Carney meets with Prime Minister of Thailand Anutin Charnvirakul\n\nCANADA, October 30 -',
    },
    // wire forms with no year
    { text: 'BEIJING, Jan 16 (Reuters) - Canada will allow', dateline: 'BEIJING, Jan 16 (Reuters) -' },
    { text: 'WASHINGTON/OTTAWA, Feb 3 (Reuters) - U.S. President', dateline: 'WASHINGTON/OTTAWA, Feb 3 (Reuters) -' },
    { text: 'WASHINGTON (AP) — President Donald Trump', dateline: 'WASHINGTON (AP) —' },
    { text: 'KUALA LUMPUR — Prime Minister Mark Carney arrives', dateline: 'KUALA LUMPUR —' },
  ];
  for (const { text, dateline } of cases) {
    it(`finds "${dateline.split('\n').pop()}"`, () => expect(text.slice(0, datelineEnd(text))).toBe(dateline));
  }
  it('finds none in a sentence that opens with a name, an abbreviation or a hyphenated pair', () => {
    for (const text of [
      'Canada - China relations worsened.',
      'U.S.-Canada Relations amid Tariffs',
      'US - China talks resumed on Monday.',
      'ADJUSTING IMPORTS OF ALUMINUM AND\nSTEEL',
    ]) {
      expect(datelineEnd(text)).toBe(0);
    }
  });
});
