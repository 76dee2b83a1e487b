// People named after a title that carries its country in an "of" phrase: "the Prime Minister of Singapore, Lawrence
// Wong", "President of the Republic of Korea Lee Jae Myung", "the Chairman of the Standing Committee of the National
// People's Congress of China, Zhao Leji". The name is the run of proper nouns the tagger finds after the title.
import { MONTH_NAMES, WEEKDAY_NAMES } from './calendar.ts';
import { findActors, type PersonCandidate } from './entities.ts';
import { alternation, lexiconCache, type Lexicon } from './lexicon.ts';
import { tokenize, type Token } from './nlp.ts';

interface TitleMatchers {
  title: RegExp;
  titleToRole: Map<string, string>;
  titleWords: Set<string>;
}
function titleMatchers(): TitleMatchers {
  return lexiconCache('person-titles.titleMatchers', buildTitleMatchers);
}

function buildTitleMatchers({ offices }: Lexicon): TitleMatchers {
  const titleToRole = new Map<string, string>();
  for (const office of offices) for (const title of office.titles) titleToRole.set(title.toLowerCase(), office.role);
  const titleWords = new Set(offices.flatMap((o) => o.titles.flatMap((t) => t.toLowerCase().split(/\s+/))));
  return {
    title: new RegExp(`(?<![\\w-])(${alternation(offices.flatMap((o) => o.titles))})(?![\\w-])`, 'g'),
    titleToRole,
    titleWords,
  };
}

/** The words of an "of" qualifier: proper nouns and the little words between them ("the People's Republic of China"). */
const QUALIFIER = /^ (?:of|to) ((?:the )?[A-Z][\w.'’-]*(?: (?:of|the|and|for|[A-Z][\w.'’-]*))*)/;
/** Name-like suffixes that belong to the name ("Ferdinand Marcos Jr."). */
export const NAME_SUFFIX = /^(?:Jr|Sr|II|III)\.?$/;
/** Words that end a name run even when tagged as proper nouns: weekdays, months, and institutions. */
const NOT_NAME_WORD = new RegExp(
  `^(?:${WEEKDAY_NAMES}|${MONTH_NAMES}|Today|Summit|Ministry|Department|Office|Commission|Committee|Council|Congress|Parliament|Government|Party|Agency|Bank|Association|Economic|Trade|Foreign|Affairs|Republic|Minister|President|Premier|Prime|Chairman|Secretary)$`,
);

/** The proper-noun run starting at `from` in the sentence, as a person's name (2 to 4 words, suffix kept), or null. */
function nameRunAt(
  sentence: string,
  from: number,
  afterTitle = false,
): { name: string; start: number; end: number } | null {
  const tokens = tokenize(sentence);
  let i = tokens.findIndex((t) => t.start >= from);
  if (i < 0 || tokens[i]!.start - from > 2) return null;
  const run: Token[] = [];
  for (; i < tokens.length; i += 1) {
    const token = tokens[i]!;
    const joined = run.length === 0 || token.start - run[run.length - 1]!.end <= 1;
    if (!joined) break;
    // "Saint-Jacques": a hyphen inside a name joins two capitalised halves.
    const next = tokens[i + 1];
    if (
      token.text === '-' &&
      run.length > 0 &&
      token.start === run[run.length - 1]!.end &&
      next &&
      next.start === token.end &&
      /^[A-Z]/.test(next.text)
    ) {
      run.push(token);
      continue;
    }
    if (NAME_SUFFIX.test(token.text) && run.length >= 1) {
      run.push(token);
      break;
    }
    // "LeBlanc", "McDonald", "O'Toole": a capital inside a surname's prefix.
    if (!/^(?:Mc|Mac|Le|La|De|Di|O')?[A-Z][\p{Ll}'’-]+$/u.test(token.text) || NOT_NAME_WORD.test(token.text)) break;
    // "Vice Premier He Lifeng": right after a title, a family name the tagger reads as a pronoun still opens the name.
    const familyName =
      afterTitle &&
      run.length === 0 &&
      next?.pos === 'PROPN' &&
      /^[A-Z]/.test(next.text) &&
      next.start === token.end + 1;
    if (token.pos !== 'PROPN' && !(token.pos === 'NOUN' && run.length > 0) && !familyName) break;
    if (findActors(token.text).length > 0) break;
    run.push(token);
  }
  const words = run.filter((t, k) => !NAME_SUFFIX.test(t.text) && t.text !== '-' && run[k - 1]?.text !== '-');
  if (words.length < 2 || words.length > 4) return null;
  const start = run[0]!.start;
  const end = run[run.length - 1]!.end;
  return { name: sentence.slice(start, end), start, end };
}

/** "Dominic LeBlanc, the minister responsible for …": the name a comma sets before a title. */
const BEFORE_APPOSITIVE_TITLE = /, (?:who (?:is|was) )?(?:the |a |its )?(?:(?:former|then|new|current|acting|top) )?$/;

