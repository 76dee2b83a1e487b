// Clause reading for timeline events: which verb a date phrase belongs to, that verb's subject, and a short headline
// built from them ("Trump ends trade talks with Canada"), never a sentence start cut mid-phrase.
import { isPassive, nounPhrases, tokenize, type Phrase, type Token } from './nlp.ts';

export interface Span {
  start: number;
  end: number;
}

export interface ActionClause {
  /** Index of the clause's verb token (a copula "was" when the clause has no other verb). */
  verb: number;
  /** The noun phrase that acts (or, for a passive verb, undergoes), or null when none is found. */
  subject: Phrase | null;
  passive: boolean;
}

// A clause ends at these; a comma alone does not (", effective October 1, 2024,").
const CLAUSE_BREAK = new Set([';', '—', '–', ':']);
// Participles read as modifiers after a noun ("tariffs set to take effect") stay verbs; these never head a clause.
const NOT_ACTION = new Set([
  'say',
  'tell',
  'accord',
  'include',
  'base',
  'relate',
  'follow',
  'remain',
  'appear',
  'seem',
]);

/** Any verb of the clause, reporting verbs included: the boundary between one subject's span and the next. */
function isClauseVerb(token: Token, before?: Token): boolean {
  return token.pos === 'VERB' && (isVerb(token, before) || NOT_ACTION.has(token.lemma));
}

