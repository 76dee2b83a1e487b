// Publication windows: when an article does not say on which day it was published, the days it can have been, inferred
// from its phrases relative to the publication that date facts the dataset knows from elsewhere ("hopes to meet Xi next
// week", where another article dates that meeting to 31 Oct 2025 → written 20–26 Oct), combined with what the article
// states (a copyright year) and narrowed by the trip's order. Its relative dates are then resolved on every day of the
// window and kept only when all agree (dates.ts): a window never picks one reading among several.
import type { Article, FactDate, Meeting, PublicationAnchor, ReportEntry, Trip } from '../../src/lib/dataset.ts';
import { dayDifference, daysBetween, firstDay, lastDay, shiftDay } from './calendar.ts';
import type { DateMention, PublicationDays } from './dates.ts';
import type { MeetingReference } from './meetings.ts';
import type { ItineraryDateReport } from './trip.ts';

export interface InferredWindow {
  /** Every day the article can have been published on, ascending. */
  days: string[];
  anchors: PublicationAnchor[];
}

/**
 * The days of writing on which `mention` reads as a date overlapping [first, last]. Only days around the fact are
 * tried: a weekday or a week reaches at most 13 days from its day of writing, a month 62, a bare month or "last
 * October" two years.
 */
export function daysAllowing(mention: DateMention, first: string, last: string): string[] {
  const probe = mention.readOn(first).span;
  const distance = probe
    ? Math.max(Math.abs(dayDifference(first, probe.first)), Math.abs(dayDifference(first, probe.last)))
    : Infinity;
  const reach = distance <= 14 ? 21 : distance <= 62 ? 70 : 760;
  return daysBetween(shiftDay(first, -reach), shiftDay(last, reach)).filter((day) => {
    const span = mention.readOn(day).span;
    return span !== null && span.first <= last && first <= span.last;
  });
}

/** The article's own stated date, when coarser than a day (a copyright year): every inferred day must lie in it. */
function statedAnchor(article: Article): PublicationAnchor | null {
  const { value, precision, source } = article.published;
  if (!value || !precision || precision === 'day' || source === 'inferred') return null;
  const date: FactDate = { value, precision };
  return {
    kind: 'stated',
    phrase: `${value} (${source ?? 'stated'})`,
    factId: null,
    factDate: date,
    from: firstDay(date),
    to: lastDay(date),
    evidence: null,
  };
}

function describe(anchor: PublicationAnchor): string {
  const about = anchor.factId ? ` (${anchor.factId}${anchor.factDate ? ` on ${anchor.factDate.value}` : ''})` : '';
  return `"${anchor.phrase}"${about} allows ${anchor.from}…${anchor.to}`;
}

function intersect(days: readonly string[], from: string, to: string, allowed?: ReadonlySet<string>): string[] {
  return days.filter((day) => day >= from && day <= to && (!allowed || allowed.has(day)));
}

/**
 * Windows from references: for each article without a publication day, every phrase that dates a meeting the other
 * reports date (one dated meeting of those people at that occasion, else the reference is ambiguous and left out).
 * Anchors that disagree leave the article without a window, with a warning that says which.
 */
export function inferWindowsFromReferences(
  articles: readonly Article[],
  meetings: readonly Meeting[],
  references: readonly MeetingReference[],
  dateSources: ReadonlyMap<string, readonly { articleId: string; deictic: boolean }[]>,
): { windows: Map<string, InferredWindow>; warnings: ReportEntry[] } {
  const windows = new Map<string, InferredWindow>();
  const warnings: ReportEntry[] = [];
  const byId = new Map(meetings.map((m) => [m.id, m]));
  // The dated meetings of each set of people, all and by occasion (none: ""): looked up per reference, so a reference
  // costs the same however often those people met (a filter of all their meetings per reference grew with the corpus).
  const byPeople = new Map<string, { all: Meeting[]; byOccasion: Map<string, Meeting[]> }>();
  for (const meeting of meetings) {
    if (!meeting.date) continue;
    const key = meeting.participants.join('|');
    let entry = byPeople.get(key);
    if (!entry) byPeople.set(key, (entry = { all: [], byOccasion: new Map() }));
    entry.all.push(meeting);
    const list = entry.byOccasion.get(meeting.occasion ?? '');
    if (list) list.push(meeting);
    else entry.byOccasion.set(meeting.occasion ?? '', [meeting]);
  }
  /** The one dated meeting of those people at that occasion or at none (at any, when it names none); null if not one. */
  const onlyDatedMeeting = (joined: Meeting): Meeting | null => {
    const entry = byPeople.get(joined.participants.join('|'));
    if (!entry) return null;
    const candidates = joined.occasion
      ? [entry.byOccasion.get('') ?? [], entry.byOccasion.get(joined.occasion) ?? []]
      : [entry.all];
    const count = candidates.reduce((sum, list) => sum + list.length, 0);
    return count === 1 ? candidates.find((list) => list.length === 1)![0]! : null;
  };
  const referencesByArticle = new Map<string, MeetingReference[]>();
  for (const reference of references) {
    const list = referencesByArticle.get(reference.articleId);
    if (list) list.push(reference);
    else referencesByArticle.set(reference.articleId, [reference]);
  }

  for (const article of articles) {
    if (article.published.precision === 'day') continue;
    const anchors: PublicationAnchor[] = [];
    const allowedByAnchor: ReadonlySet<string>[] = [];
    for (const reference of referencesByArticle.get(article.id) ?? []) {
      const joined = byId.get(reference.meetingId);
      if (!joined) continue;
      // The same people may have met more than once: the reference dates one of them only when one is dated.
      const meeting = onlyDatedMeeting(joined);
      if (!meeting) continue;
      // A date the article gave the meeting itself by a relative phrase would anchor the article on itself.
      if (!(dateSources.get(meeting.id) ?? []).some((source) => source.articleId !== article.id || !source.deictic))
        continue;
      const days = daysAllowing(reference.mention, firstDay(meeting.date!), lastDay(meeting.date!));
      anchors.push({
        kind: 'reference',
        phrase: reference.mention.phrase,
        factId: meeting.id,
        factDate: meeting.date,
        from: days[0] ?? firstDay(meeting.date!),
        to: days[days.length - 1] ?? lastDay(meeting.date!),
        evidence: reference.evidence,
      });
      allowedByAnchor.push(new Set(days));
    }
    if (anchors.length === 0) continue;
    const stated = statedAnchor(article);
    let days = [...allowedByAnchor[0]!].sort();
    for (const allowed of allowedByAnchor.slice(1)) days = days.filter((day) => allowed.has(day));
    if (stated) days = intersect(days, stated.from, stated.to);
    const all = stated ? [stated, ...anchors] : anchors;
    if (days.length === 0) {
      warnings.push({
        file: article.file,
        message: `publication date not inferred: its anchors disagree: ${all.map(describe).join('; ')}`,
      });
      continue;
    }
    // A window no narrower than what the article states adds nothing.
    if (stated && days[0] === stated.from && days[days.length - 1] === stated.to) continue;
    windows.set(article.id, { days, anchors: all });
  }
  return { windows, warnings };
}

