// Event reports of one article: each date phrase of a sentence dates the action of the clause it belongs to, so a
// sentence with two dated actions ("paused … on February 3, imposed duties on March 4") reports two events.
import type { Evidence, FactDate, EventCategory } from '../../src/lib/dataset.ts';
import type { ArticleContext, SentenceInfo } from './context.ts';
import { sentenceEvidence } from './context.ts';
import { datesCompatible } from './calendar.ts';
import { isFutureClause } from './dates.ts';
import { addDays, dateParts, formatDate } from './calendar.ts';
import { actionOfDate, capitalise, clauseAtVerb, clauseHeadline, type ActionClause, type Span } from './headline.ts';
import { tokenize } from './nlp.ts';
import { datelineEnd } from './publication.ts';

export interface EventReport {
  date: FactDate | null;
  category: EventCategory;
  /** The facts that define the event (measures for a trade measure, meetings for a meeting), else people. */
  keys: string[];
  relatedIds: string[];
  cueWords: string[];
  title: string;
  evidence: Evidence;
  /** Who acts, by the head word of the clause's subject ("trump", "government"), when the clause has one. */
  actor?: string;
}

/** What the other stages found in the article's sentences, by "<article id>#<sentence index>". */
export interface SentenceFacts {
  measuresOf: (key: string) => string[];
  referencedOf: (key: string) => string[];
  meetingsOf: (key: string) => string[];
  meetingDate: (id: string) => FactDate | null;
  meetingTitle: (id: string) => string;
  measureLabel: (id: string) => string;
  personIdsOf: (sentence: SentenceInfo, before: number) => string[];
  /** The name of the person a pronoun at [start, end) refers to, when known. */
  pronounName: (sentence: SentenceInfo, start: number, end: number) => string | undefined;
  categories: { category: EventCategory; re: RegExp }[];
  /** Clauses and titles already drafted in this build (see ReportMemo); a fresh one per article when not given. */
  memo?: ReportMemo;
}

/**
 * The clauses and titles drafted for a sentence depend on its text, its date and name spans and its dateline alone:
 * a sentence repeated across articles (wire copy in several outlets) is parsed once per build, not once per article.
 */
export interface ReportMemo {
  clauses: Map<string, ActionClause | null>;
  titles: WeakMap<ActionClause, Map<string, string | null>>;
}

export function createReportMemo(): ReportMemo {
  return { clauses: new Map(), titles: new WeakMap() };
}

const spanKey = (spans: readonly Span[]) => spans.map((s) => `${s.start}-${s.end}`).join(',');

// Verbs by which a release reports what its people did that day without repeating the date ("During the meeting,
// the leaders announced …", "the leaders agreed to …"): a "Today" release dates them by its own day.
const STATIVE = new Set(['remain', 'stay', 'continue', 'keep', 'maintain']);
const REPORTED_STEMS = /announc|agree|accept|releas|sign|launch|conclu|establish|issu|unveil|reach/i;
const REPORTED_ACTS = new Set([
  'announce',
  'agree',
  'accept',
  'release',
  'sign',
  'launch',
  'conclude',
  'establish',
  'issue',
  'unveil',
  'reach',
]);

/** A sentence-start fallback title when the clause has no subject: the sentence after its date, whole words only. */
function sentenceTitle(sentence: SentenceInfo): string {
  let text = sentence.text;
  const first = sentence.dates[0];
  if (first && first.start <= 3) text = text.slice(first.end).replace(/^[\s,]+/, '');
  text = text.replace(/^(?:-\s*)?(?:Later|Earlier|Then|Separately|Still|But|And)[\s,]+/i, '').replace(/[.]$/, '');
  const aside = text.search(/,\s/);
  if (aside >= 25) text = text.slice(0, aside);
  if (text.length > 90) text = text.slice(0, text.lastIndexOf(' ', 90)).replace(/\s+(?:\S+)$/, '');
  return capitalise(text);
}

const TITLE_HEADS = new Set([
  'president',
  'minister',
  'premier',
  'leader',
  'secretary',
  'chancellor',
  'official',
  'spokesperson',
  'spokesman',
  'ambassador',
]);

