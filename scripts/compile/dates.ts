// Finds date expressions in a sentence and resolves them to calendar dates with the precision the text supports.
// chrono-node reads explicit dates; the relative phrasings it gets wrong for news copy are resolved here:
// - chrono reads "last October" as the nearest October (even one after the reference); news means the one before.
// - chrono pushes weekdays and bare months forward; a past-tense sentence ("met on Friday") means the one before.
// - "in March" with no year needs an anchor: the publication date, or else the article's previous explicit date.
// - anaphoric phrases ("later that same month", "a few days later") refer to the previous dated sentence.
// Everything is computed in UTC from noon-UTC instants, so the machine's time zone never changes a result.
import * as chrono from 'chrono-node';
import type { DatePrecision, FactDate } from '../../src/lib/dataset.ts';
import {
  addDays,
  addMonths,
  dateParts,
  firstDay,
  formatDate,
  lastDay,
  MONTH_NAMES,
  MONTHS,
  noonUtc,
} from './calendar.ts';
import { PRECISION_RANK, WEEKDAY_NAMES, WEEKDAYS } from './calendar.ts';

export interface DateContext {
  /** The article's publication date, or null when unknown. */
  published: FactDate | null;
  /** The most recent resolved date earlier in the article (the narrative's anchor), or null. */
  previous: FactDate | null;
  /** The sentence belongs to a flashback ("Earlier, …"): the publication date does not anchor its deictic phrases. */
  flashback: boolean;
  /**
   * When the publication day is not known but inferred to a window (publication-window.ts): every day it may be.
   * A deictic phrase is resolved on each of them and kept only when all give the same date.
   */
  window?: PublicationDays | null;
}

export interface PublicationDays {
  /** Every day the article may have been published on ("YYYY-MM-DD"), ascending. */
  days: string[];
  /** Where the window comes from, for messages: "inferred from 2 anchors". */
  reason: string;
}

/** What a resolved date was resolved against ("inferred": every day of an inferred publication window agrees). */
export type DateAnchor = 'explicit' | 'publication' | 'narrative' | 'inferred';

/** The first and last day ("YYYY-MM-DD") a phrase can mean: "next week" is seven days even when its date is only a year. */
export interface DaySpan {
  first: string;
  last: string;
}

export interface PhraseReading {
  date: FactDate | null;
  endDate: FactDate | null;
  span: DaySpan | null;
}

export interface DateMention {
  /** Offsets within the sentence. */
  start: number;
  end: number;
  phrase: string;
  date: FactDate | null;
  /** End of a range ("from Oct. 31 to Nov. 1"). */
  endDate: FactDate | null;
  anchor: DateAnchor | null;
  /** "point": when something happened; "bound": "since 2017", "by 2035" (not the date of the sentence's event). */
  role: 'point' | 'bound';
  /** Why the phrase could not be resolved (null when it was). */
  unresolved: string | null;
  /** The phrase depends on the publication date ("next week", "on Friday", "in March"), not on the text alone. */
  deictic: boolean;
  /** How the phrase reads if the article was published on `day` ("YYYY-MM-DD"): what window inference tries. */
  readOn: (day: string) => PhraseReading;
  /** See DatePhrase.relativeDays. */
  relativeDays?: number;
}

