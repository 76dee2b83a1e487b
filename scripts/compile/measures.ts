// Trade measures as frames around a trigger noun (tariff, duty, surtax, levy, anti-dumping duty, countermeasures):
// each frame fills its slots (imposer, target, products, rate, action, date) from the sentence's tokens and mentions,
// then from the sentences before it; a frame whose imposer or target stays open is reported, not guessed (merge.ts).
import type { Evidence, FactDate, MeasureAction, MeasureChange, MeasureKind } from '../../src/lib/dataset.ts';
import type { ArticleContext, SentenceInfo } from './context.ts';
import { sentenceEvidence } from './context.ts';
import { actorForWord } from './entities.ts';
import { lexiconCache, loadLexicon } from './lexicon.ts';
import { findTriggers, readDate, retaliationZones, type Trigger } from './measure-frame.ts';
import { phraseStart } from './measure-slots.ts';
import { findProducts, readObject } from './measure-products.ts';
import { frameShapes } from './measure-shape.ts';
import { findRates } from './measure-rate.ts';
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
  /** How it changes a measure already there: raised ("from 25% to 50%"), paused, or some goods exempted. */
  change?: MeasureChange;
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
  'agricultural agriculture farm industrial other related various key certain several some many more imported import imports exports export products goods items sectors sector critical strategic its their all the'.split(
    ' ',
  ),
);
const FUNCTION_WORDS = new Set(
  'in from to at by over since after as with for of that which who on into under amid while'.split(' '),
);

/**
 * Products the lexicon does not list, read from the phrase after "on" ("a 10% levy on American almonds and apples"):
 * so an unseen article's measure keeps its products, with the family "other", instead of being dropped.
 */
