// Timeline events: every dated clause that reports an act (a tariff, an arrest, a meeting, a visit, a deal,
// a statement) becomes an event tied to the facts it is about; reports of one event from several articles merge.
import type { FactDate, TimelineEvent, EventCategory } from '../../src/lib/dataset.ts';
import type { ArticleContext } from './context.ts';
import { articleEventReports, createReportMemo, type EventReport, type SentenceFacts } from './event-reports.ts';
import { compareFactDates, datePrefixes, datesCompatible, moreSpecificDate } from './calendar.ts';
import type { PeopleRegistry } from './people.ts';
import { eventId, personId } from './ids.ts';
import { loadLexicon } from './lexicon.ts';
import type { MeetingResult } from './meetings.ts';
import { countArticles, dedupeEvidence } from './evidence.ts';
import type { MergedMeasures } from './merge.ts';

export function buildEvents(
  contexts: readonly ArticleContext[],
  people: PeopleRegistry,
  measures: MergedMeasures,
  meetings: MeetingResult,
): TimelineEvent[] {
  const categories = loadLexicon().cues.events.map((e) => ({
    category: e.category as EventCategory,
    re: new RegExp(e.pattern, 'gi'),
  }));
  const names = new Map([...people.records.values()].map((r) => [r.key, r.name]));
  const measureById = new Map(measures.measures.map((m) => [m.id, m]));
  const meetingById = new Map(meetings.meetings.map((m) => [m.id, m]));
  const meetingOrder = new Map(meetings.meetings.map((m, at) => [m.id, at]));
  /** The first held meeting, in the meetings' order, among a cluster's related facts on its date (by id, not a scan of every meeting). */
  const firstHeldMeeting = (related: Iterable<string>, date: FactDate | null) => {
    let first: (typeof meetings.meetings)[number] | undefined;
    for (const id of related) {
      const meeting = meetingById.get(id);
      if (
        meeting &&
        meeting.status === 'held' &&
        datesCompatible(meeting.date, date) &&
        (!first || meetingOrder.get(id)! < meetingOrder.get(first.id)!)
      )
        first = meeting;
    }
    return first;
  };
  // What a sentence reports (its measures) and what it only refers back to ("in retaliation for the EU's tariffs").
  const measuresOfSentence = new Map<string, string[]>();
  const referencedInSentence = new Map<string, string[]>();
  for (const [mentionKey, ids] of measures.measuresOfMention) {
    const [articleId, index] = mentionKey.split('#');
    const key = `${articleId}#${index}`;
    const target = measures.referenceKeys.has(mentionKey) ? referencedInSentence : measuresOfSentence;
    target.set(key, [...new Set([...(target.get(key) ?? []), ...ids])].sort());
  }
  const facts: SentenceFacts = {
    measuresOf: (key) => measuresOfSentence.get(key) ?? [],
    referencedOf: (key) => referencedInSentence.get(key) ?? [],
    meetingsOf: (key) => meetings.meetingsOfSentence.get(key) ?? [],
    meetingDate: (id) => meetingById.get(id)?.date ?? null,
    meetingTitle: (id) => meetingById.get(id)?.title ?? '',
    measureLabel: (id) => measureById.get(id)?.label ?? '',
    // A pronoun counts when it is the subject ("The two were taken into custody"), not in "… to make their pitch".
    personIdsOf: (sentence, before) =>
      [
        ...new Set(
          sentence.people
            .filter((p) => p.via !== 'pronoun' || p.start < before)
            .map((p) => personId(names.get(p.key) ?? p.key)),
        ),
      ].sort(),
    pronounName: (sentence, start, end) => {
      // "they" names several people: only a singular pronoun stands for its person in a headline.
      if (!/^(?:he|she)$/i.test(sentence.text.slice(start, end))) return undefined;
      const person = sentence.people.find((p) => p.via === 'pronoun' && p.start < end && start < p.end);
      return person ? (names.get(person.key) ?? person.key) : undefined;
    },
    categories,
    memo: createReportMemo(),
  };
  const reports: EventReport[] = contexts.flatMap((context) => articleEventReports(context, facts));
  // Most precise first, so a vaguer report ("in 2018") joins the precise one ("December 2018").
  const rank = (r: EventReport) => (r.date ? { day: 3, month: 2, year: 1 }[r.date.precision] : 0);
  reports.sort(
    (a, b) =>
      rank(b) - rank(a) ||
      (a.evidence.articleId < b.evidence.articleId
        ? -1
        : a.evidence.articleId > b.evidence.articleId
          ? 1
          : a.evidence.start - b.evidence.start),
  );
  interface Cluster {
    category: EventCategory;
    date: FactDate | null;
    title: string;
    reports: EventReport[];
    /** Creation order: ties go to the earliest cluster, as in a plain scan. */
    order: number;
    // Sets, in the order first seen: merging a report costs what the report brings, not what the cluster holds.
    keys: Set<string>;
    cueWords: Set<string>;
    relatedIds: Set<string>;
    /** Who acts in its reports (see EventReport.actor). */
    actors: Set<string>;
  }
  const clusters: Cluster[] = [];
  // Only clusters sharing a fact, a person or a cue word, with a compatible date, can take a report: index them by
  // both, so the cost stays linear. Reports come most precise first, so a cluster's date is as precise as any report
  // that can still join it, and "compatible" means that its date starts with the report's (any, for no date).
  const byKey = new Map<string, Set<Cluster>>();
  const keysOf = (item: { keys: Iterable<string>; cueWords: Iterable<string> }) => [
    ...[...item.keys].map((k) => `k:${k}`),
    ...[...item.cueWords].map((w) => `w:${w}`),
  ];
  const index = (cluster: Cluster, added: { keys: Iterable<string>; cueWords: Iterable<string> }) => {
    for (const key of keysOf(added)) {
      for (const bucket of datePrefixes(cluster.date)) {
        const set = byKey.get(`${key}#${bucket}`);
        if (set) set.add(cluster);
        else byKey.set(`${key}#${bucket}`, new Set([cluster]));
      }
    }
  };
  /** The cluster a report joins, by a scan of the clusters that share a fact, a person or a cue word on its date. */
  const bestByScan = (report: EventReport): { best: Cluster | null; bestScore: number } => {
    let best: Cluster | null = null;
    let bestScore = 0;
    const candidates = new Set<Cluster>();
    for (const key of keysOf(report))
      for (const c of byKey.get(`${key}#${report.date?.value ?? '*'}`) ?? []) candidates.add(c);
    for (const cluster of candidates) {
      if (cluster.category !== report.category || !datesCompatible(cluster.date, report.date)) continue;
      const byFactsKind = report.category === 'meeting' || report.category === 'trade measure';
      // People-keyed reports are one event only with one actor: "Trump imposed" and "the government imposed" are two.
      if (!byFactsKind && report.actor && cluster.actors.size > 0 && !cluster.actors.has(report.actor)) continue;
      const shared = report.keys.filter((k) => cluster.keys.has(k)).length;
      const byFacts = report.category === 'meeting' || report.category === 'trade measure';
      const sameKeys = shared === report.keys.length && shared === cluster.keys.size;
      // People-keyed events ("Carney travelled") share people easily: an undated report joins only the same people.
      const sameCue = report.cueWords.some((w) => cluster.cueWords.has(w));
      // Two dated reports that share one person are one event only when they say the same thing or the same day:
      // "departs Friday" (24 Oct) and "his minister visited earlier this month" (October) both name only Carney,
      // while "Kovrig and Spavor were arrested" (Dec 2018) and "the two were taken into custody in 2018" name both.
      const sameDate = report.date !== null && cluster.date !== null && report.date.value === cluster.date.value;
      // People-keyed reports of one day share their main actor easily ("Carney announced", "Carney and Takaichi
      // agreed"): they are one event only with the same people, or two people in common and the same cue.
      const overlapCounts =
        byFacts ||
        (report.date !== null &&
          cluster.date !== null &&
          ((sameKeys && (sameCue || sameDate)) || (shared >= 2 && (sameCue || sameDate)))) ||
        (report.date === null && sameKeys && (sameCue || report.category === 'statement'));
      const score =
        shared > 0 && overlapCounts
          ? shared * 2
          : (report.keys.length === 0 || cluster.keys.size === 0) && sameCue
            ? 1
            : 0;
      // Ties go to the earliest cluster, as in a scan in creation order.
      if (score > bestScore || (score === bestScore && score > 0 && best && cluster.order < best.order))
        [best, bestScore] = [cluster, score];
    }
    return { best, bestScore };
  };
  /** The cluster an undated people-keyed report joins: what the scan would choose, read off `undated` (see there). */
  const bestUndated = (
    report: EventReport,
    earliest: (keys: string[]) => Cluster | null,
  ): { best: Cluster | null; bestScore: number } => {
    const actors = report.actor ? [report.actor, NO_ACTOR] : [ANY_ACTOR];
    if (report.keys.length > 0) {
      // The same people (a statement needs no shared cue) outscore any cluster without people that shares a cue.
      const same = earliest(
        undatedKeys(
          report.category,
          [keySignature(report.keys)],
          actors,
          report.category === 'statement' ? [ANY_CUE] : report.cueWords,
        ),
      );
      if (same) return { best: same, bestScore: report.keys.length * 2 };
      const bare = earliest(undatedKeys(report.category, [''], actors, report.cueWords));
      return { best: bare, bestScore: bare ? 1 : 0 };
    }
    const any = earliest(undatedKeys(report.category, ['*'], actors, report.cueWords));
    return { best: any, bestScore: any ? 1 : 0 };
  };
  // Undated people-keyed reports could join a cluster of any date: scanning every cluster of their people grew with
  // the square of the corpus (thousands of "Carney said" clusters, one a day or an actor). Where such a report can go
  // is exactly the earliest cluster with its very people (or, failing that, with none) and a shared cue, whose actor
  // is its own or none: `undated` lists the clusters by those traits, earliest first.
  const undated = new EarliestIndex<Cluster>();
  const undatedTraits = (cluster: Cluster) =>
    undatedKeys(
      cluster.category,
      [keySignature(cluster.keys), '*'],
      [...cluster.actors, ...(cluster.actors.size === 0 ? [NO_ACTOR] : []), ANY_ACTOR],
      [ANY_CUE, ...cluster.cueWords],
    );
  const stillHas = (cluster: Cluster, key: string) => {
    // An entry goes stale for good once its cluster gains people or an actor: keys and actors only grow.
    const [, signature, actor] = key.split(SEPARATOR);
    return (
      (signature === '*' || keySignature(cluster.keys) === signature) &&
      (actor !== NO_ACTOR || cluster.actors.size === 0)
    );
  };
  for (const report of reports) {
    const peopleKeyed = report.category !== 'meeting' && report.category !== 'trade measure';
    const { best } =
      peopleKeyed && report.date === null
        ? bestUndated(report, (keys) => undated.earliest(keys, stillHas))
        : bestByScan(report);
    if (best) {
      const target: Cluster = best;
      target.reports.push(report);
      target.date = moreSpecificDate(target.date, report.date);
      const added = {
        keys: report.keys.filter((k) => !target.keys.has(k)),
        cueWords: report.cueWords.filter((w) => !target.cueWords.has(w)),
      };
      for (const k of added.keys) target.keys.add(k);
      for (const w of added.cueWords) target.cueWords.add(w);
      for (const id of report.relatedIds) target.relatedIds.add(id);
      if (report.actor) target.actors.add(report.actor);
      index(target, added);
      if (peopleKeyed) undated.add(target, undatedTraits(target));
    } else {
      const cluster: Cluster = {
        category: report.category,
        date: report.date,
        title: report.title,
        reports: [report],
        order: clusters.length,
        keys: new Set(report.keys),
        cueWords: new Set(report.cueWords),
        relatedIds: new Set(report.relatedIds),
        actors: new Set(report.actor ? [report.actor] : []),
      };
      clusters.push(cluster);
      index(cluster, cluster);
      if (peopleKeyed) undated.add(cluster, undatedTraits(cluster));
    }
  }
  const events: TimelineEvent[] = [];
  const used = new Set<string>();
  // Where the next "-n" of an id base starts: every smaller n is taken (a new scan from 2 for each of thousands of
  // same-day, same-title clusters was quadratic).
  const nextSuffix = new Map<string, number>();
  for (const cluster of clusters) {
    const evidence = dedupeEvidence(cluster.reports.map((r) => r.evidence));
    let id = eventId(
      cluster.category,
      cluster.date?.value ?? null,
      [...cluster.keys].sort().join('|') || cluster.title,
    );
    if (used.has(id)) {
      const base = eventId(cluster.category, cluster.date?.value ?? null, cluster.title);
      let n = nextSuffix.get(base) ?? 2;
      while (used.has(`${base}-${n}`)) n += 1;
      id = `${base}-${n}`;
      nextSuffix.set(base, n + 1);
    }
    used.add(id);
    // A held meeting's event is titled by the meeting itself: its first report may be a plan ("hopes to meet Xi next
    // week") written before it, whose headline would contradict the held mark it stands for.
    const heldMeeting = cluster.category === 'meeting' ? firstHeldMeeting(cluster.relatedIds, cluster.date) : undefined;
    events.push({
      id,
      date: cluster.date,
      title: heldMeeting ? `Meeting: ${heldMeeting.title}` : cluster.title,
      category: cluster.category,
      relatedIds: [...cluster.relatedIds].sort(),
      provenance: 'extracted',
      evidence,
      articleCount: countArticles(evidence),
    });
  }
  events.sort((a, b) => compareFactDates(a.date, b.date) || (a.id < b.id ? -1 : 1));
  return events;
}

