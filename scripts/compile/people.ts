// People across articles: a registry of names, short forms and spellings (one person, several spellings is a
// conflict), the mentions of each person sentence by sentence, descriptions and pronouns resolved, and the records.
import type { Conflict, Evidence, Person } from '../../src/lib/dataset.ts';
import type { ArticleContext, PersonMention } from './context.ts';
import { sentenceEvidence } from './context.ts';
import { conflictBetween } from './corroborate.ts';
import { actorForWord, findActors, findPersonCandidates, leaderRoles, type PersonCandidate } from './entities.ts';
import { personId } from './ids.ts';
import { alternation, loadLexicon } from './lexicon.ts';
import { tokenize } from './nlp.ts';
import {
  findTitledPeople,
  isTitleWord,
  NAME_SUFFIX,
  namesInstitution,
  qualifierCountry,
  withoutHonorific,
} from './person-titles.ts';

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

/** A name's words as compared: accents and a suffix's period dropped ("Marcos Jr." = "Marcos Jr"). */
function nameWords(name: string): string[] {
  return fold(name).replace(/\.$/, '').split(' ');
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

  /** Folded name word → the records whose name has it: short forms and variants are looked up here, not by a scan. */
  private readonly byWord = new Map<string, PersonRecord[]>();

  private create(name: string, known: boolean): PersonRecord {
    const record: PersonRecord = {
      key: name,
      name,
      spellings: new Map(),
      aliases: new Set(),
      roles: new Map(),
      countries: new Map(),
      known,
    };
    this.records.set(name, record);
    for (const word of new Set(nameWords(name))) this.byWord.set(word, [...(this.byWord.get(word) ?? []), record]);
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
      // A spelling variant keeps its first name: only the records sharing it are compared.
      const variant = (this.byWord.get(nameWords(candidate.name)[0]!) ?? []).find((r) =>
        isSpellingVariant(r.name, candidate.name),
      );
      const longer = this.containing(candidate.name);
      if (variant) {
        this.byForm.set(candidate.name, variant.key);
        record = variant;
      } else if (longer) {
        // "President Marcos Jr" after "Ferdinand Marcos Jr.": the short form of a name already known.
        this.byForm.set(candidate.name, longer.key);
        record = longer;
      } else {
        record = this.create(candidate.name, false);
        // The surname, with its particles ("von der Leyen", and "Von der Leyen" opening a sentence).
        const words = candidate.name.split(' ').filter((w, i) => i === 0 || !NAME_SUFFIX.test(w));
        const particleAt = words.findIndex((w, i) => i > 0 && /^[a-z]/.test(w));
        const surname = particleAt > 0 ? words.slice(particleAt).join(' ') : words[words.length - 1]!;
        for (const form of new Set([surname, surname[0]!.toUpperCase() + surname.slice(1)])) {
          if (this.byForm.has(form)) continue;
          record.aliases.add(form);
          this.byForm.set(form, record.key);
        }
      }
    }
    if (candidate.name.includes(' ')) bump(record.spellings, candidate.name);
    bump(record.roles, candidate.role);
    bump(record.countries, candidate.country);
    return record;
  }

  /** The one record whose name holds these words in a row ("Marcos Jr" in "Ferdinand Marcos Jr."), if exactly one. */
  private containing(name: string): PersonRecord | null {
    const words = nameWords(name);
    const holds = (r: PersonRecord) => {
      const full = nameWords(r.name);
      return full.length > words.length && full.some((_, i) => words.every((w, j) => full[i + j] === w));
    };
    const found = (this.byWord.get(words[0]!) ?? []).filter(holds);
    return found.length === 1 ? found[0]! : null;
  }

  /**
   * A one-word short form after a title ("Premier Li", "Prime Minister Wong", "President Lee"): tied to the one
   * person whose name has that word and whose role, when known, is the title's. Ambiguous words stay unresolved.
   */
  addShortForm(candidate: PersonCandidate): PersonRecord | null {
    const known = this.lookup(candidate.name);
    if (known) return this.add(candidate);
    const word = candidate.name;
    if (!candidate.role || isTitleWord(word) || actorForWord(word) !== null) return null;
    const fits = (this.byWord.get(fold(word)) ?? []).filter((r) => {
      const roles = [...r.roles.keys()];
      return roles.length === 0 || roles.includes(candidate.role!);
    });
    if (fits.length !== 1) return null;
    this.byForm.set(word, fits[0]!.key);
    fits[0]!.aliases.add(word);
    return this.add(candidate);
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

/** A candidate as the registry should see it: no honorific, no institution, no verb a greedy pattern took. */
function cleanCandidate(sentence: string, candidate: PersonCandidate): PersonCandidate | null {
  let name = withoutHonorific(candidate.name);
  const start = candidate.start + (candidate.name.length - name.length);
  if (namesInstitution(name)) return null;
  if (name.split(' ').length >= 3) {
    // "President Xi Jinping Meets with …": a headline's capitalised verb is no part of the name.
    const tokens = tokenize(sentence);
    const words = name.split(' ');
    while (words.length > 2) {
      const at = start + words.slice(0, -1).join(' ').length + 1;
      const token = tokens.find((t) => t.start === at);
      if (!token || token.pos !== 'VERB') break;
      words.pop();
    }
    name = words.join(' ');
  }
  return { ...candidate, name, start, end: start + name.length };
}

/**
 * Finds the people every article names and enters them in the registry: full names first (longest first, so
 * "Ferdinand Marcos Jr." is known before "Marcos Jr"), then the short forms after a title ("Premier Li").
 */
export function registerPeople(contexts: readonly ArticleContext[], registry: PeopleRegistry): void {
  const candidates: PersonCandidate[] = [];
  // A text repeated across articles (wire copy, boilerplate) gives the same candidates: read once, counted each time.
  const byText = new Map<string, PersonCandidate[]>();
  for (const context of contexts) {
    for (const sentence of context.sentences) {
      let found = byText.get(sentence.text);
      if (!found) {
        found = [];
        for (const candidate of [...findTitledPeople(sentence.text), ...findPersonCandidates(sentence.text)]) {
          const cleaned = cleanCandidate(sentence.text, candidate);
          if (cleaned) found.push(cleaned);
        }
        byText.set(sentence.text, found);
      }
      for (const candidate of found) candidates.push(candidate);
    }
  }
  const wordCount = (c: PersonCandidate) => c.name.split(' ').length;
  const ordered = candidates
    .map((candidate, order) => ({ candidate, order }))
    .sort((a, b) => wordCount(b.candidate) - wordCount(a.candidate) || a.order - b.order);
  for (const { candidate } of ordered) if (candidate.name.includes(' ')) registry.add(candidate);
  for (const { candidate } of ordered) if (!candidate.name.includes(' ')) registry.addShortForm(candidate);
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
    // "Li Chenggang" is not Premier Li, "Xi Mingze" not Xi Jinping: a short form running into another name word is
    // part of an unknown name.
    const isAlias = !m[1]!.includes(' ');
    if (
      isAlias &&
      /^ (?!(?:Jr|Sr|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)[A-Z][a-z]+\b(?! (?:of|on|in|and)\b)/.test(
        sentence.slice(at + m[1]!.length),
      ) &&
      !/^ [A-Z][a-z]+['’]s\b/.test(sentence.slice(at + m[1]!.length))
    ) {
      const next = sentence.slice(at + m[1]!.length).match(/^ ([A-Z][a-z]+)/)![1]!;
      // Not "Trump Amends Duties" (a headline's verb) nor "Trump Administration" (the person's government).
      const nextToken = tokenize(sentence).find((t) => t.start === at + m[1]!.length + 1);
      const partOfName =
        nextToken?.pos === 'PROPN' && !/^(?:Administration|Government|Cabinet|Campaign|White)$/.test(next);
      if (partOfName && !registry.keyOf(next) && actorForWord(next) === null) continue;
    }
    mentions.push({
      key,
      start: m.index + m[0].indexOf(m[1]!),
      end: m.index + m[0].indexOf(m[1]!) + m[1]!.length,
      via: m[1]!.includes(' ') ? 'name' : 'alias',
    });
  }
  return mentions;
}

export function mentionPattern(registry: PeopleRegistry): RegExp {
  return new RegExp(`(?<![\\w])(${alternation(registry.forms())})(?![\\w])`, 'g');
}

// ---------- descriptions and pronouns ----------

const DESCRIPTION =
  /\b(?:the|a) (?:([\w.]+) )?(prime minister|president|premier|leader|foreign minister|chancellor)\b/gi;
/** "… of the People's Republic of China": the proper words of an "of" phrase after a title. */
const OF_QUALIFIER = /^ of ((?:the )?[A-Z][\w.'’-]*(?: (?:of|the|and|[A-Z][\w.'’-]*))*)/;

