// Trade measures as frames around a trigger noun (tariff, duty, surtax, levy, anti-dumping duty, countermeasures):
// each frame fills its slots (imposer, target, products, rate, action, date) from the sentence's tokens and mentions,
// then from the sentences before it; a frame whose imposer or target stays open is reported, not guessed (merge.ts).
import type { Evidence, FactDate, MeasureAction, MeasureKind } from '../../src/lib/dataset.ts';
import type { ArticleContext, SentenceInfo } from './context.ts';
import { sentenceEvidence } from './context.ts';
import { actorForWord } from './entities.ts';
import { loadLexicon } from './lexicon.ts';
import { findTriggers, governingVerb, readDate, retaliationZones, type Trigger } from './measure-frame.ts';
import { findProducts, productsBefore, readObject } from './measure-products.ts';
import { findRates, type RateMention } from './measure-rate.ts';
import { imposerOf, outletActor, targetFromNeighbours, targetOf, type ArticleMemory } from './measure-slots.ts';
import { tokenize } from './nlp.ts';
import type { PeopleRegistry } from './people.ts';

export { findProducts } from './measure-products.ts';

export type MentionRole = 'asserted' | 'reference' | 'implied';

/** How the mention dates its measure: the day it took effect, the day of the act, or the day it was announced. */
export type DateRole = 'effective' | 'event' | 'announced';

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
  dateRole: DateRole | null;
  /** Threatened, proposed or intended, not said to be in force. */
  planned: boolean;
  role: MentionRole;
  /** Keys of reference mentions this one retaliates against ("in retaliation for Canada's levies on …"). */
  retaliatesAgainst: string[];
  /** Said to retaliate without naming what ("China responded with …"): linked to the target's recent measures. */
  retaliatesUnnamed: boolean;
  /** Keys of implied mentions this one followed ("followed the Biden administration's lead"). */
  follows: string[];
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

/** A cheap test before tokenising: most sentences of an article name no measure. */
const TRIGGER_PREFILTER = /tariff|dut(?:y|ies)|surtax|lev(?:y|ies)|countermeasure|counter tariff|import tax/i;
const FOLLOW_CUES = loadLexicon().cues.followCues.map((pattern) => new RegExp(pattern, 'g'));
const RETALIATION = new RegExp(`\\b(?:${loadLexicon().cues.retaliationCues})`, 'i');
/** Where a clause ends: the object of a measure does not run past it. */
const CLAUSE_BREAK = /,\s+(?:[a-z]+ing|which|while|after|as|but|who|although|when|where|with|including|except|in retaliation|in response)\b|\s[—–]\s|;|:\s|\bexcept\b|\bincluding\b|\bin (?:retaliation|response)\b/;

