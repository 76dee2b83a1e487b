// Meeting reports sentence by sentence: who meets whom (subject, objects, a joint act), held or planned by the
// meeting's own clause, where (a locative, the summit's host, the traveller's stop) and when (its clause, each listed
// counterpart's own date, the visit told just before).
import type { FactDate, Meeting } from '../../src/lib/dataset.ts';
import type { ArticleContext, PersonMention, SentenceInfo } from './context.ts';
import { sentenceEvidence } from './context.ts';
import type { DateMention } from './dates.ts';
import { actorCapital, leaderRoles } from './entities.ts';
import { lexiconCache } from './lexicon.ts';
import {
  articleReportsCall,
  cueKind,
  EXTRA_CUES,
  isCallReport,
  isMeetingOfBody,
  isObjectGap,
  isVerbCue,
  objectsAfter,
} from './meeting-participants.ts';
import type { MeetingMention } from './meetings.ts';
import type { PeopleRegistry } from './people.ts';
import { placeWithin, type PlaceRegistry } from './place-records.ts';
import { findPlaces } from './places.ts';
import { datelineEnd } from './publication.ts';
import { datelinePlace as datelineOfLine } from './place-locative.ts';

/** Words that may stand between a possessive and the meeting it owns: "their first face-to-face meeting". */
const POSSESSED_GAP =
  /^\s+(?:(?:first|planned|upcoming|long-awaited|bilateral|formal|face-to-face|recent|last|next|own)\s+)*$/i;

function subjectsBefore(sentence: SentenceInfo, from: number, to: number): PersonMention[] {
  // "his meeting with Xi" names a participant; "Their ministers spoke" does not.
  const possessiveOfAnother = (p: PersonMention) =>
    p.via === 'pronoun' &&
    /^(?:his|her|their|its)$/i.test(sentence.text.slice(p.start, p.end)) &&
    !POSSESSED_GAP.test(sentence.text.slice(p.end, to));
  // "Anita Anand, who accompanied Mr. Carney, held talks with …": a relative clause's persons are not the subject.
  const relatives = [...sentence.text.slice(0, to).matchAll(/,\s+(?:who|which|whose)\b[^,;]*,/g)].map((m) => ({
    start: m.index!,
    end: m.index! + m[0].length,
  }));
  const inRelative = (p: PersonMention) => relatives.some((r) => p.start > r.start && p.end < r.end);
  const before = sentence.people.filter(
    (p) => p.start >= from && p.end <= to && !possessiveOfAnother(p) && !inRelative(p),
  );
  if (before.length === 0) return [];
  const nearestEnd = before.reduce((latest, p) => Math.max(latest, p.end), -Infinity);
  // Skip a subject separated by a clause ("…, Carney said, he will meet" keeps "he").
  // A title's period ("Mr.", "Dr.") ends no clause.
  // "Carney, who became the first Canadian leader to visit China since 2017, met Xi": a relative clause is no distance.
  const gap = sentence.text
    .slice(nearestEnd, to)
    .replace(/\b(Mr|Mrs|Ms|Dr|Jr|Sr|St)\./g, '$1')
    .replace(/^,\s+(?:who|whose)\b[^,;.]*,\s*/, ' ');
  // A subject may stand further off when what follows it leads up to a plan ("… welcomed progress toward an agreement
  // and look forward to meeting").
  if (/[.;!?]/.test(gap) || gap.length > (LEADS_TO_PLAN.test(gap) ? 120 : 60)) return [];
  const nearest = before.filter((p) => p.end === nearestEnd);
  const first = nearest.reduce((a, b) => (a.start <= b.start ? a : b));
  // "Trudeau and Xi spoke", "Carney-Xi meeting": the coordinated subject too.
  // "Prime Minister Carney and Prime Minister Wong": the titles of the second do not break the pair.
  const coordinated = before.filter((p) => {
    const between = sentence.text.slice(p.end, first.start);
    return (
      p.end < first.start &&
      /^\s*(?:and|&|-|–)\s*/.test(between) &&
      isObjectGap(between.replace(/^\s*(?:and|&|-|–)\s*/, '').replace(/^with\b/, '-'))
    );
  });
  return [...nearest, ...coordinated];
}

