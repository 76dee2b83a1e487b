// Meetings: "<A> met (with) <B>", "a meeting between <A> and <B>", "<A>-<B> meeting", "<A> and <B> spoke", with
// status (held / planned), place, occasion, date and duration; reports of one meeting merge into one record.
import type { Conflict, Evidence, FactDate, Meeting } from '../../src/lib/dataset.ts';
import type { ArticleContext } from './context.ts';
import type { DateMention } from './dates.ts';
import {
  addMonths,
  compareFactDates,
  datePrefixes,
  datesCompatible,
  dayDifference,
  formatDate,
  moreSpecificDate,
  shiftDay,
} from './calendar.ts';
import type { PeopleRegistry } from './people.ts';
import { meetingId, personId } from './ids.ts';
import { countArticles, dedupeEvidence } from './evidence.ts';
import { byArticleCount, conflictBetween, sidesOf } from './corroborate.ts';
import { placeWithin, type PlaceRegistry } from './place-records.ts';
import { findMeetingMentions } from './meeting-mentions.ts';

export interface MeetingMention {
  articleId: string;
  sentenceIndex: number;
  participants: string[];
  status: Meeting['status'];
  place: string | null;
  occasion: string | null;
  date: FactDate | null;
  durationMinutes: number | null;
  evidence: Evidence;
  /** The one publication-dependent phrase of the meeting's clause ("meet Xi next week"), whatever it resolved to. */
  deicticPhrase: DateMention | null;
  /** `date` came from a phrase relative to the publication ("in September" in a 2025 article), not from the text alone. */
  dateDeictic: boolean;
  /** `date` is near, not exact: the publication day of a datelined report that left its held meeting undated, or the
   * day a preview gives the stop where a planned meeting is to be held. */
  dateNear?: boolean;
}

/** How many days a meeting dated only near (publication day, stop day) may lie from the day its cluster names. */
const PUBLICATION_SLACK_DAYS = 3;
/** How long after a meeting a report that leaves it undated is still taken to tell of it. */
const HELD_REPORT_RECENT_DAYS = 60;

/** Whole days between two "YYYY-MM-DD" days, whichever comes first. */
function daysApart(a: string, b: string): number {
  return Math.abs(dayDifference(a, b));
}

/** "2025-12" → "2026-01". */
function nextMonth(month: string): string {
  const [year, m] = month.split('-').map(Number);
  return formatDate(addMonths(year!, m!, 1), 'month').value;
}

/** The month buckets within the slack of a publication day ("2026-01-01" also looks in "2025-12"). */
function nearbyMonths(day: string): string[] {
  const months = [-PUBLICATION_SLACK_DAYS, 0, PUBLICATION_SLACK_DAYS].map((offset) =>
    shiftDay(day, offset).slice(0, 7),
  );
  return [...new Set(months)];
}

/** A sentence that dates a meeting by a phrase relative to its publication ("will meet Xi next week"). */
export interface MeetingReference {
  articleId: string;
  meetingId: string;
  mention: DateMention;
  evidence: Evidence;
}

export interface MeetingResult {
  meetings: Meeting[];
  conflicts: Conflict[];
  /** "<article id>#<sentence index>" → ids of the meetings that sentence reports. */
  meetingsOfSentence: Map<string, string[]>;
  /** Occasion label → the place key where the articles say it is held. */
  occasionHosts: Map<string, string>;
  /** Each meeting report dated by a publication-relative phrase, with the meeting it joined. */
  references: MeetingReference[];
  /** Meeting id → the reports that gave it a date: which article, and whether by a publication-relative phrase. */
  dateSources: Map<string, { articleId: string; deictic: boolean }[]>;
  /** Every article's meeting reports, before merging (what a later pass reuses). */
  mentionsByArticle: Map<string, MeetingMention[]>;
}

