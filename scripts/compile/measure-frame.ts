// The skeleton of a measure frame: its trigger noun ("tariff", "anti-dumping duties", "surtax", "countermeasures"),
// the verb that governs it (impose, raise, reduce, remove, threaten…), the retaliation zones of the sentence
// ("in retaliation for …") and the date the frame carries (in force, acted, announced).
import type { FactDate, MeasureKind } from '../../src/lib/dataset.ts';
import type { SentenceInfo } from './context.ts';
import type { DateMention } from './dates.ts';
import type { DateRole } from './measures.ts';
import type { Token } from './nlp.ts';
import { MEASURE_VERB_FORM, phraseStart as phraseStartOf } from './measure-slots.ts';

export interface Trigger {
  start: number;
  end: number;
  kind: MeasureKind;
  /** Index of the trigger's head token ("duties" in "anti-dumping duties"). */
  tokenIndex: number;
}

const TRIGGER_KINDS: { kind: MeasureKind; pattern: string }[] = [
  { kind: 'anti-dumping duty', pattern: 'anti-?dumping (?:duty|duties|tariffs?|levy|levies|deposits?|measures)' },
  { kind: 'countervailing duty', pattern: 'countervailing (?:duty|duties|tariffs?|measures)' },
  { kind: 'surtax', pattern: 'surtax(?:es)?' },
  // "a 75.8 per cent deposit on imports of canola seed": a provisional anti-dumping deposit (kept only with a rate or a
  // dumping context, see findTriggers).
  { kind: 'anti-dumping duty', pattern: 'deposits?' },
  { kind: 'levy', pattern: 'lev(?:y|ies)' },
  {
    kind: 'tariff',
    pattern:
      'counter[- ]?tariffs?|counter-?measures|retaliatory measures|import taxes|tariffs?|duties|duty|taxed(?=\\s+at\\s+\\d)',
  },
];
const TRIGGER = new RegExp(`(?<![\\w-])(?:${TRIGGER_KINDS.map((k) => k.pattern).join('|')})(?![\\w-])(?!-free)`, 'gi');
const KIND_OF = TRIGGER_KINDS.map((k) => ({ kind: k.kind, re: new RegExp(`^(?:${k.pattern})$`, 'i') }));

/** Nouns after "tariff" that make it a modifier of something else: "tariff revenue", "tariff treatment", "tariff war". */
const NOT_A_MEASURE_AFTER =
  /^[\s-]*(?:revenues?|authority|authorities|actions?|deals?|treatment|talks|negotiations?|wars?|disputes?|polic(?:y|ies)|regimes?|schedules?|codes?|lines?|classifications?|commissions?|matters|barriers|engineering|threats?|announcements?|levels?|structure|free|exemption)\b/i;

/** The trigger nouns of a sentence, in text order; "Customs Tariff Commission", "tariff revenue", "non-tariff" excluded. */
export function findTriggers(text: string, tokens?: readonly Token[]): (Trigger & { tokenIndex: number })[] {
  const found: Trigger[] = [];
  TRIGGER.lastIndex = 0;
  for (let m = TRIGGER.exec(text); m; m = TRIGGER.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    const after = text.slice(end, end + 30);
    const before = text.slice(Math.max(0, start - 30), start);
    if (NOT_A_MEASURE_AFTER.test(after)) continue;
    // A bare deposit is a trade measure only with a rate before it or where the sentence speaks of dumping.
    if (
      /^deposits?$/i.test(m[0]) &&
      !/(?:%|per\s?cent|percent)\s+(?:[\w-]+\s+){0,3}$/i.test(before) &&
      !/dumping|countervail/i.test(text)
    )
      continue;
    if (/^deposits?$/i.test(m[0]) && /countervail/i.test(text) && !/dumping/i.test(text)) {
      found.push({ start, end, kind: 'countervailing duty', tokenIndex: -1 });
      continue;
    }
    if (/non-$/i.test(before)) continue;
    // A proper name ("the Customs Tariff", "State Council Tariff Commission"): capitalised inside a sentence.
    if (/^[A-Z]/.test(m[0]) && (/[A-Z][\w.]*\s+$/.test(before) || /^\s+[A-Z]/.test(after)) && start > 0) continue;
    // "the overall average effective US tariff rate rose": a statistic, not a measure.
    if (/^\s*rates?\b/i.test(after) && /\b(?:average|effective|overall)\b[^,;]*$/i.test(before)) continue;
    found.push({ start, end, kind: KIND_OF.find((k) => k.re.test(m![0]))?.kind ?? 'tariff', tokenIndex: -1 });
  }
  if (tokens) for (const t of found) t.tokenIndex = tokenAt(tokens, t.end - 1);
  return found;
}

