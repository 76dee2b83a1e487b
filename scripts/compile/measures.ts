// Trade measures: "<Actor> imposed a <rate>% <kind> on <Target-adjective> <products>", their retaliation links
// ("in retaliation for …", "responded with …", "followed the Biden administration's lead") and references to them.
import type { Evidence, FactDate, MeasureAction, MeasureKind } from '../../src/lib/dataset.ts';
import type { ActorMention, ArticleContext, SentenceInfo } from './context.ts';
import { sentenceEvidence } from './context.ts';
import { actorForWord } from './entities.ts';
import type { PeopleRegistry } from './people.ts';
import { alternation, loadLexicon, type ProductEntry } from './lexicon.ts';

export type MentionRole = 'asserted' | 'reference' | 'implied';

export interface MeasureMention {
  /** "<article id>#<sentence index>#<cue offset>": unique and stable, for linking before merging. */
  key: string;
  articleId: string;
  sentenceIndex: number;
  evidence: Evidence;
  imposer: string | null;
  target: string | null;
  products: string[];
  ratePct: number | null;
  kind: MeasureKind;
  action: MeasureAction;
  date: FactDate | null;
  role: MentionRole;
  /** Keys of reference mentions this one retaliates against ("in retaliation for Canada's levies on …"). */
  retaliatesAgainst: string[];
  /** Said to retaliate without naming what ("China responded with …"): linked to the target's recent measures. */
  retaliatesUnnamed: boolean;
  /** Keys of implied mentions this one followed ("followed the Biden administration's lead"). */
  follows: string[];
}

interface Compiled {
  kinds: { kind: MeasureKind; re: RegExp }[];
  cue: RegExp;
  impose: RegExp;
  remove: RegExp;
  reduce: RegExp;
  referenceZone: RegExp;
  retaliation: RegExp;
  follow: RegExp[];
  products: { entry: ProductEntry; re: RegExp }[];
  ellipses: { entry: ProductEntry; re: RegExp; head: RegExp }[];
}
let compiled: Compiled | null = null;

function getCompiled(): Compiled {
  if (compiled) return compiled;
  const { cues, products } = loadLexicon();
  const productMatchers: { entry: ProductEntry; re: RegExp }[] = [];
  for (const entry of products) {
    // "EV"/"EVs" are acronyms: match them case-sensitively so "every" or "ev" never count.
    const words = entry.aliases.filter((alias) => alias !== alias.toUpperCase() || alias.length > 4);
    const acronyms = entry.aliases.filter((alias) => !words.includes(alias));
    if (words.length) productMatchers.push({ entry, re: new RegExp(`(?<![\\w-])(?:${alternation(words)})(?![\\w-])`, 'gi') });
    if (acronyms.length) productMatchers.push({ entry, re: new RegExp(`(?<![\\w-])(?:${alternation(acronyms)})s?(?![\\w-])`, 'g') });
    for (const pattern of entry.patterns ?? []) productMatchers.push({ entry, re: new RegExp(pattern, 'g') });
  }
  compiled = {
    kinds: cues.measureKinds.map((k) => ({ kind: k.kind as MeasureKind, re: new RegExp(`^(?:${k.pattern})$`, 'i') })),
    cue: new RegExp(`\\b(?:${cues.measureKinds.map((k) => k.pattern).join('|')})\\b(?!-free)`, 'gi'),
    impose: new RegExp(`\\b(?:${cues.imposeVerbs})\\b`, 'gi'),
    remove: new RegExp(`\\b(?:${cues.removeVerbs})\\b`, 'gi'),
    reduce: new RegExp(`\\b(?:${cues.reduceVerbs})\\b`, 'gi'),
    referenceZone: new RegExp(`\\b(?:${cues.referenceCues})\\b`, 'gi'),
    retaliation: new RegExp(`\\b(?:${cues.retaliationCues})\\b`, 'i'),
    follow: cues.followCues.map((pattern) => new RegExp(pattern, 'g')),
    products: productMatchers,
    ellipses: products
      .filter((entry) => entry.ellipsis)
      .map((entry) => ({ entry, re: new RegExp(`(?<![\\w-])${entry.ellipsis!.word}(?![\\w-])`, 'gi'), head: new RegExp(`\\b${entry.ellipsis!.head}\\b`, 'i') })),
  };
  return compiled;
}

