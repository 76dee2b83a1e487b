// Tokens, parts of speech, lemmas and noun phrases from wink-nlp (English light model), with character offsets into the
// text given. wink-nlp was chosen over compromise by measuring: about 20 times faster on the development corpus
// (`node bench/nlp-choice.bench.mjs`), which the 10,000-article benchmark needs. chrono-node stays for dates.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { remembered } from './build-scope.ts';

export type Pos =
  | 'ADJ'
  | 'ADP'
  | 'ADV'
  | 'AUX'
  | 'CCONJ'
  | 'DET'
  | 'INTJ'
  | 'NOUN'
  | 'NUM'
  | 'PART'
  | 'PRON'
  | 'PROPN'
  | 'PUNCT'
  | 'SCONJ'
  | 'SYM'
  | 'VERB'
  | 'X'
  | 'SPACE';

export interface Token {
  /** The token as written. */
  text: string;
  /** Lower-cased lemma ("imposed" → "impose", "tariffs" → "tariff"). */
  lemma: string;
  pos: Pos;
  /** Offsets in the text given to `tokenize`. */
  start: number;
  end: number;
}

export interface Phrase {
  /** Token index range [first, last). */
  first: number;
  last: number;
  start: number;
  end: number;
  text: string;
  /** Lemma of the phrase's last noun: its head ("Chinese-made electric vehicles" → "vehicle"). */
  head: string;
}

const nlp = winkNLP(model, ['pos']);
const its = nlp.its;

/**
 * Tokens of one sentence (or any text), with offsets into it. Pure; tagged once per build for each distinct text
 * (articles repeat sentences: datelines, boilerplate, wire copy in several outlets).
 */
export function tokenize(text: string): readonly Token[] {
  return remembered('nlp.tokens', text, () => tag(text));
}

function tag(text: string): readonly Token[] {
  const doc = nlp.readDoc(text);
  const tokens = doc.tokens();
  const values = tokens.out() as string[];
  const spaces = tokens.out(its.precedingSpaces) as string[];
  const pos = tokens.out(its.pos) as string[];
  // wink's typings declare `its.lemma` with a signature `out` does not accept, though it works: call it untyped.
  const lemmas = (tokens.out as (f: unknown) => unknown)(its.lemma) as string[];
  const result: Token[] = [];
  let offset = 0;
  for (let i = 0; i < values.length; i += 1) {
    offset += spaces[i]!.length;
    const value = values[i]!;
    // wink keeps the text as written; should it ever not, find the token rather than trust the running offset.
    const at = text.startsWith(value, offset) ? offset : text.indexOf(value, offset);
    const start = at < 0 ? offset : at;
    result.push({
      text: value,
      lemma: (lemmas[i] ?? value).toLowerCase(),
      pos: (pos[i] ?? 'X') as Pos,
      start,
      end: start + value.length,
    });
    offset = start + value.length;
  }
  return result;
}

const NOMINAL = new Set<Pos>(['NOUN', 'PROPN']);
const MODIFIER = new Set<Pos>(['ADJ', 'NUM', 'NOUN', 'PROPN']);

/**
 * Noun phrases: an optional determiner, modifiers (adjectives, numbers, nouns, possessives, hyphenated compounds)
 * and a nominal head. "China's commerce ministry", "Chinese-made electric vehicles", "the People's Republic of China"
 * (proper names joined by "of"). Coordinations ("canola, seafood and pork") stay separate phrases.
 */
export function nounPhrases(tokens: readonly Token[]): Phrase[] {
  const phrases: Phrase[] = [];
  let i = 0;
  while (i < tokens.length) {
    let j = i;
    if (tokens[j]!.pos === 'DET') j += 1;
    let lastNominal = -1;
    while (j < tokens.length) {
      const t = tokens[j]!;
      if (MODIFIER.has(t.pos) || (t.pos === 'SYM' && t.text === '%')) {
        if (NOMINAL.has(t.pos)) lastNominal = j;
        j += 1;
      } else if (t.pos === 'PART' && /^['’]s?$/.test(t.text) && lastNominal === j - 1) {
        j += 1; // possessive inside the phrase
      } else if (
        t.text === '-' &&
        j > i &&
        j + 1 < tokens.length &&
        tokens[j + 1]!.start === t.end &&
        tokens[j - 1]!.end === t.start
      ) {
        j += 1; // "Chinese-made"
      } else if (
        t.lemma === 'of' &&
        lastNominal === j - 1 &&
        tokens[j - 1]!.pos === 'PROPN' &&
        tokens[j + 1]?.pos === 'PROPN'
      ) {
        j += 1; // "Republic of Korea"
      } else if (t.pos === 'VERB' && /(ed|made)$/.test(t.text) && j > i && tokens[j - 1]!.text === '-') {
        j += 1; // "-made", "-based"
      } else break;
    }
    if (lastNominal >= 0) {
      const first = i;
      const last = lastNominal + 1;
      phrases.push({
        first,
        last,
        start: tokens[first]!.start,
        end: tokens[lastNominal]!.end,
        text: '',
        head: tokens[lastNominal]!.lemma,
      });
      i = last;
    } else i = Math.max(j, i + 1);
  }
  return phrases;
}

/** Noun phrases of a text with their text filled in. */
export function nounPhrasesOf(text: string): Phrase[] {
  return nounPhrases(tokenize(text)).map((p) => ({ ...p, text: text.slice(p.start, p.end) }));
}

/** Whether the verb token at `index` is passive ("was imposed", "were announced by"). */
export function isPassive(tokens: readonly Token[], index: number): boolean {
  const verb = tokens[index];
  if (!verb || verb.pos !== 'VERB' || !/(ed|en|wn|t)$/.test(verb.text.toLowerCase())) return false;
  for (let k = index - 1; k >= 0 && k >= index - 3; k -= 1) {
    const t = tokens[k]!;
    if (
      t.pos === 'AUX' &&
      /^(be|is|are|was|were|been|being|get|got)$/.test(t.lemma === 'be' ? 'be' : t.text.toLowerCase())
    )
      return true;
    if (t.pos !== 'ADV' && t.pos !== 'AUX') return false;
  }
  return false;
}