function tokenAt(tokens: readonly Token[], offset: number): number {
  const i = tokens.findIndex((t) => t.start <= offset && offset < t.end);
  return i >= 0 ? i : tokens.findIndex((t) => t.start >= offset);
}

export interface GoverningVerb {
  /** Offset of the verb (or the noun standing for it: "reduction", "relief", "exemption"). */
  start: number;
  action: 'impose' | 'raise' | 'reduce' | 'remove';
  planned: boolean;
  negated: boolean;
  announced: boolean;
  /** "modified", "maintained": says something of a measure already there. */
  modifies?: boolean;
  /** Where the verb's own object starts, when the trigger is "from" its complement ("exempted goods … from tariffs"). */
  objectStart?: number;
  /** What a removal does: "paused", "suspended" stop it for a while; "exempted", "waived" spare some goods. */
  removal?: 'suspend' | 'exempt';
}

const IMPOSE = new Set([
  'impose',
  'levy',
  'slap',
  'place',
  'apply',
  'introduce',
  'implement',
  'extend',
  'keep',
  'maintain',
]);
const RAISE = new Set(['raise', 'increase', 'hike', 'double', 'triple', 'boost', 'escalate']);
const REDUCE = new Set(['reduce', 'cut', 'lower', 'ease', 'slash', 'trim', 'reduction', 'relief', 'decrease']);
const REMOVE = new Set([
  'remove',
  'lift',
  'drop',
  'scrap',
  'rescind',
  'end',
  'eliminate',
  'suspend',
  'pause',
  'exempt',
  'withdraw',
  'waive',
  'repeal',
  'terminate',
  'halt',
  'cancel',
  'exemption',
  'removal',
  'suspension',
  'elimination',
  'exempted',
  'paused',
  'suspended',
  'delay',
  'postpone',
  'postponement',
  'reprieve',
]);
const PLAN = new Set([
  'threaten',
  'propose',
  'consider',
  'plan',
  'intend',
  'weigh',
  'mull',
  'intent',
  'threat',
  'urge',
  'warn',
  'review',
]);
const ANNOUNCE = new Set(['announce', 'unveil', 'say', 'declare', 'sign']);
/** Removal verbs that stop a measure for a while, or spare part of what it covers, rather than end it. */
const SUSPEND = new Set([
  'suspend',
  'pause',
  'halt',
  'delay',
  'postpone',
  'suspension',
  'suspended',
  'paused',
  'postponement',
  'reprieve',
  'freeze',
]);
const EXEMPT = new Set(['exempt', 'exemption', 'exempted', 'waive', 'waiver', 'carve-out', 'exclude', 'exclusion']);
/** "modified the Section 232 steel and aluminum tariffs": a change to a measure named before, not a new one. */
const MODIFY = new Set(['modify', 'amend', 'adjust', 'revise', 'change', 'update', 'review', 'maintain', 'keep']);
/** Verbs that say nothing about a measure's life ("face", "cite", "invoke"): the frame is still asserted. */
/**
 * A modal or future frame before the verb: "would impose", "will be lifted", "is set to raise", "threatened on Monday
 * to impose", "has said he will impose". A few words may stand between the cue and the verb.
 */
