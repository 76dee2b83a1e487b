// People and country actors: finds mentions by patterns ("<Office> <Name>", "<Name>, the …", "Australia's <Name>")
// and the known-name lexicon, resolves short forms, descriptions ("the Chinese leader") and pronouns to people.
import type { Conflict, Evidence, Person } from '../../src/lib/dataset.ts';
import type { ActorMention, ArticleContext, PersonMention } from './context.ts';
import { sentenceEvidence } from './context.ts';
import { conflictId, personId } from './ids.ts';
import { alternation, loadLexicon } from './lexicon.ts';

// ---------- actors ----------

interface ActorMatcher {
  re: RegExp;
  forms: Map<string, { code: string; form: ActorMention['form'] }>;
}
let actorMatcher: ActorMatcher | null = null;

function getActorMatcher(): ActorMatcher {
  if (actorMatcher) return actorMatcher;
  const forms = new Map<string, { code: string; form: ActorMention['form'] }>();
  for (const actor of loadLexicon().actors) {
    for (const name of [...actor.names, ...actor.metonyms]) forms.set(name.toLowerCase(), { code: actor.code, form: 'name' });
    for (const adjective of actor.adjectives) if (!forms.has(adjective.toLowerCase())) forms.set(adjective.toLowerCase(), { code: actor.code, form: 'adjective' });
    for (const demonym of actor.demonyms) forms.set(demonym.toLowerCase(), { code: actor.code, form: 'demonym' });
  }
  // Proper nouns: case-sensitive, whole words, not the second half of "non-US".
  const re = new RegExp(`(?<![\\w-])(?:the )?(${alternation([...forms.keys()].map((k) => restoreCase(k)))})(?![\\w-])(['’]s)?`, 'g');
  actorMatcher = { re, forms };
  return actorMatcher;
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
    const form = entry.form === 'name' && /^(U\.S\.|US|New Zealand)$/.test(written) && /^[A-Z]|^(policy|authorities|tariffs?|leader|exports?|trade)$/.test(next) && !m[2] ? 'adjective' : entry.form;
    mentions.push({ code: entry.code, start, end: start + written.length + (m[2]?.length ?? 0), form, possessive: Boolean(m[2]) });
  }
  return mentions;
}

export function actorCapital(code: string): string | null {
  return loadLexicon().actors.find((actor) => actor.code === code)?.capital ?? null;
}