function meetingPatterns(): { cue: RegExp; planned: RegExp; negation: RegExp; hypothetical: RegExp; travel: RegExp } {
  return lexiconCache('meeting-mentions.patterns', ({ cues }) => ({
    cue: new RegExp(`\\b(?:${cues.meetingVerbs}|${EXTRA_CUES})\\b`, 'gi'),
    planned: new RegExp(cues.plannedMarkers, 'i'),
    negation: new RegExp(cues.negation, 'i'),
    hypothetical: new RegExp(cues.meetingHypothetical, 'i'),
    travel: new RegExp(`\\b(?:${cues.travelVerbs})\\b`, 'i'),
  }));
}

/** "look forward to meeting at the ASEAN Summit": a plan, whatever the tense of the sentence's other verbs. */
const LOOKS_FORWARD = /\blook(?:s|ing)? forward to\b/i;
const LEADS_TO_PLAN = /\b(?:look(?:s|ing)? forward to|agreed to|plans? to|hopes? to|expects? to)\s*$/i;
/** "affirmed their interest in holding a subsequent leaders' meeting", "declined to say whether he would meet Xi": no meeting. */
const WISH =
  /\b(?:interest in|open to|willing(?:ness)? to|(?:an )?invitation to|whether|possibility of|a possible|any)\b/i;
/** "during a meeting", "after their talks": a meeting told as the circumstance of what its participants did. */
const CIRCUMSTANCE_BEFORE = /\b(?:during|at|after|before|in) (?:a|an|the|their|his|her|its) (?:[\w-]+ ){0,2}$/i;
/** The dates between one listed counterpart and the next, else every date of the clause. */
function datesOfObject(
  clauseDates: DateMention[],
  objects: readonly PersonMention[],
  key: string,
  segmentEnd: number,
): DateMention[] {
  const own = objects.find((o) => o.key === key);
  if (!own) return clauseDates;
  const nextStart = objects.filter((o) => o.start > own.end).reduce((first, o) => Math.min(first, o.start), segmentEnd);
  const between = clauseDates.filter((d) => d.start >= own.end && d.start < nextStart);
  return between.length > 0 ? between : clauseDates;
}

/** "After meeting …, Carney said", "In a meeting with Carney, Xi said": a meeting opening the sentence as its circumstance. */
const OPENING_CIRCUMSTANCE =
  /^(?:After|Before|Following|During|In|At|Ahead of|Since)\s+(?:(?:a|the|his|her|their|its)\s+)?(?:[\w-]+\s+)?$/;
/** "In Beijing, Carney met with …", "While in Beijing, …": a place opening the sentence. */
const OPENING_LOCATIVE = /^(?:While\s+)?(?:In|At)\s+(?:the\s+)?$/;

/**
 * The date of a held meeting its sentence leaves undated, from the nearest of the three sentences before that puts
 * the traveller in the same place ("visited Beijing this week. … In Beijing, Carney met with …").
 */
function dateFromEarlierVisit(context: ArticleContext, sentence: SentenceInfo, place: string | null): FactDate | null {
  if (!place) return null;
  for (let i = sentence.index - 1; i >= 0 && i >= sentence.index - 3; i -= 1) {
    const earlier = context.sentences.find((s) => s.index === i);
    if (!earlier || earlier.flashback || !earlier.eventDate) continue;
    if (earlier.places.some((p) => p.key === place)) return earlier.eventDate;
  }
  return null;
}

/**
 * The day each stop of a journey is dated by in the article: a place after a travel word and the one date written
 * between it and the next place ("then travel to Singapore on Tuesday"). A stop of several days ("in Kuala Lumpur on
 * Sunday and Monday") or dated twice differently has none.
 */