const FUTURE_FRAME =
  /\b(?:will|shall|would|could|might|may|won't|(?:is|are|was|were|be)\s+(?:set|expected|due|going|poised|scheduled|slated|likely)\s+to|(?:intends?|intent(?:ion)?|plans?|planning|planned|threatens?|threatened|threatening|proposed|proposes|vow(?:ed|s)?|pledged|promised|warned|aims?)\s+(?:[\w.,]+\s+){0,3}?to)\s+(?:\w+\s+){0,2}$/i;
const RELATIVE = /^(?:that|which|who|whose)$/i;
const POSSESSIVE = /^(?:his|her|its|their|our|my|your)$/i;
const CLAUSE_END = new Set([';', ':', '»', '•']);

function classify(t: Token): GoverningVerb['action'] | 'plan' | 'neutral' {
  const lemma = t.lemma;
  const word = t.text.toLowerCase();
  const stem = word.replace(/(?:es|s)$/, '');
  if (RAISE.has(lemma) || RAISE.has(word) || RAISE.has(stem)) return 'raise';
  if (REDUCE.has(stem) || REDUCE.has(word.replace(/s$/, ''))) return 'reduce';
  if (REMOVE.has(stem) || REMOVE.has(word.replace(/s$/, ''))) return 'remove';
  if (REDUCE.has(lemma) || REDUCE.has(word)) return 'reduce';
  if (REMOVE.has(lemma) || REMOVE.has(word)) return 'remove';
  if (PLAN.has(lemma) || PLAN.has(word)) return 'plan';
  return 'neutral';
}

function removalSense(verb: Token): GoverningVerb['removal'] {
  const word = verb.text.toLowerCase();
  const forms = [verb.lemma, word, word.replace(/(?:es|s)$/, ''), word.replace(/s$/, '')];
  if (forms.some((f) => SUSPEND.has(f))) return 'suspend';
  if (forms.some((f) => EXEMPT.has(f))) return 'exempt';
  return undefined;
}

const VERB_NOUNS =
  /^(?:reduction|relief|exemption|removal|suspension|elimination|increase|hike|intent|threat|delay|pause|postponement|reprieve)$/i;

/** The verb governing a trigger: the nearest verb before it in its clause, else a participle after it ("tariffs imposed by"). */
export function governingVerb(
  tokens: readonly Token[],
  text: string,
  trigger: Trigger,
  leftStart: number,
  limit: number,
): GoverningVerb | null {
  const ti = trigger.tokenIndex;
  let verbIndex = -1;
  // Start before the trigger's own phrase: "raised steel, aluminum, and copper tariffs".
  const firstOffset = phraseStartOf(tokens, ti);
  const phraseFirst = tokens.findIndex((t) => t.start >= firstOffset);
  // "… to 15% and drop duties on peas": a verb the tagger took for a noun, opening the trigger's phrase after "and",
  // "to" or a modal, is the frame's verb.
  const opener = tokens[phraseFirst];
  if (
    opener &&
    phraseFirst < ti &&
    opener.pos === 'NOUN' &&
    classify(opener) !== 'neutral' &&
    classify(opener) !== 'plan' &&
    !VERB_NOUNS.test(opener.text) &&
    /^(?:and|to|will|would|could|may|might|shall)$/i.test(tokens[phraseFirst - 1]?.text ?? '')
  )
    verbIndex = phraseFirst;
  // "China will lower … and drop duties …": the second verb shares the first one's "will".
  const sharedFuture =
    verbIndex === phraseFirst &&
    /^and$/i.test(tokens[phraseFirst - 1]?.text ?? '') &&
    /\b(?:will|would|shall|(?:is|are) set to|expected to|plans? to)\b[^,;]*$/i.test(text.slice(0, opener!.start));
  for (let k = Math.min(ti, phraseFirst) - 1; verbIndex < 0 && k >= 0 && tokens[k]!.start >= leftStart; k -= 1) {
    const t = tokens[k]!;
    if (t.text === ')') {
      // "(USMCA)": read past a parenthesis.
      while (k > 0 && tokens[k]!.text !== '(') k -= 1;
      continue;
    }
    if (CLAUSE_END.has(t.text) || t.text === ',') break;
    const afterModal =
      !!tokens[k - 1] &&
      (tokens[k - 1]!.pos === 'AUX' || (tokens[k - 1]!.pos === 'PART' && tokens[k - 1]!.lemma === 'to'));
    if (
      (afterModal || MEASURE_VERB_FORM.test(t.text)) &&
      t.pos !== 'VERB' &&
      (classify(t) !== 'neutral' || IMPOSE.has(t.lemma) || MEASURE_VERB_FORM.test(t.text))
    ) {
      verbIndex = k;
      break;
    }
    // "his threatened 25% tariffs", "the proposed duties": a participle after a determiner or possessive modifies the noun.
    const modifier =
      /ed$/.test(t.text) &&
      (tokens[k - 1]?.pos === 'DET' ||
        POSSESSIVE.test(tokens[k - 1]?.text ?? '') ||
        tokens[k - 1]?.text === "'s" ||
        tokens[k - 1]?.text === '’s') &&
      ['NOUN', 'ADJ', 'NUM', 'PROPN'].includes(tokens[k + 1]?.pos ?? '');
    // "exempted goods that comply with the USMCA from the tariffs": a relative clause's verb does not govern the frame.
    const relative =
      RELATIVE.test(tokens[k - 1]?.text ?? '') ||
      (RELATIVE.test(tokens[k - 2]?.text ?? '') && ['AUX', 'ADV', 'PART'].includes(tokens[k - 1]?.pos ?? ''));
    if (t.pos === 'VERB' && relative && k > 1) continue;
    if (t.pos === 'VERB' && !(tokens[k - 1]?.text === '-') && !modifier) {
      verbIndex = k;
      break;
    }
    if (
      VERB_NOUNS.test(t.text) ||
      (t.lemma === 'exempt' && t.pos === 'ADJ') ||
      (t.text.toLowerCase() === 'subject' && tokens[k + 1]?.text === 'to')
    ) {
      verbIndex = k;
      break;
    }
  }
  // After the trigger: "tariffs imposed by", "tariffs took effect", "tariffs … that were imposed by China".
  const forward =
    verbIndex < 0
      ? tokens.findIndex(
          (t, k) =>
            k > ti &&
            k <= ti + 14 &&
            t.start < limit &&
            t.pos === 'VERB' &&
            tokens[k - 1]?.text !== '-' &&
            !(/ing$/.test(t.text) && tokens[k - 1]?.pos === 'ADP'),
        )
      : -1;
  const index = verbIndex >= 0 ? verbIndex : forward;
  if (index < 0) return null;
  const verb = tokens[index]!;
  const near = text.slice(Math.max(leftStart, verb.start - 40), verb.start);
  const kind = classify(verb);
  const modal = /\b(?:would|could|might|may|to|whether)\s+(?:\w+\s+)?$/i.test(near);
  const notSubject = /\bnot\s+$/i.test(near) && verb.text.toLowerCase() === 'subject';
  // "canola meal will no longer be subject to Chinese tariffs", "pork will no longer face the levy": the measure ends
  // for those goods (a removal), not a measure denied.
  const noLonger =
    /\bno\s+longer\s+(?:be\s+)?$/i.test(near) &&
    (verb.text.toLowerCase() === 'subject' || ['face', 'pay', 'bear', 'attract'].includes(verb.lemma));
  const negated =
    (!notSubject && !noLonger && /\b(?:not|no|never)\s+(?:\w+\s+)?$/i.test(near)) ||
    /\b(?:until|unless|if|should|once|whether)\s+(?:the\s+)?(?:[\w.]+\s+){0,3}$/i.test(near);
  const exemptingFrom =
    (kind === 'remove' || verb.lemma === 'exempt') &&
    /\bfrom\s+(?:the\s+)?(?:[\w.%-]+\s+){0,4}$/i.test(text.slice(verb.end, trigger.start)) &&
    verb.start < trigger.start;
  const fromCountry =
    exemptingFrom &&
    /^\s*(?:[A-Z]|the\s+[A-Z])/.test(text.slice(verb.end)) &&
    !/^\s*(?:goods|imports|products)/i.test(text.slice(verb.end));
  let action: GoverningVerb['action'] =
    kind === 'raise'
      ? 'raise'
      : kind === 'reduce'
        ? 'reduce'
        : kind === 'remove' || notSubject || noLonger
          ? 'remove'
          : 'impose';
  // "Canada is exempt from the 10% U.S. universal tariffs": the country is spared, the tariff itself stands.
  // "Canada is exempt from …" spares a country: the tariff itself stands. "canola meal and peas to be exempt from …"
  // spares goods: a removal for them.
  const countryExempt =
    verb.pos === 'ADJ' &&
    verb.lemma === 'exempt' &&
    /\b[A-Z][\w.]*\s+(?:is|are|was|were|will be|would be|to be|remains?)\s+$/.test(
      text.slice(Math.max(0, verb.start - 40), verb.start),
    );
  if (fromCountry || countryExempt) action = 'impose';
  // A removal or cut only asked for ("urged Carney to end the tariffs", "whether he would drop them") is no fact;
  // one a government says it will make ("China said it would lower its tariffs") is a planned one.
  const asked =
    /\b(?:urg\w*|call(?:ed|s|ing)? on|ask\w*|press\w*|push\w*|demand\w*|want\w*|whether|hopes?|if|pressure\w*|lobb\w*)\b[^.;]*$/i.test(
      text.slice(Math.max(leftStart, verb.start - 80), verb.start),
    );
  // "agreed to pause", "decided to lift": a past decision is the act itself, not a plan.
  const decided = /\b(?:agreed|decided|moved|voted|opted)\s+(?:on\s+\w+\s+)?to\s+$/i.test(near);
  const planned =
    kind === 'plan' ||
    sharedFuture ||
    ((action === 'remove' || action === 'reduce') && modal && !asked && !decided) ||
    FUTURE_FRAME.test(text.slice(Math.max(leftStart, verb.start - 60), verb.start)) ||
    (noLonger && /\b(?:will|would|shall|to)\s+no\s+longer\b/i.test(near)) ||
    /\bunder consideration\b/i.test(text.slice(trigger.end, limit + 40));
  const wished = (action === 'remove' || action === 'reduce') && modal && asked;
  return {
    start: verb.start,
    action,
    planned: planned && !wished,
    negated: negated || wished,
    announced: ANNOUNCE.has(verb.lemma) || kind === 'plan',
    modifies: MODIFY.has(verb.lemma),
    objectStart: exemptingFrom && !fromCountry ? verb.end : undefined,
    removal: action !== 'remove' ? undefined : removalSense(verb),
  };
}

export interface Zone {
  start: number;
  end: number;
}

const ZONE =
  /\b(?:in retaliation (?:for|against|to)|in response to|retaliation against|responding to|retaliating against|in reaction to)\b/gi;

/** "in retaliation for Canada's levies on …": up to the next verb (the main clause), else to the sentence's end. */
export function retaliationZones(text: string, tokens: readonly Token[]): Zone[] {
  const zones: Zone[] = [];
  ZONE.lastIndex = 0;
  for (let m = ZONE.exec(text); m; m = ZONE.exec(text)) {
    const from = m.index + m[0].length;
    const verb = tokens.find(
      (t, k) =>
        t.start > from &&
        (t.pos === 'VERB' ||
          (t.pos === 'AUX' && tokens[k - 1]?.text === ',') ||
          (t.pos === 'AUX' && tokens[k + 1]?.pos === 'VERB')) &&
        !/ing$/.test(t.text) &&
        !['DET', 'ADJ', 'PART', 'ADP'].includes(tokens[k - 1]?.pos ?? ''),
    );
    zones.push({ start: m.index, end: verb ? verb.start : text.length });
  }
  return zones;
}

const EFFECTIVE_CUE =
  /\b(?:effective(?:\s+as\s+of)?|takes?\s+effect(?:\s+on)?|took\s+effect(?:\s+on)?|taking\s+effect(?:\s+on)?|came\s+into\s+(?:force|effect)(?:\s+on)?|comes?\s+into\s+(?:force|effect)(?:\s+on)?|go(?:es)?\s+into\s+effect(?:\s+on)?|went\s+into\s+effect(?:\s+on)?|in\s+(?:force|effect)(?:\s+(?:starting|from|since|as\s+of|on))?|beginning|starting|as\s+of|implemented\s+on|began(?:\s+on)?|since)\s*(?:[\d:.]+\s*[ap]\.?m\.?,?\s*)?$/i;

/** A year inside a name ("the Trade Expansion Act of 1962", "Powers Act of 1977") dates nothing. */
const NAMED_YEAR = /\b(?:Act|Law|Code|Agreement)\s+(?:of\s+)?$/;

const TRIGGER_WORD = /tariff|dut(?:y|ies)|surtax|lev(?:y|ies)|countermeasure/i;
/** "suspend some tariffs … after Carney struck a deal … in January": a date inside such a clause dates its own act. */
const SUBORDINATE = /\b(?:after|before|following|when|because|once|until|as)\s+(?!(?:of|from|on|in)\b)\S/i;
const SINCE_BEFORE = /\bsince\s+$/i;

function isSince(text: string, d: { start: number }): boolean {
  return SINCE_BEFORE.test(text.slice(Math.max(0, d.start - 8), d.start));
}

function isEffective(text: string, d: DateMention): boolean {
  return EFFECTIVE_CUE.test(text.slice(Math.max(0, d.start - 40), d.start)) || /^(?:since|as of)\b/i.test(d.phrase);
}

/** "…, and, in 2023, increased tariffs": a date right before the next frame's verb dates that frame, not this one. */
function beforeNextVerb(text: string, tokens: readonly Token[], d: DateMention, next: number): boolean {
  if (next >= text.length) return false; // no frame after this one to take it
  const verbAfter = tokens.find((t) => t.start >= d.end && t.pos === 'VERB');
  return (
    !!verbAfter &&
    verbAfter.start < next &&
    !/ing$/.test(verbAfter.text) &&
    /^[\s,]*$/.test(text.slice(d.end, verbAfter.start))
  );
}

/**
 * The date a frame carries: an in-force date said after a cue ("effective October 22, 2024", "took effect on April 5",
 * "since June 2025"), else a date in its own clause, else the sentence's first. `next` is where the next frame starts.
 */
export function readDate(
  sentence: SentenceInfo,
  trigger: Trigger,
  limit: number,
  next: number,
  verb: GoverningVerb | null,
  claimed: Set<number>,
  tokens: readonly Token[],
): { date: FactDate | null; dateRole: DateRole | null } {
  const { text } = sentence;
  // "would lower its tariff … to about 15% by March 1": a deadline of a planned change is when it takes effect.
  const deadline = (d: DateMention) =>
    !!verb?.planned &&
    d.start >= trigger.end &&
    /\bby\s+$/i.test(text.slice(Math.max(0, d.start - 4), d.start)) &&
    /^(?:day|month)$/.test(d.date?.precision ?? '');
  const dates = sentence.dates.filter(
    (d) =>
      d.date &&
      (d.role === 'point' || /^since\b/i.test(d.phrase) || isSince(text, d) || deadline(d)) &&
      !NAMED_YEAR.test(text.slice(Math.max(0, d.start - 20), d.start)),
  );
  if (dates.length === 0) return { date: null, dateRole: null };
  const free = dates.filter((d) => !claimed.has(d.start));
  const announcedRole: DateRole = verb?.announced || verb?.planned ? 'announced' : 'event';
  const inRight = free.filter(
    (d) => d.start >= trigger.end && d.start < next && !beforeNextVerb(text, tokens, d, next),
  );
  const chosen =
    inRight.find((d) => isEffective(text, d) || deadline(d)) ??
    free.find((d) => d.end <= trigger.start && isEffective(text, d)) ??
    inRight.find((d) => d.start < limit && !SUBORDINATE.test(text.slice(trigger.end, d.start)));
  if (chosen) {
    claimed.add(chosen.start);
    return { date: chosen.date, dateRole: isEffective(text, chosen) || deadline(chosen) ? 'effective' : announcedRole };
  }
  // A date another frame took from its own right ("tariffs on all partners starting April 2, and separately threatened
  // tariffs of 250% on …") dates that frame, not this one.
  const left = dates.find(
    (d) => d.end <= trigger.start && !(claimed.has(d.start) && TRIGGER_WORD.test(text.slice(0, d.start))),
  );
  if (left) return { date: left.date, dateRole: isEffective(text, left) ? 'effective' : announcedRole };
  return { date: null, dateRole: null };
}