/** The rate of a frame: before the trigger in its noun phrase ("a 25 per cent surtax"), or after it ("of 40%", "to 50%"). */
function rateOf(text: string, trigger: Trigger, leftStart: number, limit: number, rates: readonly RateMention[]): RateMention | null {
  const before = rates.filter((r) => r.end <= trigger.start && r.start >= leftStart && /^[\s\w.,’'()-]*$/.test(text.slice(r.end, trigger.start)) && trigger.start - r.end <= 40);
  const near = before[before.length - 1];
  if (near && !/[,;]/.test(text.slice(near.end, trigger.start))) return near;
  // "duties of up to 38%", "tariff rate of 6.1%", "the tariff on Canada from 25% to 35%", "copper tariffs to 50%"
  const after = rates.find((r) => r.start >= trigger.end && r.start < limit);
  if (!after) return null;
  const between = text.slice(trigger.end, after.start);
  if (/^\s*(?:rates?\s+)?of\s+(?:up to |about |around |nearly |as much as |an? )?$/i.test(between) || after.from !== null || after.reached) return after;
  return null;
}

/** Every measure mention in one article, in text order. */
export function findMeasureMentions(context: ArticleContext, registry: PeopleRegistry): MeasureMention[] {
  const mentions: MeasureMention[] = [];
  const memory: ArticleMemory = { outlet: outletActor(context.article), recent: [], sentences: context.sentences, registry };
  for (const sentence of context.sentences) {
    const triggers = TRIGGER_PREFILTER.test(sentence.text) ? findTriggers(sentence.text, tokenize(sentence.text)) : [];
    if (triggers.length === 0) continue;
    const inSentence = framesOfSentence(context, sentence, triggers, memory);
    mentions.push(...inSentence);
    memory.recent.push(...inSentence.filter((m) => m.imposer && m.target));
  }
  return mentions;
}

function framesOfSentence(context: ArticleContext, sentence: SentenceInfo, triggers: readonly Trigger[], memory: ArticleMemory): MeasureMention[] {
  const { text } = sentence;
  const tokens = tokenize(text);
  const rates = findRates(text);
  const zones = retaliationZones(text, tokens);
  const evidence = sentenceEvidence(context.article, sentence);
  const frames: MeasureMention[] = [];
  const claimedDates = new Set<number>();
  triggers.forEach((trigger, i) => {
    const next = triggers[i + 1]?.start ?? text.length;
    const rawWindow = text.slice(trigger.end, next);
    const clauseBreak = rawWindow.search(CLAUSE_BREAK);
    const limit = clauseBreak === -1 ? next : trigger.end + clauseBreak;
    const leftStart = triggers[i - 1]?.end ?? 0;
    const verb = governingVerb(tokens, text, trigger, leftStart, limit);
    const rate = rateOf(text, trigger, leftStart, limit, rates);

    // Products: the object after "on"/"against"/"for"/"to include", else the noun compound before the trigger,
    // else the phrase the frame is said of ("energy products … subject to a 10% tariff", "exempted X from tariffs").
    const objectToken = tokens.findIndex((t) => t.start >= trigger.end && t.start < limit);
    let reading = null as ReturnType<typeof readObject> | null;
    if (objectToken >= 0) {
      const lead = text.slice(trigger.end, limit).match(/^\s*(?:\([^)]*\)\s*)?(?:(?:of|rates?\s+of)\s+[^,;]*?(?:%|per\s?cent|percent)\s+)?(?:on|against|targeting|covering|for|to include)\s+/i);
      if (lead) {
        const at = tokens.findIndex((t) => t.start >= trigger.end + lead[0].length);
        if (at >= 0) reading = readObject(tokens, at, limit, sentence.actors, text);
      }
    }
    let products = reading?.products ?? [];
    if (reading?.anaphoric || products.length === 0) products = [...new Set([...products, ...productsBefore(tokens, trigger.tokenIndex, text)])];
    if (products.length === 0 && verb?.objectStart !== undefined) {
      const at = tokens.findIndex((t) => t.start >= verb.objectStart!);
      if (at >= 0) reading = readObject(tokens, at, Math.max(limit, trigger.start), sentence.actors, text);
      products = reading?.products ?? [];
    }
    if (products.length === 0 && reading?.anaphoric) products = findProducts(text.slice(0, trigger.start));
    // "the tariff on Canada": a country as the object covers all it sells.
    if (products.length === 0 && reading && reading.origins.length > 0 && /^\s*(?:on|against)\s+(?:the\s+)?[A-Z]/.test(text.slice(trigger.end, limit))) products = ['all goods'];
    if (products.length === 0 && /\b(?:universal|global|worldwide|across-the-board|blanket)\s+(?:[\w%-]+\s+){0,2}$/i.test(text.slice(Math.max(leftStart, trigger.start - 40), trigger.start))) products = ['all goods'];

    const inZone = zones.some((z) => z.start < trigger.start && trigger.start < z.end);
    const slots = { sentence, tokens, trigger, verb: inZone ? null : verb, limit, leftStart, memory };
    const imposer = imposerOf(slots);
    const target = targetOf({ ...slots, reading, imposer, zones, frames });
    const { date, dateRole } = readDate(sentence, trigger, limit, verb, claimedDates, leftStart);
    const action: MeasureAction = verb?.action === 'remove' ? 'remove' : verb?.action === 'reduce' || (rate?.from !== null && rate?.from !== undefined && rate.value !== null && rate.value < rate.from) ? 'reduce' : 'impose';
    const role: MentionRole = inZone || verb?.negated ? 'reference' : verb || rate?.value != null || date ? 'asserted' : 'reference';
    frames.push({
      key: `${context.article.id}#${sentence.index}#${trigger.start}`,
      articleId: context.article.id,
      sentenceIndex: sentence.index,
      evidence,
      imposer,
      target,
      products,
      ratePct: rate?.value ?? null,
      kind: trigger.kind,
      action,
      date: role === 'asserted' ? date : null,
      dateRole: role === 'asserted' ? dateRole : null,
      planned: verb?.planned ?? false,
      role,
      retaliatesAgainst: [],
      retaliatesUnnamed: false,
      follows: [],
    });
  });
  for (const frame of frames) if (frame.imposer && !frame.target) frame.target = targetFromNeighbours(frame, frames, memory, sentence);
  linkRetaliation(text, frames, zones);
  addImpliedFollowers(text, frames);
  return frames;
}

function linkRetaliation(text: string, frames: MeasureMention[], zones: readonly { start: number; end: number }[]): void {
  const asserted = frames.filter((m) => m.role === 'asserted');
  const firstZone = zones[0]?.start ?? Number.POSITIVE_INFINITY;
  const zoneReferences = frames.filter((m) => m.role === 'reference' && Number(m.key.split('#')[2]) > firstZone);
  for (const mention of asserted) {
    mention.retaliatesAgainst = zoneReferences.map((r) => r.key);
    if (mention.retaliatesAgainst.length === 0 && RETALIATION.test(text)) mention.retaliatesUnnamed = true;
  }
}

/** "followed the Biden administration's lead", "mirroring similar action by the US": an implied measure by that actor. */
function addImpliedFollowers(text: string, frames: MeasureMention[]): void {
  const head = frames.find((m) => m.role === 'asserted');
  if (!head || !head.target) return;
  for (const re of FOLLOW_CUES) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const written = m.groups?.actor ?? '';
      const actor = actorForWord(written) ?? actorForWord(written.replace(/\.$/, ''));
      if (!actor || actor === head.imposer) continue;
      const implied: MeasureMention = { ...head, key: `${head.key}#follows-${actor}`, imposer: actor, ratePct: null, date: null, dateRole: null, role: 'implied', kind: 'tariff', retaliatesAgainst: [], retaliatesUnnamed: false, follows: [] };
      head.follows.push(implied.key);
      frames.push(implied);
    }
  }
}