/** Product labels named in a stretch of text, longest alias first, in text order. */
export function findProducts(text: string): string[] {
  const { products, ellipses } = getCompiled();
  const taken: { start: number; end: number; label: string }[] = [];
  const candidates: { start: number; end: number; label: string }[] = [];
  for (const { entry, re } of products) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) candidates.push({ start: m.index, end: m.index + m[0].length, label: entry.label });
  }
  for (const { entry, re, head } of ellipses) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) if (head.test(text.slice(0, m.index))) candidates.push({ start: m.index, end: m.index + m[0].length, label: entry.label });
  }
  candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  for (const candidate of candidates) if (!taken.some((t) => candidate.start < t.end && t.start < candidate.end)) taken.push(candidate);
  return [...new Set(taken.sort((a, b) => a.start - b.start).map((t) => t.label))];
}

/** Words that name no product ("agricultural products", "other related goods"): a measure on them is not readable. */
const GENERIC_WORDS = new Set(
  'agricultural agriculture farm industrial other related various key certain several some many more imported import imports exports export products goods items sectors sector critical strategic its their all the'.split(' '),
);
const FUNCTION_WORDS = new Set('in from to at by over since after as with for of that which who on into under amid while'.split(' '));

/**
 * Products the lexicon does not list, read from the phrase after "on" ("a 10% levy on American almonds and apples"):
 * so an unseen article's measure keeps its products, with the family "other", instead of being dropped.
 */
