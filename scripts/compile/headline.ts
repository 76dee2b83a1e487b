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
const NOT_ACTION = new Set(['say', 'tell', 'accord', 'include', 'base', 'relate', 'follow', 'remain', 'appear', 'seem']);

function isVerb(token: Token): boolean {
  return token.pos === 'VERB' && !NOT_ACTION.has(token.lemma);
}

/** The [first, last) token range of the clause holding token `index`, cut at semicolons, dashes and colons. */
function clauseRange(tokens: readonly Token[], index: number): [number, number] {
  let first = index;
  while (first > 0 && !CLAUSE_BREAK.has(tokens[first - 1]!.text)) first -= 1;
  let last = index;
  while (last < tokens.length && !CLAUSE_BREAK.has(tokens[last]!.text)) last += 1;
  return [first, last];
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/**
 * The verb a date phrase dates: the nearest verb before it in its clause ("paused … on February 3, imposed duties on
 * March 4"), else the first after it ("On August 26, 2024, the government announced …"), else a copula.
 */
export function verbOfDate(tokens: readonly Token[], date: Span): number | null {
  const at = tokens.findIndex((t) => t.end > date.start);
  if (at < 0) return null;
  const [first, last] = clauseRange(tokens, at);
  const inside = (i: number) => overlaps(tokens[i]!, date);
  for (let i = at - 1; i >= first; i -= 1) if (isVerb(tokens[i]!) && !inside(i)) return i;
  for (let i = at; i < last; i += 1) if (isVerb(tokens[i]!) && !inside(i)) return i;
  // "US tariff revenue was $287 billion in 2025": a copula clause.
  for (let i = first; i < last; i += 1) if (tokens[i]!.pos === 'AUX' && tokens[i]!.lemma === 'be') return i;
  // A chronology's item: "- 1 October: Canada implemented a 100% tariff …" dates the clause after its colon.
  if (tokens[last]?.text === ':' && tokens.slice(at, last).every((t) => inside(tokens.indexOf(t)) || t.pos === 'PUNCT')) {
    const [, end] = clauseRange(tokens, last + 1);
    for (let i = last + 1; i < end; i += 1) if (isVerb(tokens[i]!)) return i;
  }
  return null;
}

/** The subject of the verb at `verb`: the last noun phrase before it since the previous verb, else that verb's. */
export function subjectOf(tokens: readonly Token[], phrases: readonly Phrase[], verb: number, dates: readonly Span[]): Phrase | null {
  const [first] = clauseRange(tokens, verb);
  let from = verb - 1;
  while (from >= first && !isVerb(tokens[from]!)) from -= 1;
  const candidates = phrases.filter((p) => p.first > from && p.last <= verb && p.first >= first && !dates.some((d) => overlaps(p, d)) && !/^(?:today|yesterday)$/i.test(p.head));
  // An aside between the subject and its verb ("the Prime Minister, Mark Carney, met"): the name nearest the verb.
  const subject = candidates[candidates.length - 1];
  if (subject) return subject;
  // "They also announced …", "he invoked the law": a personal or demonstrative pronoun just before the verb.
  for (let i = verb - 1; i > from && i >= first; i -= 1) {
    const t = tokens[i]!;
    if (t.pos === 'PRON' && /^(?:he|she|they|it|this|we)$/i.test(t.text)) return { first: i, last: i + 1, start: t.start, end: t.end, text: t.text, head: t.lemma };
    if (t.pos !== 'ADV' && t.pos !== 'AUX' && t.pos !== 'PART') break;
  }
  if (from >= first) return subjectOf(tokens, phrases, from, dates);
  return null;
}

/** The action clause a date phrase belongs to, or null when it has no verb. */
export function actionOfDate(text: string, date: Span, dates: readonly Span[]): ActionClause | null {
  const tokens = tokenize(text);
  const verb = verbOfDate(tokens, date);
  return verb === null ? null : clauseAtVerb(text, verb, dates);
}

/** The action clause headed by the verb token at `verb`. */
export function clauseAtVerb(text: string, verb: number, dates: readonly Span[]): ActionClause {
  const tokens = tokenize(text);
  return { verb, subject: subjectOf(tokens, nounPhrases(tokens), verb, dates), passive: isPassive(tokens, verb) };
}

const IRREGULAR_PRESENT: Record<string, [string, string]> = { be: ['is', 'are'], have: ['has', 'have'], do: ['does', 'do'], go: ['goes', 'go'] };

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

// Words that end a headline's object: a new clause, an aside or a purpose.
const OBJECT_STOP = new Set(['which', 'who', 'where', 'while', 'after', 'before', 'because', 'following', 'as', 'when', 'that', 'since', 'until', 'amid', 'under', 'during', 'by', 'including']);
const MAX_OBJECT_WORDS = 8;

/**
 * The words after the verb that finish the headline: its object noun phrases and the prepositional phrases joining
 * them, stopping at a comma, a date, a new clause, or before a phrase that would pass the length (never mid-phrase).
 */
function objectWords(text: string, tokens: readonly Token[], phrases: readonly Phrase[], verb: number, dates: readonly Span[]): string {
  const words: string[] = [];
  let i = verb + 1;
  // A particle or preposition the verb needs ("met with", "spoke with", "took effect"): kept.
  while (i < tokens.length && (tokens[i]!.pos === 'ADP' || tokens[i]!.pos === 'PART') && i === verb + 1 && /^(?:with|on|up|out|off|down)$/i.test(tokens[i]!.text)) {
    words.push(tokens[i]!.text);
    i += 1;
  }
  let kept = words.length;
  let phraseCount = 0;
  while (i < tokens.length) {
    const token = tokens[i]!;
    if (dates.some((d) => overlaps(token, d))) break;
    const phrase = phrases.find((p) => p.first === i);
    if (phrase) {
      // "a trade deal with Indonesia last month": the phrase ends where the date begins.
      let last = phrase.first;
      while (last < phrase.last && !dates.some((d) => overlaps(tokens[last]!, d))) last += 1;
      if (last === phrase.first || (tokens[last - 1]!.pos !== 'NOUN' && tokens[last - 1]!.pos !== 'PROPN')) break;
      if (kept + (last - phrase.first) > MAX_OBJECT_WORDS && phraseCount > 0) break;
      words.push(...joinTokens(text, tokens, phrase.first, last));
      if (last < phrase.last) {
        kept = words.length;
        break;
      }
      kept = words.length;
      phraseCount += 1;
      i = phrase.last;
      continue;
    }
    // Between phrases only a joining preposition, "and", or a modifier before a phrase may stand.
    if (token.pos === 'PUNCT' || token.pos === 'VERB' || token.pos === 'AUX' || token.pos === 'SCONJ' || OBJECT_STOP.has(token.lemma) && phraseCount > 0) break;
    if (token.pos === 'ADP' || token.pos === 'CCONJ' || token.pos === 'ADJ' || token.pos === 'ADV' || token.pos === 'DET' || token.pos === 'NUM' || token.pos === 'PRON' || token.pos === 'SYM') {
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
  return words.slice(0, kept).join(' ').replace(/ ([,%])/g, '$1');
}

/** The tokens [first, last) as written, hyphenated words kept whole ("Chinese-made"). */
function joinTokens(text: string, tokens: readonly Token[], first: number, last: number): string[] {
  return text.slice(tokens[first]!.start, tokens[last - 1]!.end).split(/\s+/);
}

function capitalise(text: string): string {
  return text ? text[0]!.toUpperCase() + text.slice(1) : text;
}

/**
 * A headline for the clause: subject, verb in the present tense (a passive keeps its participle, a plan takes "to"),
 * and the object ("The President paused implementation of the tariffs" → "President pauses implementation of the
 * tariffs"). Null when the clause has no subject to name.
 */
export function clauseHeadline(text: string, clause: ActionClause, dates: readonly Span[], subjectName?: string): string | null {
  const tokens = tokenize(text);
  const { subject, verb } = clause;
  if (!subject) return null;
  const phrases = nounPhrases(tokens);
  let subjectText = subjectName ?? text.slice(subject.start, subject.end).replace(/^(?:the|a|an)\s+/i, '');
  if (tokens[subject.first - 1]?.lemma === 'and') {
    // "Prime Minister Carney and President Xi released": both names.
    const before = phrases.filter((p) => p.last === subject.first - 1).pop();
    if (before) subjectText = `${text.slice(before.start, before.end).replace(/^(?:the|a|an)\s+/i, '')} and ${subjectText}`;
  }
  const verbToken = tokens[verb]!;
  const previous = tokens.slice(Math.max(0, verb - 3), verb).map((t) => t.lemma);
  let verbText: string;
  if (clause.passive) verbText = verbToken.text.toLowerCase();
  else if (previous.includes('will') || previous[previous.length - 1] === 'to') verbText = `to ${verbToken.lemma}`;
  else verbText = presentTense(verbToken.lemma, isPlural(tokens, subject) || /\band\b/.test(subjectText) || /^(?:they|we)$/i.test(subjectText));
  const object = objectWords(text, tokens, phrases, verb, dates);
  return capitalise([subjectText, verbText, object].filter(Boolean).join(' ').replace(/\s+/g, ' ').trim());
}