// Verbs a headline may end on without an object ("Beijing retaliates", "Two leaders speak", "Tariffs take effect").
const INTRANSITIVE = new Set([
  'retaliate',
  'meet',
  'speak',
  'talk',
  'arrive',
  'resign',
  'die',
  'travel',
  'return',
  'depart',
  'respond',
  'escalate',
  'expire',
  'collapse',
  'end',
  'rise',
  'fall',
  'fly',
  'visit',
  'win',
  'lose',
  'vote',
  'testify',
  'apologize',
  'apologise',
  'relent',
  'withdraw',
  'retreat',
]);

/**
 * Whether a drafted headline says too little to stand: a subject that is a bare pronoun it could not name ("It
 * starts", "They freed"), an amount or a share ("25 per cent signs", "2.6bn introduces", "Half costs"), a copula
 * ("Diversification is"), or a transitive act with no object ("Ministry launches", "Carney announces").
 */
function isWeakHeadline(text: string, clause: ActionClause, headline: string, named?: string): boolean {
  const tokens = tokenize(text);
  const subject = clause.subject!;
  const subjectTokens = tokens.slice(subject.first, subject.last);
  if (!named && subjectTokens.length === 1 && subjectTokens[0]!.pos === 'PRON') return true;
  if (
    /^(?:\d|[A-Z]{0,2}\$|€|£|half\b|most\b|some\b|many\b|part\b)/i.test(
      text.slice(subject.start, subject.end).replace(/^(?:the|a|an)\s+/i, ''),
    )
  )
    return true;
  // "Relations … after police in Vancouver detained": the subject belongs to another clause than the verb.
  if (
    tokens
      .slice(subject.last, clause.verb)
      .some((t) => t.pos === 'SCONJ' || /^(?:that|after|when|while|before|because|["“”])$/i.test(t.text))
  )
    return true;
  // "Carney to host the G7 leaders'": a possessive whose noun was cut off; "Kinew": no verb at all.
  if (/['’]$/.test(headline) || headline.split(/\s+/).length < 2) return true;
  const verb = tokens[clause.verb]!;
  if (verb.lemma === 'be' && !clause.passive) return true;
  if (clause.passive) return false;
  const words = headline.split(/\s+/);
  const endsOnVerb =
    words[words.length - 1]!.toLowerCase() === verb.lemma ||
    words[words.length - 1]!.toLowerCase().startsWith(verb.lemma.slice(0, -1));
  return endsOnVerb && !INTRANSITIVE.has(verb.lemma);
}

/**
 * A title from the clause itself when no clean headline can be built: from its subject (past a dateline) to the end
 * of the last whole phrase within 90 characters, never cut inside a phrase, never ending in "…".
 */
function fallbackTitle(text: string, dates: readonly Span[], textFrom: number): string {
  const tokens = tokenize(text);
  // From the sentence's own start: past a dateline, a leading date ("On Friday,") and a connective ("But", "Earlier,").
  let from = textFrom;
  const lead = dates.find((d) => d.start <= from + 3 && d.end > from);
  if (lead) from = lead.end;
  const rest = text
    .slice(from)
    .replace(/^(?:[\s,—–"“”'‘’-]|\b(?:Later|Earlier|Then|Separately|Still|But|And|Meanwhile)\b)+/i, '');
  from = text.length - rest.length;
  // "During his second term as President, Donald Trump enacted …": the opening phrase is no part of the act.
  const opener =
    /^(?:During|After|Before|Under|Following|Amid|As|While|When|Since|With|Despite|In|On|At|For)\b[^,]{3,80},\s+(?=\S+\s+\S+\s+\S+)/.exec(
      text.slice(from),
    );
  if (opener) from += opener[0].length;
  // "The ministry said in a statement that the investigation had been extended": the reported act is the title.
  // Only an institution's ("The ministry said …"): a named speaker stays the title's subject ("Kinew said that …").
  const report =
    /^(?:The|A|An)\s[^,]{0,60}?\b(?:said|says|announced|confirmed|reported|stated)\b[^,]{0,30}?\bthat\s+(?=\S+\s+\S+\s+\S+)/.exec(
      text.slice(from),
    );
  if (report) from += report[0].length;
  // "The increase, from 25 per cent, was ordered by …": an aside between the subject and its verb is left out.
  // Else a participle's or relative's aside further on ("the investigation, launched in September last year, had …").
  const first = /^([^,]{3,40}),\s[^,]{1,80},\s(?=\p{Ll})/u.exec(text.slice(from));
  const later = first ? null : /(,\s(?:which|who|\p{Ll}+ed)\b[^,]{0,80}),\s(?=\p{Ll})/u.exec(text.slice(from));
  const aside = first ?? later;
  const skip = first
    ? { start: from + first[1]!.length, end: from + first[0].length - 1 }
    : later
      ? { start: from + later.index, end: from + later.index + later[1]!.length + 1 }
      : { start: -1, end: -1 };
  let end = from;
  let stop = text.length;
  const omitted: Span[] = aside ? [skip] : [];
  let sawVerb = false;
  const inDate = (t: { start: number; end: number }) => dates.some((d) => d.start < t.end && t.start < d.end);
  for (let i = 0; i < tokens.length; i += 1) {
    const t = tokens[i]!;
    if (t.start < from || (t.start >= skip.start && t.end <= skip.end)) continue;
    // A date right after the first words ("Kinew said earlier this month that …") is passed over, not a stop.
    const date = dates.find((d) => d.start < t.end && t.start < d.end);
    if (date && text.slice(from, date.start).trim().split(/\s+/).length < 3) {
      if (!omitted.includes(date)) omitted.push(date);
      continue;
    }
    const wordsSoFar = text.slice(from, t.start).trim().split(/\s+/).filter(Boolean).length;
    // "China: Tariff Rates Updated …": a one-word label before a colon is passed.
    if (/^[:—–]$/.test(t.text) && wordsSoFar < 2) continue;
    const length = t.end - from - (t.start >= skip.end && skip.start > 0 ? skip.end - skip.start : 0);
    if (length > 90 || /^[;:—–]$/.test(t.text) || (t.text === ',' && t.start - from >= 25) || inDate(t)) {
      stop = t.start;
      break;
    }
    const next = tokens[i + 1];
    // A phrase ends at a noun, a name or a number that no modifier or noun of the same phrase follows.
    const joined = next && next.start === t.end && next.pos !== 'PUNCT';
    const continues =
      next &&
      (/^(?:NOUN|PROPN|NUM|PART)$/.test(next.pos) ||
        (next.pos === 'ADJ' && !inDate(next)) ||
        (t.pos === 'NUM' && /^(?:per|%|percent)$/i.test(next.text)));
    if (/^(?:NOUN|PROPN|NUM)$/.test(t.pos) && !continues && !joined) end = t.end;
    // The first verb closes the title's subject and its act ("… governments had deteriorated").
    else if (t.pos === 'VERB' && !sawVerb && end > from && !(next && /^(?:NOUN|PROPN|DET|NUM|ADJ)$/.test(next.pos)))
      end = t.end;
    if (t.pos === 'VERB') sawVerb = true;
  }
  // No phrase closed before the stop ("Relations soured in 2018"): up to the stop, without its dangling little words.
  // The aside and the passed-over dates leave their words out.
  const last = end > from ? end : stop;
  let title = '';
  let at = from;
  for (const o of omitted) {
    if (o.start >= last) break;
    title += text.slice(at, o.start);
    at = Math.max(at, o.end);
  }
  title += text.slice(at, last);
  title = title.replace(
    /(?:\s+(?:in|on|at|of|to|for|from|by|with|and|or|the|a|an|that|after|before|as|since|until))+\s*$/i,
    '',
  );
  // A quotation's marks, cut from their other half, would dangle.
  title = title
    .replace(/["“”]|(?<![A-Za-z])['‘’]|['‘’](?![A-Za-z])/g, '')
    .replace(/\s+/g, ' ')
    .replace(/[\s,.;:]+$/, '');
  return capitalise(title);
}

/** A cue word without its inflection: a headline's "arrest" and a sentence's "arrested" are one cue. */
function cueStem(word: string): string {
  return word.toLowerCase().replace(/(?:ed|ing|s)$/, '');
}

function categoryOf(
  text: string,
  facts: SentenceFacts,
  measureIds: string[],
  meetingIds: string[],
): { category: EventCategory; words: string[] } {
  if (meetingIds.length > 0) return { category: 'meeting', words: [] };
  if (measureIds.length > 0) return { category: 'trade measure', words: [] };
  const matches = facts.categories
    .filter((c) => c.category !== 'meeting' && c.category !== 'trade measure')
    .map((c) => ({ category: c.category, words: [...text.matchAll(c.re)].map((m) => cueStem(m[0])) }))
    .filter((c) => c.words.length > 0);
  return matches[0] ?? { category: 'statement', words: [] };
}

/**
 * Whether the clause reports an act done (past tense) or under way ("The government is also taking steps … by
 * establishing a remission process"), not a plan ("will") nor a present statement.
 */
function isPastAction(text: string, clause: ActionClause): boolean {
  const tokens = tokenize(text);
  // "underscored their commitment … by agreeing to launch": the tense is the main verb's.
  let main = clause.verb;
  // Back past infinitives ("taking steps to mitigate … by establishing"): to the finite verb.
  if (/ing$/.test(tokens[clause.verb]!.text))
    while (main > 0 && (main === clause.verb || tokens[main]!.pos !== 'VERB' || tokens[main - 1]?.lemma === 'to'))
      main -= 1;
  const verb = tokens[main]!;
  const before = tokens.slice(Math.max(0, main - 3), main).map((t) => t.lemma);
  if (before.includes('will') || before.includes('to')) return false;
  let aux = main - 1;
  while (aux > 0 && tokens[aux]!.pos === 'ADV') aux -= 1;
  const progressive = /ing$/.test(verb.text) && /^(?:is|are)$/i.test(tokens[aux]?.text ?? '');
  return progressive || /ed$|^(?:met|made|took|began|spoke|held|sent|reached|set)$/i.test(verb.text);
}

/**
 * The event reports of one article. `published` is the day a "Today" release is dated, when known to the day.
 */
export function articleEventReports(context: ArticleContext, facts: SentenceFacts): EventReport[] {
  const reports: EventReport[] = [];
  const published: FactDate | null =
    context.article.published.precision === 'day' && context.article.published.value
      ? { value: context.article.published.value, precision: 'day' }
      : null;
  // The day a release reports on: set by its "Today" ("this week"), read from the publication date.
  let today: FactDate | null = null;
  const dateline = datelineEnd(context.article.text);
  const memo = facts.memo ?? createReportMemo();
  for (const sentence of context.sentences) {
    // A dateline ("WASHINGTON —") is never a clause's subject, nor a word of a known name its verb.
    const textFrom = Math.max(0, dateline - sentence.start);
    const notVerbs: Span[] = [
      ...sentence.people.filter((p) => p.via === 'name' || p.via === 'alias'),
      ...(textFrom > 0 ? [{ start: 0, end: textFrom }] : []),
    ];
    const sentenceKey = `${context.article.id}#${sentence.index}`;
    const measureIds = facts.measuresOf(sentenceKey);
    const meetingIds = facts.meetingsOf(sentenceKey);
    const dated = sentence.dates.filter((d) => d.date);
    const spans: Span[] = sentence.dates.map((d) => ({ start: d.start, end: d.end }));
    const evidence = sentenceEvidence(context.article, sentence);
    const memoKey = `${sentence.text}\u0000${spanKey(spans)}\u0000${spanKey(notVerbs)}\u0000${textFrom}\u0000`;
    /** The clause `find` drafts, once per build for this text, spans and dateline (`which` names the finder and its input). */
    const clauseOf = (which: string, find: () => ActionClause | null): ActionClause | null => {
      const key = memoKey + which;
      if (memo.clauses.has(key)) return memo.clauses.get(key)!;
      const clause = find();
      memo.clauses.set(key, clause);
      return clause;
    };
    /** The clause's headline (a weak one gives way to the sentence's fallback title), by the name its pronoun stands for. */
    const titleOf = (clause: ActionClause, named: string | undefined): string | null => {
      let byName = memo.titles.get(clause);
      if (!byName) memo.titles.set(clause, (byName = new Map()));
      if (byName.has(named ?? '\u0000')) return byName.get(named ?? '\u0000')!;
      const drafted = clauseHeadline(sentence.text, clause, spans, named);
      // A headline without a clear actor or act ("It starts with C$30", "25 per cent signs") gives way to the clause.
      const headline =
        drafted && isWeakHeadline(sentence.text, clause, drafted, named)
          ? fallbackTitle(sentence.text, spans, textFrom)
          : drafted;
      byName.set(named ?? '\u0000', headline);
      return headline;
    };
    const push = (date: FactDate | null, clause: ActionClause | null, ofSentenceMeetings = true) => {
      // A date stands for a meeting only when the meeting has that date: "arrived in Washington on Wednesday after a
      // stop in Paris, where he met Macron" dates the arrival, not the meeting.
      const eventMeetings = ofSentenceMeetings
        ? meetingIds.filter(
            (id) =>
              (facts.meetingDate(id) === null) === (date === null) && datesCompatible(facts.meetingDate(id), date),
          )
        : [];
      const subject = clause?.subject;
      const pronoun =
        subject && subject.last - subject.first === 1 && tokenize(sentence.text)[subject.first]!.pos === 'PRON'
          ? sentence.text.slice(subject.start, subject.end)
          : null;
      // A proclamation's "I decided" is its outlet speaking ("The White House").
      const named = pronoun
        ? /^(?:i|we)$/i.test(pronoun)
          ? (context.article.outlet ?? undefined)
          : facts.pronounName(sentence, subject!.start, subject!.end)
        : undefined;
      const headline = clause ? titleOf(clause, named) : null;
      // The clause's own words say what kind of act it is, not another clause of the sentence.
      const { category, words } = categoryOf(headline ?? sentence.text, facts, measureIds, eventMeetings);
      const verbAt = clause ? tokenize(sentence.text)[clause.verb]!.start : sentence.text.length;
      const personIds = facts.personIdsOf(sentence, verbAt);
      const keys = category === 'meeting' ? eventMeetings : category === 'trade measure' ? measureIds : personIds;
      const title =
        headline ??
        (category === 'meeting'
          ? `Meeting: ${facts.meetingTitle(eventMeetings[0]!)}`
          : category === 'trade measure'
            ? measureIds.map(facts.measureLabel).join('; ')
            : sentenceTitle(sentence));
      reports.push({
        date,
        category,
        keys,
        relatedIds: [
          ...new Set([...measureIds, ...facts.referencedOf(sentenceKey), ...eventMeetings, ...personIds]),
        ].sort(),
        // The verb's lemma is no cue: "was" or "announced" in two articles says nothing about one event.
        cueWords: words,
        title,
        evidence,
        // A passive clause's subject undergoes the act ("Santos was arrested"): no actor to compare.
        // A bare title ("the President") may be any named holder of it: no actor to compare either.
        ...(subject && !clause!.passive && (named || !TITLE_HEADS.has(subject.head))
          ? { actor: (named ? named.split(/\s+/).pop()! : subject.head).toLowerCase() }
          : {}),
      });
    };
    // One report per date the sentence gives, each dating the clause it stands in.
    const seen = new Set<string>();
    const datedVerbs = new Set<number>();
    for (const mention of dated) {
      if (isNameOrAside(sentence.text, mention) || isGoalYear(sentence.text, mention)) continue;
      const clause = clauseOf(`date ${mention.start}-${mention.end}`, () =>
        actionOfDate(sentence.text, mention, spans, notVerbs, textFrom),
      );
      if (!clause || !clause.subject) continue;
      datedVerbs.add(clause.verb);
      // A range ("from October 24 to November 1, 2025") dates both its ends: a trip begins and ends.
      for (const date of [mention.date!, mention.endDate]) {
        if (!date || seen.has(date.value)) continue;
        seen.add(date.value);
        push(date, clause);
      }
    }
    // A release dated "Today" (or "this week") reports its people's other acts of that day undated: "the leaders
    // announced …", "they also announced the conclusion of negotiations".
    if (today && !sentence.flashback && ![...seen].some((value) => value.startsWith(today!.value))) {
      const undatedAct = clauseOf('reported act', () => firstReportedAct(sentence.text, spans));
      if (undatedAct && !datedVerbs.has(undatedAct.verb) && isPastAction(sentence.text, undatedAct))
        push(today, undatedAct);
    }
    // "Carney's meeting with Xi comes one day after the Chinese president met with Donald Trump": the sentence's
    // meeting, dated elsewhere, dates the event the phrase names.
    for (const mention of sentence.dates) {
      if (mention.relativeDays === undefined) continue;
      const anchor = meetingIds.map(facts.meetingDate).find((d) => d?.precision === 'day');
      const verb = tokenize(sentence.text).findIndex((t) => t.start >= mention.end && t.pos === 'VERB');
      if (!anchor || verb < 0) continue;
      const clause = clauseOf(`verb ${verb} after ${mention.end}`, () =>
        clauseAtVerb(sentence.text, verb, spans, mention.end),
      )!;
      const date = formatDate(addDays(dateParts(anchor), mention.relativeDays), 'day');
      if (clause.subject && !seen.has(date.value)) {
        seen.add(date.value);
        push(date, clause, false);
      }
    }
    // A meeting the sentence reports without its date still goes on the timeline, undated.
    const undatedMeeting = sentence.dates.length > 0 && meetingIds.some((id) => facts.meetingDate(id) === null);
    if (undatedMeeting) push(null, null);
    const unresolvedPoint =
      dated.length === 0 &&
      seen.size === 0 &&
      !undatedMeeting &&
      sentence.dates.some((d) => d.role === 'point' && d.unresolved);
    if (unresolvedPoint) {
      // A sentence that places its event in time we could not resolve ("last month" with no publication date)
      // still reports an event: it goes on the timeline undated rather than at a guessed date.
      const first = sentence.dates[0]!;
      const clause = clauseOf(`date ${first.start}-${first.end}`, () =>
        actionOfDate(sentence.text, first, spans, notVerbs, textFrom),
      );
      if (clause?.subject) push(null, clause);
    }
    // Only the day itself or "this week" set it: "earlier this year" is no longer the release's day.
    const todays = sentence.dates.filter(
      (d) =>
        d.role === 'point' &&
        d.date &&
        d.anchor === 'publication' &&
        published &&
        (d.date.value === published.value || /\bthis week\b/i.test(d.phrase)),
    );
    if (todays.length > 0) today = todays[0]!.date;
  }
  return reports;
}

/**
 * A date that names something rather than dating an act: a law's year ("the Trade Expansion Act of 1962") or an aside
 * in parentheses ("Michael Kovrig (born February 3, 1972) is …").
 */
function isNameOrAside(text: string, mention: { start: number; end: number; date: FactDate | null }): boolean {
  const before = text.slice(0, mention.start);
  if (before.lastIndexOf('(') > before.lastIndexOf(')')) return true;
  return mention.date?.precision === 'year' && /\b[A-Z][a-z]+ of\s*$/.test(before);
}

/** A target's year ("to double non-U.S. exports by 2035", "net zero by 2050"): the deadline of a goal, not an act's date. */
function isGoalYear(text: string, mention: { start: number; end: number; date: FactDate | null }): boolean {
  if (
    mention.date?.precision !== 'year' ||
    !/\bby\s+(?:the\s+end\s+of\s+)?$/i.test(text.slice(Math.max(0, mention.start - 20), mention.start))
  )
    return false;
  // "By 1942, Canada sent an ambassador": a past act's "by" dates it.
  return isFutureClause(text, mention.start, mention.end);
}

/** The first verb of the sentence that reports an act ("announced", "agreed"), with its subject. */
function firstReportedAct(text: string, spans: readonly Span[]): ActionClause | null {
  // A cheap look for the stems first: most sentences of a release need no tagging here.
  if (!REPORTED_STEMS.test(text)) return null;
  const tokens = tokenize(text);
  // A gerund is the subject's act only after "by" ("underscored … by agreeing to launch"), not in "commended Thailand
  // on reaching a peace agreement".
  const at = tokens.findIndex(
    (t, i) => t.pos === 'VERB' && REPORTED_ACTS.has(t.lemma) && (!/ing$/.test(t.text) || tokens[i - 1]?.lemma === 'by'),
  );
  if (at < 0) return null;
  // "agreed to remain in close contact": keeping things as they are is no act of the day.
  if (tokens[at + 1]?.lemma === 'to' && STATIVE.has(tokens[at + 2]?.lemma ?? '')) return null;
  const clause = clauseAtVerb(text, at, spans);
  return clause.subject ? clause : null;
}
