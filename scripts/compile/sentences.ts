// Sentences: article text → sentence spans (start/end offsets into that text, whitespace trimmed).
import type { Span } from '../../src/lib/dataset.ts';
import { lexiconCache } from './lexicon.ts';

/**
 * Words that end in a full stop without ending a sentence. Lower-cased, without the final dot.
 * Titles and months are almost always followed by a name or a number ("Dr. Tan", "Oct. 31").
 */
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'sen',
  'rep',
  'gov',
  'gen',
  'lt',
  'col',
  'capt',
  'sgt',
  'rev',
  'hon',
  'st',
  'mt',
  'jr',
  'sr',
  'co',
  'corp',
  'inc',
  'ltd',
  'bros',
  'vs',
  'etc',
  'approx',
  'dept',
  'est',
  'fig',
  'vol',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  // Weekdays, but not "Sat." and "Sun." ("the sun."), which are ordinary words too.
  'mon',
  'tue',
  'tues',
  'wed',
  'thu',
  'thurs',
  'fri',
  'pres',
  'govt',
  'amb',
  'supt',
  'messrs',
]);

/** Provinces and states as wire copy abbreviates them ("Windsor, Ont."): like initialisms, they end a place name. */
const PLACE_ABBREVIATIONS = new Set([
  'ont',
  'alta',
  'sask',
  'nfld',
  'calif',
  'ariz',
  'fla',
  'penn',
  'mich',
  'minn',
  'tenn',
  'wis',
  'conn',
]);

/**
 * Initialisms such as "U.S." end a sentence only when the next word plainly starts one; "U.S. tariffs" and
 * "the U.S. Commerce Department" do not split, "… to the U.S. The move …" does.
 */
const SENTENCE_STARTERS = new Set([
  'the',
  'a',
  'an',
  'he',
  'she',
  'it',
  'they',
  'we',
  'i',
  'but',
  'and',
  'this',
  'that',
  'these',
  'those',
  'in',
  'on',
  'at',
  'for',
  'as',
  'if',
  'when',
  'while',
  'after',
  'before',
  'meanwhile',
  'however',
  'there',
  'his',
  'her',
  'its',
  'their',
  'our',
]);

/** Countries, capitals and metonyms from the lexicon ("Canada", "Beijing", "Ottawa") often open a sentence after "U.S.". */
function opensSentence(word: string): boolean {
  if (SENTENCE_STARTERS.has(word)) return true;
  const actorStarters = lexiconCache(
    'sentences.actorStarters',
    ({ actors }) =>
      new Set(
        actors
          .flatMap((actor) => [...actor.names, ...actor.metonyms, ...(actor.capital ? [actor.capital] : [])])
          .filter((name) => !/\s/.test(name))
          .map((name) => name.toLowerCase()),
      ),
  );
  return actorStarters.has(word);
}

const CLOSERS = '"\'”’)]»';
const OPENERS = '"\'“‘([«';

/**
 * The longest sentence the stages read (characters). News prose stays far below it (the longest of the development
 * corpus is 763); an endless "sentence" (a table pasted without full stops, a hostile file) is cut into pieces of at
 * most this length, at a space, so that what a stage does per sentence costs at most this much, however long the file.
 */
export const MAX_SENTENCE_CHARS = 2_000;

/** Splits `text` into sentence spans. Lines without a full stop (headings, datelines) are sentences of their own. */
export function splitSentences(text: string): Span[] {
  return sentenceSpans(text).spans;
}

/** The sentence spans and how many over-long sentences were cut into pieces (see MAX_SENTENCE_CHARS). */
export function sentenceSpans(text: string): { spans: Span[]; cut: number } {
  const whole = naturalSentences(text);
  if (whole.every(({ start, end }) => end - start <= MAX_SENTENCE_CHARS)) return { spans: whole, cut: 0 };
  const spans: Span[] = [];
  let cut = 0;
  for (const span of whole) {
    if (span.end - span.start <= MAX_SENTENCE_CHARS) {
      spans.push(span);
      continue;
    }
    cut += 1;
    let start = span.start;
    while (span.end - start > MAX_SENTENCE_CHARS) {
      // At the last space of the piece, else (one endless word) at the limit itself.
      const space = text.lastIndexOf(' ', start + MAX_SENTENCE_CHARS);
      const end = space > start ? space : start + MAX_SENTENCE_CHARS;
      pushTrimmed(text, spans, start, end);
      start = end;
    }
    pushTrimmed(text, spans, start, span.end);
  }
  return { spans, cut };
}