/** Learns where each summit is held from the text itself: "the ASEAN summit in Kuala Lumpur". */
export function learnOccasionHosts(contexts: readonly ArticleContext[], registry: PlaceRegistry): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const context of contexts) {
    for (const sentence of context.sentences) {
      for (const occasion of sentence.occasions) {
        const after = sentence.text.slice(occasion.end, occasion.end + 60);
        const place = sentence.places.find(
          (p) =>
            p.start >= occasion.end &&
            p.start - occasion.end <= 60 &&
            /^[^.;]*?\bin\s*$/.test(after.slice(0, p.start - occasion.end)),
        );
        if (!place) continue;
        const weight = registry.get(place.key)?.kind === 'city' ? 10 : 1;
        const map = counts.get(occasion.label) ?? new Map<string, number>();
        map.set(place.key, (map.get(place.key) ?? 0) + weight);
        counts.set(occasion.label, map);
      }
    }
  }
  const hosts = new Map<string, string>();
  for (const [label, map] of counts) {
    const best = [...map].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
    if (best) hosts.set(label, best[0]);
  }
  return hosts;
}

function participantsTitle(ids: readonly string[], names: Map<string, string>): string {
  const list = ids.map((id) => names.get(id) ?? id);
  if (list.length <= 2) return list.join(' – ');
  return `${list.slice(0, -1).join(', ')} and ${list[list.length - 1]}`;
}

/** What an earlier extraction can lend a later one: hosts and per-article mentions, except for the `stale` articles. */
export interface MeetingReuse {
  previous: MeetingResult;
  /** Articles whose dates changed since: their mentions are read again. */
  stale: ReadonlySet<string>;
}