function stopDaysOf(context: ArticleContext, travel: RegExp): Map<string, FactDate | null> {
  const days = new Map<string, FactDate | null>();
  for (const sentence of context.sentences) {
    const verbAt = sentence.text.search(travel);
    if (verbAt === -1) continue;
    const after = sentence.places.filter((p) => p.start > verbAt);
    after.forEach((place, n) => {
      const next = after[n + 1]?.start ?? sentence.text.length;
      const own = sentence.dates.filter(
        (d) =>
          d.role === 'point' &&
          d.start >= place.end &&
          d.start < next &&
          !/[.;]/.test(sentence.text.slice(place.end, d.start)),
      );
      if (own.length === 0) return;
      const day = own.length === 1 && own[0]!.date?.precision === 'day' && !own[0]!.endDate ? own[0]!.date : null;
      const earlier = days.get(place.key);
      days.set(place.key, earlier === undefined || earlier?.value === day?.value ? day : null);
    });
  }
  return days;
}

const LOCATIVE_BEFORE = /\b(?:in|at|to)\s+(?:the\s+)?$/;

/** How many sentences after the first a news report's lead runs: what it tells undated is the day's news. */
const LEAD_SENTENCES = 3;

/** "travelled to Washington last week to meet …": a journey told in the past was made to meet, so the meeting was held. */
const PAST_TRAVEL_TO_MEET = /\b(?:travell?ed|flew|went|came|headed|arrived|was in|were in)\b[^.;]*\bto\s*$/i;
/** "spoke with Trump and said the two leaders agreed to intensify talks": talks as negotiations, not a meeting. */
const NEGOTIATIONS =
  /\b(?:intensify|intensifying|resume|resuming|continue|continuing|accelerate|step up|deepen|restart|end|ending|terminate|terminating|stall(?:ed)?|lead|leads|leading|led|ongoing|in)\s+(?:(?:the|their|its|his|her|trade)\s+)*$/i;
/** Where a meeting's own clause ends: "met Li on Thursday and is set to meet … in Shanghai" (the place is the second's). */
const NEXT_CLAUSE =
  /,?\s+(?:and|but|while|before|then)\s+(?:(?:he|she|they|it|will|would)\s+)?(?:is|was|are|were|will|would|has|had|plans?|set|heading|head|travel|travels|travelling|traveling)\b/i;

/** Orders a clause's dates by nearness to the meeting word: after it in its segment first, then before it (nearest first), then the rest. */
function datesNearestCue(
  clauseDates: readonly DateMention[],
  cueStart: number,
  cueEnd: number,
  segmentEnd: number,
): DateMention[] {
  const after = clauseDates.filter((d) => d.start >= cueEnd && d.start < segmentEnd);
  const before = clauseDates.filter((d) => d.start < cueStart).reverse();
  return [...after, ...before, ...clauseDates.filter((d) => !after.includes(d) && !before.includes(d))];
}

/** The city a wire dateline names ("BEIJING, Jan 16 (Reuters) -", "KUALA LUMPUR —"): where the report was written. */
function datelineCity(text: string, registry: PlaceRegistry): string | null {
  const end = datelineEnd(text);
  if (end === 0) return null;
  // The dateline's own line: a headline may stand above it.
  const lineEnd = text.indexOf('\n', end);
  const printed = datelineOfLine(
    text.slice(text.lastIndexOf('\n', end - 1) + 1, lineEnd === -1 ? text.length : lineEnd),
  );
  if (!printed) return null;
  const found = findPlaces(`in ${printed.name}`, registry)[0];
  const entry = found ? registry.get(found.key) : undefined;
  // A city, or a city-state ("SINGAPORE"); not a country label of a government feed ("CANADA, October 30 -").
  if (!entry) return null;
  return entry.kind === 'city' || (entry.kind === 'country' && actorCapital(entry.country) === entry.name)
    ? entry.key
    : null;
}

