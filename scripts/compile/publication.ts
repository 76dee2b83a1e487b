// Publication facts: an article's title, outlet, url and publication date, from front matter or from what the text says.
import type { Article, DatePrecision, PublishedSource, ReportEntry } from '../../src/lib/dataset.ts';
import type { FrontMatter } from './read.ts';

export interface Publication {
  title: string | null;
  titleSource: string | null;
  outlet: string | null;
  outletSource: string | null;
  url: string | null;
  published: Article['published'];
  warnings: ReportEntry[];
}

interface FoundDate {
  value: string;
  precision: DatePrecision;
  source: Exclude<PublishedSource, null>;
  /** The words that said it, for messages. */
  phrase: string;
  /** Both readings of a numeric date such as "02-11-2025" (day-month or month-day); absent when there is one. */
  readings?: string[];
}

const MONTHS: Record<string, number> = {
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  may: 5,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
  december: 12,
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};
const WEEKDAYS: Record<string, number> = {
  sunday: 0,
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
  sun: 0,
  mon: 1,
  tue: 2,
  tues: 2,
  wed: 3,
  thu: 4,
  thur: 4,
  thurs: 4,
  fri: 5,
  sat: 6,
};
const MONTH = `(${Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|')})\\.?`;
const WEEKDAY = `(${Object.keys(WEEKDAYS)
  .sort((a, b) => b.length - a.length)
  .join('|')})\\.?`;
const ORDINAL = '(?:st|nd|rd|th)?';
/** "November 2 2025", "Nov. 2, 2025", "2 November 2025", "2nd of November, 2025", "2025-11-02", "02-11-2025". */
const DATE = `(?:${MONTH}\\s+(\\d{1,2})${ORDINAL}\\s*,?\\s*(\\d{4})|(\\d{1,2})${ORDINAL}\\s+(?:of\\s+)?${MONTH}\\s*,?\\s*(\\d{4})|(\\d{4})-(\\d{2})-(\\d{2})|(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4}))`;
const TIME = `(?:\\s*(?:,|at|\\||-|–)?\\s*\\d{1,2}[:.]\\d{2}\\s*(?:[ap]\\.?m\\.?)?\\s*(?:[A-Z]{2,5})?)?`;
/** A line that is nothing but a date: "Sunday , November 2 2025", "Published: Nov. 2, 2025 10:15 a.m. ET". */
const DATE_LINE = new RegExp(
  `^(?:(?:published|updated|posted|date)(?:\\s+on)?\\s*:?\\s*)?(?:${WEEKDAY}\\s*,?\\s*)?${DATE}${TIME}\\s*$`,
  'iu',
);
/** A wire dateline opening the first paragraph: "OTTAWA, Nov. 2, 2025 —". */
const CITY_DATELINE = new RegExp(
  `^\\p{Lu}[\\p{Lu} .'/-]{1,40},\\s*(?:${WEEKDAY}\\s*,?\\s*)?${DATE}\\s*(?:[—–:-]|\\()`,
  'iu',
);
/** "OTTAWA (Reuters) —": the outlet in a wire dateline. */
const WIRE_OUTLET = /^\p{Lu}[\p{Lu} ,./'-]{1,60}\(([^)\n]{2,40})\)\s*[—–-]/u;
/** "© 2025 The Canadian Press", "Copyright 2020-2025 Reuters. All rights reserved." */
const COPYRIGHT =
  /^[ \t]*(?:©|\(c\)|copyright)(?:[ \t]*©)?[ \t]*(?:\d{4}[ \t]*[-–][ \t]*)?(\d{4})\b[ \t,]*([^\n]*)$/gimu;

/** How many lines at the top of an article may hold its dateline and headline. */
const HEAD_LINES = 6;

/** A wire dateline opening a paragraph, with or without its date: "OTTAWA —", "WASHINGTON (AP) —",
 * "BEIJING, Jan 16 (Reuters) -", "WASHINGTON/OTTAWA, Feb 3 (Reuters) -", "GYEONGJU, Republic of Korea, Oct. 31, 2025
 * /CNW/ -", "CANADA, October 30 -". The place is in capitals (that is what tells a dateline from a sentence); then an
 * optional region, an optional date, an optional outlet in brackets or slashes, and a dash followed by a space. */
const MONTH_WORD =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|JAN|FEB|MAR|APR|MAY|JUNE?|JULY?|AUG|SEPT?|OCT|NOV|DEC)\\.?';
const WIRE_DATELINE = new RegExp(
  "^\\p{Lu}[\\p{Lu}'’.-]{2,}(?:[ /]+\\p{Lu}[\\p{Lu}'’.-]+)*" +
    "(?:\\s*,\\s*\\p{Lu}[\\p{L}'’.]*(?: [\\p{L}'’.]+){0,3}?)?" +
    `(?:\\s*,\\s*(?:\\p{L}+day\\s*,?\\s*)?${MONTH_WORD}\\s+\\d{1,2}(?:\\s*,?\\s*\\d{4})?)?` +
    '\\s*(?:\\([^)\\n]{2,40}\\)|/[\\p{L} ]{2,20}/)?' +
    '\\s*[—–-]{1,2}(?=\\s)',
  'u',
);