export function actorForWord(word: string): string | null {
  const entry = getActorMatcher().forms.get(word.replace(/^the /i, '').replace(/['’]s$/, '').toLowerCase());
  return entry?.code ?? null;
}

// ---------- people: patterns ----------

const NAME_WORD = "[A-Z][a-zà-ÿ]+(?:[-'][A-Z]?[a-zà-ÿ]+)?";
const NAME = `${NAME_WORD}(?: ${NAME_WORD}){1,2}`;
/** Capitalised words that are never part of a person's name. */
const NOT_NAMES = new Set(
  'The A An And Of In On At For With By From To As But Or Prime Minister President Premier Chinese Canadian Canada China Asia Asian Pacific Economic Cooperation Association Southeast Nations Summit Friday Monday Tuesday Wednesday Thursday Saturday Sunday January February March April May June July August September October November December Foreign Affairs Trade Government Office Holdings Co Ocean Marine Systems University Foundation Strategy Global Minister Ministers Secretary Agreement Republic Truth Social It He She They His Her Their We Our Analysts Observers Business Premiers Defense Defence Later Earlier Last Next This That While Still Separately Carney’s Some All Both Now If'.split(' '),
);

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
let peopleMatchers: PeopleMatchers | null = null;

function getPeopleMatchers(): PeopleMatchers {
  if (peopleMatchers) return peopleMatchers;
  const lexicon = loadLexicon();
  const titleToRole = new Map<string, string>();
  for (const office of lexicon.offices) for (const title of office.titles) titleToRole.set(title.toLowerCase(), office.role);
  const titles = alternation(lexicon.offices.flatMap((office) => office.titles));
  const qualifiers = alternation([
    ...lexicon.actors.flatMap((actor) => [...actor.adjectives, ...actor.names.map((n) => `${n}'s`), ...actor.names.map((n) => `${n}’s`)]),
    ...lexicon.places.filter((place) => place.kind === 'region').map((place) => place.alias),
  ]);
  const regionCountry = new Map(lexicon.places.filter((p) => p.kind === 'region').map((p) => [p.alias.toLowerCase(), p.country]));
  const demonyms = alternation(
    lexicon.actors.flatMap((actor) => [
      ...actor.demonyms,
      ...actor.names.map((n) => `${n}'s`),
      ...actor.adjectives.flatMap((a) => lexicon.nationalityNouns.map((noun) => `${a} ${noun}`)),
    ]),
  );
  peopleMatchers = {
    // "Chinese President Xi Jinping", "then-foreign affairs minister Melanie Joly", "the Chinese premier, Li Qiang"
    // Found title first, then the words around it: one alternation scan instead of one at every position.
    office: new RegExp(`(?<![\\w])(${titles})(?![\\w])`, 'g'),
    officeBefore: new RegExp(`(?<![\\w])(?:(${qualifiers}) )?(?:then-|former )?$`),
    officeAfter: new RegExp(`^(?: of [A-Z][\\w ]+?)?,? (?:the )?(${NAME}|${NAME_WORD})(?![\\w])`),
    // "Vina Nadjibulla, vice president of …", "Meng Wanzhou, who was the chief financial officer"
    appositive: new RegExp(`(${NAME}), (?:who (?:is|was) )?(?:the |a |its )?(?:(${qualifiers}) )?(?:former )?(${titles})\\b`, 'g'),
    // "Australia's Anthony Albanese", "Canadians Michael Kovrig and Michael Spavor", "two Canadian citizens, Michael Spavor and Michael Kovring"
    nationality: new RegExp(`(${demonyms}),? (${NAME})(?: and (${NAME}))?`, 'g'),
    // "arrested Meng Wanzhou", "counterpart, Wang Yi"
    object: new RegExp(`\\b(?:arrested|detained|detaining|counterpart,|met with|meet with|spoke with|including) (${NAME})`, 'g'),
    // "Wab Kinew of Manitoba"
    ofRegion: new RegExp(`(${NAME}) of (${alternation([...regionCountry.keys()].map((r) => lexicon.places.find((p) => p.alias.toLowerCase() === r)!.alias))})\\b`, 'g'),
    titleToRole,
    leaderRoles: new Set(lexicon.offices.filter((o) => o.leader).map((o) => o.role)),
    regionCountry,
  };
  return peopleMatchers;
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
  return words.every((word) => !NOT_NAMES.has(word)) && !words.some((w) => actorForWord(w) !== null);
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
    // Drop trailing words that are not names ("Xi Jinping Next" cannot happen: NAME_WORD needs a capital; but "Moe Returned" can't either).
    if (cleaned.includes(' ') && !validName(cleaned)) {
      // Keep the longest valid prefix ("Lawrence Wong And" never matches, but "Anita Anand's" → "Anita Anand").
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
    // A single word after a title ("President Xi") is a short form: kept so it can be tied to a full name later.
    push(name, start, role, qualifierCountry(qualifier));
  });
  run(m.appositive, (match) => push(match[1]!, match.index, m.titleToRole.get(match[3]!.toLowerCase()) ?? null, qualifierCountry(match[2])));
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

// ---------- the registry of people across articles ----------

export interface PersonRecord {
  key: string;
  name: string;
  /** Other spellings seen (with the mentions that used them), for name conflicts. */
  spellings: Map<string, number>;
  aliases: Set<string>;
  roles: Map<string, number>;
  countries: Map<string, number>;
  known: boolean;
}

function bump(map: Map<string, number>, key: string | null) {
  if (key) map.set(key, (map.get(key) ?? 0) + 1);
}

function levenshtein(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}

function fold(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
}

/** Two spellings of one name: same first name, surnames one letter apart ("Kovrig" / "Kovring"). */
export function isSpellingVariant(a: string, b: string): boolean {
  const [firstA, ...restA] = fold(a).split(' ');
  const [firstB, ...restB] = fold(b).split(' ');
  const lastA = restA.join(' ');
  const lastB = restB.join(' ');
  if (firstA !== firstB || !lastA || !lastB || lastA === lastB) return false;
  return Math.min(lastA.length, lastB.length) >= 5 && levenshtein(lastA, lastB) === 1;
}

export class PeopleRegistry {
  readonly records = new Map<string, PersonRecord>();
  /** Written form (full name, alias or spelling) → record key. */
  private readonly byForm = new Map<string, string>();

  constructor() {
    for (const known of loadLexicon().people) {
      const record = this.create(known.name, true);
      for (const alias of known.aliases) {
        record.aliases.add(alias);
        this.byForm.set(alias, record.key);
      }
      if (known.role) record.roles.set(known.role, 0);
      if (known.country) record.countries.set(known.country, 0);
    }
  }

  private create(name: string, known: boolean): PersonRecord {
    const record: PersonRecord = { key: name, name, spellings: new Map(), aliases: new Set(), roles: new Map(), countries: new Map(), known };
    this.records.set(name, record);
    this.byForm.set(name, name);
    this.byForm.set(fold(name), name);
    return record;
  }

  lookup(form: string): PersonRecord | null {
    const key = this.byForm.get(form) ?? this.byForm.get(fold(form));
    return key ? this.records.get(key)! : null;
  }

  /** Adds what a pattern found; a one-word name must already be known (as an alias or a surname). */
  add(candidate: PersonCandidate): PersonRecord | null {
    this.memo.clear();
    let record = this.lookup(candidate.name);
    if (!record && !candidate.name.includes(' ')) return null;
    if (!record) {
      const variant = [...this.records.values()].find((r) => isSpellingVariant(r.name, candidate.name));
      if (variant) {
        this.byForm.set(candidate.name, variant.key);
        record = variant;
      } else {
        record = this.create(candidate.name, false);
        const surname = candidate.name.split(' ').slice(-1)[0]!;
        if (!this.byForm.has(surname)) {
          record.aliases.add(surname);
          this.byForm.set(surname, record.key);
        }
      }
    }
    if (candidate.name.includes(' ')) bump(record.spellings, candidate.name);
    bump(record.roles, candidate.role);
    bump(record.countries, candidate.country);
    return record;
  }

  /** Every written form, longest first, for scanning sentences. */
  forms(): string[] {
    return [...this.byForm.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  }

  keyOf(form: string): string | null {
    return this.lookup(form)?.key ?? null;
  }

  private readonly memo = new Map<string, string | null>();

  role(key: string): string | null {
    return this.memoised(`r:${key}`, () => top(this.records.get(key)!.roles));
  }

  country(key: string): string | null {
    return this.memoised(`c:${key}`, () => top(this.records.get(key)!.countries));
  }

  private memoised(key: string, compute: () => string | null): string | null {
    if (!this.memo.has(key)) this.memo.set(key, compute());
    return this.memo.get(key)!;
  }
}

function top(map: Map<string, number>): string | null {
  let best: string | null = null;
  let bestCount = -1;
  for (const [key, count] of [...map].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (count > bestCount) {
      best = key;
      bestCount = count;
    }
  }
  return best;
}

/** Finds every explicit mention (full names, aliases, spellings) of registry people in a sentence. */
export function findPersonMentions(sentence: string, registry: PeopleRegistry, pattern: RegExp): PersonMention[] {
  const mentions: PersonMention[] = [];
  // "the Biden administration" names a government, not the person.
  const actorSpans = findActors(sentence).filter((a) => sentence.slice(a.start, a.end).includes(' '));
  pattern.lastIndex = 0;
  for (let m = pattern.exec(sentence); m; m = pattern.exec(sentence)) {
    const key = registry.keyOf(m[1]!);
    if (!key) continue;
    const at = m.index + m[0].indexOf(m[1]!);
    if (actorSpans.some((a) => at >= a.start && at < a.end)) continue;
    mentions.push({ key, start: m.index + m[0].indexOf(m[1]!), end: m.index + m[0].indexOf(m[1]!) + m[1]!.length, via: m[1]!.includes(' ') ? 'name' : 'alias' });
  }
  return mentions;
}

export function mentionPattern(registry: PeopleRegistry): RegExp {
  return new RegExp(`(?<![\\w])(${alternation(registry.forms())})(?![\\w])`, 'g');
}

// ---------- descriptions and pronouns ----------

const DESCRIPTION = /\b(?:the|a) (?:([\w.]+) )?(prime minister|president|premier|leader|foreign minister|chancellor)\b/gi;
const SINGULAR_PRONOUN = /\b(?:he|she|his|her|him)\b/gi;
const PLURAL_REFERENCE = /\b(?:they|the pair|the two leaders|the two(?! (?:countries|nations|sides|governments|economies|largest|biggest|men|women))|both leaders|the leaders(?! of)|their)\b/gi;

/** Adds mentions for "the Chinese leader", "he", "they" by the nearest fitting person; explicit mentions win overlaps. */
export function resolveReferences(context: ArticleContext, registry: PeopleRegistry): void {
  const counts = new Map<string, number>();
  for (const sentence of context.sentences) for (const mention of sentence.people) bump(counts, mention.key);
  const leaderRoles = getPeopleMatchers().leaderRoles;
  let lastSubject: string | null = null;
  let lastGroup: string[] = [];
  for (const sentence of context.sentences) {
    const added: PersonMention[] = [];
    DESCRIPTION.lastIndex = 0;
    for (let m = DESCRIPTION.exec(sentence.text); m; m = DESCRIPTION.exec(sentence.text)) {
      if (m[0].startsWith('a ') || m[0].startsWith('A ')) continue;
      // "the Chinese premier, Li Qiang" names the person itself; the name's own mention covers it.
      if (/^,? [A-Z]/.test(sentence.text.slice(m.index + m[0].length))) continue;
      if (m[1] && !/^[A-Z]/.test(m[1])) continue;
      const country = m[1] ? actorForWord(m[1]) : null;
      if (m[1] && !country) continue;
      const noun = m[2]!.toLowerCase();
      const fits = [...counts.keys()].filter((key) => {
        const role = registry.role(key);
        const roleFits = noun === 'leader' ? role !== null && leaderRoles.has(role) : role?.toLowerCase() === noun || (noun === 'foreign minister' && role === 'Foreign Affairs Minister');
        return roleFits && (!country || registry.country(key) === country);
      });
      fits.sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0) || (a < b ? -1 : 1));
      if (fits[0]) added.push({ key: fits[0], start: m.index, end: m.index + m[0].length, via: 'description' });
    }
    const explicit = [...sentence.people, ...added].sort((a, b) => a.start - b.start);
    SINGULAR_PRONOUN.lastIndex = 0;
    for (let m = SINGULAR_PRONOUN.exec(sentence.text); m; m = SINGULAR_PRONOUN.exec(sentence.text)) {
      const before = [...explicit, ...added].filter((p) => p.end <= m!.index).sort((a, b) => b.end - a.end)[0];
      const key = before?.key ?? lastSubject;
      if (key) added.push({ key, start: m.index, end: m.index + m[0].length, via: 'pronoun' });
    }
    PLURAL_REFERENCE.lastIndex = 0;
    for (let m = PLURAL_REFERENCE.exec(sentence.text); m; m = PLURAL_REFERENCE.exec(sentence.text)) {
      const inSentence = [...new Set(explicit.filter((p) => p.end <= m!.index).map((p) => p.key))];
      const group = inSentence.length >= 2 ? inSentence.slice(0, 2) : lastGroup;
      for (const key of group) added.push({ key, start: m.index, end: m.index + m[0].length, via: 'pronoun' });
    }
    sentence.people = [...sentence.people, ...added].sort((a, b) => a.start - b.start || (a.key < b.key ? -1 : 1));
    const ordered = sentence.people;
    if (ordered.length > 0) lastSubject = ordered[0]!.key;
    const distinct = [...new Set(ordered.map((p) => p.key))];
    if (distinct.length >= 2) lastGroup = distinct.slice(0, 2);
  }
}

// ---------- output ----------

export function buildPeople(contexts: readonly ArticleContext[], registry: PeopleRegistry): { people: Person[]; conflicts: Conflict[] } {
  const evidence = new Map<string, Evidence[]>();
  const spellingEvidence = new Map<string, Evidence[]>();
  for (const context of contexts) {
    for (const sentence of context.sentences) {
      for (const key of new Set(sentence.people.filter((p) => p.via === 'name' || p.via === 'alias').map((p) => p.key))) {
        const list = evidence.get(key) ?? [];
        list.push(sentenceEvidence(context.article, sentence));
        evidence.set(key, list);
      }
      for (const mention of sentence.people.filter((p) => p.via === 'name')) {
        const written = sentence.text.slice(mention.start, mention.end);
        const list = spellingEvidence.get(`${mention.key}\u0000${written}`) ?? [];
        list.push(sentenceEvidence(context.article, sentence));
        spellingEvidence.set(`${mention.key}\u0000${written}`, list);
      }
    }
  }
  const people: Person[] = [];
  const conflicts: Conflict[] = [];
  for (const [key, list] of evidence) {
    const record = registry.records.get(key)!;
    const spellings = [...spellingEvidence.keys()].filter((k) => k.startsWith(`${key}\u0000`)).map((k) => k.split('\u0000')[1]!);
    const id = personId(record.name);
    const aliases = [...new Set([...record.aliases, ...spellings.filter((s) => s !== record.name)])].sort();
    people.push({
      id,
      name: record.name,
      aliases,
      role: registry.role(key),
      country: registry.country(key),
      provenance: 'extracted',
      evidence: list,
      articleCount: new Set(list.map((e) => e.articleId)).size,
    });
    const variants = spellings.filter((s) => fold(s) !== fold(record.name) && isSpellingVariant(record.name, s));
    if (variants.length > 0) {
      conflicts.push({
        id: conflictId(id, 'name'),
        factId: id,
        field: 'name',
        subject: `Spelling of ${record.name}'s name`,
        sides: [record.name, ...variants].sort().map((value) => ({ value, evidence: spellingEvidence.get(`${key}\u0000${value}`) ?? [] })),
      });
    }
  }
  people.sort((a, b) => (a.id < b.id ? -1 : 1));
  return { people, conflicts };
}