export function extractMeetings(
  contexts: readonly ArticleContext[],
  people: PeopleRegistry,
  places: PlaceRegistry,
  reuse?: MeetingReuse,
): MeetingResult {
  // Where summits are held and who meets whom do not depend on dates: a later pass re-reads only the stale articles.
  const occasionHosts = reuse?.previous.occasionHosts ?? learnOccasionHosts(contexts, places);
  const years = contexts
    .map((c) => c.article.published.value)
    .filter((v): v is string => v !== null)
    .map((v) => Number(v.slice(0, 4)));
  // A reduce, not Math.max(...years): spread as arguments, 200,000 articles overflow the stack.
  const currentYear = years.length > 0 ? years.reduce((latest, year) => Math.max(latest, year)) : null;
  const mentionsByArticle = new Map<string, MeetingMention[]>();
  for (const context of contexts) {
    const id = context.article.id;
    const earlier = reuse && !reuse.stale.has(id) ? reuse.previous.mentionsByArticle.get(id) : undefined;
    mentionsByArticle.set(id, earlier ?? findMeetingMentions(context, people, places, occasionHosts, currentYear));
  }
  const mentions = [...mentionsByArticle.values()].flat();
  const publishedOf = new Map(contexts.map((c) => [c.article.id, c.article.published.value]));
  const rank = (m: MeetingMention) => (m.date ? { day: 3, month: 2, year: 1 }[m.date.precision] : 0);
  mentions.sort(
    (a, b) =>
      rank(b) - rank(a) ||
      // A day the text names before one taken from the publication: the named day founds the cluster.
      Number(Boolean(a.dateNear)) - Number(Boolean(b.dateNear)) ||
      Number(b.status === 'held') - Number(a.status === 'held') ||
      (a.articleId < b.articleId ? -1 : a.articleId > b.articleId ? 1 : 0) ||
      a.sentenceIndex - b.sentenceIndex,
  );
  interface Cluster {
    participants: string[];
    date: FactDate | null;
    place: string | null;
    occasion: string | null;
    mentions: MeetingMention[];
    placeConflict?: boolean;
    /** Kept as mentions join, so a cluster of thousands of reports is not scanned for each new one (linear cost). */
    articleIds: Set<string>;
    anyHeld: boolean;
  }
  const clusters: Cluster[] = [];
  const clustersByPeople = new Map<string, Cluster[]>();
  for (const mention of mentions) {
    const key = mention.participants.join('|');
    const placesAgree = (c: Cluster) =>
      !c.place ||
      !mention.place ||
      placeWithin(places, c.place, mention.place) ||
      placeWithin(places, mention.place, c.place);
    // Only clusters of the same people with a compatible date can take the mention: looked up by people and date,
    // so the cost stays linear. Mentions come most precise first, so a cluster's date is as precise as any mention
    // that can still join it, and "compatible" means that its date starts with the mention's (any, for no date).
    // A report dated only by its publication day joins a meeting of those people a few days off, not one months away.
    const near =
      mention.dateNear && mention.date
        ? [
            ...new Set(
              nearbyMonths(mention.date.value).flatMap((month) => clustersByPeople.get(`${key}#${month}`) ?? []),
            ),
          ].filter(
            (c) =>
              c.date !== null &&
              c.date.precision === 'day' &&
              daysApart(c.date.value, mention.date!.value) <= PUBLICATION_SLACK_DAYS,
          )
        : null;
    // A meeting reported held in an article written well after the date a plan named is not that plan kept: the
    // plan fell through or the meeting is another ("travelled to Washington last week to meet …" in June, a March plan).
    const published = publishedOf.get(mention.articleId) ?? null;
    const lateForPlan = (c: Cluster) =>
      mention.status === 'held' &&
      c.date !== null &&
      c.date.precision !== 'year' &&
      (mention.date === null || mention.date.precision === 'year') &&
      !c.anyHeld &&
      published !== null &&
      published.slice(0, 7) > nextMonth(c.date.value.slice(0, 7));
    // An undated plan is of a meeting after its report was written, an undated held meeting of one before it.
    const fitsReport = (c: Cluster) => {
      if (mention.date !== null || c.date === null || published === null) return true;
      const written = published.slice(0, c.date.value.length);
      if (mention.status === 'planned')
        return (
          c.date.value >= written ||
          daysApart(c.date.value.padEnd(10, '-01').slice(0, 10), published.padEnd(10, '-01').slice(0, 10)) <=
            PUBLICATION_SLACK_DAYS
        );
      // … and of a recent one: a report two months or more after a dated meeting, saying only that the two met, may
      // tell of another meeting (Carney met Xi in Gyeongju in October and in Beijing in January).
      return (
        c.date.value <= written &&
        (c.date.precision === 'year' ||
          daysApart(c.date.value.padEnd(10, '-01').slice(0, 10), published.padEnd(10, '-01').slice(0, 10)) <=
            HELD_REPORT_RECENT_DAYS)
      );
    };
    const candidates = (near ?? clustersByPeople.get(`${key}#${mention.date?.value ?? '*'}`) ?? []).filter(
      (c) =>
        (near !== null || datesCompatible(c.date, mention.date)) &&
        (!c.occasion || !mention.occasion || c.occasion === mention.occasion) &&
        !lateForPlan(c) &&
        fitsReport(c),
    );
    // Same people on the same date in two different places: one meeting the articles place differently.
    // An undated report ("after their meeting") is of the meeting its own article dates, if it dates one.
    const ownArticleFirst = mention.date
      ? candidates
      : [
          ...candidates.filter((c) => c.articleIds.has(mention.articleId)),
          ...candidates.filter((c) => !c.articleIds.has(mention.articleId)),
        ];
    const cluster =
      ownArticleFirst.find(placesAgree) ??
      candidates.find((c) => c.date !== null && mention.date !== null && c.place !== null && mention.place !== null);
    if (cluster) {
      // A plan that names another place than the meeting held ("look forward to meeting … in Malaysia", met in
      // Singapore) joins it without disputing its place: plans change.
      const outdatedPlan = mention.status === 'planned' && !placesAgree(cluster) && cluster.anyHeld;
      cluster.mentions.push(outdatedPlan ? { ...mention, place: null } : mention);
      cluster.articleIds.add(mention.articleId);
      if (mention.status === 'held') cluster.anyHeld = true;
      if (!mention.dateNear) cluster.date = moreSpecificDate(cluster.date, mention.date);
      cluster.occasion ??= mention.occasion;
      if (outdatedPlan) continue;
      if (!placesAgree(cluster)) cluster.placeConflict = true;
      else if (mention.place && (!cluster.place || placeWithin(places, mention.place, cluster.place)))
        cluster.place = mention.place;
    } else {
      const cluster: Cluster = {
        participants: mention.participants,
        date: mention.date,
        place: mention.place,
        occasion: mention.occasion,
        mentions: [mention],
        articleIds: new Set([mention.articleId]),
        anyHeld: mention.status === 'held',
      };
      clusters.push(cluster);
      for (const bucket of datePrefixes(cluster.date)) {
        const list = clustersByPeople.get(`${key}#${bucket}`);
        if (list) list.push(cluster);
        else clustersByPeople.set(`${key}#${bucket}`, [cluster]);
      }
    }
  }
  const names = new Map([...people.records.values()].map((r) => [r.key, r.name]));
  const meetings: Meeting[] = [];
  const conflicts: Conflict[] = [];
  const meetingsOfSentence = new Map<string, string[]>();
  const references: MeetingReference[] = [];
  const dateSources = new Map<string, { articleId: string; deictic: boolean }[]>();
  const usedIds = new Set<string>();
  for (const cluster of clusters) {
    const participantIds = cluster.participants.map((key) => personId(names.get(key) ?? key)).sort();
    // The month, not the day: a later article that pins the day down should not rename the meeting.
    const distinguisher = cluster.date?.value.slice(0, 7) ?? cluster.place ?? cluster.occasion ?? 'undated';
    let id = meetingId(participantIds, distinguisher);
    for (let n = 2; usedIds.has(id); n++) id = `${meetingId(participantIds, distinguisher)}-${n}`;
    usedIds.add(id);
    const evidence = dedupeEvidence(cluster.mentions.map((m) => m.evidence));
    const durations = cluster.mentions.map((m) => m.durationMinutes).filter((d): d is number => d !== null);
    const title = `${participantsTitle(
      cluster.participants.map((key) => personId(names.get(key) ?? key)),
      new Map(cluster.participants.map((key) => [personId(names.get(key) ?? key), names.get(key) ?? key])),
    )}${cluster.occasion ? ` (${cluster.occasion})` : ''}`;
    meetings.push({
      id,
      participants: participantIds,
      place: cluster.place,
      date: cluster.date,
      status: cluster.mentions.some((m) => m.status === 'held') ? 'held' : 'planned',
      occasion: cluster.occasion,
      durationMinutes: durations[0] ?? null,
      title,
      provenance: 'extracted',
      evidence,
      articleCount: countArticles(evidence),
    });
    if (cluster.placeConflict) {
      // One side per distinct place (a city and its country count as one), majority of articles first.
      const reports = cluster.mentions.flatMap((mention) =>
        mention.place ? [{ value: mention.place, evidence: mention.evidence }] : [],
      );
      const agree = (side: string, place: string) =>
        placeWithin(places, side, place) || placeWithin(places, place, side);
      const sides = byArticleCount(sidesOf(reports, agree), (a, b) => (a < b ? -1 : 1));
      meetings[meetings.length - 1]!.place = sides[0]!.value;
      const about = { factId: id, field: 'place' as const, subject: `Place of the meeting ${title}` };
      const conflict = conflictBetween(about, sides, (place) => places.get(place)?.name ?? place);
      if (conflict) conflicts.push(conflict);
    }
    dateSources.set(
      id,
      cluster.mentions
        .filter((m) => m.date && datesCompatible(m.date, cluster.date))
        .map((m) => ({ articleId: m.articleId, deictic: m.dateDeictic })),
    );
    for (const mention of cluster.mentions) {
      if (mention.deicticPhrase)
        references.push({
          articleId: mention.articleId,
          meetingId: id,
          mention: mention.deicticPhrase,
          evidence: mention.evidence,
        });
      const key = `${mention.articleId}#${mention.sentenceIndex}`;
      meetingsOfSentence.set(key, [...new Set([...(meetingsOfSentence.get(key) ?? []), id])].sort());
    }
  }
  meetings.sort((a, b) => compareFactDates(a.date, b.date) || (a.id < b.id ? -1 : 1));
  conflicts.sort((a, b) => (a.id < b.id ? -1 : 1));
  return { meetings, conflicts, meetingsOfSentence, occasionHosts, references, dateSources, mentionsByArticle };
}
