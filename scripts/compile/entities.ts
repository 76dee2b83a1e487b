// Country actors and person names: finds countries acting or qualifying ("Ottawa", "Chinese") and the names of people
// by patterns ("<Office> <Name>", "<Name>, the …", "Australia's <Name>"); people.ts ties them across articles.
import type { ActorMention } from './context.ts';
import { alternation, lexiconCache, loadLexicon, type Lexicon } from './lexicon.ts';

// ---------- actors ----------

interface ActorMatcher {
  re: RegExp;
  forms: Map<string, { code: string; form: ActorMention['form'] }>;
}
function getActorMatcher(): ActorMatcher {
  return lexiconCache('entities.actorMatcher', buildActorMatcher);
}

function buildActorMatcher(): ActorMatcher {
  const forms = new Map<string, { code: string; form: ActorMention['form'] }>();
  for (const actor of loadLexicon().actors) {
    for (const name of [...actor.names, ...actor.metonyms])
      forms.set(name.toLowerCase(), { code: actor.code, form: 'name' });
    for (const adjective of actor.adjectives)
      if (!forms.has(adjective.toLowerCase()))
        forms.set(adjective.toLowerCase(), { code: actor.code, form: 'adjective' });
    for (const demonym of actor.demonyms) forms.set(demonym.toLowerCase(), { code: actor.code, form: 'demonym' });
  }
  // Proper nouns: case-sensitive, whole words, not the second half of "non-US".
  const re = new RegExp(
    `(?<![\\w-])(?:the )?(${alternation([...forms.keys()].map((k) => restoreCase(k)))})(?![\\w-])(['’]s)?`,
    'g',
  );
  return { re, forms };
}

/** The lexicon is matched case-sensitively; keys were lower-cased for lookup, so recover the written form. */
function restoreCase(lower: string): string {
  for (const actor of loadLexicon().actors) {
    for (const written of [...actor.names, ...actor.metonyms, ...actor.adjectives, ...actor.demonyms]) {
      if (written.toLowerCase() === lower) return written;
    }
  }
  return lower;
}

export function findActors(sentence: string): ActorMention[] {
  const { re, forms } = getActorMatcher();
  const mentions: ActorMention[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
    const written = m[1]!;
    const entry = forms.get(written.toLowerCase());
    if (!entry) continue;
    const start = m.index + m[0].indexOf(written);
    // "U.S." and "US" are both a name and an adjective: before a capitalised noun ("U.S. President") it qualifies.
    const next = sentence.slice(start + written.length).match(/^\s+([A-Za-z]+)/)?.[1] ?? '';
    const form =
      entry.form === 'name' &&
      /^(U\.S\.|US|New Zealand)$/.test(written) &&
      /^[A-Z]|^(policy|authorities|tariffs?|leader|exports?|trade)$/.test(next) &&
      !m[2]
        ? 'adjective'
        : entry.form;
    mentions.push({
      code: entry.code,
      start,
      end: start + written.length + (m[2]?.length ?? 0),
      form,
      possessive: Boolean(m[2]),
    });
  }
  return mentions;
}

export function actorCapital(code: string): string | null {
  return loadLexicon().actors.find((actor) => actor.code === code)?.capital ?? null;
}