/** Where a wire dateline at the head of the text ends (an offset into `text`), 0 when there is none. Its date is the
 * publication's and its city the place of writing, not the date or actor of what the first sentence reports. Only the
 * first paragraphs are searched: a headline or a standfirst may come before it. */
export function datelineEnd(text: string): number {
  let offset = 0;
  for (let line = 0; line < HEAD_LINES && offset < text.length; line += 1) {
    const next = text.indexOf('\n', offset);
    const end = next === -1 ? text.length : next;
    const raw = text.slice(offset, end);
    const lead = raw.length - raw.trimStart().length;
    const match = WIRE_DATELINE.exec(raw.slice(lead)) ?? CITY_DATELINE.exec(raw.slice(lead));
    if (match) return offset + lead + match[0].length;
    if (next === -1) break;
    offset = next + 1;
  }
  return 0;
}

export function inferPublication(file: string, text: string, frontMatter: FrontMatter): Publication {
  const warnings: ReportEntry[] = [];
  const warn = (message: string): void => {
    warnings.push({ file, message });
  };
  const head = headLines(text, HEAD_LINES);

  const datelines: FoundDate[] = [];
  for (const line of head) {
    const found = readDateline(line, warn);
    if (found) datelines.push(found);
  }
  const copyright = readCopyright(text);

  let published: FoundDate | null = null;
  if (frontMatter.published !== undefined) {
    published = readFrontMatterDate(frontMatter.published);
    if (!published)
      warn(
        `front matter "published: ${frontMatter.published}" is not a date in the form YYYY-MM-DD, YYYY-MM, YYYY or "January 16, 2026": ignored`,
      );
  }
  // A named month beats a numeric date: "02-11-2025" only counts when it cannot be read two ways.
  const certain = datelines.filter((found) => !found.readings);
  const datelineDate = certain.find((found) => !/^\d/.test(found.phrase)) ?? certain[0] ?? null;
  // Front matter that knows only the month or year yields to a dateline that names a day inside it.
  if (published && published.precision !== 'day' && datelineDate?.value.startsWith(published.value))
    published = datelineDate;
  if (!published && datelineDate) published = datelineDate;
  for (const other of datelines) {
    const readings = other.readings ?? [other.value];
    if (!published && other.readings) {
      warn(`numeric date "${other.phrase}" can be read as ${readings.join(' or ')}: not used as the publication date`);
    } else if (published && !readings.includes(published.value)) {
      warn(
        `dateline "${other.phrase}" (${readings.join(' or ')}) disagrees with the publication date ${published.value}`,
      );
    }
  }
  if (!published) published = readFileNameDate(file);
  if (!published && copyright) {
    published = { value: copyright.year, precision: 'year', source: 'copyright', phrase: copyright.line };
  }
  if (published && copyright && !published.value.startsWith(copyright.year)) {
    warn(`copyright year ${copyright.year} disagrees with the publication date ${published.value}`);
  }
  if (!published) {
    warn(
      'no publication date (no front matter, dateline, dated file name or copyright line): relative dates in it cannot be resolved',
    );
  }

  const title = frontMatter.title ?? null;
  const heading = title === null ? findHeadline(head) : null;
  const wire = WIRE_OUTLET.exec(head.find((line) => WIRE_OUTLET.test(line)) ?? '');
  const outlet = frontMatter.outlet ?? copyright?.outlet ?? wire?.[1]?.trim() ?? null;
  const outletSource =
    frontMatter.outlet !== undefined ? 'front-matter' : copyright?.outlet ? 'copyright' : wire ? 'dateline' : null;

  return {
    title: title ?? heading,
    titleSource: title !== null ? 'front-matter' : heading !== null ? 'headline' : null,
    outlet,
    outletSource,
    url: frontMatter.url ?? null,
    published: published
      ? { value: published.value, precision: published.precision, source: published.source }
      : { value: null, precision: null, source: null },
    warnings,
  };
}