const SEPARATOR = '\u0000';
const ANY_ACTOR = '\u0001any';
const NO_ACTOR = '\u0001none';
const ANY_CUE = '\u0001any';

/** A set of people as one string: the same people give the same signature. */
function keySignature(keys: Iterable<string>): string {
  return [...keys].sort().join(',');
}

/** Every combination of category, people signature, actor slot and cue slot, as index keys. */
function undatedKeys(
  category: string,
  signatures: readonly string[],
  actors: readonly string[],
  cues: Iterable<string>,
): string[] {
  const keys: string[] = [];
  for (const cue of cues)
    for (const signature of signatures)
      for (const actor of actors) keys.push([category, signature, actor, cue].join(SEPARATOR));
  return keys;
}

/**
 * Lists of items by key, each kept in creation order, answering "the earliest item under any of these keys that is
 * still valid". An entry that is no longer valid never becomes valid again, so it is dropped from the list's head for
 * good: each lookup costs the number of keys plus the entries it drops.
 */
export class EarliestIndex<T extends { order: number }> {
  private readonly lists = new Map<string, { items: T[]; head: number }>();
  private readonly keysOf = new Map<T, Set<string>>();

  add(item: T, keys: Iterable<string>): void {
    let known = this.keysOf.get(item);
    if (!known) this.keysOf.set(item, (known = new Set()));
    for (const key of keys) {
      if (known.has(key)) continue;
      known.add(key);
      const list = this.lists.get(key);
      if (!list) {
        this.lists.set(key, { items: [item], head: 0 });
        continue;
      }
      // Mostly a new item, the latest: appended. An older item that gains a trait goes to its place.
      let low = list.head;
      let high = list.items.length;
      while (low < high) {
        const middle = (low + high) >>> 1;
        if (list.items[middle]!.order < item.order) low = middle + 1;
        else high = middle;
      }
      list.items.splice(low, 0, item);
    }
  }

  earliest(keys: Iterable<string>, valid: (item: T, key: string) => boolean): T | null {
    let best: T | null = null;
    for (const key of keys) {
      const list = this.lists.get(key);
      if (!list) continue;
      while (list.head < list.items.length && !valid(list.items[list.head]!, key)) list.head += 1;
      const first = list.items[list.head];
      if (first && (!best || first.order < best.order)) best = first;
    }
    return best;
  }
}