/**
 * Narrows windows by the itinerary: a stop's date lies after every dated stop before it and before every dated stop
 * after it, so a stop dated by "on Tuesday" keeps only the days of writing that put that Tuesday in its place.
 * Returns the ids of the articles whose window changed.
 */
export function narrowByItinerary(
  trip: Trip,
  reports: readonly ItineraryDateReport[],
  windows: Map<string, InferredWindow>,
  fileOf: ReadonlyMap<string, string>,
): { changed: Set<string>; warnings: ReportEntry[] } {
  const changed = new Set<string>();
  const warnings: ReportEntry[] = [];
  const stops = trip.stops;
  const ordered = [...reports].sort(
    (a, b) =>
      a.stopIndex - b.stopIndex ||
      (a.articleId < b.articleId ? -1 : a.articleId > b.articleId ? 1 : a.evidence.start - b.evidence.start),
  );
  for (const report of ordered) {
    const window = windows.get(report.articleId);
    if (!window) continue;
    let lower: { day: string; stop: number } | null = null;
    let upper: { day: string; stop: number } | null = null;
    stops.forEach((stop, index) => {
      // Conservative bounds: a stop dated "October" may have begun on its last day and ended on its first.
      if (index < report.stopIndex) {
        const date = stop.depart ?? stop.arrive;
        if (date && (!lower || firstDay(date) > lower.day)) lower = { day: firstDay(date), stop: index };
      } else if (index > report.stopIndex) {
        const date = stop.arrive ?? stop.depart;
        if (date && (!upper || lastDay(date) < upper.day)) upper = { day: lastDay(date), stop: index };
      }
    });
    const low = lower as { day: string; stop: number } | null;
    const high = upper as { day: string; stop: number } | null;
    if (!low && !high) continue;
    const allowed = window.days.filter((day) => {
      const span = report.mention.readOn(day).span;
      return span !== null && (!low || span.last >= low.day) && (!high || span.first <= high.day);
    });
    if (allowed.length === window.days.length) continue;
    const stopName = stops[report.stopIndex]!.place;
    if (allowed.length === 0) {
      const range =
        low && high
          ? `between ${low.day} and ${high.day}`
          : low
            ? `on or after ${low.day}`
            : `on or before ${high!.day}`;
      warnings.push({
        file: fileOf.get(report.articleId) ?? report.articleId,
        message: `itinerary: "${report.mention.phrase}" (${stopName}) should fall ${range}, as the dated stops around it do, but does on no day of the inferred window; window kept`,
      });
      continue;
    }
    // The bound that removed days is the anchor: the later stop when the reading ran past it, else the earlier one.
    const binding =
      high && window.days.some((day) => (report.mention.readOn(day).span?.first ?? '') > high.day) ? high : low!;
    const bindingStop = stops[binding.stop]!;
    window.days = allowed;
    window.anchors.push({
      kind: 'itinerary',
      phrase: report.mention.phrase,
      factId: bindingStop.id,
      factDate: { value: binding.day, precision: 'day' },
      from: allowed[0]!,
      to: allowed[allowed.length - 1]!,
      evidence: report.evidence,
    });
    changed.add(report.articleId);
  }
  return { changed, warnings };
}

/** The window as dates.ts reads it. */
export function publicationDays(window: InferredWindow): PublicationDays {
  return { days: window.days, reason: `inferred from ${window.anchors.map((a) => `"${a.phrase}"`).join(', ')}` };
}

/** The article's `published` for an inferred window: the value all its days share (a day, a month or a year). */
export function inferredPublished(window: InferredWindow): Article['published'] {
  const from = window.days[0]!;
  const to = window.days[window.days.length - 1]!;
  const precision =
    from === to
      ? 'day'
      : from.slice(0, 7) === to.slice(0, 7)
        ? 'month'
        : from.slice(0, 4) === to.slice(0, 4)
          ? 'year'
          : null;
  const value =
    precision === 'day'
      ? from
      : precision === 'month'
        ? from.slice(0, 7)
        : precision === 'year'
          ? from.slice(0, 4)
          : null;
  return { value, precision, source: 'inferred', window: { from, to }, anchors: window.anchors };
}