export function unlistedProducts(window: string): string[] {
  // "tariffs on Canada": a country named as the target means everything it sells.
  const country = window
    .match(/^\s*(?:on|against)\s+(?:the\s+)?([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*)/)?.[1]
    ?.replace(/[.,;]$/, '');
  if (country && loadLexicon().actors.some((actor) => actor.names.includes(country))) return ['all goods'];
  const phrase = window.match(
    /^\s*(?:\([^)]*\)\s*)?(?:on|against)\s+((?:[A-Z][\w.'’-]*\s+)*)([a-z][a-z -]*(?:,\s*[a-z][a-z -]*)*)/,
  );
  if (!phrase) return [];
  const products: string[] = [];
  for (const part of phrase[2]!.split(/,\s*(?:and\s+)?|\s+and\s+/)) {
    const words: string[] = [];
    for (const word of part.trim().split(/\s+/)) {
      if (FUNCTION_WORDS.has(word)) break;
      words.push(word);
    }
    const label = words
      .filter((w) => !/^(?:imports|products|exports)$/.test(w))
      .slice(0, 3)
      .join(' ');
    if (label && !label.split(' ').some((w) => GENERIC_WORDS.has(w))) products.push(label);
    if (words.length < part.trim().split(/\s+/).length) break; // the phrase ended ("… in retaliation")
  }
  return products;
}

const ANAPHORIC_EFFECT =
  /\b(?:the|these|those|such|the new|the higher|the lower)\s+(?:measures?|rates?|tariffs?|duties|levies|surtax(?:es)?|countermeasures)\s+(?:will\s+|would\s+|is\s+set\s+to\s+|are\s+set\s+to\s+)?(?:take|takes|took|go|goes|went|come|comes|came)\s+(?:effect|into\s+(?:effect|force))\s+(?:on\s+|from\s+|as\s+of\s+)?/i;
const NOW_IN_FORCE = /\b(?:is|are)\s+now\s+(?:charging|applying|collecting|levying|imposing)\b/i;
const IMMEDIATELY =
  /^[^;]*?\b(?:(?:effective|starting|beginning|taking effect|in force)\s+immediately|with immediate effect)\b/i;

/** A cheap test before tokenising: most sentences of an article name no measure. */
const TRIGGER_PREFILTER =
  /tariff|dut(?:y|ies)|surtax|lev(?:y|ies)|countermeasure|counter tariff|import tax|dumping|countervailing|deposit/i;
const followCues = (): RegExp[] =>
  lexiconCache('measures.followCues', ({ cues }) => cues.followCues.map((pattern) => new RegExp(pattern, 'g')));
const retaliationCue = (): RegExp =>
  lexiconCache('measures.retaliationCue', ({ cues }) => new RegExp(`\\b(?:${cues.retaliationCues})`, 'i'));
/** ", and 25 per cent on pork and seafood": a further rate of the same frame, with the goods it applies to. */
const SECOND_RATE =
  /^\s*,?\s*(?:and|while|plus)\s+(?:an?\s+)?(?:rate\s+of\s+)?\d+(?:\.\d+)?\s*(?:%|per\s?cent|percent)\s+(?:\w+\s+)?(?:on|for)\s+/i;
/** A sentence that lists the goods of the measures just named. */
const LIST_ELABORATION =
  /^\s*(?:The|This|That|Each|The first|The second)\s+(?:list|phase|tranche)\s+(?:includes?|covers?|contains?|targets?)\s+/i;

/** Every measure mention in one article, in text order. */
export function findMeasureMentions(context: ArticleContext, registry: PeopleRegistry): MeasureMention[] {
  const mentions: MeasureMention[] = [];
  const scoped = new Set<string>();
  const memory: ArticleMemory = {
    outlet: outletActor(context.article),
    recent: [],
    sentences: context.sentences,
    registry,
  };
  const published = context.article.published;
  let previousFrames: MeasureMention[] = [];
  for (const sentence of context.sentences) {
    // "The list includes products such as orange juice, peanut butter, …": the goods of the measures just named.
    const list = LIST_ELABORATION.exec(sentence.text);
    if (list && previousFrames.some((f) => f.products.every((p) => p === 'all goods'))) {
      const tokens = tokenize(sentence.text);
      const at = tokens.findIndex((t) => t.start >= list.index + list[0].length);
      const listed =
        at >= 0
          ? readObject(tokens, at, sentence.text.length, sentence.actors, sentence.text).products.filter(
              (p) => p !== 'all goods',
            )
          : [];
      if (listed.length > 1)
        for (const frame of previousFrames) if (frame.products.every((p) => p === 'all goods')) frame.products = listed;
    }
    const triggers = TRIGGER_PREFILTER.test(sentence.text) ? findTriggers(sentence.text, tokenize(sentence.text)) : [];
    // "China will impose a 25% tariff on pork. The ministry said the measures will take effect on March 20.": a
    // sentence naming no measure of its own dates the undated measures of the sentence before.
    if (triggers.length === 0) {
      const effect = ANAPHORIC_EFFECT.exec(sentence.text);
      // The date may follow a clock time: "took effect at 12:01 a.m. New York time on Friday".
      const verbEnd = effect ? effect.index + effect[0].length : 0;
      const when = effect
        ? sentence.dates.find(
            (d) =>
              d.date &&
              d.role === 'point' &&
              d.start >= verbEnd - 6 &&
              d.start <= verbEnd + 48 &&
              !/[;,]/.test(sentence.text.slice(verbEnd, d.start)),
          )
        : undefined;
      if (when) {
        for (const frame of previousFrames) {
          if (frame.date || frame.role !== 'asserted') continue;
          frame.date = when.date;
          frame.dateRole = 'effective';
          if (published.value && afterPublication(when.date!.value, published.value)) frame.planned = true;
        }
      }
      previousFrames = [];
      continue;
    }
    const inSentence = framesOfSentence(context, sentence, triggers, memory, scoped);
    // A government's own release announces what it states: an undated rate it gives is announced on its day.
    if (memory.outlet && published.value && published.precision === 'day') {
      for (const frame of inSentence) {
        if (
          frame.role === 'asserted' &&
          !frame.date &&
          frame.ratePct !== null &&
          !frame.planned &&
          frame.imposer === memory.outlet
        ) {
          frame.date = { value: published.value, precision: 'day' };
          frame.dateRole = 'announced';
        }
      }
    }
    // A measure dated after the report that tells it is still to come: planned, whatever the verb's tense.
    if (published.value)
      for (const frame of inSentence)
        if (frame.date && afterPublication(frame.date.value, published.value)) frame.planned = true;
    mentions.push(...inSentence);
    previousFrames = inSentence.filter((m) => m.role !== 'reference');
    memory.recent.push(...inSentence.filter((m) => m.imposer && m.target));
  }
  inheritScopedRates(mentions, scoped);
  // "China agreed to cut duties on canola seed … would lower its tariff on canola seed to 15% by March 1": an undated
  // mention of a change the same report dates after its publication is that future change.
  if (published.value) {
    const future = mentions.filter((m) => m.planned && m.date && afterPublication(m.date.value, published.value!));
    for (const m of mentions)
      if (
        !m.date &&
        !m.planned &&
        future.some(
          (f) =>
            f.imposer === m.imposer &&
            f.action === m.action &&
            m.action !== 'impose' &&
            f.products.some((p) => m.products.includes(p)),
        )
      )
        m.planned = true;
  }
  return mentions;
}

/** "2026-03-01" after "2026-01-16"; a month or year only when it is wholly after the publication day's; compared at
 * the coarser of the two precisions, so a day inside a month-only publication ("2025-08-12" in "2025-08") is not after it. */
export function afterPublication(date: string, published: string): boolean {
  const length = Math.min(date.length, published.length);
  return date.slice(0, length) > published.slice(0, length);
}

/**
 * "25 per cent tariffs on $155 billion worth of imported goods, beginning immediately with a list of goods worth
 * $30 billion" … "tariffs on $30 billion in goods imported from the U.S.": a part told by its value carries the one
 * rate its article gives for that imposer and target.
 */
function inheritScopedRates(mentions: MeasureMention[], scoped: ReadonlySet<string>): void {
  for (const mention of mentions) {
    if (mention.ratePct !== null || !scoped.has(mention.key) || !mention.imposer || !mention.target) continue;
    const rates = new Set(
      mentions
        .filter(
          (m) =>
            m.imposer === mention.imposer &&
            (m.target === mention.target || m.target === null) &&
            m.ratePct !== null &&
            m.role !== 'reference',
        )
        .map((m) => m.ratePct),
    );
    if (rates.size === 1) mention.ratePct = [...rates][0]!;
  }
}

function framesOfSentence(
  context: ArticleContext,
  sentence: SentenceInfo,
  triggers: readonly Trigger[],
  memory: ArticleMemory,
  scoped: Set<string>,
): MeasureMention[] {
  const { text } = sentence;
  const tokens = tokenize(text);
  const zones = retaliationZones(text, tokens);
  const evidence = sentenceEvidence(context.article, sentence);
  const frames: MeasureMention[] = [];
  const claimedDates = new Set<number>();
  for (const shape of frameShapes(text, tokens, triggers, sentence.actors)) {
    const { trigger, next, limit, leftStart, verb, rate, reading } = shape;
    let products = [...shape.products];
    // "… imported from Canada is dumped, with a dumping margin of 75.8%. … provisional anti-dumping measures would be
    // implemented": the ruling's margin and goods, one sentence back, are what the anti-dumping measure covers.
    let ruling: { rate: number; origin: string | null } | null = null;
    let rulingEvidence: typeof evidence | null = null;
    if (trigger.kind === 'anti-dumping duty' && products.length === 0 && !rate) {
      const previous = memory.sentences.find((x) => x.index === sentence.index - 1);
      const margin = previous?.text.match(
        /\b(?:dumping|subsidy|subsidi[sz]ation)\s+margins?\s+(?:of|at)\s+(?:up to\s+)?(\d+(?:\.\d+)?)\s*(?:%|per\s?cent|percent)/i,
      );
      if (previous && margin) {
        products = findProducts(previous.text);
        rulingEvidence = {
          articleId: context.article.id,
          start: previous.start,
          end: sentence.end,
          quote: context.article.text.slice(previous.start, sentence.end),
        };
        ruling = {
          rate: Number(margin[1]),
          origin:
            previous.actors.find(
              (a) =>
                a.form === 'name' && /\b(?:from|in)\s+$/.test(previous.text.slice(Math.max(0, a.start - 6), a.start)),
            )?.code ?? null,
        };
      }
    }
    const zone = zones.find((z) => z.start < trigger.start && trigger.start < z.end);
    const inZone = !!zone;
    // Inside "in response to President Trump placing tariffs on …", only the zone's own verb governs the frame.
    const zoneVerb = zone && verb && verb.start > zone.start ? verb : null;
    const slots = {
      sentence,
      tokens,
      trigger,
      verb: inZone ? zoneVerb : verb,
      limit,
      leftStart,
      memory,
      reading,
      subjectTo: shape.subjectTo,
      faced: shape.faced,
    };
    const imposer = imposerOf(slots);
    let { date, dateRole } = readDate(sentence, trigger, limit, next, verb, claimedDates, tokens);
    // A frame naming no goods, no rate and no date only lends its imposer to the frames around it: no target needed.
    const idle = products.length === 0 && !rate && !ruling && !date;
    const named = ruling?.origin ?? shape.origin;
    const target = idle ? null : named && named !== imposer ? named : targetOf({ ...slots, imposer, zones, frames });
    // "Canada's retaliatory tariffs began simultaneously": the date of the frame before.
    const previousFrame = frames[frames.length - 1];
    if (
      !date &&
      previousFrame?.date &&
      /^\s*(?:\w+\s+){0,2}(?:simultaneously|at the same time|the same day|on the same day)\b/i.test(
        text.slice(trigger.end, limit + 20),
      )
    )
      ({ date, dateRole } = previousFrame);
    const action: MeasureAction =
      verb?.action === 'remove'
        ? 'remove'
        : verb?.action === 'reduce' ||
            shape.quota ||
            (rate?.from != null && rate.value !== null && rate.value < rate.from)
          ? 'reduce'
          : 'impose';
    // "would impose 25 per cent tariffs on $30 billion worth of U.S. goods, effective immediately": in force the day
    // the report is published, though announced in a modal frame.
    const published = context.article.published;
    const immediate =
      IMMEDIATELY.test(text.slice(trigger.end, Math.min(next, trigger.end + 140))) &&
      published.value !== null &&
      published.precision === 'day';
    // "The U.S. is now charging a 25 per cent tariff on …": in force on the day of the report.
    const nowInForce =
      !date &&
      !verb?.planned &&
      !!verb &&
      verb.start < trigger.start &&
      NOW_IN_FORCE.test(text.slice(Math.max(0, verb.start - 20), verb.start + 12)) &&
      published.value !== null &&
      published.precision === 'day';
    if (nowInForce)
      ({ date, dateRole } = { date: { value: published.value!, precision: 'day' }, dateRole: 'effective' as DateRole });
    if (immediate && !date)
      ({ date, dateRole } = { date: { value: published.value!, precision: 'day' }, dateRole: 'effective' as DateRole });
    const planned =
      !immediate && ((verb?.planned ?? false) || /\bunder consideration\b/i.test(text.slice(trigger.end, limit + 40)));
    // "existing steel and aluminum tariffs", "these tariffs": a measure named again, not reported.
    const ownPhrase = phraseStart(tokens, trigger.tokenIndex);
    const definite =
      /\b(?:existing|these|those|such|current|same)\s+(?:[\w%.-]+\s+){0,4}$/i.test(
        text.slice(Math.max(0, ownPhrase - 12), trigger.start),
      ) && rate?.value == null;
    const role: MentionRole =
      inZone || verb?.negated || definite || (verb?.modifies && rate?.value == null)
        ? 'reference'
        : verb || planned || rate?.value != null || ruling || date
          ? 'asserted'
          : 'reference';
    const origins = [...new Set((reading?.origins ?? []).filter((c) => c !== imposer))];
    // "all imports from Mexico and all imports from Canada": one measure per country named.
    const targets = origins.length > 1 && !reading?.allOrigins && target === origins[0] ? origins : [target];
    if (reading?.scoped && !rate)
      for (const oneTarget of targets)
        scoped.add(
          `${context.article.id}#${sentence.index}#${trigger.start}${oneTarget !== target ? `#${oneTarget}` : ''}`,
        );
    for (const oneTarget of targets) {
      frames.push({
        key: `${context.article.id}#${sentence.index}#${trigger.start}${oneTarget !== target ? `#${oneTarget}` : ''}`,
        articleId: context.article.id,
        sentenceIndex: sentence.index,
        evidence: rulingEvidence ?? evidence,
        imposer,
        target: oneTarget,
        products: [...products],
        // A cut states the new rate ("to 6.1%"); "reduce its 100% tariff" names only the old one.
        ratePct:
          action === 'reduce' && rate && !rate.reached && rate.end <= trigger.start && !shape.quota
            ? null
            : (rate?.value ?? ruling?.rate ?? null),
        kind: trigger.kind,
        action,
        change:
          action === 'remove'
            ? verb?.removal
            : action === 'impose' &&
                (verb?.action === 'raise' || (rate?.from != null && rate.value !== null && rate.value > rate.from))
              ? 'raise'
              : undefined,
        date: role === 'asserted' ? date : null,
        dateRole: role === 'asserted' ? dateRole : null,
        planned,
        role,
        retaliatesAgainst: [],
        retaliatesUnnamed: false,
        follows: [],
      });
    }
    // "tariffs of 100% on canola oil and peas and 25% on pork and seafood": a second rate with its own goods.
    const head = frames[frames.length - 1];
    if (head && reading && rate && head.key.includes(`#${trigger.start}`))
      frames.push(...secondRates(text, tokens, reading.end, limit, head, sentence));
  }
  // "tariffs on several Canadian agricultural products, including a 76% levy on … and a 100% levy on …": the
  // umbrella names the measures listed after it, not one of its own.
  for (const frame of frames) {
    if (frame.ratePct !== null || frame.role !== 'asserted') continue;
    const at = Number(frame.key.split('#')[2]);
    const listed = frames.find(
      (f) =>
        f !== frame &&
        f.ratePct !== null &&
        Number(f.key.split('#')[2]) > at &&
        (!f.imposer || !frame.imposer || f.imposer === frame.imposer),
    );
    if (listed && /\b(?:including|such as|among them)\b/i.test(text.slice(at, Number(listed.key.split('#')[2]))))
      frame.role = 'reference';
  }
  // Coordinated frames share what one of them names: "Section 232 tariffs on steel and aluminum, and Section 232 tariffs on autos".
  for (const frame of frames) {
    if (!frame.imposer) {
      const imposers = new Set(frames.filter((f) => f.imposer && f.role === frame.role).map((f) => f.imposer));
      if (imposers.size === 1) frame.imposer = [...imposers][0]!;
    }
  }
  for (const frame of frames)
    if (frame.imposer && !frame.target) frame.target = targetFromNeighbours(frame, frames, memory, sentence);
  // "On March 6, Trump exempted goods compliant with the USMCA from tariffs": a removal that names no country lifts
  // the imposer's tariffs the article has just named, on each country they hit.
  for (const frame of [...frames]) {
    if (
      !frame.imposer ||
      frame.target ||
      frame.action === 'impose' ||
      frame.role !== 'asserted' ||
      frame.products.length === 0
    )
      continue;
    const hit = [
      ...new Set(
        memory.recent
          .filter(
            (m) =>
              m.imposer === frame.imposer &&
              m.action === 'impose' &&
              m.target &&
              m.target !== 'XX' &&
              m.sentenceIndex >= sentence.index - 6,
          )
          .map((m) => m.target!),
      ),
    ];
    if (hit.length === 0 || hit.length > 3) continue;
    frame.target = hit[0]!;
    for (const other of hit.slice(1)) frames.push({ ...frame, key: `${frame.key}#${other}`, target: other });
  }
  linkRetaliation(text, frames, zones);
  addImpliedFollowers(text, frames);
  return frames;
}

function secondRates(
  text: string,
  tokens: ReturnType<typeof tokenize>,
  from: number,
  limit: number,
  head: MeasureMention,
  sentence: SentenceInfo,
): MeasureMention[] {
  const out: MeasureMention[] = [];
  let at = from;
  for (;;) {
    const more = SECOND_RATE.exec(text.slice(at, limit));
    if (!more) return out;
    const rate = findRates(more[0])[0];
    const objectAt = tokens.findIndex((t) => t.start >= at + more[0].length);
    if (!rate || rate.value === null || objectAt < 0) return out;
    const reading = readObject(tokens, objectAt, limit, sentence.actors, text);
    if (reading.products.length === 0) return out;
    const target = reading.origins.find((c) => c !== head.imposer) ?? head.target;
    out.push({
      ...head,
      key: `${head.key}#${rate.value}`,
      products: reading.products,
      ratePct: rate.value,
      target,
      retaliatesAgainst: [],
      follows: [],
    });
    at = reading.end;
  }
}

function linkRetaliation(
  text: string,
  frames: MeasureMention[],
  zones: readonly { start: number; end: number }[],
): void {
  const asserted = frames.filter((m) => m.role === 'asserted');
  const firstZone = zones[0]?.start ?? Number.POSITIVE_INFINITY;
  const zoneReferences = frames.filter((m) => m.role === 'reference' && Number(m.key.split('#')[2]) > firstZone);
  for (const mention of asserted) {
    mention.retaliatesAgainst = zoneReferences.map((r) => r.key);
    if (mention.retaliatesAgainst.length === 0 && retaliationCue().test(text)) mention.retaliatesUnnamed = true;
  }
}

/** "followed the Biden administration's lead", "mirroring similar action by the US": an implied measure by that actor. */
function addImpliedFollowers(text: string, frames: MeasureMention[]): void {
  const head = frames.find((m) => m.role === 'asserted');
  if (!head || !head.target) return;
  for (const re of followCues()) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const written = m.groups?.actor ?? '';
      const actor = actorForWord(written) ?? actorForWord(written.replace(/\.$/, ''));
      if (!actor || actor === head.imposer) continue;
      const implied: MeasureMention = {
        ...head,
        key: `${head.key}#follows-${actor}`,
        imposer: actor,
        ratePct: null,
        date: null,
        dateRole: null,
        role: 'implied',
        kind: 'tariff',
        retaliatesAgainst: [],
        retaliatesUnnamed: false,
        follows: [],
      };
      head.follows.push(implied.key);
      frames.push(implied);
    }
  }
}