function isVerb(token: Token, before?: Token): boolean {
  // "Chinese-made": the participle of a hyphenated modifier is no verb of the clause.
  if (before && before.text === '-' && before.end === token.start) return false;
  // "followed the Biden administration's lead": after a possessive, a noun.
  if (before && before.pos === 'PART' && /^['’]s$/.test(before.text)) return false;
  // "would lower its tariff": after a modal, a word the tagger calls an adjective or noun is the verb's base form.
  if (before && token.pos !== 'VERB' && isBaseAfterModal(token, before)) return true;
  // "its combined tariff", "his threatened tariffs": a participle after a possessive or article is an adjective.
  if (before && /ed$/i.test(token.text) && /^(?:its|his|her|their|our|the|a|an)$/i.test(before.text)) return false;
  // "tariffs on imported steel": a participle right after a preposition modifies the noun after it.
  if (before && /ed$/i.test(token.text) && before.pos === 'ADP' && before.lemma !== 'to') return false;
  return token.pos === 'VERB' && !NOT_ACTION.has(token.lemma);
}

/** Verbs that report what someone said: their object may be a whole clause. */
const REPORTING = new Set(['announce', 'say', 'confirm', 'warn', 'state', 'declare', 'signal', 'indicate']);

function isBaseAfterModal(token: Token, before: Token): boolean {
  return (
    before.pos === 'AUX' &&
    /^(?:will|would|could|may|might|shall|should|can|must)$/i.test(before.text) &&
    (token.pos === 'ADJ' || token.pos === 'NOUN') &&
    /^[a-z]+$/.test(token.text)
  );
}

// Nouns that name an actor: a participle after one is its verb ("the President concurred with"), not a modifier.
const ACTOR_NOUNS = new Set([
  'president',
  'minister',
  'government',
  'secretary',
  'leader',
  'premier',
  'ministry',
  'department',
  'commission',
  'administration',
  'country',
  'official',
  'authority',
  'spokesperson',
  'spokesman',
  'chancellor',
  'king',
  'parliament',
  'congress',
  'court',
  'agency',
  'office',
]);

/** The [first, last) token range of the clause holding token `index`, cut at semicolons, dashes and colons. */
function clauseRange(tokens: readonly Token[], index: number): [number, number] {
  // A semicolon inside parentheses ("(USMCA; P.L. 116-113) on March 7") ends no clause outside them.
  const aside = parenthesised(tokens);
  const breaks = (i: number) => CLAUSE_BREAK.has(tokens[i]!.text) && (aside[i] === aside[index] || !aside[i]);
  let first = index;
  while (first > 0 && !breaks(first - 1)) first -= 1;
  let last = index;
  while (last < tokens.length && !breaks(last)) last += 1;
  return [first, last];
}

/** Words of a title, which a name in apposition is preferred to as a headline's subject. */
const TITLE_WORDS = new Set([
  'minister',
  'president',
  'secretary',
  'premier',
  'prime',
  'deputy',
  'chairman',
  'chair',
  'governor',
  'ambassador',
  'spokesperson',
  'spokesman',
  'commissioner',
  'chancellor',
  'senator',
  'mayor',
  'leader',
]);

/** A past participle, regular or of the irregular verbs news copy uses most. */
const PARTICIPLE =
  /(?:ed|en)$|^(?:struck|made|set|held|put|cut|hit|sent|brought|built|paid|won|lost|kept|met|led|left|told|said|signed|reached)$/i;

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/** Words that open a subordinate clause or aside ("one day before they were set to …", "when", "after"). */
const SUBORDINATORS = new Set([
  'before',
  'after',
  'when',
  'while',
  'as',
  'if',
  'because',
  'since',
  'although',
  'though',
  'whereas',
]);

/** For each token, whether it stands inside parentheses ("Proclamation 9705 of March 8, 2018 (Adjusting Imports …)"). */
function parenthesised(tokens: readonly Token[]): boolean[] {
  let depth = 0;
  return tokens.map((t) => {
    if (t.text === '(') depth += 1;
    const inside = depth > 0;
    if (t.text === ')') depth = Math.max(0, depth - 1);
    return inside;
  });
}

/**
 * The verb a date phrase dates: the nearest verb before it in its clause ("paused … on February 3, imposed duties on
 * March 4"), else the first after it ("On August 26, 2024, the government announced …"), else a copula.
 */
function verbOfDate(tokens: readonly Token[], date: Span, notVerbs: readonly Span[] = []): number | null {
  const at = tokens.findIndex((t) => t.end > date.start);
  if (at < 0) return null;
  const [first, last] = clauseRange(tokens, at);
  const inside = (i: number) => overlaps(tokens[i]!, date);
  const aside = parenthesised(tokens);
  // "Ontario Premier Doug Ford": a word of a known name or of the dateline is never the verb.
  const candidate = (i: number) =>
    isVerb(tokens[i]!, tokens[i - 1]) && !inside(i) && !aside[i] && !notVerbs.some((s) => overlaps(tokens[i]!, s));
  const after = tokens.findIndex((t) => t.start >= date.end);
  // "until 1970 when Pierre Trudeau's Canada recognized the PRC": the when-clause is the dated act.
  if (after >= 0 && after < last && /^(?:when|as)$/i.test(tokens[after]!.text)) {
    for (let i = after + 1; i < last; i += 1) if (candidate(i)) return i;
  }
  for (let i = at - 1; i >= first; i -= 1) if (candidate(i)) return i;
  // "On February3, one day before they were set to take effect, both leaders negotiated …": past the aside.
  let from = at;
  const comma = tokens.findIndex((t, i) => i >= at && t.start >= date.end && t.text === ',');
  if (comma >= 0 && comma + 1 < last && tokens.slice(comma + 1, comma + 4).some((t) => SUBORDINATORS.has(t.lemma))) {
    const closing = tokens.findIndex((t, i) => i > comma + 1 && i < last && t.text === ',');
    if (closing > 0 && tokens.slice(closing + 1, last).some((t, k) => candidate(closing + 1 + k))) from = closing + 1;
  }
  for (let i = from; i < last; i += 1) if (candidate(i)) return i;
  // "US tariff revenue was $287 billion in 2025": a copula clause.
  for (let i = first; i < last; i += 1) if (tokens[i]!.pos === 'AUX' && tokens[i]!.lemma === 'be') return i;
  // A chronology's item: "- 1 October: Canada implemented a 100% tariff …" dates the clause after its colon.
  if (
    tokens[last]?.text === ':' &&
    tokens.slice(at, last).every((t) => inside(tokens.indexOf(t)) || t.pos === 'PUNCT')
  ) {
    const [, end] = clauseRange(tokens, last + 1);
    for (let i = last + 1; i < end; i += 1) if (isVerb(tokens[i]!, tokens[i - 1])) return i;
  }
  return null;
}

/** The subject of the verb at `verb`: the last noun phrase before it since the previous verb, else that verb's. */
function subjectOf(
  tokens: readonly Token[],
  phrases: readonly Phrase[],
  verb: number,
  dates: readonly Span[],
): Phrase | null {
  const [first] = clauseRange(tokens, verb);
  // "four Canadians holding dual Chinese citizenship were given": a participle modifying a noun bounds no clause, and
  // its object is no subject.
  const modifier = (i: number) =>
    /ing$/.test(tokens[i]!.text) && (tokens[i - 1]?.pos === 'NOUN' || tokens[i - 1]?.pos === 'PROPN');
  let from = verb - 1;
  while (from >= first && (!isClauseVerb(tokens[from]!, tokens[from - 1]) || modifier(from))) from -= 1;
  // A verb coordinated with the one before ("welcomed the opportunity … and agreed to …") shares its subject.
  let k = verb - 1;
  while (k > first && (tokens[k]!.pos === 'ADV' || tokens[k]!.pos === 'AUX')) k -= 1;
  // An apposition before the verb is no coordination: "the Prime Minister, Mark Carney, visited".
  const prior = k >= first ? tokens[k] : undefined;
  const beforeComma = prior?.text === ',' ? phrases.find((p) => p.last === k) : undefined;
  const apposition =
    beforeComma !== undefined &&
    tokens[beforeComma.first - 1]?.text === ',' &&
    tokens[beforeComma.last - 1]!.pos === 'PROPN';
  const coordinated =
    tokens[verb]!.pos === 'VERB' &&
    !!prior &&
    (prior.pos === 'CCONJ' ||
      (prior.text === ',' && !apposition) ||
      (prior.lemma === 'by' && /ing$/.test(tokens[verb]!.text)));
  // A relative clause between the subject and its verb ("four Canadians, who held dual citizenship, were executed"):
  // the subject stands before "who".
  let relative = from - 1;
  while (relative >= first && (tokens[relative]!.pos === 'ADV' || tokens[relative]!.pos === 'AUX')) relative -= 1;
  if (from >= first && relative >= first && /^(?:who|which)$/i.test(tokens[relative]!.text))
    return subjectOf(tokens, phrases, relative, dates);
  if (from >= first && coordinated) return subjectOf(tokens, phrases, from, dates);
  const aside = parenthesised(tokens);
  const inRange = phrases.filter(
    (p) =>
      p.first > from &&
      p.last <= verb &&
      p.first >= first &&
      !aside[p.first] &&
      !dates.some((d) => overlaps(p, d)) &&
      !/^(?:today|yesterday)$/i.test(p.head),
  );
  // A noun phrase inside a prepositional phrase ("relations between Canada and China", "the day on which …") is no
  // subject, nor one joined to it by "and"; one after a relative "that"/"which" stands for the noun before it.
  const candidates: Phrase[] = [];
  let inPrepositional = false;
  for (const p of inRange) {
    const before = tokens[p.first - 1];
    if (
      before?.pos === 'ADP' &&
      before.lemma !== 'that' &&
      before.lemma !== 'per' &&
      !dates.some((d) => overlaps(before, d))
    )
      inPrepositional = true;
    else if (before?.pos === 'VERB' && modifier(p.first - 1)) inPrepositional = true;
    else if (before?.pos === 'CCONJ' && inPrepositional) inPrepositional = true;
    else inPrepositional = false;
    if (!inPrepositional) candidates.push(p);
  }
  // An aside between the subject and its verb ("the Prime Minister, Mark Carney, met"): the name nearest the verb,
  // or the name before a title in apposition ("Chrystia Freeland, Deputy Prime Minister and Minister of Finance,").
  let subject = candidates[candidates.length - 1];
  const isTitle = (p: Phrase) => tokens.slice(p.first, p.last).some((t) => TITLE_WORDS.has(t.lemma));
  let named = candidates.length - 1;
  while (named >= 0 && isTitle(candidates[named]!)) named -= 1;
  const name = candidates[named];
  if (
    name &&
    named < candidates.length - 1 &&
    tokens[name.last]?.text === ',' &&
    tokens[name.last - 1]!.pos === 'PROPN'
  )
    subject = name;
  if (subject) return subject;
  // "They also announced …", "he invoked the law": a personal or demonstrative pronoun just before the verb.
  for (let i = verb - 1; i > from && i >= first; i -= 1) {
    const t = tokens[i]!;
    if (t.pos === 'PRON' && /^(?:he|she|they|it|this|we|i)$/i.test(t.text))
      return { first: i, last: i + 1, start: t.start, end: t.end, text: t.text, head: t.lemma };
    if (t.pos !== 'ADV' && t.pos !== 'AUX' && t.pos !== 'PART') break;
  }
  if (from >= first) return subjectOf(tokens, phrases, from, dates);
  return null;
}

/** The action clause a date phrase belongs to, or null when it has no verb. */
export function actionOfDate(
  text: string,
  date: Span,
  dates: readonly Span[],
  notVerbs: readonly Span[] = [],
  textFrom = 0,
): ActionClause | null {
  const tokens = tokenize(text);
  const verb = verbOfDate(tokens, date, notVerbs);
  // `textFrom`: where the sentence's own words begin (after a dateline "WASHINGTON —", which is never the subject).
  return verb === null ? null : clauseAtVerb(text, verb, dates, textFrom);
}

/** The action clause headed by the verb token at `verb`. */
export function clauseAtVerb(text: string, verb: number, dates: readonly Span[], after = 0): ActionClause {
  const tokens = tokenize(text);
  // "the tariff actions initiated by the President": a participle with its agent is passive without an auxiliary.
  const next = tokens[verb + 1];
  const reducedRelative =
    PARTICIPLE.test(tokens[verb]!.text) &&
    tokens[verb - 1]?.pos === 'NOUN' &&
    !ACTOR_NOUNS.has(tokens[verb - 1]!.lemma) &&
    (!next || next.pos === 'ADP' || next.pos === 'PUNCT' || dates.some((d) => overlaps(next, d)));
  const passive =
    isPassive(tokens, verb) || (/ed$/i.test(tokens[verb]!.text) && next?.lemma === 'by') || reducedRelative;
  // `after`: the subject stands after this offset ("comes one day after the Chinese president met …").
  const phrases = nounPhrases(tokens).filter((p) => p.start >= after);
  // "under a deal struck with Beijing": a participle's subject is the noun it follows, inside a prepositional phrase too.
  // Only where the clause already has its verb: in "Defense ministers from the two nations traveled to Ottawa" the
  // participle is the main verb and its subject stands before the prepositional phrase.
  const [clauseStart] = clauseRange(tokens, verb);
  const hasVerbBefore = tokens
    .slice(clauseStart, verb)
    .some((t, k) => t.pos === 'AUX' || isVerb(t, tokens[clauseStart + k - 1]));
  const modified = reducedRelative && hasVerbBefore ? phrases.find((p) => p.last === verb) : undefined;
  return { verb, subject: modified ?? subjectOf(tokens, phrases, verb, dates), passive };
}

const IRREGULAR_PRESENT: Record<string, [string, string]> = {
  be: ['is', 'are'],
  have: ['has', 'have'],
  do: ['does', 'do'],
  go: ['goes', 'go'],
};

/** The present tense of a lemma for a singular or plural subject ("impose" → "imposes"). */
export function presentTense(lemma: string, plural: boolean): string {
  const irregular = IRREGULAR_PRESENT[lemma];
  if (irregular) return plural ? irregular[1] : irregular[0];
  if (plural) return lemma;
  if (/(?:s|sh|ch|x|z|o)$/.test(lemma)) return `${lemma}es`;
  if (/[^aeiou]y$/.test(lemma)) return `${lemma.slice(0, -1)}ies`;
  return `${lemma}s`;
}

function isPlural(tokens: readonly Token[], subject: Phrase): boolean {
  const words = tokens.slice(subject.first, subject.last);
  const head = tokens[subject.last - 1]!;
  if (words.some((t) => t.pos === 'CCONJ')) return true;
  // "Prime Minister Carney and Premier Li": two names joined before the verb.
  if (tokens[subject.first - 1]?.lemma === 'and') return true;
  return head.pos === 'NOUN' && head.text.toLowerCase() !== head.lemma && /s$/i.test(head.text);
}

// Words that end a headline's object: a new clause or an aside; prepositions that start a detail, once it has one.
const CLAUSE_WORDS = new Set([
  'which',
  'who',
  'where',
  'while',
  'after',
  'before',
  'because',
  'following',
  'as',
  'when',
  'that',
  'since',
  'until',
  'amid',
  'during',
  'including',
  'although',
  'though',
  'whereas',
  'if',
]);
const OBJECT_STOP = new Set(['under', 'by', 'than']);
const MAX_OBJECT_WORDS = 10;

/**
 * The words after the verb that finish the headline: its object noun phrases and the prepositional phrases joining
 * them, stopping at a comma, a date, a new clause, or before a phrase that would pass the length (never mid-phrase).
 */
function objectWords(
  text: string,
  tokens: readonly Token[],
  phrases: readonly Phrase[],
  verb: number,
  dates: readonly Span[],
): string {
  const words: string[] = [];
  let i = verb + 1;
  // A particle or preposition the verb needs ("met with", "spoke with", "took effect"): kept.
  const inDate = (t: Token | undefined) => !!t && dates.some((d) => overlaps(t, d));
  while (
    i < tokens.length &&
    (tokens[i]!.pos === 'ADP' || tokens[i]!.pos === 'PART') &&
    i === verb + 1 &&
    /^(?:with|on|up|out|off|down)$/i.test(tokens[i]!.text) &&
    !inDate(tokens[i + 1])
  ) {
    words.push(tokens[i]!.text);
    i += 1;
  }
  let kept = words.length;
  let phraseCount = 0;
  while (i < tokens.length) {
    const token = tokens[i]!;
    if (inDate(token)) break;
    // "began producing fentanyl": a gerund the verb takes is part of the headline.
    if (token.pos === 'VERB' && /ing$/.test(token.text) && i === verb + 1) {
      words.push(token.text);
      kept = words.length;
      i += 1;
      continue;
    }
    // "agreed to accelerate work": an infinitive the verb takes is part of the headline.
    if (token.lemma === 'to' && tokens[i + 1]?.pos === 'VERB' && words.length === kept && !inDate(tokens[i + 1])) {
      words.push('to', tokens[i + 1]!.text);
      kept = words.length;
      i += 2;
      continue;
    }
    // "Canada's second largest export": a possessive joins the phrases around it.
    if (token.pos === 'PART' && /^['’]s$/.test(token.text) && phraseCount > 0 && words.length === kept) {
      words[words.length - 1] += token.text;
      i += 1;
      continue;
    }
    if (CLAUSE_WORDS.has(token.lemma)) break;
    const phrase = phrases.find((p) => p.first === i);
    if (phrase) {
      // "a trade deal with Indonesia last month": the phrase ends where the date begins.
      let last = phrase.first;
      while (last < phrase.last && !dates.some((d) => overlaps(tokens[last]!, d))) last += 1;
      if (last === phrase.first || (tokens[last - 1]!.pos !== 'NOUN' && tokens[last - 1]!.pos !== 'PROPN')) break;
      const phraseWords = joinTokens(text, tokens, phrase.first, last);
      if (words.length + phraseWords.length > MAX_OBJECT_WORDS && phraseCount > 0) break;
      words.push(...phraseWords);
      if (last < phrase.last) {
        kept = words.length;
        break;
      }
      kept = words.length;
      phraseCount += 1;
      i = phrase.last;
      // joinTokens kept the written word whole ("C$30"): its other tokens are not words again.
      let written = tokens[last - 1]!.end;
      while (written < text.length && !/\s/.test(text[written]!)) written += 1;
      while (i < tokens.length && tokens[i]!.end <= written && tokens[i]!.pos !== 'PUNCT') i += 1;
      continue;
    }
    // Between phrases only a joining preposition, "and", or a modifier before a phrase may stand.
    // "its combined tariff": a participle between a possessive and its noun is a modifier of the phrase.
    if (token.pos === 'VERB' && !isVerb(token, tokens[i - 1]) && tokens[i + 1]?.pos === 'NOUN') {
      words.push(token.text);
      i += 1;
      continue;
    }
    if (
      token.pos === 'PUNCT' ||
      token.pos === 'VERB' ||
      token.pos === 'AUX' ||
      token.pos === 'SCONJ' ||
      (OBJECT_STOP.has(token.lemma) && phraseCount > 0)
    )
      break;
    if (
      token.pos === 'ADP' ||
      token.pos === 'CCONJ' ||
      token.pos === 'ADJ' ||
      token.pos === 'ADV' ||
      token.pos === 'DET' ||
      token.pos === 'NUM' ||
      token.pos === 'PRON' ||
      token.pos === 'SYM'
    ) {
      if (token.pos === 'ADV' && phraseCount === 0 && words.length === kept) {
        i += 1; // "imposed indefinitely …": an adverb adds nothing to a headline
        continue;
      }
      words.push(token.text);
      i += 1;
      continue;
    }
    break;
  }
  return words
    .slice(0, kept)
    .join(' ')
    .replace(/ ([,%])/g, '$1');
}

/** The tokens [first, last) as written, hyphenated words kept whole ("Chinese-made"). */
function joinTokens(text: string, tokens: readonly Token[], first: number, last: number): string[] {
  // A word the tagger split ("non-U" + ".S."): to the end of the written word, never a cut one; its trailing
  // punctuation dropped unless it closes an abbreviation ("U.S.").
  let end = tokens[last - 1]!.end;
  while (end < text.length && !/\s/.test(text[end]!)) end += 1;
  let words = text.slice(tokens[first]!.start, end);
  while (/[,;:!?)"”’]$/.test(words) || (/\.$/.test(words) && !/(?:^|[^A-Za-z])(?:[A-Za-z]\.){2,}$/.test(words)))
    words = words.slice(0, -1);
  return words.split(/\s+/);
}

export function capitalise(text: string): string {
  return text ? text[0]!.toUpperCase() + text.slice(1) : text;
}

/**
 * A headline for the clause: subject, verb in the present tense (a passive keeps its participle, a plan takes "to"),
 * and the object ("The President paused implementation of the tariffs" → "President pauses implementation of the
 * tariffs"). Null when the clause has no subject to name.
 */
export function clauseHeadline(
  text: string,
  clause: ActionClause,
  dates: readonly Span[],
  subjectName?: string,
): string | null {
  const headline = clauseWords(text, clause, dates, subjectName, false);
  return headline ? capitalise(headline) : null;
}

/** Subject, verb and object of a clause; an embedded clause ("announced that he will travel") keeps its "will". */
function clauseWords(
  text: string,
  clause: ActionClause,
  dates: readonly Span[],
  subjectName: string | undefined,
  embedded: boolean,
): string | null {
  const tokens = tokenize(text);
  const { subject, verb } = clause;
  if (!subject) return null;
  const phrases = nounPhrases(tokens);
  // "100 per cent tariff": the tagger ends the phrase's rate at "per".
  const rateStart =
    tokens[subject.first - 1]?.lemma === 'per' && tokens[subject.first - 2]?.pos === 'NUM'
      ? tokens[subject.first - 2]!.start
      : subject.start;
  let subjectText =
    subjectName ??
    text
      .slice(rateStart, subject.end)
      .replace(/^(?:the|a|an)\s+/i, '')
      .replace(/^(?:Honou?rable|Hon\.|Rt\. Hon\.)\s+/, '');
  if (tokens[subject.first - 1]?.lemma === 'and') {
    // "Prime Minister Carney and President Xi released": both names.
    const before = phrases.filter((p) => p.last === subject.first - 1).pop();
    if (before)
      subjectText = `${text.slice(before.start, before.end).replace(/^(?:the|a|an)\s+/i, '')} and ${subjectText}`;
  }
  const tagged = tokens[verb]!;
  // "would lower" tagged an adjective: its lemma ("low") is not the verb's.
  const verbToken =
    verb > 0 && tagged.pos !== 'VERB' && isBaseAfterModal(tagged, tokens[verb - 1]!)
      ? { ...tagged, lemma: tagged.text }
      : tagged;
  const previous = tokens.slice(Math.max(0, verb - 3), verb).map((t) => t.lemma);
  // "did not break the relations": a headline that drops the "not" says the opposite of its sentence.
  const negated = previous.some((w) => w === 'not' || w === "n't" || w === 'never');
  // "pork will no longer face the tariffs": the same holds for "no longer".
  const noLonger = previous.some((w, i) => w === 'longer' && previous[i - 1] === 'no');
  const not = negated ? 'not ' : noLonger ? 'no longer ' : '';
  const plural =
    isPlural(tokens, subject) ||
    /\band\b/.test(subjectText) ||
    /^(?:they|we)$/i.test(text.slice(subject.start, subject.end));
  let verbText: string;
  // "Ottawa could remove …", "Trump may impose …": a possibility stays one in the headline.
  // ("Biden in May announced": a capitalised "May" before the verb is the month.)
  const modal = tokens
    .slice(Math.max(0, verb - 3), verb)
    .find((t) => /^(?:could|may|might|can|should)$/.test(t.lemma) && t.text !== 'May')?.lemma;
  if (clause.passive) verbText = `${not}${verbToken.text.toLowerCase()}`;
  else if (modal) verbText = `${modal} ${not}${verbToken.lemma}`;
  else if (previous.includes('will') || previous.includes('would') || previous[previous.length - 1] === 'to')
    verbText = `${embedded && (previous.includes('will') || previous.includes('would')) ? 'will' : 'to'} ${not}${verbToken.lemma}`;
  else if (negated) verbText = `${plural ? 'do' : 'does'} not ${verbToken.lemma}`;
  else verbText = `${not}${presentTense(verbToken.lemma, plural)}`;
  let object = objectWords(text, tokens, phrases, verb, dates);
  // "announced Canada would impose 25 per cent tariffs": a report without "that" announces a clause, not "Canada".
  if (!embedded && !clause.passive && REPORTING.has(verbToken.lemma)) {
    const said = phrases.find((p) => p.first === verb + 1);
    let inner = said ? said.last : -1;
    while (
      inner > 0 &&
      inner < tokens.length &&
      (tokens[inner]!.pos === 'AUX' || tokens[inner]!.pos === 'ADV' || tokens[inner]!.pos === 'PART')
    )
      inner += 1;
    if (said && inner > said.last && inner < tokens.length && isVerb(tokens[inner]!, tokens[inner - 1])) {
      const reported = clauseAtVerb(text, inner, dates, tokens[verb]!.end);
      if (reported.subject?.first === said.first)
        object = clauseWords(text, reported, dates, undefined, true) ?? object;
    }
  }
  // "announced that Kovrig and Spavor had been released": what was announced is the headline's object.
  // Not into a condition: "announced that, should the U.S. continue to apply tariffs, the government will …".
  // "confirmed in March that four Canadians were executed": past the date to its "that".
  const inDate = (t: Token | undefined) => !!t && dates.some((d) => overlaps(t, d));
  let that = verb + 1;
  if (tokens[that]?.pos === 'ADP' && inDate(tokens[that + 1])) that += 1;
  while (that < tokens.length && inDate(tokens[that])) that += 1;
  const opening = tokens[that + 1];
  if (
    !object &&
    !embedded &&
    tokens[that]?.lemma === 'that' &&
    opening &&
    opening.pos !== 'PUNCT' &&
    !/^(?:should|if|unless|when|while|as)$/i.test(opening.text)
  ) {
    const [, last] = clauseRange(tokens, verb);
    // The announced clause's own subject stands after "that" ("that organized crime groups began …": not "organized").
    for (let inner = that + 1; inner < last && !object; inner += 1) {
      if (!isVerb(tokens[inner]!, tokens[inner - 1])) continue;
      let before = inner - 1;
      while (before > that && (tokens[before]!.pos === 'ADV' || tokens[before]!.pos === 'AUX')) before -= 1;
      if (/^(?:who|which)$/i.test(tokens[before]!.text)) continue; // a relative clause's verb is not the announced act
      if (/ing$/.test(tokens[inner]!.text) && (tokens[inner - 1]!.pos === 'NOUN' || tokens[inner - 1]!.pos === 'PROPN'))
        continue;
      const clause = clauseAtVerb(text, inner, dates, tokens[that]!.end);
      if (clause.subject && clause.subject.start > tokens[that]!.end)
        object = clauseWords(text, clause, dates, undefined, true) ?? '';
    }
  }
  return [subjectText, verbText, object].filter(Boolean).join(' ').replace(/\s+/g, ' ').trim();
}