export function actorForWord(word: string): string | null {
  const entry = getActorMatcher().forms.get(
    word
      .replace(/^the /i, '')
      .replace(/['’]s$/, '')
      .toLowerCase(),
  );
  return entry?.code ?? null;
}

// ---------- people: patterns ----------

const NAME_WORD = "[A-Z][a-zà-ÿ]+(?:[-'][A-Z]?[a-zà-ÿ]+)?";
/** Lower-case particles inside names: "Ursula von der Leyen", "Anwar bin Ibrahim". */
const PARTICLES = '(?:(?:von|van|der|den|de|da|del|di|la|le|bin|binti|al) )*';
const NAME = `${NAME_WORD}(?: ${PARTICLES}${NAME_WORD}){1,2}`;
/**
 * Capitalised words that are never part of a person's name: function words, titles, days and months, institutional
 * words. Countries, their adjectives and the words of summit names come from the lexicon (occasionWordsOfLexicon).
 */
const NOT_NAMES = new Set(
  'The A An And Of In On At For With By From To As But Or Prime Minister President Premier Summit Friday Monday Tuesday Wednesday Thursday Saturday Sunday January February March April May June July August September October November December Foreign Affairs Trade Government Office Holdings Co Ocean Marine Systems University Foundation Strategy Global Minister Ministers Secretary Agreement Republic Truth Social It He She They His Her Their We Our Analysts Observers Business Premiers Defense Defence Later Earlier Last Next This That While Still Separately Some All Both Now If'.split(
    ' ',
  ),
);

/** Capitalised words of the lexicon's summit names ("Asia-Pacific Economic Cooperation", "Association of Southeast Asian Nations"). */
function occasionWordsOfLexicon(): Set<string> {
  return lexiconCache(
    'entities.occasionWords',
    (lexicon) =>
      new Set(
        lexicon.occasions
          .flatMap((o) => [o.label, ...o.aliases])
          .flatMap((name) => name.split(/[\s-]+/))
          .filter((w) => /^[A-Z][a-z]/.test(w)),
      ),
  );
}

export interface PersonCandidate {
  name: string;
  role: string | null;
  country: string | null;
  start: number;
  end: number;
}

interface PeopleMatchers {
  office: RegExp;
  officeBefore: RegExp;
  officeAfter: RegExp;
  appositive: RegExp;
  nationality: RegExp;
  object: RegExp;
  ofRegion: RegExp;
  titleToRole: Map<string, string>;
  leaderRoles: Set<string>;
  regionCountry: Map<string, string>;
}
function getPeopleMatchers(): PeopleMatchers {
  return lexiconCache('entities.peopleMatchers', buildPeopleMatchers);
}

function buildPeopleMatchers(lexicon: Lexicon): PeopleMatchers {
  const titleToRole = new Map<string, string>();
  for (const office of lexicon.offices)
    for (const title of office.titles) titleToRole.set(title.toLowerCase(), office.role);
  const titles = alternation(lexicon.offices.flatMap((office) => office.titles));
  const qualifiers = alternation([
    ...lexicon.actors.flatMap((actor) => [
      ...actor.adjectives,
      ...actor.metonyms,
      ...actor.names.map((n) => `${n}'s`),
      ...actor.names.map((n) => `${n}’s`),
    ]),
    ...lexicon.places.filter((place) => place.kind === 'region').map((place) => place.alias),
  ]);
  const regionCountry = new Map(
    lexicon.places.filter((p) => p.kind === 'region').map((p) => [p.alias.toLowerCase(), p.country]),
  );
  const demonyms = alternation(
    lexicon.actors.flatMap((actor) => [
      ...actor.demonyms,
      ...actor.names.map((n) => `${n}'s`),
      ...actor.adjectives.flatMap((a) => lexicon.nationalityNouns.map((noun) => `${a} ${noun}`)),
    ]),
  );
  return {
    // "Chinese President Xi Jinping", "then-foreign affairs minister Melanie Joly", "the Chinese premier, Li Qiang"
    // Found title first, then the words around it: one alternation scan instead of one at every position.
    office: new RegExp(`(?<![\\w])(${titles})(?![\\w])`, 'g'),
    officeBefore: new RegExp(`(?<![\\w])(?:(${qualifiers}) )?(?:then-|former )?$`),
    officeAfter: new RegExp(`^(?: of [A-Z][\\w ]+?)?,? (?:the )?(${NAME}|${NAME_WORD})(?![\\w])`),
    // "Vina Nadjibulla, vice president of …", "Meng Wanzhou, who was the chief financial officer"
    appositive: new RegExp(
      `(${NAME}), (?:who (?:is|was) )?(?:the |a |its )?(?:(${qualifiers}) )?(?:former )?(${titles})\\b`,
      'g',
    ),
    // "Australia's Anthony Albanese", "Canadians Michael Kovrig and Michael Spavor", "two Canadian citizens, Michael Spavor and Michael Kovring"
    nationality: new RegExp(`(${demonyms}),? (${NAME})(?: and (${NAME}))?`, 'g'),
    // "arrested Meng Wanzhou", "counterpart, Wang Yi"
    object: new RegExp(
      `\\b(?:arrested|detained|detaining|counterpart,|met with|meet with|spoke with|including) (${NAME})`,
      'g',
    ),
    // "Wab Kinew of Manitoba"
    ofRegion: new RegExp(
      `(${NAME}) of (${alternation([...regionCountry.keys()].map((r) => lexicon.places.find((p) => p.alias.toLowerCase() === r)!.alias))})\\b`,
      'g',
    ),
    titleToRole,
    leaderRoles: new Set(lexicon.offices.filter((o) => o.leader).map((o) => o.role)),
    regionCountry,
  };
}

function qualifierCountry(qualifier: string | undefined): string | null {
  if (!qualifier) return null;
  const region = getPeopleMatchers().regionCountry.get(qualifier.toLowerCase());
  if (region) return region;
  return actorForWord(qualifier.replace(/ citizens$/, ''));
}

function validName(name: string): boolean {
  if (actorForWord(name) !== null || loadLexicon().places.some((p) => p.alias === name)) return false;
  const words = name.split(' ');
  // A possessive ("Carney’s") ends a name, it is never inside one.
  return (
    words.every((word) => !NOT_NAMES.has(word) && !occasionWordsOfLexicon().has(word) && !/['’]s$/.test(word)) &&
    !words.some((w) => actorForWord(w) !== null)
  );
}

/** Trims a trailing possessive and stop words a greedy name pattern may have swallowed. */
function cleanName(name: string): string {
  return name.replace(/['’]s$/, '');
}

/** Person names the patterns find in one sentence, with role and country when the pattern says them. */
export function findPersonCandidates(sentence: string): PersonCandidate[] {
  const m = getPeopleMatchers();
  const found: PersonCandidate[] = [];
  const push = (name: string, start: number, role: string | null, country: string | null) => {
    const cleaned = cleanName(name);
    // A greedy pattern may take a capitalised word after the name ("… Ottawa"): keep the longest valid prefix.
    if (cleaned.includes(' ') && !validName(cleaned)) {
      const words = cleaned.split(' ');
      while (words.length > 1 && !validName(words.join(' '))) words.pop();
      if (words.length < 2) return;
      name = words.join(' ');
    } else name = cleaned;
    if (!name.includes(' ') && !validName(name)) return;
    found.push({ name, role, country, start, end: start + name.length });
  };
  const run = (re: RegExp, handle: (match: RegExpExecArray) => void) => {
    re.lastIndex = 0;
    for (let match = re.exec(sentence); match; match = re.exec(sentence)) handle(match);
  };
  run(m.office, (match) => {
    const titleEnd = match.index + match[0].length;
    const after = sentence.slice(titleEnd, titleEnd + 120).match(m.officeAfter);
    if (!after) return;
    const name = after[1]!;
    const start = titleEnd + after[0].lastIndexOf(name);
    const qualifier = sentence.slice(Math.max(0, match.index - 60), match.index).match(m.officeBefore)?.[1];
    const role = m.titleToRole.get(match[1]!.toLowerCase()) ?? null;
    // "President of the United States, Donald Trump", "Prime Minister of Singapore, Lawrence Wong": the office's country.
    const ofCountry = after[0].match(/^ of (?:the )?([A-Z][\w.' ]+?),? (?:the )?[A-Z]/)?.[1];
    // A single word after a title ("President Xi") is a short form: kept so it can be tied to a full name later.
    push(name, start, role, qualifierCountry(qualifier) ?? (ofCountry ? actorForWord(ofCountry) : null));
  });
  run(m.appositive, (match) =>
    push(match[1]!, match.index, m.titleToRole.get(match[3]!.toLowerCase()) ?? null, qualifierCountry(match[2])),
  );
  run(m.nationality, (match) => {
    const qualifier = match[1]!.replace(/['’]s$/, '');
    // "Canadians" → CA; "New Zealand citizens" → drop the noun words until a nationality is left.
    const words = qualifier.split(' ');
    let country = qualifierCountry(qualifier) ?? qualifierCountry(qualifier.replace(/s$/, ''));
    while (!country && words.length > 1) {
      words.pop();
      country = qualifierCountry(words.join(' '));
    }
    push(match[2]!, match.index + match[0].indexOf(match[2]!, match[1]!.length), null, country);
    if (match[3]) push(match[3], match.index + match[0].lastIndexOf(match[3]), null, country);
  });
  run(m.object, (match) => push(match[1]!, match.index + match[0].lastIndexOf(match[1]!), null, null));
  run(m.ofRegion, (match) => push(match[1]!, match.index, null, qualifierCountry(match[2])));
  return found;
}

/** Roles of heads of government or state, for "the Chinese leader". */
export function leaderRoles(): Set<string> {
  return getPeopleMatchers().leaderRoles;
}