/** The country an "of" phrase names, a province's country included ("of Saskatchewan" → CA). */
function qualifierOrRegionCountry(words: string): string | null {
  return (
    qualifierCountry(words) ??
    loadLexicon().places.find((p) => p.kind === 'region' && words.endsWith(p.alias))?.country ??
    null
  );
}

const SINGULAR_PRONOUN = /\b(?:he|she|his|her|him)\b/gi;
const PLURAL_REFERENCE =
  /\b(?:they|the pair|the two leaders|the two(?! (?:countries|nations|sides|governments|economies|largest|biggest|men|women))|both leaders|the leaders(?! of)|their)\b/gi;

/** Adds mentions for "the Chinese leader", "he", "they" by the nearest fitting person; explicit mentions win overlaps. */
export function resolveReferences(context: ArticleContext, registry: PeopleRegistry): void {
  const counts = new Map<string, number>();
  for (const sentence of context.sentences) for (const mention of sentence.people) bump(counts, mention.key);
  const leaders = leaderRoles();
  // A government's own release ("Prime Minister of Canada", "Ministry of Foreign Affairs of the People's Republic of
  // China"): its unqualified "the Prime Minister" is that government's.
  const outletCountry = context.article.outlet ? qualifierCountry(context.article.outlet) : null;
  let lastSubject: string | null = null;
  let lastGroup: string[] = [];
  for (const sentence of context.sentences) {
    const added: PersonMention[] = [];
    DESCRIPTION.lastIndex = 0;
    for (let m = DESCRIPTION.exec(sentence.text); m; m = DESCRIPTION.exec(sentence.text)) {
      if (m[0].startsWith('a ') || m[0].startsWith('A ')) continue;
      // "the Prime Minister of Singapore": the country follows the title.
      const after = sentence.text.slice(m.index + m[0].length);
      const of = after.match(OF_QUALIFIER);
      // "the Chinese premier, Li Qiang", "the Prime Minister of Singapore, Lawrence Wong" name the person itself.
      if (/^,? [A-Z]/.test(after.slice(of ? of[0].length : 0))) continue;
      if (m[1] && !/^[A-Z]/.test(m[1])) continue;
      const country = m[1] ? actorForWord(m[1]) : of ? qualifierOrRegionCountry(of[1]!) : null;
      if ((m[1] || of) && !country) continue;
      const noun = m[2]!.toLowerCase();
      const fits = [...counts.keys()].filter((key) => {
        const role = registry.role(key);
        const roleFits =
          noun === 'leader'
            ? role !== null && leaders.has(role)
            : role?.toLowerCase() === noun || (noun === 'foreign minister' && role === 'Foreign Affairs Minister');
        return roleFits && (!country || registry.country(key) === country);
      });
      if (!country && outletCountry && fits.some((key) => registry.country(key) === outletCountry)) {
        const fromOutletCountry = fits.filter((key) => registry.country(key) === outletCountry);
        fits.length = 0;
        for (const key of fromOutletCountry) fits.push(key);
      }
      // Equal counts: the person the article names first ("Today, the Prime Minister, Mark Carney, …") is its subject.
      fits.sort(
        (a, b) =>
          (counts.get(b) ?? 0) - (counts.get(a) ?? 0) || [...counts.keys()].indexOf(a) - [...counts.keys()].indexOf(b),
      );
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

export function buildPeople(
  contexts: readonly ArticleContext[],
  registry: PeopleRegistry,
): { people: Person[]; conflicts: Conflict[] } {
  const evidence = new Map<string, Evidence[]>();
  const spellingEvidence = new Map<string, Evidence[]>();
  for (const context of contexts) {
    for (const sentence of context.sentences) {
      for (const key of new Set(
        sentence.people.filter((p) => p.via === 'name' || p.via === 'alias').map((p) => p.key),
      )) {
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
    const spellings = [...spellingEvidence.keys()]
      .filter((k) => k.startsWith(`${key}\u0000`))
      .map((k) => k.split('\u0000')[1]!);
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
    // Spellings one letter apart are one person: the record's name stands, and the spellings become a conflict.
    const variants = spellings.filter((s) => fold(s) !== fold(record.name) && isSpellingVariant(record.name, s));
    if (variants.length > 0) {
      const sides = [record.name, ...variants].map((value) => ({
        value,
        evidence: spellingEvidence.get(`${key}\u0000${value}`) ?? [],
      }));
      const conflict = conflictBetween(
        { factId: id, field: 'name', subject: `Spelling of ${record.name}'s name` },
        sides,
        (value) => value,
      );
      if (conflict) conflicts.push(conflict);
    }
  }
  people.sort((a, b) => (a.id < b.id ? -1 : 1));
  return { people, conflicts };
}