/**
 * A front-matter date at the precision it is written: "2025-10-30" a day, "2025-08" a month (an editor who knows
 * only the month says so), "2025" a year. Null for anything else, including impossible days and months.
 */
function readFrontMatterDate(text: string): FoundDate | null {
  const phrase = text.trim();
  // A timestamp ("2026-01-16T08:30:00-05:00", "2026-01-16 08:30") gives its day as written: the newsroom's own day.
  const match =
    /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2}|[A-Z]{2,5})?)?)?)?$/.exec(
      phrase,
    );
  if (!match) {
    // "January 16, 2026", "16 Jan 2026": a date with its month named reads as a dateline would (never "30/10/2025").
    const written = /\p{L}{3}/u.test(phrase) ? readDateline(phrase, () => {}) : null;
    return written && !written.readings ? { ...written, source: 'front-matter', phrase } : null;
  }
  const [, year, month, day] = match;
  if (day) {
    const value = isoDate(Number(year), Number(month), Number(day));
    return value ? { value, precision: 'day', source: 'front-matter', phrase } : null;
  }
  if (month) {
    return isoDate(Number(year), Number(month), 1)
      ? { value: `${year}-${month}`, precision: 'month', source: 'front-matter', phrase }
      : null;
  }
  return isoDate(Number(year), 1, 1) ? { value: year!, precision: 'year', source: 'front-matter', phrase } : null;
}

/** The first `count` non-blank lines, trimmed. */
function headLines(text: string, count: number): string[] {
  const lines: string[] = [];
  for (const line of text.split('\n', 200)) {
    const trimmed = line.trim();
    if (trimmed !== '') lines.push(trimmed);
    if (lines.length === count) break;
  }
  return lines;
}