function appositiveName(sentence: string, titleStart: number): { name: string; start: number; end: number } | null {
  const before = sentence.slice(0, titleStart).match(BEFORE_APPOSITIVE_TITLE);
  if (!before) return null;
  const nameEnd = titleStart - before[0].length;
  const opening = sentence.slice(0, nameEnd).match(/(?:^|[\s(])((?:[A-Z][\w'’.-]*\s){1,3}[A-Z][\w'’-]*)$/);
  if (!opening) return null;
  const written = opening[1]!;
  const bare = withoutHonorific(written);
  const name = nameRunAt(sentence, nameEnd - bare.length);
  return name && name.end === nameEnd ? name : null;
}

/** "U.S. Commerce Secretary", "Chinese Vice Premier", "Canada's ambassador": the country written before a title. */
function ownerCountry(sentence: string, titleStart: number): string | null {
  const before = sentence.slice(Math.max(0, titleStart - 40), titleStart);
  const actors = findActors(before.replace(/’/g, "'")).filter(
    (a) => a.end >= before.length - 1 && /^[\s-]*$/.test(before.slice(a.end)),
  );
  return actors[0]?.code ?? null;
}

/** The country an "of" qualifier (or an outlet's name) names: its last country ("… Congress of China" → CN). */
export function qualifierCountry(qualifier: string): string | null {
  const actors = findActors(qualifier.replace(/’/g, "'")).filter((a) => a.form === 'name');
  return actors[actors.length - 1]?.code ?? null;
}

/**
 * "<Title> of <Country>, <Name>" and "<Title> of <Country> <Name>": the person, their role, and the country of the
 * "of" phrase. Titles with no "of" phrase are left to entities.ts.
 */
export function findTitledPeople(sentence: string): PersonCandidate[] {
  const { title, titleToRole } = titleMatchers();
  const found: PersonCandidate[] = [];
  title.lastIndex = 0;
  for (let m = title.exec(sentence); m; m = title.exec(sentence)) {
    const titleEnd = m.index + m[0].length;
    const appositive = appositiveName(sentence, m.index);
    if (appositive) found.push({ ...appositive, role: titleToRole.get(m[1]!.toLowerCase()) ?? null, country: null });
    const qualifier = sentence.slice(titleEnd, titleEnd + 160).match(QUALIFIER);
    if (!qualifier) {
      // "Canada-U.S. Trade Minister Dominic LeBlanc", "U.S. Commerce Secretary Howard Lutnick": the name right after.
      const direct = /^ [A-Z]/.test(sentence.slice(titleEnd, titleEnd + 2))
        ? nameRunAt(sentence, titleEnd + 1, true)
        : null;
      if (direct)
        found.push({
          ...direct,
          role: titleToRole.get(m[1]!.toLowerCase()) ?? null,
          country: ownerCountry(sentence, m.index),
        });
      continue;
    }
    const role = titleToRole.get(m[1]!.toLowerCase()) ?? null;
    const words = qualifier[1]!;
    const qualifierStart = titleEnd + qualifier[0].length - words.length;
    // The comma form: the qualifier is everything up to the comma, the name follows it.
    const comma = sentence.slice(titleEnd, titleEnd + 200).match(/^ (of|to) ((?:[^,;.()]|\.(?! ))+?), (?=[A-Z])/);
    if (comma && comma[2] === words) {
      const name = nameRunAt(sentence, titleEnd + comma[0].length);
      // "Canada's ambassador to China, Guy Saint-Jacques": "to" names where the office serves, the possessive whose it is.
      const country = comma[1] === 'of' ? qualifierCountry(words) : ownerCountry(sentence, m.index);
      if (name) {
        found.push({ name: name.name, role, country, start: name.start, end: name.end });
        continue;
      }
    }
    if (qualifier[0].startsWith(' to ')) continue;
    // No comma: the country's own name ends the qualifier ("of Japan Takaichi Sanae").
    const actors = findActors(words.replace(/’/g, "'")).filter((a) => a.form === 'name' && !a.possessive);
    const first = actors[0];
    if (!first || !/^(?:the )?$/.test(words.slice(0, first.start))) continue;
    const name = nameRunAt(sentence, qualifierStart + first.end + 1);
    if (name) found.push({ name: name.name, role, country: first.code, start: name.start, end: name.end });
  }
  return found;
}

/** Honorifics written before a name that are not part of it ("the Honourable Mélanie Joly"). */
const HONORIFIC = /^(?:The )?(?:Right )?(?:Honourable|Honorable|Hon\.|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Sir|Dame) /;

export function withoutHonorific(name: string): string {
  return name.replace(HONORIFIC, '');
}

/** Institution words: a "name" holding one is an organisation ("Customs Tariff Commission"), not a person. */
const INSTITUTION =
  /\b(?:Commission|Committee|Council|Congress|Ministry|Department|Office|Agency|Bank|Association|Administration|Parliament|Senate|House|Court|Party|Government|Service|Bureau|Corporation|Company|Group|Union|Organization|Organisation|Institute|University|Tariff|Tariffs|Summit|Agreement)\b/;

export function namesInstitution(name: string): boolean {
  return INSTITUTION.test(name);
}

/** Whether a word is part of some title ("Prime", "Minister"), so never a person's short name. */
export function isTitleWord(word: string): boolean {
  return titleMatchers().titleWords.has(word.toLowerCase());
}