/**
 * Two leaders of different countries named side by side as the subject of a joint act ("Prime Minister Carney and
 * Korean President Lee Jae Myung announced …") met, unless the article reports a call.
 */
function jointLeaders(
  sentence: SentenceInfo,
  subjects: readonly string[],
  people: PeopleRegistry,
  hasCall: boolean,
): boolean {
  if (hasCall || subjects.length !== 2) return false;
  const named = subjects.every((key) =>
    sentence.people.some((p) => p.key === key && (p.via === 'name' || p.via === 'alias')),
  );
  const leaders = leaderRoles();
  const countries = subjects.map((key) => people.country(key));
  return (
    named &&
    subjects.every((key) => leaders.has(people.role(key) ?? '')) &&
    countries[0] !== null &&
    countries[1] !== null &&
    countries[0] !== countries[1]
  );
}

export function findMeetingMentions(
  context: ArticleContext,
  people: PeopleRegistry,
  registry: PlaceRegistry,
  hosts: Map<string, string>,
  currentYear: number | null,
): MeetingMention[] {
  const { cue, planned, negation, hypothetical, travel } = meetingPatterns();
  const mentions: MeetingMention[] = [];
  let travelPlace: { key: string; sentence: number; traveller: string | null } | null = null;
  let lastMeeting: MeetingMention | null = null;
  const hasCall = articleReportsCall(context.sentences.map((s) => s.text));
  const dateline = datelineCity(context.article.text, registry);
  // Each traveller's stops: the cities named after a travel verb ("then travel to Singapore on Tuesday"), for a
  // counterpart's own country ("Singapore's Prime Minister Lawrence Wong").
  const stopCities = new Map<string, string[]>();
  for (const s of context.sentences) {
    const verbAt = s.text.search(travel);
    if (verbAt === -1) continue;
    // The traveller: the nearest person before the travel word.
    const traveller = s.people.filter((p) => p.end <= verbAt).sort((a, b) => b.end - a.end)[0]?.key;
    if (!traveller) continue;
    const cities = s.places.filter((p) => p.start > verbAt && registry.get(p.key)?.kind === 'city').map((p) => p.key);
    stopCities.set(traveller, [...new Set([...(stopCities.get(traveller) ?? []), ...cities])]);
  }
  const stopDays = stopDaysOf(context, travel);
  for (const sentence of context.sentences) {
    const text = sentence.text;
    // Where the traveller is now ("While in South Korea, Carney will meet …"): read before this sentence's meetings.
    if (travel.test(text)) {
      const verbAt = text.search(travel);
      const after = sentence.places.filter((p) => p.start > verbAt);
      const occasion = sentence.occasions.find((o) => o.start > verbAt);
      const host = occasion ? hosts.get(occasion.label) : undefined;
      let key = host ?? after[after.length - 1]?.key;
      // "While in South Korea, Carney will meet …": the summit city there, when the articles name exactly one.
      if (key && registry.get(key)?.kind === 'country') {
        const cities = [...new Set(hosts.values())].filter((h) => placeWithin(registry, h, key!) && h !== key);
        if (cities.length === 1) key = cities[0]!;
      }
      // Whose stop it is: the nearest person before the travel word ("LeBlanc travelled to Washington" is not Carney's).
      const traveller = sentence.people.filter((p) => p.end <= verbAt).sort((a, b) => b.end - a.end)[0]?.key ?? null;
      if (key) travelPlace = { key, sentence: sentence.index, traveller };
    }
    const matches = [...text.matchAll(cue)];
    // A cue that yields no meeting ("welcomed progress … and look forward to meeting") leaves its subject to the next.
    let usedEnd = 0;
    let callInSentence = false;
    matches.forEach((match, i) => {
      const cueStart = match.index!;
      const cueEnd = cueStart + match[0].length;
      const segmentStart = usedEnd;
      const segmentEnd = matches[i + 1]?.index ?? text.length;
      const lead = text.slice(segmentStart, cueStart);
      // "left … without a deal after meeting with Trump": a negation before "after"/"before" negates another clause.
      const ownLead = (lead.split(/[,;]/).pop() ?? '').split(/\b(?:after|before|following|when|while)\b/i).pop() ?? '';
      if (negation.test(ownLead) || hypothetical.test(lead) || WISH.test(lead.split(/[,;]/).pop() ?? '')) return;
      // "… after a stop in Paris, where he met Macron": the where-clause has its own place and time.
      const whereAt = lead.search(/,?\s+where\s+[^,]*$/);
      const clauseStart = whereAt === -1 ? segmentStart : segmentStart + whereAt;
      const clauseDates = sentence.dates.filter((d) => d.role === 'point' && d.date && d.start >= clauseStart);
      const verb = match[0].toLowerCase();
      const located = sentence.places.some((p) =>
        /\b(?:in|at)\s+(?:the\s+)?$/.test(text.slice(Math.max(0, p.start - 8), p.start)),
      );
      if (isCallReport(text, verb, cueEnd, located)) {
        callInSentence = true;
        return;
      }
      if (/^meetings?$/.test(verb) && isMeetingOfBody(text, cueEnd)) return;
      // "Carney spoke with Trump … and said the two leaders agreed to intensify talks": the call's talks, or negotiations.
      if (/^talks$/.test(verb) && (callInSentence || NEGOTIATIONS.test(text.slice(segmentStart, cueStart)))) return;
      let subjects = [...new Set(subjectsBefore(sentence, segmentStart, cueStart).map((p) => p.key))];
      const objectMentions = objectsAfter(text, sentence.people, cueEnd, segmentEnd, sentence.dates, sentence.places);
      const objects = [...new Set(objectMentions.map((p) => p.key))].filter((key) => !subjects.includes(key));
      // "Xi told Carney during a meeting in Beijing": the two the clause names before "during a meeting".
      if (
        subjects.length + objects.length < 2 &&
        /^(?:meeting|talks)$/.test(verb) &&
        CIRCUMSTANCE_BEFORE.test(text.slice(segmentStart, cueStart))
      ) {
        const named = [
          ...new Set(
            sentence.people
              .filter((p) => p.start >= segmentStart && p.end <= cueStart && (p.via === 'name' || p.via === 'alias'))
              .map((p) => p.key),
          ),
        ];
        if (named.length === 2) subjects = named;
      }
      // "After meeting Chinese Premier Li Qiang on Thursday, Carney said …": the subject follows the opening clause.
      if (subjects.length === 0 && objects.length > 0 && OPENING_CIRCUMSTANCE.test(text.slice(0, cueStart))) {
        const comma = text.indexOf(
          ',',
          sentence.people
            .filter((p) => objects.includes(p.key) && p.start >= cueEnd)
            .reduce((latest, p) => Math.max(latest, p.end), -Infinity),
        );
        const after =
          comma === -1
            ? undefined
            : sentence.people.find(
                (p) =>
                  p.start > comma &&
                  p.start - comma <= 40 &&
                  !objects.includes(p.key) &&
                  /^[\s,]*(?:[A-Z][\w.'’-]*\s+)*$/.test(text.slice(comma + 1, p.start)),
              );
        if (after) subjects = [after.key];
      }
      // "hosted", "welcomed": a guest named after the verb, or no meeting ("the leaders welcomed the signing").
      if (cueKind(verb) === 'host' && objects.length === 0) return;
      // "a dinner hosted by Lee": the host of an occasion, not a meeting of the clause's subject with him
      // (unlike "Carney was hosted by Xi").
      if (
        cueKind(verb) === 'host' &&
        /^\s+by\b/.test(text.slice(cueEnd)) &&
        !/\b(?:was|were|is|are|been|being)\s+$/i.test(text.slice(segmentStart, cueStart))
      )
        return;
      if (cueKind(verb) === 'joint' && !jointLeaders(sentence, subjects, people, hasCall)) return;
      if (cueKind(verb) === 'joint') objects.length = 0;
      // "Carney met with Xi, Li and Zhao": one meeting with each; "a working dinner with Albanese and Luxon": one.
      const groups =
        subjects.length === 1 && objects.length >= 2 && isVerbCue(verb)
          ? objects.map((o) => [subjects[0]!, o])
          : [[...subjects, ...objects]];
      if (groups.every((g) => g.length < 2)) return;
      usedEnd = cueEnd;
      for (const group of groups) {
        const participants = [...new Set(group)].sort();
        if (participants.length < 2) continue;
        // "meet Xi on Friday and Li Qiang on Thursday": each counterpart's own date, where the list gives one.
        // "arrived in Beijing on Wednesday and met Li Qiang on Thursday": the date nearest the meeting word.
        const nearest = datesNearestCue(clauseDates, cueStart, cueEnd, segmentEnd);
        const dates = groups.length > 1 ? datesOfObject(nearest, objectMentions, group[1]!, segmentEnd) : nearest;
        const past =
          /^(?:met|held a summit|held talks|spoke|hosted|welcomed|received|sat down with|had dinner with|dined with|had lunch with|announced|signed|unveiled|released a joint statement|issued a joint statement)$/.test(
            verb,
          );
        // Tense markers of the meeting's own clause, from its subject on: "Canada will cut tariffs, Carney said after talks
        // with Xi" is no plan.
        const subjectStart = sentence.people
          .filter((p) => subjects.includes(p.key) && p.start >= segmentStart && p.end <= cueStart)
          .reduce((first, p) => Math.min(first, p.start), cueStart);
        const plannedBefore =
          planned.test(text.slice(subjectStart, cueEnd)) || LOOKS_FORWARD.test(text.slice(segmentStart, cueEnd));
        // "to meet" marks a plan unless a journey told in the past led to it.
        const plannedOtherwise =
          planned.test(text.slice(subjectStart, cueEnd).replace(/\bto meet\b/gi, '')) ||
          LOOKS_FORWARD.test(text.slice(segmentStart, cueEnd));
        const travelledToMeet =
          verb === 'meet' && !plannedOtherwise && PAST_TRAVEL_TO_MEET.test(text.slice(subjectStart, cueStart));
        const status: Meeting['status'] =
          past || travelledToMeet ? 'held' : plannedBefore || /^(?:meet)$/.test(verb) ? 'planned' : 'held';
        const occasion = sentence.occasions[0]?.label ?? null;
        // Where: a place introduced as a location ("in Gyeongju", "visit to Beijing"), not "an invitation to visit China".
        const firstParticipant = sentence.people
          .filter((p) => participants.includes(p.key) && p.start >= segmentStart)
          .reduce((first, p) => Math.min(first, p.start), Infinity);
        const whereHost =
          whereAt === -1
            ? undefined
            : sentence.places.filter((p) => p.end <= clauseStart && clauseStart - p.end <= 3).pop()?.key;
        // The meeting's own clause and, for one of several counterparts, the words up to the next one.
        const nextClause = text.slice(cueEnd).search(NEXT_CLAUSE);
        let clauseEnd = nextClause === -1 ? text.length : cueEnd + nextClause;
        if (groups.length > 1) {
          const own = objectMentions.find((o) => o.key === group[1]);
          const next = own ? objectMentions.filter((o) => o.start > own.end).map((o) => o.start) : [];
          if (next.length > 0) clauseEnd = next.reduce((first, at) => Math.min(first, at), clauseEnd);
        }
        const ownStart =
          groups.length > 1
            ? (objectMentions.find((o) => o.key === group[1])?.start ?? firstParticipant)
            : firstParticipant;
        let place =
          whereHost ??
          sentence.places
            .filter(
              (p) =>
                p.start >= ownStart &&
                p.start < clauseEnd &&
                LOCATIVE_BEFORE.test(text.slice(Math.max(0, p.start - 12), p.start)),
            )
            .map((p) => p.key)
            .find((key) => registry.get(key)?.kind !== 'region') ??
          sentence.places.find((p) => p.end <= firstParticipant && OPENING_LOCATIVE.test(text.slice(0, p.start)))
            ?.key ??
          null;
        // "SINGAPORE, Oct. 29, 2025 /CNW/ - Today, … met with …": a wire dateline's city, where the sentence names none.
        if (!place && sentence.index === context.sentences[0]?.index) {
          // A city, or a city-state ("SINGAPORE"); not a country label of a government feed ("CANADA, October 30 -").
          const isCity = (key: string) =>
            registry.get(key)?.kind === 'city' ||
            (registry.get(key)?.kind === 'country' &&
              actorCapital(registry.get(key)!.country) === registry.get(key)!.name);
          const written = text.match(/^(\p{Lu}[\p{Lu} .'-]+),/u)?.[1];
          const name = written?.toLowerCase().replace(/(^|[\s-])\p{Ll}/gu, (c) => c.toUpperCase());
          const dateline = name ? findPlaces(`in ${name}`, registry)[0] : undefined;
          if (dateline && isCity(dateline.key)) place = dateline.key;
        }
        const year = dates[0]?.date ? Number(dates[0].date.value.slice(0, 4)) : null;
        // Summits move every year: a host read from this year's coverage says nothing about the 2019 G20.
        const host =
          occasion && (year === null || currentYear === null || year >= currentYear)
            ? (hosts.get(occasion) ?? null)
            : null;
        if (host && (!place || placeWithin(registry, host, place))) place = host;
        if (
          !place &&
          lastMeeting &&
          lastMeeting.sentenceIndex === sentence.index - 1 &&
          lastMeeting.participants.join() === participants.join()
        )
          place = lastMeeting.place;
        const ownClausePlace = place !== null;
        // "KUALA LUMPUR (Reuters) - Carney met Marcos … on Monday": a meeting held within days of a datelined report
        // and placed nowhere else is where the report was filed.
        const firstDate = dates[0]?.date ?? null;
        if (
          !place &&
          status === 'held' &&
          dateline &&
          firstDate?.precision === 'day' &&
          context.article.published.precision === 'day'
        ) {
          const days =
            (Date.parse(`${context.article.published.value}T00:00:00Z`) - Date.parse(`${firstDate.value}T00:00:00Z`)) /
            86_400_000;
          if (days >= 0 && days <= 2) place = dateline;
        }
        if (
          !place &&
          status === 'planned' &&
          travelPlace &&
          sentence.index - travelPlace.sentence <= 2 &&
          (!travelPlace.traveller || participants.includes(travelPlace.traveller))
        )
          place = travelPlace.key;
        // "meet Malaysian Prime Minister Anwar Ibrahim and Singapore's Prime Minister Lawrence Wong" after "travel to
        // Singapore": a visiting leader meets a foreign leader in that leader's country, at the one stop named there.
        // A plan only: a preview lists the leaders to be met on a tour; a held meeting's place is told, not inferred.
        if (!ownClausePlace && !whereHost && status === 'planned') {
          // The one met (the verb's object) hosts; the subject travels.
          const hostKey =
            groups.length > 1 ? group[1]! : objects.length === 1 && subjects.length === 1 ? objects[0]! : null;
          const hostCountry = hostKey && leaderRoles().has(people.role(hostKey) ?? '') ? people.country(hostKey) : null;
          const visitorCountry = hostKey ? people.country(participants.find((key) => key !== hostKey)!) : null;
          const visitor = hostKey ? participants.find((key) => key !== hostKey)! : null;
          if (
            hostCountry &&
            visitorCountry &&
            hostCountry !== visitorCountry &&
            (!place || registry.get(place)?.country !== hostCountry)
          ) {
            const there = (stopCities.get(visitor!) ?? []).filter((key) => registry.get(key)?.country === hostCountry);
            place = there.length === 1 ? there[0]! : null;
          }
        }
        // "for 40 minutes", "lasted about 40 minutes".
        const duration = text
          .slice(cueEnd, segmentEnd)
          .match(/\b(?:for|lasted)\s+(?:about|around|roughly|nearly|more than|some)?\s*(\d+) minutes\b/);
        // Only a phrase after the meeting word dates the meeting: "confirmed on Thursday that … a meeting" dates the saying.
        const deictic = sentence.dates.filter(
          (d) => d.role === 'point' && d.deictic && d.start >= cueEnd && d.start < segmentEnd,
        );
        const base = {
          articleId: context.article.id,
          sentenceIndex: sentence.index,
          participants,
          status,
          place,
          occasion,
          durationMinutes: duration ? Number(duration[1]) : null,
          evidence: sentenceEvidence(context.article, sentence),
          deicticPhrase: deictic.length === 1 ? deictic[0]! : null,
        };
        // "spoke … in 2019 and again in 2022": one meeting per date.
        let inherited = dates.length === 0 && status === 'held' ? dateFromEarlierVisit(context, sentence, place) : null;
        // "… then travel to Singapore on Tuesday. … he would meet … Lawrence Wong": a planned meeting at a stop the
        // article dates by one day takes that day.
        if (dates.length === 0 && status === 'planned' && place) inherited = stopDays.get(place) ?? null;
        let dateNear = inherited !== null && status === 'planned';
        // "BEIJING, Jan 16 (Reuters) - … after talks with Xi": an undated meeting held where the report was written is
        // the day's news; not one told as earlier ("had met", "earlier") or placed elsewhere.
        const publishedDay = context.article.published.precision === 'day' ? context.article.published.value : null;
        // Only in the report's top paragraphs, which tell the day's news; later ones give background.
        const lead = context.sentences.indexOf(sentence) <= LEAD_SENTENCES;
        if (
          lead &&
          dates.length === 0 &&
          !inherited &&
          status === 'held' &&
          dateline &&
          publishedDay &&
          (!place || placeWithin(registry, place, dateline) || placeWithin(registry, dateline, place))
        ) {
          const told = text.slice(segmentStart, segmentEnd);
          if (
            !/\b(?:had|has|have)\s+(?:\w+\s+)?(?:met|held|spoken)\b|\b(?:earlier|previously|former|since)\b/i.test(told)
          ) {
            inherited = { value: publishedDay, precision: 'day' };
            place ??= dateline;
            dateNear = true;
          }
        }
        // A plan dated before its own article was written is a misread date ("in October" read as last October).
        const published = context.article.published.value;
        const impossible = (date: FactDate | null) =>
          status === 'planned' &&
          date !== null &&
          published !== null &&
          date.value < published.slice(0, date.value.length);
        const dated = (
          dates.length > 1 && dates.every((d) => d.date!.precision === 'year')
            ? dates.map((d) => d.date)
            : [dates[0]?.date ?? inherited]
        ).map((d) => (impossible(d) ? null : d));
        for (const [n, date] of dated.entries()) {
          // "Carney meets Xi on Friday" in Wednesday's paper: a meeting after the article was written is still planned.
          const ahead =
            status === 'held' &&
            date !== null &&
            published !== null &&
            date.value > published.slice(0, date.value.length);
          const mention: MeetingMention = {
            ...base,
            place,
            status: ahead ? ('planned' as const) : status,
            date,
            dateDeictic: Boolean(dates[n]?.deictic),
            ...(dateNear ? { dateNear: true } : {}),
          };
          mentions.push(mention);
          lastMeeting = mention;
        }
      }
    });
  }
  return mentions;
}
