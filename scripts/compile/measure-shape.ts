// What a frame reads from its own sentence alone, remembered by sentence text (wire copy repeats sentences): the
// clause it spans, its governing verb, its rate and its goods ("on …", "steel and aluminum tariffs", "… subject to a
// 10% tariff", a quota). Who imposes it, on whom and when is read per article (measures.ts, measure-slots.ts).
import type { SentenceInfo } from './context.ts';
import { remembered } from './build-scope.ts';
import { governingVerb, type GoverningVerb, type Trigger } from './measure-frame.ts';
import { findProducts, productsBefore, readObject, type ProductReading } from './measure-products.ts';
import { findRates, type RateMention } from './measure-rate.ts';
import { phraseStart } from './measure-slots.ts';
import type { Token } from './nlp.ts';

/**
 * What comes between a trigger and its object: "(EVs)", "of 25%", "under Section 232", a closing quote; and what
 * opens the object without naming goods: "nearly all …", "an array of …".
 */
const OBJECT_LEAD =
  /^\s*["”’]?\s*(?:\([^)]*\)\s*)?(?:(?:of|rates?\s+of)\s+[^,;]*?(?:%|per\s?cent|percent)\s+)?(?:(?:under|pursuant to)\s+[^,;]*?\s+)?(?:(?:were|was|is|are|has been|have been|will be|would be)\s+(?:\w+ly\s+)?\w+ed\s+)?(?:on|against|targeting|covering|for|to include)\s+(?:(?:nearly|almost|virtually|practically)\s+(?=all\b|every\b))?(?:(?:an?|the)\s+(?:wide\s+|broad\s+|long\s+)?(?:array|range|host|list|number|variety|slew|raft|series)\s+of\s+)?/i;
/** "… products (…) that will be subject to the 25 per cent surtax", "goods … continue to remain not subject to the tariffs". */
const TAXED_SUBJECT = /(?:,\s*which\s+)?(?:would\s+|will\s+|shall\s+|are\s+|is\s+|to\s+)?be\s+$/i;
const FACED_BY_GOODS =
  /\b(?:(?:will|would|could|may|to|also|now|still|already)\s+)?(?:(?:has|have|had)\s+)?(?:be\s+|been\s+|are\s+|is\s+|were\s+|was\s+)?(?:fac(?:e|es|ed|ing)|hit\s+(?:with|by))\s+(?:the\s+|a\s+|an\s+)?(?:[\w%.-]+\s+){0,5}$/i;
// The object may be a list of goods ("hit imported rapeseed oil, oil cakes, and peas from Canada with a 100 per cent
// tariff"): it is kept only when it names goods of the lexicon or one country (see shapesOf).
const HIT_WITH =
  /\b(hit|hits|hitting|slap(?:s|ped|ping)?|target(?:s|ed|ing)?|punish(?:es|ed|ing)?)\s+((?:the\s+)?(?:[A-Z][^,;]{1,50}?|[A-Za-z][^;]{1,90}?))(\s+with\s+(?:new\s+|fresh\s+|an?\s+|the\s+)?(?:[\w%.-]+\s+){0,4})$/;
const SUBJECT_TO =
  /\b(?:subject\s*,?\s*(?:instead\s*,\s*)?to|exempt(?:ed)?\s+from)\s+(?:the\s+|a\s+|an\s+)?(?:[\w%.-]+\s+){0,5}$/i;
/** A quota: "allow up to 49,000 Chinese electric vehicles …, with the … tariff rate of 6.1%". */
const QUOTA =
  /\b(?:allow|admit|permit|let|import)\w*\s+(?:in\s+)?(?:the\s+(?:import|entry)\s+of\s+)?(?:up to\s+|as many as\s+)?[\d,.]+\s+(?:thousand\s+)?/i;
/** Where a clause ends: the object of a measure does not run past it. */
export const CLAUSE_BREAK =
  /,\s+(?:[a-z]+ing|which|while|after|as|but|who|although|when|where|with|including|except|in retaliation|in response)\b|\s[—–]\s|;|:\s|\bexcept\b|\bincluding\b|\bin (?:retaliation|response)\b/;

/** The rate of a frame: before the trigger in its noun phrase ("a 25 per cent surtax"), or after it ("of 40%", "to 50%"). */
function rateOf(
  text: string,
  trigger: Trigger,
  leftStart: number,
  limit: number,
  rates: readonly RateMention[],
  verb: GoverningVerb | null,
): RateMention | null {
  const before = rates.filter(
    (r) =>
      r.end <= trigger.start &&
      r.start >= leftStart &&
      /^[\s\w.,’'()-]*$/.test(text.slice(r.end, trigger.start)) &&
      trigger.start - r.end <= 40,
  );
  const near = before[before.length - 1];
  // "lower its tariffs on canola seed to 15% and drop duties on peas": the frame's own verb after the rate starts a
  // new clause; the rate is the other frame's.
  const verbBetween = !!verb && near !== undefined && verb.start >= near.end && verb.start < trigger.start;
  if (near && !verbBetween && !/[,;]/.test(text.slice(near.end, trigger.start))) return near;
  // "duties of up to 38%", "tariff rate of 6.1%", "the tariff on Canada from 25% to 35%", "copper tariffs to 50%"
  const after = rates.find((r) => r.start >= trigger.end && r.start < limit);
  if (!after) return null;
  const between = text.slice(trigger.end, after.start);
  if (/^\s*(?:rates?\s+)?(?:of|at)\s+(?:up to |about |around |nearly |as much as |an? )?$/i.test(between)) return after;
  // "the tariff on Canada from 25% to 35%", "copper tariffs to 50%"
  if (
    (after.from !== null || after.reached) &&
    /^(?:\s+(?:on|against|for)\s+[^,;]{0,60})?\s+(?:to\s+|by\s+)?$/i.test(between)
  )
    return after;
  return null;
}

/** What a frame reads from its own sentence alone: the same for every copy of that sentence, so remembered by text. */
export interface FrameShape {
  trigger: Trigger;
  next: number;
  limit: number;
  leftStart: number;
  verb: GoverningVerb | null;
  rate: RateMention | null;
  reading: ProductReading | null;
  products: string[];
  subjectTo: boolean;
  /** "pork and aquatic products will face a 25% duty": the goods are the subject; the imposer is not. */
  faced?: boolean;
  /** "all imports from Canada except for oil and energy, which would be taxed at 10%": the country of the exception. */
  origin: string | null;
  quota: boolean;
}

export function frameShapes(
  text: string,
  tokens: readonly Token[],
  triggers: readonly Trigger[],
  actors: SentenceInfo['actors'],
): readonly FrameShape[] {
  // Shapes name the lexicon's products: remembered for the build, which runs with one lexicon.
  return remembered('measure-shape.shapes', text, () => shapesOf(text, tokens, triggers, actors));
}

function shapesOf(
  text: string,
  tokens: readonly Token[],
  triggers: readonly Trigger[],
  actors: SentenceInfo['actors'],
): readonly FrameShape[] {
  const rates = findRates(text);
  const shapes: FrameShape[] = [];
  let previousVerb: GoverningVerb | null = null;
  triggers.forEach((trigger, i) => {
    const following = triggers[i + 1];
    const next = following ? phraseStart(tokens, following.tokenIndex) : text.length;
    // Parentheses do not end a clause: "(USMCA; P.L. 116-113) on March 7".
    const window = text.slice(trigger.end, Math.max(trigger.end, next));
    const rawWindow = window.includes('(') ? window.replace(/\([^)]*\)/g, (m) => ' '.repeat(m.length)) : window;
    const clauseBreak = rawWindow.search(CLAUSE_BREAK);
    const limit = clauseBreak === -1 ? Math.max(trigger.end, next) : trigger.end + clauseBreak;
    const leftStart = triggers[i - 1]?.end ?? 0;
    let verb = governingVerb(tokens, text, trigger, leftStart, limit);
    // "a 10% tariff on energy imports and a 25% tariff on all other goods": the second shares the first one's verb.
    if (!verb && previousVerb && i > 0 && !CLAUSE_BREAK.test(text.slice(triggers[i - 1]!.end, trigger.start)))
      verb = previousVerb;
    previousVerb = verb;
    const rate = rateOf(text, trigger, leftStart, limit, rates, verb);
    // Products: the object after "on"/"against"/"for"/"to include", else the noun compound before the trigger,
    // else the phrase the frame is said of ("energy products … subject to a 10% tariff", "exempted X from tariffs").
    let reading = null as ReturnType<typeof readObject> | null;
    // "will apply a 100% tariff to Canadian rapeseed oil": after "apply", "to" opens the goods (elsewhere "to" opens a
    // rate, "raised tariffs to 50%").
    const lead =
      text.slice(trigger.end, limit).match(OBJECT_LEAD) ??
      (verb && verb.start < trigger.start && /^appl(?:y|ies|ied|ying)\b/i.test(text.slice(verb.start))
        ? text.slice(trigger.end, limit).match(/^\s*to\s+(?=(?:the\s+)?[A-Za-z])(?!(?:about|around|nearly|zero)\b)/i)
        : null);
    if (lead) {
      const at = tokens.findIndex((t) => t.start >= trigger.end + lead[0].length);
      if (at >= 0 && tokens[at]!.start < limit) reading = readObject(tokens, at, limit, actors, text);
    }
    let products = reading?.products ?? [];
    if (reading?.anaphoric || products.length === 0)
      products = [...new Set([...products, ...productsBefore(tokens, trigger.tokenIndex, text)])];
    if (products.length === 0 && verb?.objectStart !== undefined) {
      const at = tokens.findIndex((t) => t.start >= verb!.objectStart!);
      if (at >= 0) reading = readObject(tokens, at, Math.max(limit, trigger.start), actors, text);
      products = reading?.products ?? [];
    }
    const base = Math.max(0, trigger.start - 60);
    // "… except for oil and energy, which would be taxed at 10percent": the goods taxed are the clause's subject too.
    const taxed = /^taxed$/i.test(text.slice(trigger.start, trigger.end));
    let facedAt = -1;
    let subjectTo = (taxed ? TAXED_SUBJECT : SUBJECT_TO).exec(text.slice(base, trigger.start));
    // "pork and aquatic products will face a 25% duty", "Canadian steel has faced a 25% U.S. tariff": goods that
    // face a measure are its object (read only when the subject names goods the lexicon knows).
    if (!subjectTo && products.length === 0) {
      const faced = FACED_BY_GOODS.exec(text.slice(base, trigger.start));
      const clauseStart = Math.max(
        0,
        text.lastIndexOf(',', trigger.start - 1) + 1,
        text.lastIndexOf(';', trigger.start) + 1,
      );
      if (faced && findProducts(text.slice(clauseStart, base + faced.index)).length > 0)
        [subjectTo, facedAt] = [faced, clauseStart];
    }
    let origin: string | null = null;
    if (products.length === 0 && subjectTo) {
      // "steel and aluminum products from China that will be subject to the 25 per cent surtax"
      let clauseStart =
        facedAt >= 0
          ? facedAt + (text.slice(facedAt).match(/^\s*(?:while|and|but|whereas|as)?\s*/i)?.[0].length ?? 0)
          : Math.max(0, text.lastIndexOf(';', trigger.start) + 1, text.lastIndexOf(':', trigger.start) + 1);
      const subjectAt = base + subjectTo.index;
      const except = text.slice(clauseStart, subjectAt).search(/\bexcept(?:\s+for)?\s+/i);
      if (except >= 0) {
        // "all imports from Canada except for oil and energy": the goods excepted from a country's tariff.
        const exceptAt = clauseStart + except;
        origin = actors.filter((a) => a.end <= exceptAt && a.form === 'name').pop()?.code ?? null;
        clauseStart = exceptAt + (text.slice(exceptAt).match(/^except(?:\s+for)?\s+/i)?.[0].length ?? 0);
      }
      const span = text.slice(clauseStart, Math.max(clauseStart, subjectAt));
      const at = tokens.findIndex((t) => t.start >= clauseStart && ['NOUN', 'PROPN', 'ADJ', 'DET'].includes(t.pos));
      const own = at >= 0 ? readObject(tokens, at, Math.max(clauseStart, subjectAt), actors, text) : null;
      products = findProducts(span);
      if (products.length === 0 && own) products = own.products;
      reading = own && (reading === null || reading.origins.length === 0) ? { ...own, products } : reading;
    }
    // "will hit Canada with a 35% tariff", "slapped Chinese steel with duties": the verb's object is what the tariff is on.
    const hitWith =
      products.length === 0 && !subjectTo
        ? HIT_WITH.exec(text.slice(Math.max(leftStart, trigger.start - 130), trigger.start))
        : null;
    if (hitWith) {
      const spanStart =
        Math.max(leftStart, trigger.start - 130) +
        hitWith.index +
        hitWith[0].length -
        hitWith[2]!.length -
        hitWith[3]!.length;
      const spanActors = actors.filter((a) => a.start >= spanStart && a.end <= spanStart + hitWith[2]!.length);
      const goods = findProducts(hitWith[2]!);
      // "said it would hit rapeseed oil, …, and peas from Canada with a 100 per cent tariff": a comma in the list
      // hid the verb from governingVerb; "hit" is it, and its subject imposes.
      if (!verb && (goods.length > 0 || spanActors.length === 1)) {
        const verbAt = Math.max(leftStart, trigger.start - 130) + hitWith.index;
        const lead = text.slice(Math.max(leftStart, verbAt - 40), verbAt);
        const negated = /\b(?:not|never|no)\s+(?:\w+\s+)?$/i.test(lead);
        const planned = /\b(?:will|would|could|may|might|to|threaten\w*|plans?)\s+(?:\w+\s+)?$/i.test(lead);
        verb = { start: verbAt, action: 'impose', planned, negated, announced: false };
      }
      if (spanActors.length === 1) origin = spanActors[0]!.code;
      if (goods.length > 0) products = goods;
      else if (spanActors.length === 1 && /^(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*\s*$/.test(hitWith[2]!))
        products = ['all goods'];
    }
    // (only for the first frame after the quota: "…, instead of the 100% surtax it imposed in 2024" is another)
    const quotaMatch = products.length === 0 ? QUOTA.exec(text.slice(0, trigger.start)) : null;
    const quota = quotaMatch && quotaMatch.index >= leftStart ? quotaMatch : null;
    if (quota) {
      verb ??= { start: quota.index, action: 'reduce', planned: false, negated: false, announced: false };
      // "Canada will allow up to 49,000 Chinese electric vehicles (EV) into the Canadian market, with the … tariff rate of 6.1%"
      const at = tokens.findIndex((t) => t.start >= quota.index + quota[0].length);
      if (at >= 0) reading = readObject(tokens, at, trigger.start, actors, text);
      products = reading?.products ?? [];
    }
    if (reading?.anaphoric && products.length === 0) {
      const clause = Math.max(0, text.lastIndexOf(',', trigger.start) + 1);
      products = findProducts(text.slice(clause, trigger.start));
    }
    // "the tariff on Canada": a country as the object covers all it sells.
    if (
      products.length === 0 &&
      reading &&
      reading.origins.length > 0 &&
      /^\s*(?:on|against)\s+(?:the\s+)?[A-Z]/.test(text.slice(trigger.end, limit))
    )
      products = ['all goods'];
    if (
      products.length === 0 &&
      /(?<!near-)\b(?:universal|global|worldwide|across-the-board|blanket)\s+(?:[\w%-]+\s+){0,2}$/i.test(
        text.slice(Math.max(leftStart, trigger.start - 40), trigger.start),
      )
    )
      products = ['all goods'];

    shapes.push({
      trigger,
      next,
      limit,
      leftStart,
      verb,
      rate,
      reading,
      products,
      subjectTo: !!subjectTo,
      faced: facedAt >= 0,
      quota: !!quota,
      origin,
    });
  });
  return shapes;
}