function naturalSentences(text: string): Span[] {
  const spans: Span[] = [];
  for (const line of paragraphLines(text)) {
    let start = line.start;
    const end = line.end;
    for (let index = start; index < end; index += 1) {
      const char = text[index];
      if (char !== '.' && char !== '!' && char !== '?' && char !== '…') continue;
      let after = index + 1;
      while (after < end && (text[after] === '.' || text[after] === '!' || text[after] === '?')) after += 1;
      while (after < end && CLOSERS.includes(text[after] ?? '')) after += 1;
      if (after >= end) break;
      if (!/\s/.test(text[after] ?? '')) continue;
      let next = after;
      while (next < end && /\s/.test(text[next] ?? '')) next += 1;
      if (next >= end) break;
      if (!startsSentence(text, next)) continue;
      if (char === '.' && !endsSentenceAtDot(text, start, index, next)) continue;
      pushTrimmed(text, spans, start, after);
      start = next;
      index = next - 1;
    }
    pushTrimmed(text, spans, start, end);
  }
  return spans;
}

/**
 * The text as lines (paragraphs, headings). A line continues the one before when that one has no end punctuation and
 * this one starts in lower case: hard-wrapped text, or a paragraph broken mid-sentence as in a pasted page
 * ("shipping more\n\nliquefied natural gas").
 */
function paragraphLines(text: string): Span[] {
  const lines: Span[] = [];
  let position = 0;
  while (position <= text.length) {
    const newline = text.indexOf('\n', position);
    const end = newline === -1 ? text.length : newline;
    const line = text.slice(position, end);
    if (line.trim() !== '') {
      const previous = lines[lines.length - 1];
      const continues =
        previous !== undefined && !/[.!?:;"”’)\]]/.test(lastVisible(text, previous)) && /^\s*\p{Ll}/u.test(line);
      if (continues) previous.end = end;
      else lines.push({ start: position, end });
    }
    if (newline === -1) break;
    position = newline + 1;
  }
  return lines;
}

/** The last non-blank character of a span ('' when blank): read from its end, not by copying the whole span. */
function lastVisible(text: string, span: Span): string {
  let index = span.end - 1;
  while (index >= span.start && /\s/.test(text[index] ?? '')) index -= 1;
  return index >= span.start ? (text[index] ?? '') : '';
}

function startsSentence(text: string, position: number): boolean {
  let index = position;
  while (OPENERS.includes(text[index] ?? '') && index < position + 3) index += 1;
  const char = text[index] ?? '';
  return /[\p{Lu}\p{Lt}\p{N}]/u.test(char) || (index > position && /\p{L}/u.test(char));
}

/** Whether the dot at `dot` ends a sentence, given the word before it and the word after (at `next`). */
function endsSentenceAtDot(text: string, from: number, dot: number, next: number): boolean {
  let wordStart = dot;
  while (wordStart > from && /[\p{L}\p{N}.]/u.test(text[wordStart - 1] ?? '')) wordStart -= 1;
  const word = text.slice(wordStart, dot);
  if (word === '') return true;
  // A single capital is an initial ("Mark J. Carney"), never a sentence end in news prose.
  if (/^\p{Lu}$/u.test(word)) return false;
  // The next few characters only: a copy of the rest of the text at each full stop made splitting quadratic.
  const nextWord = /^[\p{L}]+/u.exec(text.slice(next, next + 64).replace(/^["'“‘(]+/, ''))?.[0]?.toLowerCase() ?? '';
  // Initialisms: "U.S", "U.K", "a.m", "p.m", "e.g", "i.e".
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word) || PLACE_ABBREVIATIONS.has(word.toLowerCase())) return opensSentence(nextWord);
  if (ABBREVIATIONS.has(word.toLowerCase())) return false;
  // "No. 2" is a number; "They said no. Then" is a sentence end.
  if (word.toLowerCase() === 'no') return !/\d/.test(text[next] ?? '');
  return true;
}

function pushTrimmed(text: string, spans: Span[], start: number, end: number): void {
  let from = start;
  let to = end;
  while (from < to && /\s/.test(text[from] ?? '')) from += 1;
  while (to > from && /\s/.test(text[to - 1] ?? '')) to -= 1;
  if (to > from) spans.push({ start: from, end: to });
}