const FUTURE =
  /\b(?:will|'ll|’ll|shall|could|might|may(?= (?:not )?[a-z]+\b)|is set to|are set to|set to|plans? to|hopes? to|aims? to|expected to|scheduled|departs|embarks|leaves|upcoming|next|would|going to|look(?:s|ing)? forward to|takes? effect|comes? into (?:force|effect)|goes? into effect|kicks? in)\b/i;

// ---------- tense ----------

// "-eed" nouns ("canola seed", "need", "speed") are not past tenses; "agreed", "freed" are.
const PAST =
  /\b(?:[a-z]+(?<!e)ed|agreed|freed|decreed|guaranteed|met|said|told|held|was|were|had|took|came|spoke|began|made|went|saw|gave|left|won|lost|brought|sent|spent|led|struck|fell|rose)\b/i;
const PAST_WITHOUT_ATTRIBUTION =
  /\b(?:(?!said\b)[a-z]+(?<!e)ed|agreed|freed|decreed|guaranteed|met|told|held|was|were|had|took|came|spoke|began|made|went|saw|gave|left|won|lost|brought|sent|spent|led|struck|fell|rose)\b/i;

const FUTURE_MARK = new RegExp(`${FUTURE.source}|\\b(?:is|are|am)\\s+(?:\\w+ly\\s+)?\\w+ing\\b`, 'gi');
const PAST_MARK = new RegExp(PAST.source, 'gi');
const PAST_MARK_WITHOUT_ATTRIBUTION = new RegExp(PAST_WITHOUT_ATTRIBUTION.source, 'gi');
/** A sentence that opens with a phrase without a verb of its own ("Speaking to reporters after the talks on Friday, …"). */
const OPENER = /^(?:[A-Z][a-z]+ing|After|Before|Following|During|On|In|At|Earlier|Later)\b/;

function lastMatch(re: RegExp, text: string): number {
  re.lastIndex = 0;
  let last = -1;
  for (let m = re.exec(text); m; m = re.exec(text)) last = m.index;
  return last;
}

function firstMatch(re: RegExp, text: string): number {
  re.lastIndex = 0;
  return re.exec(text)?.index ?? -1;
}

/**
 * Whether the date at [start, end) lies ahead of the reference ("will meet … next week", "runs from Oct. 31").
 * The nearest tense marker before it decides ("will come seven months after Joly confirmed in March": "confirmed";
 * "is pursuing a meeting … from Oct. 31": the present progressive of a plan). With none before it, the first marker
 * after it, not counting an attribution ("…, officials said") unless the sentence opens with a phrase that has no
 * verb of its own ("Speaking after the talks on Friday, Carney said"); a present-tense sentence looks forward.
 */
/**
 * "effective Oct. 15", "starting Aug. 14", "set to take effect Thursday": a start date is announced ahead of it, so a
 * past verb before it ("announced a surtax, effective Oct. 15") dates the saying, not the start. Plain "from" counts
 * only before a weekday ("duties from Thursday"): "from January to June" is a past span as often as not.
 */
const EFFECTIVE_LEAD =
  /\b(?:starting|beginning|effective|as of|(?:take|takes|come|comes) (?:into )?(?:effect|force))(?:\s+(?:on|from))?\s+$/i;
const EFFECTIVE_LEAD_WEEKDAY =
  /\b(?:from|starting|beginning|effective|as of|(?:take|takes|come|comes) (?:into )?(?:effect|force))(?:\s+(?:on|from))?\s+$/i;
/** "took effect on Thursday", "came into force from Oct. 1": the start is reported as done. */
const START_DONE = /\b(?:took|came|went|kicked|began|started|has taken|have taken|had taken)\b/i;

/** The tense a start date takes: in a past clause, a date after an effective lead is a 'start', near the report. */
export function startDateTense(
  sentence: string,
  start: number,
  end: number,
  weekday = false,
): 'future' | 'past' | 'near' | 'start' {
  const tense = clauseTense(sentence, start, end);
  if (tense !== 'past') return tense;
  const before = sentence.slice(Math.max(0, start - 40), start);
  const lead = (weekday ? EFFECTIVE_LEAD_WEEKDAY : EFFECTIVE_LEAD).exec(before);
  if (!lead) return tense;
  const clauseStart = Math.max(sentence.lastIndexOf(',', start - 1 - lead[0].length) + 1, 0);
  return START_DONE.test(sentence.slice(clauseStart, start)) ? 'past' : 'start';
}

export function isFutureClause(sentence: string, start: number, end: number): boolean {
  return clauseTense(sentence, start, end) !== 'past';
}

/**
 * "-ed" words that are no finite past verb: a participle after a modal and "be"/"have" ("will be reduced", "would
 * have imposed": the modal marks the clause's time) and an adjective between a determiner or possessive and its
 * noun ("its combined tariff", "his threatened tariffs"). Blanked to the same length, so offsets hold.
 */
const MODAL_PARTICIPLE =
  /\b(?:will|would|shall|could|can|may|might|must|should|to)\s+(?:not\s+)?(?:be|have(?:\s+been)?)\s+(?:\w+ly\s+)?\w+(?:ed|en)\b/gi;
const ATTRIBUTIVE_PARTICIPLE =
  /\b(?:its|his|her|their|our|your|the|a|an|this|these|those)\s+(?:\w+ly\s+)?(\w+ed)\b(?=\s+[a-z])/gi;
/** "is due to host", "are due to take effect": a plan (not "fell due to tariffs", a cause). */
const DUE_TO = /\b(?:is|are|am|'s)\s+due\s+to\s+(?!the\b|a\b|an\b|its\b|their\b)[a-z]+/gi;

function maskNonFinite(text: string): string {
  return text
    .replace(MODAL_PARTICIPLE, (m) => m.replace(/\w+(?:ed|en)$/, (word) => ' '.repeat(word.length)))
    .replace(ATTRIBUTIVE_PARTICIPLE, (m, word: string) => m.slice(0, m.length - word.length) + ' '.repeat(word.length))
    .replace(DUE_TO, (m) => 'will'.padEnd(m.length, ' '));
}

/** "accepted an invitation … to visit China in January": an infinitive after the past verb looks ahead of it. */
// Not after an aspectual verb: "began to collect duties on Jan. 5" is as past as "collected".
const INFINITIVE =
  /(?<!\b(?:began|started|continued|moved|tried|failed|refused|ceased|used|appeared|seemed|rushed)\s+)\bto\s+(?!(?:the|a|an|its|his|her|their|about|around|some|zero|date|be)\b)[a-z]{3,}\b(?!\s*(?:%|per|percent))/g;

/**
 * The time of the clause holding the date at [start, end): 'future', 'past', or 'near' when a past verb governs a
 * plan ("agreed to meet in January"): then the date may be before or after the publication, whichever is nearer.
 */
export function clauseTense(sentence: string, start: number, end: number): 'future' | 'past' | 'near' {
  const masked = maskNonFinite(sentence);
  const before = masked.slice(0, start);
  const futureBefore = lastMatch(FUTURE_MARK, before);
  const pastBefore = lastMatch(PAST_MARK, before);
  // "is expected to lower … by March 1": "expected" reads as both, and the plan wins.
  if (futureBefore !== -1 || pastBefore !== -1) {
    if (futureBefore >= pastBefore) return 'future';
    return lastMatch(INFINITIVE, before) > pastBefore ? 'near' : 'past';
  }
  return isFutureAfter(masked, before, end) ? 'future' : 'past';
}

function isFutureAfter(sentence: string, before: string, end: number): boolean {
  const after = sentence.slice(end);
  const opener = OPENER.test(sentence) && !before.includes(',');
  const futureAfter = firstMatch(FUTURE_MARK, after);
  const pastAfter = firstMatch(opener ? PAST_MARK : PAST_MARK_WITHOUT_ATTRIBUTION, after);
  if (futureAfter === -1 && pastAfter === -1) return true;
  return pastAfter === -1 || (futureAfter !== -1 && futureAfter < pastAfter);
}

// ---------- the resolvers ----------

interface Resolution {
  date: FactDate | null;
  endDate?: FactDate | null;
  anchor: DateAnchor | null;
  unresolved: string | null;
  /** Only where the date's precision hides the phrase's days (a week reported as its month). */
  span?: DaySpan;
}

/** A date phrase found in a sentence, before it is resolved: finding does not depend on the context, resolving does. */
export interface DatePhrase {
  start: number;
  end: number;
  phrase: string;
  role: 'point' | 'bound';
  deictic: boolean;
  /** "one day after the Chinese president met …": days from the event the sentence is about to the one it names. */
  relativeDays?: number;
  resolve: (context: DateContext) => Resolution;
}

type Found = DatePhrase;

function unresolved(reason: string): Resolution {
  return { date: null, anchor: null, unresolved: reason };
}

/** The publication date when it can anchor a deictic phrase needing `need` precision, else a reason why not. */
function deicticAnchor(context: DateContext, need: DatePrecision): FactDate | string {
  if (context.flashback)
    return 'the sentence recalls an earlier moment ("Earlier, …"), so the publication date does not anchor it';
  if (!context.published) return 'the article has no known publication date';
  if (PRECISION_RANK[context.published.precision] < PRECISION_RANK[need]) {
    return `the publication date is known only to the ${context.published.precision} (${context.published.value})`;
  }
  return context.published;
}

function resolveWeekday(weekday: number, tense: boolean | 'start', context: DateContext) {
  const anchor = deicticAnchor(context, 'day');
  if (typeof anchor === 'string') return unresolved(anchor);
  const ref = dateParts(anchor);
  const refWeekday = noonUtc(ref).getUTCDay();
  // A past-tense weekday is the latest one on or before the reference; a future one the next on or after it; a start
  // reported in a past clause ("set a duty … from Thursday") the nearer of the two.
  const ahead = (weekday - refWeekday + 7) % 7;
  const behind = -((refWeekday - weekday + 7) % 7);
  const future = tense === 'start' ? ahead <= -behind : tense;
  const delta = future ? ahead : behind;
  return { date: formatDate(addDays(ref, delta), 'day'), anchor: 'publication' as const, unresolved: null };
}

/** "last October": the latest October strictly before the reference month (the previous year's for a year-only date). */
function resolveLastMonthName(month: number, context: DateContext) {
  const anchor = deicticAnchor(context, 'year');
  if (typeof anchor === 'string') return unresolved(anchor);
  const ref = dateParts(anchor);
  if (anchor.precision === 'year')
    return {
      date: formatDate({ year: ref.year - 1, month }, 'month'),
      anchor: 'publication' as const,
      unresolved: null,
    };
  const year = month < ref.month ? ref.year : ref.year - 1;
  return { date: formatDate({ year, month }, 'month'), anchor: 'publication' as const, unresolved: null };
}

/** What resolveBareMonth takes: true looks ahead, false back, 'near' either way (a start date, a plan in the past). */
function bareMonthTense(tense: 'future' | 'past' | 'near' | 'start'): boolean | 'near' {
  return tense === 'past' ? false : tense === 'near' || tense === 'start' ? 'near' : true;
}

/** "in March" (no year): the publication date anchors it, else the previous explicit date in the article. */
function resolveBareMonth(month: number, day: number | null, tense: boolean | 'near', context: DateContext) {
  const precision: DatePrecision = day ? 'day' : 'month';
  const published = context.published;
  const future = tense !== false;
  if (published && tense === 'near' && published.precision !== 'year') {
    // "agreed to visit China in January": the January nearest the publication, before or after it.
    const ref = dateParts(published);
    const at = (year: number) =>
      Math.abs(
        noonUtc({ year, month, day: day ?? 15 }).getTime() -
          noonUtc({ year: ref.year, month: ref.month, day: ref.day || 15 }).getTime(),
      );
    const year = [ref.year - 1, ref.year, ref.year + 1].reduce((best, y) => (at(y) < at(best) ? y : best));
    return {
      date: formatDate({ year, month, day: day ?? 1 }, precision),
      anchor: 'publication' as const,
      unresolved: null,
    };
  }
  if (published) {
    const ref = dateParts(published);
    let year = ref.year;
    if (published.precision !== 'year') {
      // Published "2025-05" (month only): "May 12" is that May, whatever the day.
      const refKey = ref.month * 100 + (published.precision === 'day' ? ref.day : 0);
      const key = month * 100 + (published.precision === 'day' ? (day ?? 0) : 0);
      if (!future && key > refKey && !(day === null && month === ref.month)) year -= 1;
      if (future && key < refKey && !(day === null && month === ref.month)) year += 1;
    }
    return {
      date: formatDate({ year, month, day: day ?? 1 }, precision),
      anchor: 'publication' as const,
      unresolved: null,
    };
  }
  if (context.previous) {
    // A narrative moves forward: the first such month on or after the previous dated sentence.
    const ref = dateParts(context.previous);
    const year = context.previous.precision === 'year' || month >= ref.month ? ref.year : ref.year + 1;
    return {
      date: formatDate({ year, month, day: day ?? 1 }, precision),
      anchor: 'narrative' as const,
      unresolved: null,
    };
  }
  return unresolved(
    'a month without a year, and neither a publication date nor an earlier date in the article to anchor it',
  );
}

const ANAPHORIC_MONTH = /\b(?:(?:later|earlier) )?(?:in )?that (?:same )?month\b/gi;
// "hours after Carney met Xi" counts from the clause it introduces, not from the article's last date: only a bare
// "after" ("two days after, …") or "later" is anaphoric.
const ANAPHORIC_LATER =
  /\b(?:(?:a few|several|a couple of|two|three|\d+) )?(?:days|hours|weeks) (?:later|afterwards|after(?!\s+[\w"“'‘]))\b/gi;
const NEXT_DAY =
  /\b(?:the (?:next|following) day|(?:a|one) day later|the day after)\b(?! (?:the|a|an|his|her|their|its)\b)/gi;
/** "comes one day after the Chinese president met Trump": counted from an event, not from the narrative's date. */
const DAYS_FROM_EVENT =
  /\b(one|a|two|three|four|five|\d+) days? (after|before)(?= (?:the|a|an|his|her|their|its)\b| [A-Z])/gi;
const SMALL_NUMBERS: Record<string, number> = { one: 1, a: 1, two: 2, three: 3, four: 4, five: 5 };
const LAST_MONTH_NAME = new RegExp(`\\blast (${MONTH_NAMES})\\b`, 'gi');
const WEEKDAY = new RegExp(`\\b(?:on |this |last |next )?(${WEEKDAY_NAMES})\\b`, 'g');
const RELATIVE_PERIOD = /\b(?:(?:earlier|later) )?(this|last|next) (week|month|year)\b/gi;
const DAYS_AGO = /\b(?:just )?(?:a few |several |two |three )?days ago\b/gi;
const RELATIVE_DAY = /\b(yesterday|today|tomorrow)\b/gi;
/** A template's glued "March4", "February3" (Wikipedia), with its year when one follows. */
const GLUED_MONTH_DAY = new RegExp(`\\b(${MONTH_NAMES})(\\d{1,2})\\b(?:,\\s*((?:19|20)\\d{2})\\b)?`, 'g');
/** A chronology's section heading ("=== 2024 ==="): its year anchors the bare dates below it. */
const HEADING_YEAR = /^\s*=+\s*((?:19|20)\d{2})\s*=+\s*$/g;
/** "From 2018 to 2022": a range of years. */
const YEAR_RANGE = /\b(?:from|between)\s+((?:19|20)\d{2})\s+(?:to|and|until|through)\s+((?:19|20)\d{2})\b/gi;
const YEAR =
  /\b(in|since|by|from|until|before|after|during|around|early|late|mid-|of|and again in|and)\s+((?:19|20)\d{2})\b(?![-–/]\d)/gi;

/** Every custom rule needs one of these (a year, a month's name, "day", "week" …): most sentences have none and skip them all. */
const CUSTOM_CUE =
  /\d{4}|day|week|month|year|hours|january|february|march|april|may|june|july|august|september|october|november|december/i;

function customMatches(sentence: string): Found[] {
  const found: Found[] = [];
  if (!CUSTOM_CUE.test(sentence)) return found;
  const add = (re: RegExp, make: (m: RegExpExecArray) => Omit<Found, 'start' | 'end' | 'phrase'>) => {
    re.lastIndex = 0;
    for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
      found.push({ start: m.index, end: m.index + m[0].length, phrase: m[0], ...make(m) });
    }
  };
  add(ANAPHORIC_MONTH, () => ({
    role: 'point',
    deictic: false,
    resolve: (context: DateContext) => {
      if (!context.previous || context.previous.precision === 'year')
        return unresolved('"that month" with no earlier month in the article');
      const p = dateParts(context.previous);
      return { date: formatDate(p, 'month'), anchor: 'narrative', unresolved: null };
    },
  }));
  add(ANAPHORIC_LATER, (m) => ({
    role: 'point',
    deictic: false,
    resolve: (context: DateContext) => {
      if (!context.previous) return unresolved(`"${m[0]}" with no earlier date in the article`);
      // "a few days later" stays within the previous date's month at best: keep at most month precision.
      const precision =
        context.previous.precision === 'day' && /hours/i.test(m[0])
          ? 'day'
          : context.previous.precision === 'year'
            ? 'year'
            : 'month';
      return { date: formatDate(dateParts(context.previous), precision), anchor: 'narrative', unresolved: null };
    },
  }));
  add(NEXT_DAY, (m) => ({
    role: 'point',
    deictic: false,
    resolve: (context: DateContext) => {
      if (!context.previous || context.previous.precision !== 'day')
        return unresolved(`"${m[0]}" with no earlier day in the article`);
      return {
        date: formatDate(addDays(dateParts(context.previous), 1), 'day'),
        anchor: 'narrative',
        unresolved: null,
      };
    },
  }));
  add(DAYS_FROM_EVENT, (m) => {
    const days = SMALL_NUMBERS[m[1]!.toLowerCase()] ?? Number(m[1]);
    return {
      role: 'point',
      deictic: false,
      relativeDays: m[2]!.toLowerCase() === 'after' ? -days : days,
      // Not a date of its own: events.ts counts it from the meeting the sentence is about, when that has a day.
      resolve: () => ({ date: null, anchor: null, unresolved: null }),
    };
  });
  add(LAST_MONTH_NAME, (m) => ({
    role: 'point',
    deictic: true,
    resolve: (context: DateContext) => resolveLastMonthName(MONTHS.indexOf(m[1]!.toLowerCase()) + 1, context),
  }));
  add(WEEKDAY, (m) => ({
    role: 'point',
    deictic: true,
    resolve: (context: DateContext) => {
      // "last Friday" / "next Friday" say the direction themselves; a bare weekday takes it from the tense.
      const prefix = m[0].split(' ')[0]!.toLowerCase();
      // "China said on Tuesday it would impose …": the weekday dates the saying, which is past.
      const attributed = /\b(?:said|told|announced|confirmed|added|wrote|reported|stated)\s+$/i.test(
        sentence.slice(Math.max(0, m.index - 12), m.index),
      );
      const tense =
        prefix === 'next'
          ? 'future'
          : prefix === 'last' || attributed
            ? 'past'
            : startDateTense(sentence, m.index, m.index + m[0].length, true);
      const resolved = resolveWeekday(
        WEEKDAYS.indexOf(m[1]!.toLowerCase()),
        tense === 'start' ? 'start' : tense !== 'past',
        context,
      );
      // "last Friday" written on a Friday means a week ago, not today (and "next Friday" a week ahead).
      if (
        resolved.date &&
        (prefix === 'last' || prefix === 'next') &&
        context.published &&
        resolved.date.value === context.published.value
      ) {
        return { ...resolved, date: formatDate(addDays(dateParts(resolved.date), prefix === 'last' ? -7 : 7), 'day') };
      }
      return resolved;
    },
  }));
  add(RELATIVE_PERIOD, (m) => ({
    role: 'point',
    deictic: true,
    resolve: (context: DateContext) => {
      const unit = m[2]!.toLowerCase();
      const which = m[1]!.toLowerCase();
      const anchor = deicticAnchor(context, unit === 'year' ? 'year' : unit === 'month' ? 'month' : 'day');
      if (typeof anchor === 'string') return unresolved(anchor);
      const ref = dateParts(anchor);
      const delta = which === 'last' ? -1 : which === 'next' ? 1 : 0;
      if (unit === 'year')
        return { date: formatDate({ year: ref.year + delta }, 'year'), anchor: 'publication', unresolved: null };
      if (unit === 'month')
        return {
          date: formatDate(addMonths(ref.year, ref.month, delta), 'month'),
          anchor: 'publication',
          unresolved: null,
        };
      // Weeks have no precision of their own: the month the whole week (Monday to Sunday) lies in, else its year.
      const shifted = addDays(ref, delta * 7);
      const monday = addDays(shifted, -((noonUtc(shifted).getUTCDay() + 6) % 7));
      const sunday = addDays(monday, 6);
      const precision = monday.month === sunday.month ? 'month' : 'year';
      // "later this week" runs from the day of writing to Sunday, "earlier this week" from Monday to it.
      const qualifier = /^(earlier|later)\b/i.exec(m[0])?.[1]?.toLowerCase();
      const first = qualifier === 'later' && which === 'this' ? ref : monday;
      const last = qualifier === 'earlier' && which === 'this' ? ref : sunday;
      const span = { first: formatDate(first, 'day').value, last: formatDate(last, 'day').value };
      return {
        date: formatDate(precision === 'month' ? monday : shifted, precision),
        anchor: 'publication',
        unresolved: null,
        span,
      };
    },
  }));
  add(DAYS_AGO, () => ({
    role: 'point',
    deictic: true,
    resolve: (context: DateContext) => {
      const anchor = deicticAnchor(context, 'day');
      if (typeof anchor === 'string') return unresolved(anchor);
      const ref = dateParts(anchor);
      const span = {
        first: formatDate(addDays(ref, -7), 'day').value,
        last: formatDate(addDays(ref, -1), 'day').value,
      };
      return { date: formatDate(addDays(ref, -3), 'month'), anchor: 'publication', unresolved: null, span };
    },
  }));
  add(RELATIVE_DAY, (m) => ({
    role: 'point',
    deictic: true,
    resolve: (context: DateContext) => {
      const anchor = deicticAnchor(context, 'day');
      if (typeof anchor === 'string') return unresolved(anchor);
      const delta = { yesterday: -1, today: 0, tomorrow: 1 }[m[1]!.toLowerCase() as 'today'];
      return { date: formatDate(addDays(dateParts(anchor), delta), 'day'), anchor: 'publication', unresolved: null };
    },
  }));
  add(GLUED_MONTH_DAY, (m) => {
    const month = MONTHS.indexOf(m[1]!.toLowerCase()) + 1;
    const day = Number(m[2]);
    const year = m[3] ? Number(m[3]) : null;
    return {
      role: 'point',
      deictic: year === null,
      resolve: (context: DateContext) =>
        year !== null
          ? { date: formatDate({ year, month, day }, 'day'), anchor: 'explicit', unresolved: null }
          : resolveBareMonth(
              month,
              day,
              bareMonthTense(startDateTense(sentence, m.index, m.index + m[0].length)),
              context,
            ),
    };
  });
  add(HEADING_YEAR, (m) => ({
    role: 'point',
    deictic: false,
    resolve: () => ({ date: formatDate({ year: Number(m[1]) }, 'year'), anchor: 'explicit', unresolved: null }),
  }));
  add(YEAR_RANGE, (m) => ({
    role: 'point',
    deictic: false,
    resolve: () => ({
      date: formatDate({ year: Number(m[1]) }, 'year'),
      endDate: formatDate({ year: Number(m[2]) }, 'year'),
      anchor: 'explicit',
      unresolved: null,
    }),
  }));
  add(YEAR, (m) => {
    const preposition = m[1]!.toLowerCase();
    const offset = m[0].length - m[2]!.length;
    return {
      role: /^(since|by|until|before|after)$/.test(preposition) ? 'bound' : 'point',
      deictic: false,
      resolve: () => ({
        date: formatDate({ year: Number(m[2]) }, 'year'),
        anchor: 'explicit',
        unresolved: null,
      }),
      // The phrase is the year alone, so spans line up with chrono's and with the text's own words.
      ...{ _offset: offset },
    };
  });
  // Narrow year matches to the year itself ("in 2017" → "2017") but keep the preposition's role.
  return found.map((f) => {
    const offset = (f as Found & { _offset?: number })._offset;
    if (offset === undefined) return f;
    return {
      start: f.start + offset,
      end: f.end,
      phrase: f.phrase.slice(offset),
      role: f.role,
      deictic: f.deictic,
      resolve: f.resolve,
    };
  });
}

const MONTH_WORD = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?(?![a-z])/i;
const ISO_DATE = /\b\d{4}-\d{2}(?:-\d{2})?\b/;
const NUMERIC_DATE = /^\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}$/;

/**
 * A month as news copy writes it: "October", "Oct.", "OCTOBER". Case matters: "may" and "march" are verbs, and the
 * looser MONTH_WORD also lets "market", "margins" and "decision" through to chrono, the costliest step of the compiler.
 */
const MONTH_NAME =
  /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)\b/;

function chronoMatches(sentence: string): Found[] {
  // Only sentences naming a month or an ISO date can give chrono a date we keep (see below): the others skip it.
  if (!MONTH_NAME.test(sentence) && !ISO_DATE.test(sentence)) return [];
  // The reference instant only fills in parts the text leaves out; we overwrite those below, so any fixed instant works.
  const reference = new Date(Date.UTC(2000, 0, 1, 12));
  // chrono reads "the morning of January 16" as a time with an uncertain month: blank the time of day out (same length).
  const parsed = sentence.replace(/\b(?:morning|afternoon|evening|night) of\b/gi, (phrase) =>
    ' '.repeat(phrase.length),
  );
  const results = chrono.en.parse(parsed, { instant: reference, timezone: 0 }, { forwardDate: false });
  const found: Found[] = [];
  for (const result of results) {
    const known = (component: 'year' | 'month' | 'day') => result.start.isCertain(component);
    if (!known('month')) continue; // weekdays, "this week", times: handled by the custom rules or not dates at all
    const text = result.text.replace(/[,.;:]+$/, '');
    if (!MONTH_WORD.test(text) && !ISO_DATE.test(text)) continue; // "for a week" is a duration, not a date
    if (/^may$/.test(text)) continue; // the verb "may", not the month
    if (NUMERIC_DATE.test(text)) continue; // "02-11-2025" could be day-month or month-day: never guess
    // "after Carney's January visit": a month that qualifies someone's act dates that act, which the sentence only
    // names; taken as the sentence's date it would date the main clause ("China said it would drop tariffs").
    if (
      !known('day') &&
      !known('year') &&
      /(?:['’]s|\b(?:his|her|its|their))\s+$/i.test(sentence.slice(Math.max(0, result.index - 6), result.index)) &&
      /^\s+(?:visit|trip|meeting|talks|summit|deal|agreement|announcement|deadline|decision|ruling|call|tour)\b/i.test(
        sentence.slice(result.index + text.length),
      )
    )
      continue;
    // "ICE November canola futures", "the March contract": a delivery month names a contract, not a date.
    if (
      !known('day') &&
      /^\s+(?:[a-z]+\s+){0,2}(?:futures|contracts?|delivery)\b/i.test(sentence.slice(result.index + text.length))
    )
      continue;
    const month = result.start.get('month')!;
    const day = known('day') ? result.start.get('day')! : null;
    // A dateline run into its lead ("CANADA, January 15 - Today, …") is no range: chrono reads "Today" as its end.
    const end = result.end && !/\b(?:today|tomorrow|yesterday|tonight|now)\b/i.test(text) ? result.end : null;
    const endMonth = end?.isCertain('month') ? end.get('month')! : null;
    const endDay = end?.isCertain('day') ? end.get('day')! : null;
    const before = sentence.slice(Math.max(0, result.index - 10), result.index);
    const role: 'point' | 'bound' = /\b(since|by|until|before|after)\s*$/i.test(before) ? 'bound' : 'point';
    // "to March 9 next year": the year is the publication's, moved by the phrase (and the phrase covers it).
    const relativeYear = known('year')
      ? null
      : /^,?\s+(next|this|last) year\b/i.exec(sentence.slice(result.index + text.length));
    const yearShift = relativeYear ? { next: 1, this: 0, last: -1 }[relativeYear[1]!.toLowerCase() as 'next'] : null;
    found.push({
      start: result.index,
      end: result.index + text.length + (relativeYear?.[0].length ?? 0),
      phrase: relativeYear ? text + relativeYear[0] : text,
      role,
      deictic: !known('year'),
      resolve: (context: DateContext) => {
        // "From January to April 2025": the year written once at the range's end holds for its start too.
        // Only a year the text writes: chrono also calls the reference instant's year certain ("October 30 - Today").
        const endYear = end?.isCertain('year') && /\b(?:19|20)\d{2}\b/.test(text) ? end.get('year')! : null;
        if (!known('year') && endYear !== null && endMonth !== null) {
          const year = month <= endMonth ? endYear : endYear - 1;
          const date = formatDate({ year, month, day: day ?? 1 }, day ? 'day' : 'month');
          return {
            date,
            endDate: formatDate({ year: endYear, month: endMonth, day: endDay ?? 1 }, endDay ? 'day' : 'month'),
            anchor: 'explicit',
            unresolved: null,
          };
        }
        if (known('year')) {
          const year = result.start.get('year')!;
          const date = formatDate({ year, month, day: day ?? 1 }, day ? 'day' : 'month');
          const endDate = endMonth
            ? formatDate(
                { year: end!.get('year') ?? year, month: endMonth, day: endDay ?? 1 },
                endDay ? 'day' : 'month',
              )
            : null;
          return { date, endDate, anchor: 'explicit', unresolved: null };
        }
        if (yearShift !== null) {
          const anchor = deicticAnchor(context, 'year');
          if (typeof anchor === 'string') return unresolved(anchor);
          const year = dateParts(anchor).year + yearShift;
          return {
            date: formatDate({ year, month, day: day ?? 1 }, day ? 'day' : 'month'),
            endDate: null,
            anchor: 'publication',
            unresolved: null,
          };
        }
        const tense = startDateTense(sentence, result.index, result.index + text.length);
        const resolved = resolveBareMonth(month, day, bareMonthTense(tense), context);
        let endDate: FactDate | null = null;
        if (resolved.date && endMonth) {
          const start = dateParts(resolved.date);
          const endYear = endMonth < month ? start.year + 1 : start.year;
          endDate = formatDate({ year: endYear, month: endMonth, day: endDay ?? 1 }, endDay ? 'day' : 'month');
        }
        return { ...resolved, endDate };
      },
    });
  }
  return found;
}

/** Every date phrase in `sentence`, in text order, not yet resolved. Overlapping matches: the longest wins. */
export function findDatePhrases(sentence: string): DatePhrase[] {
  const candidates = [...customMatches(sentence), ...chronoMatches(sentence)].sort(
    (a, b) => a.start - b.start || b.end - b.start - (a.end - a.start),
  );
  const kept: Found[] = [];
  for (const candidate of candidates) {
    // Custom rules come first in the list, so at equal spans they win over chrono's reading.
    if (kept.some((k) => candidate.start < k.end && k.start < candidate.end)) continue;
    kept.push(candidate);
  }
  return kept;
}

/** The days a reading covers: its own span (weeks), else from its date to its end date at their precision. */
function spanOf(resolution: Resolution): DaySpan | null {
  if (resolution.span) return resolution.span;
  if (!resolution.date) return null;
  return { first: firstDay(resolution.date), last: lastDay(resolution.endDate ?? resolution.date) };
}

/**
 * A deictic phrase in an article whose publication day is only known to a window: resolved on every day of it, and
 * kept only when every day gives the same date (a weekday needs the week, "last month" the month). Never a guess.
 */
function resolveOverWindow(phrase: DatePhrase, context: DateContext, window: PublicationDays): Resolution {
  const readings = new Map<string, { resolution: Resolution; days: string[] }>();
  let complete = true;
  for (const day of window.days) {
    const resolution = phrase.resolve({ ...context, published: { value: day, precision: 'day' }, window: null });
    if (!resolution.date) return resolution;
    const key = `${resolution.date.value}/${resolution.endDate?.value ?? ''}`;
    const entry = readings.get(key);
    if (entry) entry.days.push(day);
    else if (readings.size === 3) {
      // Three readings already settle that it is open: a year-wide window need not be tried day by day.
      complete = false;
      break;
    } else readings.set(key, { resolution, days: [day] });
  }
  const all = [...readings.values()];
  if (complete && all.length === 1) return { ...all[0]!.resolution, anchor: 'inferred' };
  const first = window.days[0]!;
  const last = window.days[window.days.length - 1]!;
  const options = all.map(
    (r) =>
      `${r.resolution.date!.value} if published ${r.days.length === 1 ? `on ${r.days[0]}` : `${r.days[0]}…${r.days[r.days.length - 1]}`}`,
  );
  return unresolved(
    `the publication date is only inferred to ${first}…${last} (${window.reason}), which leaves it open: ${options.join('; ')}${complete ? '' : '; …'}`,
  );
}

/** Resolves found phrases against `context`, each with what a window inference needs to try other publication days. */
export function resolveDatePhrases(phrases: readonly DatePhrase[], context: DateContext): DateMention[] {
  return phrases.map((phrase) => {
    const window = phrase.deictic && !context.flashback ? context.window : null;
    const r = window ? resolveOverWindow(phrase, context, window) : phrase.resolve(context);
    return {
      start: phrase.start,
      end: phrase.end,
      phrase: phrase.phrase,
      date: r.date,
      endDate: r.endDate ?? null,
      anchor: r.anchor,
      role: phrase.role,
      unresolved: r.unresolved,
      // In a flashback the publication date anchors nothing, so the phrase cannot bound it either.
      deictic: phrase.deictic && !context.flashback,
      ...(phrase.relativeDays === undefined ? {} : { relativeDays: phrase.relativeDays }),
      readOn: (day: string) => {
        if (context.flashback) return { date: null, endDate: null, span: null };
        const reading = phrase.resolve({ ...context, published: { value: day, precision: 'day' }, window: null });
        return { date: reading.date, endDate: reading.endDate ?? null, span: spanOf(reading) };
      },
    };
  });
}

/** Every date expression in `sentence`, resolved against `context`, in text order. Overlapping matches: the longest wins. */
export function findDates(sentence: string, context: DateContext): DateMention[] {
  return resolveDatePhrases(findDatePhrases(sentence), context);
}