export function unlistedProducts(window: string): string[] {
  // "tariffs on Canada": a country named as the target means everything it sells.
  const country = window.match(/^\s*(?:on|against)\s+(?:the\s+)?([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*)/)?.[1]?.replace(/[.,;]$/, '');
  if (country && loadLexicon().actors.some((actor) => actor.names.includes(country))) return ['all goods'];
  const phrase = window.match(/^\s*(?:\([^)]*\)\s*)?(?:on|against)\s+((?:[A-Z][\w.'’-]*\s+)*)([a-z][a-z -]*(?:,\s*[a-z][a-z -]*)*)/);
  if (!phrase) return [];
  const products: string[] = [];
  for (const part of phrase[2]!.split(/,\s*(?:and\s+)?|\s+and\s+/)) {
    const words: string[] = [];
    for (const word of part.trim().split(/\s+/)) {
      if (FUNCTION_WORDS.has(word)) break;
      words.push(word);
    }
    const label = words.filter((w) => !/^(?:imports|products|exports)$/.test(w)).slice(0, 3).join(' ');
    if (label && !label.split(' ').some((w) => GENERIC_WORDS.has(w))) products.push(label);
    if (words.length < part.trim().split(/\s+/).length) break; // the phrase ended ("… in retaliation")
  }
  return products;
}

function kindOf(cue: string): MeasureKind {
  return getCompiled().kinds.find((k) => k.re.test(cue))?.kind ?? 'tariff';
}

const CLAUSE_BREAK = /,\s+(?:[a-z]+ing|which|while|after|as|but|who|although|when|where|with)\b|\s[—–]\s|;/;

/** "duties of up to 38% on …": a rate written after the measure's noun. */
const RATE_AFTER = /^\s+of (?:up to |about |around |nearly |as much as )?(\d+(?:\.\d+)?)\s*(?:%|per ?cent|percent)/i;
const RATE_BEFORE = /(\d+(?:\.\d+)?)\s*(?:%|per ?cent|percent)(?:\s+[\w-]+){0,2}\s*$/i;

function cueOffset(mention: MeasureMention): number {
  return Number(mention.key.split('#')[2]);
}

function allMatches(re: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push(m);
  return out;
}

/** The country acting at `position`: the nearest subject before it (a country name or a person), skipping possessives and objects. */
function subjectBefore(sentence: SentenceInfo, position: number, registry: PeopleRegistry): string | null {
  type Candidate = { end: number; code: string | null };
  const candidates: Candidate[] = [];
  for (const actor of sentence.actors) {
    if (actor.end > position || actor.possessive || actor.form !== 'name') continue;
    const before = sentence.text.slice(Math.max(0, actor.start - 12), actor.start);
    if (/\b(?:by|for|against|on|with|of|from|to|and)\s+(?:the\s+)?$/i.test(before)) continue;
    candidates.push({ end: actor.end, code: actor.code });
  }
  for (const person of sentence.people) {
    if (person.end > position || person.via === 'pronoun') continue;
    const after = sentence.text.slice(person.end, person.end + 2);
    if (/^['’]s/.test(after)) continue;
    candidates.push({ end: person.end, code: registry.country(person.key) });
  }
  candidates.sort((a, b) => b.end - a.end);
  return candidates.find((c) => c.code)?.code ?? null;
}

function ownerBefore(sentence: SentenceInfo, position: number): string | null {
  // "Canada's levies", "its tariffs" (→ the nearest country named before).
  const window = sentence.text.slice(Math.max(0, position - 40), position);
  const possessive = sentence.actors.filter((a) => a.possessive && a.end <= position && a.end >= position - 40).sort((a, b) => b.end - a.end)[0];
  if (possessive && /^[\s\w-]*$/.test(sentence.text.slice(possessive.end, position))) return possessive.code;
  if (/\bits\s+(?:[\w-]+\s+)?$/i.test(window)) return sentence.actors.filter((a) => a.form === 'name' && a.end <= position).sort((a, b) => b.end - a.end)[0]?.code ?? null;
  return null;
}

function targetIn(actors: readonly ActorMention[], start: number, end: number, imposer: string | null): string | null {
  return actors.find((a) => a.start >= start && a.end <= end && a.code !== imposer && (a.form !== 'name' || !a.possessive))?.code ?? null;
}

/** Every measure mention in one article, in text order. */
export function findMeasureMentions(context: ArticleContext, registry: PeopleRegistry): MeasureMention[] {
  const c = getCompiled();
  const mentions: MeasureMention[] = [];
  for (const sentence of context.sentences) {
    const text = sentence.text;
    const cues = allMatches(c.cue, text);
    if (cues.length === 0) continue;
    const zones = allMatches(c.referenceZone, text).map((m) => m.index);
    const imposeVerbs = allMatches(c.impose, text);
    const removeVerbs = allMatches(c.remove, text).filter((m) => !/\b(?:to|would|whether|will|may|could|should)\s+(?:\w+\s+)?$/i.test(text.slice(Math.max(0, m.index - 20), m.index)));
    const reduceVerbs = allMatches(c.reduce, text);
    const evidence = sentenceEvidence(context.article, sentence);
    const inSentence: MeasureMention[] = [];
    cues.forEach((cue, i) => {
      const nextCue = cues[i + 1]?.index ?? text.length;
      const nextZone = zones.find((z) => z > cue.index) ?? text.length;
      const windowEnd = Math.min(nextCue, nextZone);
      const rawWindow = text.slice(cue.index + cue[0].length, windowEnd);
      // The products end with their clause: ", prompting Beijing to …", ", mirroring …", " — a tit-for-tat …".
      const clauseBreak = rawWindow.search(CLAUSE_BREAK);
      const window = clauseBreak === -1 ? rawWindow : rawWindow.slice(0, clauseBreak);
      const rateAfter = window.match(RATE_AFTER);
      const productWindow = rateAfter ? window.slice(rateAfter[0].length) : window;
      // The products must follow "on"/"against": "tariffs cause economic disaster" names none.
      if (!/^\s*(?:\([^)]*\)\s*)?(?:on|against|targeting|for)\b/i.test(productWindow)) return;
      const products = findProducts(productWindow);
      if (products.length === 0) products.push(...unlistedProducts(productWindow));
      if (products.length === 0) return;
      // Inside "in retaliation for …" until a verb of imposing starts the main clause ("…, Japan slapped a levy").
      const inZone = zones.some((z) => z < cue.index && !imposeVerbs.some((v) => v.index > z && v.index < cue.index));
      const verbBefore = (verbs: RegExpExecArray[]) => verbs.filter((v) => v.index < cue.index).pop() ?? null;
      const impose = verbBefore(imposeVerbs);
      const remove = verbBefore(removeVerbs);
      const reduce = verbBefore(reduceVerbs);
      const verb = [impose, remove, reduce].filter(Boolean).sort((a, b) => b!.index - a!.index)[0] ?? null;
      const role: MentionRole = inZone || !verb ? 'reference' : 'asserted';
      const action: MeasureAction = verb === remove && remove ? 'remove' : verb === reduce && reduce ? 'reduce' : 'impose';
      const rate = text.slice(Math.max(0, cue.index - 30), cue.index).match(RATE_BEFORE);
      const imposer = role === 'asserted' ? subjectBefore(sentence, verb!.index, registry) ?? ownerBefore(sentence, cue.index) : ownerBefore(sentence, cue.index) ?? (inZone ? null : subjectBefore(sentence, cue.index, registry));
      const previous = inSentence.filter((m) => m.role === role).pop();
      const target = targetIn(sentence.actors, cue.index, windowEnd, imposer) ?? previous?.target ?? null;
      const dateInWindow = sentence.dates.find((d) => d.role === 'point' && d.date && d.start >= cue.index && d.end <= windowEnd);
      inSentence.push({
        key: `${context.article.id}#${sentence.index}#${cue.index}`,
        articleId: context.article.id,
        sentenceIndex: sentence.index,
        evidence,
        imposer: imposer ?? previous?.imposer ?? null,
        target,
        products,
        ratePct: rate ? Number(rate[1]) : rateAfter ? Number(rateAfter[1]) : null,
        kind: kindOf(cue[0]),
        action,
        date: role === 'asserted' ? dateInWindow?.date ?? sentence.eventDate : null,
        role,
        retaliatesAgainst: [],
        retaliatesUnnamed: false,
        follows: [],
      });
    });
    const asserted = inSentence.filter((m) => m.role === 'asserted');
    const firstZone = zones[0] ?? Number.POSITIVE_INFINITY;
    const zoneReferences = inSentence.filter((m) => m.role === 'reference' && cueOffset(m) > firstZone);
    for (const mention of asserted) {
      mention.retaliatesAgainst = zoneReferences.map((r) => r.key);
      if (mention.retaliatesAgainst.length === 0 && c.retaliation.test(text)) mention.retaliatesUnnamed = true;
    }
    // "followed the Biden administration's lead", "mirroring similar action by the US": an implied measure by that actor.
    const head = asserted[0];
    if (head && head.target) {
      for (const re of c.follow) {
        for (const m of allMatches(re, text)) {
          const written = m.groups?.actor ?? '';
          const actor = actorForWord(written) ?? actorForWord(written.replace(/\.$/, ''));
          if (!actor || actor === head.imposer) continue;
          const implied: MeasureMention = {
            ...head,
            key: `${head.key}#follows-${actor}`,
            imposer: actor,
            ratePct: null,
            date: null,
            role: 'implied',
            kind: 'tariff',
            retaliatesAgainst: [],
            retaliatesUnnamed: false,
            follows: [],
          };
          head.follows.push(implied.key);
          inSentence.push(implied);
        }
      }
    }
    mentions.push(...inSentence);
  }
  return mentions;
}