function readDateline(line: string, warn: (message: string) => void): FoundDate | null {
  const match = DATE_LINE.exec(line) ?? CITY_DATELINE.exec(line);
  if (!match) return null;
  const [, weekday, monthA, dayA, yearA, dayB, monthB, yearB, isoYear, isoMonth, isoDay, numA, numB, numYear] = match;
  let value: string | null = null;
  let readings: string[] | undefined;
  if (monthA && dayA && yearA) value = isoDate(Number(yearA), monthNumber(monthA), Number(dayA));
  else if (dayB && monthB && yearB) value = isoDate(Number(yearB), monthNumber(monthB), Number(dayB));
  else if (isoYear && isoMonth && isoDay) value = isoDate(Number(isoYear), Number(isoMonth), Number(isoDay));
  else if (numA && numB && numYear) {
    const first = Number(numA);
    const second = Number(numB);
    if (first > 12 || first === second) value = isoDate(Number(numYear), second, first);
    else if (second > 12) value = isoDate(Number(numYear), first, second);
    else {
      // Both readings are real days: kept only to confirm (or contradict) a dateline that names its month.
      const dayMonth = isoDate(Number(numYear), second, first);
      const monthDay = isoDate(Number(numYear), first, second);
      if (dayMonth && monthDay) readings = [dayMonth, monthDay];
      value = dayMonth;
    }
  }
  if (!value) return null;
  if (weekday) {
    const stated = WEEKDAYS[weekday.toLowerCase()];
    const actual = new Date(`${value}T12:00:00Z`).getUTCDay();
    if (stated !== actual) warn(`dateline "${line}" says ${weekday} but ${value} is not one; date kept`);
  }
  const phrase = line.replace(/^(?:published|updated|posted|date)(?:\s+on)?\s*:?\s*/i, '');
  return readings
    ? { value, precision: 'day', source: 'dateline', phrase, readings }
    : { value, precision: 'day', source: 'dateline', phrase };
}

/**
 * A date in the file name ("2025-11-02-carney-xi.txt", "reuters_20251102.md"), as saved by clipping tools. Letters or
 * digits on either side disqualify it, so a hash such as "6e48ba967c50f187" is never read as a date.
 */
function readFileNameDate(file: string): FoundDate | null {
  const name = file.split('/').pop() ?? file;
  const match = /(?<![A-Za-z0-9])((?:19|20)\d{2})([-_.]?)(0[1-9]|1[0-2])\2(0[1-9]|[12]\d|3[01])(?![A-Za-z0-9])/.exec(
    name,
  );
  const value = match ? isoDate(Number(match[1]), Number(match[3]), Number(match[4])) : null;
  return value && match ? { value, precision: 'day', source: 'file-name', phrase: match[0] } : null;
}

/** The last copyright line: its year, and the outlet when the rest of the line is short enough to be a name. */
function readCopyright(text: string): { year: string; outlet: string | null; line: string } | null {
  let last: RegExpExecArray | null = null;
  for (const match of text.matchAll(COPYRIGHT)) last = match;
  if (!last) return null;
  const rest = (last[2] ?? '')
    .replace(/all rights reserved\.?/i, '')
    .replace(/^by\s+/i, '')
    .replace(/[\s.,;|–-]+$/u, '')
    .trim();
  const outlet = rest !== '' && rest.length <= 60 && rest.split(/\s+/).length <= 8 ? rest : null;
  return { year: last[1] ?? '', outlet, line: last[0].trim() };
}

/** A headline: a short line near the top with no final full stop that is not a date or a wire dateline. */
function findHeadline(head: readonly string[]): string | null {
  for (const headLine of head.slice(0, 3)) {
    if (DATE_LINE.test(headLine) || /^\d{1,2}[-/.]\d{1,2}[-/.]\d{4}$/.test(headLine)) continue;
    // A Markdown heading ("# Title", "**Title**") is a headline; the marks are not part of it.
    const line = headLine
      .replace(/^#{1,6}\s+/, '')
      .replace(/^(\*\*|__)(.+)\1$/, '$2')
      .trim();
    const words = line.split(/\s+/).length;
    if (
      line.length >= 10 &&
      line.length <= 160 &&
      words >= 2 &&
      !/[.:;,]$|[.!?,]["”’']$/.test(line) &&
      !/^\p{Lu}[\p{Lu} .,'/-]+[:(—–-]/u.test(line)
    ) {
      return line;
    }
    return null;
  }
  return null;
}

function monthNumber(name: string): number {
  return MONTHS[name.toLowerCase().replace(/\.$/, '')] ?? 0;
}

/** "YYYY-MM-DD" when the parts name a real calendar day (computed in UTC: no time zone may move it), else null. */
export function isoDate(year: number, month: number, day: number): string | null {
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1 || day > 31) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
