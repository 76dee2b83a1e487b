// Who imposes a measure and on whom: the passive agent ("imposed by China"), the owner in the noun phrase
// ("Canada's 100% surtax", "U.S. tariffs"), the subject of the governing verb (a country, a metonym, an institution,
// a person standing for their country, "the government" of the outlet), then the sentences before; the target from
// the object's origin, "universal"/"from all countries" (XX), "Canada is subject to …", a retaliation's other side.
import type { Article } from '../../src/lib/dataset.ts';
import type { ActorMention, SentenceInfo } from './context.ts';
import { actorForWord, findActors } from './entities.ts';
import type { GoverningVerb, Trigger, Zone } from './measure-frame.ts';
import { insideProperName, type ProductReading } from './measure-products.ts';
import { lexiconCache, loadLexicon } from './lexicon.ts';
import type { MeasureMention } from './measures.ts';
import { tokenize, type Token } from './nlp.ts';
import type { PeopleRegistry } from './people.ts';

export interface ArticleMemory {
  /** The country whose government publishes the article ("Department of Finance Canada" → CA), for "the government", "we". */
  outlet: string | null;
  /** Frames with imposer and target read so far in the article. */
  recent: MeasureMention[];
  /** Sentences of the article, to read the subject of the sentence before a frame. */
  sentences: readonly SentenceInfo[];
  registry: PeopleRegistry;
}

/** The country an outlet's name stands for: "Department of Finance Canada", "The White House", "Ministry of Commerce of the People's Republic of China". */
export function outletActor(article: Article): string | null {
  const outlet = article.outlet ?? '';
  if (
    !/\b(?:Department|Ministry|Office|Government|White House|Prime Minister|President|Affairs|Finance|Commerce|Council|Agency|Administration)\b/.test(
      outlet,
    )
  )
    return null;
  return findActors(outlet).find((a) => a.form === 'name' || a.form === 'adjective')?.code ?? null;
}

/** Nouns that make a country's possessive or adjective the acting body: "China's commerce ministry", "the Chinese government". */
const INSTITUTION =
  /^\s*(?:[A-Z][\w&]*\s+){0,4}(?:government|ministry|commission|department|administration|cabinet|council|authorities|officials|office|agency|regulator|customs|parliament|congress|president|premier|prime minister|leader|commerce ministry|finance ministry|finance minister|trade minister|response|retaliation|countermeasures)\b/i;
const FIRST_PERSON =
  /\b(?:I|we|We|our government|Our government|the government|The government|the Government|Government|the federal government)\b/g;
/** "on Canada", "from China", "Canada and China" (but ", and China retaliated" starts a clause). */
const PREPOSITION_BEFORE =
  /(?:\b(?:by|for|against|on|with|of|from|to|in|into|than|about|over)|(?<!,)\s\band)\s+(?:the\s+)?$/i;

interface Candidate {
  end: number;
  code: string | null;
}

function subjectCandidates(
  sentence: SentenceInfo,
  from: number,
  position: number,
  registry: PeopleRegistry,
  outlet: string | null,
): Candidate[] {
  const { text } = sentence;
  const candidates: Candidate[] = [];
  for (const actor of sentence.actors) {
    if (actor.end > position || actor.start < from) continue;
    const before = text.slice(Math.max(0, actor.start - 12), actor.start);
    // "the Government of Canada" and "the first phase of Canada's response" act; "on Canada", "from China" do not.
    const ownsInstitution = actor.possessive && INSTITUTION.test(text.slice(actor.end, actor.end + 60));
    if (
      PREPOSITION_BEFORE.test(before) &&
      !(ownsInstitution && /\bof\s+$/.test(before)) &&
      !/\b(?:Government|Ministry|Department|Office|President|Prime Minister|Premier)\s+of\s+(?:the\s+)?$/.test(
        text.slice(Math.max(0, actor.start - 30), actor.start),
      )
    )
      continue;
    // "will see Beijing cut tariffs": right before the verb, the object of one verb is the subject of this one.
    const rightBeforeVerb = /^\s*(?:will\s+|would\s+|also\s+|to\s+)?$/.test(text.slice(actor.end, position));
    if (insideProperName(text, actor) || (objectPosition(text, actor.start) && !rightBeforeVerb)) continue;
    // "Canada is subject to U.S. tariffs", "Canada continues to face …": the country named is the target.
    if (TARGET_OF_VERB.test(text.slice(actor.end, actor.end + 40))) continue;
    const institution = INSTITUTION.test(text.slice(actor.end, actor.end + 60)) && !/^\s*-/.test(text.slice(actor.end));
    if (actor.form === 'name' && !actor.possessive) candidates.push({ end: actor.end, code: actor.code });
    else if (institution) candidates.push({ end: actor.end, code: actor.code });
  }
  for (const person of sentence.people) {
    if (person.end > position || person.start < from) continue;
    if (/^['’]s/.test(text.slice(person.end, person.end + 2))) continue;
    if (
      PREPOSITION_BEFORE.test(text.slice(Math.max(0, person.start - 12), person.start)) ||
      objectPosition(text, person.start)
    )
      continue;
    // A minister the outlet's own government release names ("the Honourable …, Minister of Finance, announced").
    candidates.push({
      end: person.end,
      code: registry.country(person.key) ?? (registry.role(person.key) ? outlet : null),
    });
  }
  if (outlet) {
    FIRST_PERSON.lastIndex = 0;
    for (let m = FIRST_PERSON.exec(text); m; m = FIRST_PERSON.exec(text)) {
      const end = m.index + m[0].length;
      if (m.index < from || end > position || PREPOSITION_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index)))
        continue;
      // "Canadian government", "China's government" are actors already; "the government" alone is the outlet's.
      if (sentence.actors.some((a) => a.start < m!.index && /^\s?$/.test(text.slice(a.end, m!.index)))) continue;
      candidates.push({ end, code: outlet });
    }
  }
  return candidates.sort((a, b) => b.end - a.end);
}

/** "provide U.K. exports some relief": right after a verb (and its determiners), a mention is an object. */
function objectPosition(text: string, start: number): boolean {
  if (
    /\b(?:provide|provides|provided|give|gives|gave|grant|granted|grants|offer|offered|hit|hits|against|toward|towards)\s+(?:the\s+|its\s+|their\s+)?$/i.test(
      text.slice(Math.max(0, start - 20), start),
    )
  )
    return true;
  // "Canada followed the U.S. in imposing …": right after a verb (not one of saying: "said Canada would …") is its object.
  const tokens = tokenize(text);
  let k = tokens.findIndex((t) => t.start >= start) - 1;
  if (k >= 0 && tokens[k]!.pos === 'DET') k -= 1;
  const before = tokens[k];
  // "prompted Beijing to retaliate": the object of one verb is the subject of the next.
  const actorEnd = tokens.find((t) => t.start >= start && /^\s+to\s+\w/.test(text.slice(t.end)));
  if (actorEnd && actorEnd.start - start < 30 && !/[,;]/.test(text.slice(start, actorEnd.end))) return false;
  return !!before && before.pos === 'VERB' && !SAYING.has(before.lemma) && !/ing$/.test(before.text);
}

const SAYING = new Set([
  'say',
  'announce',
  'warn',
  'declare',
  'state',
  'confirm',
  'add',
  'note',
  'believe',
  'expect',
  'report',
  'argue',
  'insist',
  'suggest',
  'claim',
  'think',
  'hope',
  'tell',
  'fear',
  'signal',
  'indicate',
  'predict',
  'show',
]);

/** The subject of a sentence: its first acting mention before the first verb ("President Trump issued …"). */
function subjectOfSentence(sentence: SentenceInfo, registry: PeopleRegistry, outlet: string | null): string | null {
  const firstVerb = sentence.text.search(
    /\b(?:\w+ed|is|are|was|were|has|have|had|said|says|signed|issued|took|put|set|cut)\b/,
  );
  const candidates = subjectCandidates(sentence, 0, firstVerb < 0 ? sentence.text.length : firstVerb, registry, outlet);
  return candidates[candidates.length - 1]?.code ?? null;
}

export interface SlotInput {
  sentence: SentenceInfo;
  tokens: readonly Token[];
  trigger: Trigger;
  verb: GoverningVerb | null;
  limit: number;
  leftStart: number;
  memory: ArticleMemory;
  reading?: ProductReading | null;
  /** The frame is "subject to" a measure: its products are the clause's subject, its imposer unstated. */
  subjectTo?: boolean;
  faced?: boolean;
}

/** Third-person verb forms of measures, which the tagger may read as plural nouns before a possessive or "the". */
export const MEASURE_VERB_FORM =
  /^(?:cuts|raises|lifts|imposes|removes|reduces|lowers|doubles|triples|hikes|slaps|scraps|eases|drops|extends|ends|suspends|pauses|exempts|slashes|levies)$/i;

function nominal(token: Token | undefined): boolean {
  return !!token && (token.pos === 'ADJ' || token.pos === 'NOUN' || token.pos === 'PROPN');
}

/** Start of the noun phrase that ends with the trigger: "the U.S. Section 232 tariffs", "Canada's 100% surtax". */
export function phraseStart(tokens: readonly Token[], triggerIndex: number): number {
  let k = triggerIndex - 1;
  while (k >= 0) {
    const t = tokens[k]!;
    const inside =
      ['ADJ', 'NOUN', 'PROPN', 'NUM'].includes(t.pos) ||
      t.text === '%' ||
      t.text === '-' ||
      t.text === '.' ||
      (t.pos === 'PART' && /^['’]s?$/.test(t.text)) ||
      /^(?:per|cent)$/i.test(t.text) ||
      (t.pos === 'VERB' && /ed$/.test(t.text) && ['DET', 'ADJ', 'NUM', 'SYM'].includes(tokens[k - 1]?.pos ?? '')) ||
      // "steel, aluminum, and copper tariffs": a coordinated modifier list
      ((t.text === ',' || t.pos === 'CCONJ') &&
        (nominal(tokens[k - 1]) || (t.pos === 'CCONJ' && tokens[k - 1]?.text === ',' && nominal(tokens[k - 2]))) &&
        (nominal(tokens[k + 1]) || (tokens[k + 1]?.pos === 'CCONJ' && nominal(tokens[k + 2]))));
    // "will lower tariffs", "to cut duties": after a modal or "to", a word tagged as a modifier is the verb.
    if (
      !inside ||
      (tokens[k - 1] &&
        (tokens[k - 1]!.pos === 'AUX' || (tokens[k - 1]!.pos === 'PART' && tokens[k - 1]!.lemma === 'to')) &&
        t.pos !== 'NUM')
    )
      break;
    // "The deal cuts China's tariffs": a verb form the tagger took for a noun ends the phrase.
    if (MEASURE_VERB_FORM.test(t.text) && k < triggerIndex - 1) break;
    k -= 1;
  }
  return tokens[k + 1]?.start ?? tokens[triggerIndex]!.start;
}

function actorsIn(actors: readonly ActorMention[], start: number, end: number): ActorMention[] {
  return actors.filter((a) => a.start >= start && a.end <= end);
}

/** Names written the same as their adjective ("U.S. universal tariffs"): before a trigger they own it. */
const adjectiveNames = (): Set<string> =>
  lexiconCache(
    'measure-slots.adjectiveNames',
    ({ actors }) => new Set(actors.flatMap((a) => a.names.filter((n) => a.adjectives.includes(n)))),
  );

/** The imposer of a frame, or null when the text does not make it clear. */
export function imposerOf(input: SlotInput): string | null {
  const { sentence, tokens, trigger, verb, limit, memory } = input;
  const { text } = sentence;
  // "tariffs imposed by the United States", "that were imposed by China on March 10"
  const after = text.slice(trigger.end, limit);
  const agent = after.includes(' by ') ? after.match(/^[^;]*?\b(?:\w+ed|set|put)\s+by\s+(?:the\s+)?/) : null;
  if (agent) {
    const at = trigger.end + agent[0].length;
    const actor = sentence.actors.find((a) => a.start === at || (a.start >= at && a.start <= at + 4));
    if (actor) return actor.code;
    const person = sentence.people.find((p) => p.start >= at && p.start <= at + 12);
    if (person) return memory.registry.country(person.key);
  }
  // "Canada's 100% surtax", "China's retaliatory tariffs", "U.S. tariffs", "Chinese tariffs"
  const npStart = phraseStart(tokens, trigger.tokenIndex);
  const inPhrase = actorsIn(sentence.actors, npStart, trigger.start).filter((a) => !/^\s*-/.test(text.slice(a.end)));
  const owner = inPhrase.find(
    (a) => a.possessive || a.form === 'adjective' || adjectiveNames().has(text.slice(a.start, a.end)),
  );
  if (owner) return owner.code;
  // "United States tariffs on Canada": a country named before the trigger acts when the object names another.
  const origin = input.reading?.origins[0];
  const modifier = inPhrase.find((a) => a.form === 'name' && origin && a.code !== origin);
  if (modifier) return modifier.code;
  if (/\b(?:its|their)\s+(?:[\w%-]+\s+){0,3}$/i.test(text.slice(Math.max(0, trigger.start - 40), trigger.start))) {
    const named = sentence.actors
      .filter((a) => a.form === 'name' && a.end <= trigger.start)
      .sort((a, b) => b.end - a.end)[0];
    if (named) return named.code;
  }
  // The subject of the governing verb, in the same clause as the frame.
  const position = verb && verb.start < trigger.start ? verb.start : npStart;
  const flat = text.includes('(') ? text.replace(/\([^)]*\)/g, (m) => ' '.repeat(m.length)) : text;
  const clauseStart = Math.max(0, flat.lastIndexOf(';', position) + 1, flat.lastIndexOf(':', position) + 1);
  // With no verb before it, the trigger's phrase is itself the subject ("Tariffs on … delayed indefinitely").
  const subject =
    verb && verb.start < trigger.start
      ? subjectCandidates(sentence, clauseStart, position, memory.registry, memory.outlet).find((c) => c.code)
      : undefined;
  // "the United States and United Kingdom announced …": two countries act; which one imposes is not said.
  if (
    subject &&
    sentence.actors.some(
      (a) =>
        a.code !== subject.code &&
        a.form === 'name' &&
        Math.abs(a.start - subject.end) < 40 &&
        /\band\s+(?:the\s+)?$/.test(text.slice(Math.max(0, a.start - 10), a.start)) &&
        a.end <= position,
    )
  )
    return null;
  if (subject) return subject.code;
  // The imposer may be carried over only where the clause has no subject of its own: "The order called for …",
  // "he invoked …", "A universal 10% tariff took effect", "goods … will be subject to a transshipment tariff".
  const lead = text.slice(clauseStart, position);
  const noSubject =
    input.subjectTo ||
    !verb ||
    verb.start > trigger.start ||
    /^\s*(?:[-•»]\s*)?(?:(?:On|In|Since|By)\s+[^,]+,\s*)?(?:The|This|That|Its|His|Her)?\s*(?:executive\s+)?(?:order|orders|proclamation|decree|memorandum|announcement|measure|law|he|she|it|they|He|She|It|They)\b/i.test(
      lead,
    );
  if (!noSubject) return null;
  // Goods that "face" a tariff say nothing of who imposes it: only the tariff's phrase (above) or a government speaking.
  if (input.faced) return governmentSpeaker(sentence, 0);
  // "The surtax on Chinese steel and aluminum will start Oct. 15": a definite measure is one named before.
  const definite = /\b(?:the|this|that|these|those)\s+(?:[\w%.-]+\s+){0,3}$/i.test(
    text.slice(Math.max(0, npStart - 40), trigger.start),
  );
  return (
    governmentSpeaker(sentence, trigger.end) ??
    imposerFromDiscourse(sentence, memory, definite ? (input.reading?.products ?? []) : [])
  );
}

/** ", China's commerce ministry said.", ", the Chinese government announced": an institution speaking for a country. */
const SPEAKER_TAIL =
  /,\s*((?:the\s+)?[^,;"“”]{2,70}?)\s+(?:said|says|announced|announces|stated|confirmed|added)\b[^,;]{0,40}\.?["”]?\s*$/;
const GOVERNMENT_BODY =
  /\b(?:ministry|ministries|government|commission|department|office|council|cabinet|administration|customs|spokes(?:man|woman|person))\b/i;

/**
 * An agentless measure ("A 100% tariff will be placed on Canadian canola oil, …, China's commerce ministry said")
 * is the speaking government's own; a person speaking (a minister abroad, a critic) is never read so.
 */
function governmentSpeaker(sentence: SentenceInfo, after: number): string | null {
  const tail = SPEAKER_TAIL.exec(sentence.text);
  if (!tail || tail.index < after || !GOVERNMENT_BODY.test(tail[1]!)) return null;
  const start = tail.index;
  const end = start + tail[0].length;
  const codes = new Set(sentence.actors.filter((a) => a.start >= start && a.end <= end).map((a) => a.code));
  return codes.size === 1 ? [...codes][0]! : null;
}

/** The sentences just before: the imposer their frames agree on, else the subject of the sentence before. */
function imposerFromDiscourse(
  sentence: SentenceInfo,
  memory: ArticleMemory,
  products: readonly string[],
): string | null {
  // A sentence naming other countries as actors could be about any of them: do not carry a subject over.
  const text = sentence.text;
  const subjectLike = (a: ActorMention) =>
    a.form === 'name' &&
    !a.possessive &&
    !PREPOSITION_BEFORE.test(text.slice(Math.max(0, a.start - 12), a.start)) &&
    !insideProperName(text, a) &&
    !TARGET_OF_VERB.test(text.slice(a.end, a.end + 40)) &&
    !/^\s+(?:tariffs?|duties|surtax)/i.test(text.slice(a.end));
  if (sentence.actors.some(subjectLike)) return null;
  // "Canada will place a 25% surtax on Chinese steel … Biden announced tariffs on Chinese EVs. … The surtax on Chinese
  // steel and aluminum will start Oct. 15.": a definite measure is the one named before on the same goods, whoever
  // spoke last; two governments' measures on those goods leave it unclear.
  if (products.length > 0) {
    const earlier = new Set(
      memory.recent
        .filter((m) => m.sentenceIndex < sentence.index && m.products.some((p) => products.includes(p)))
        .map((m) => m.imposer),
    );
    if (earlier.size === 1) return [...earlier][0]!;
    if (earlier.size > 1) return null;
  }
  const recent = memory.recent.filter((m) => m.sentenceIndex >= sentence.index - 2 && m.sentenceIndex < sentence.index);
  const imposers = new Set(recent.map((m) => m.imposer));
  if (imposers.size === 1) return [...imposers][0]!;
  if (imposers.size > 1) return null;
  const previous = memory.sentences.find((s) => s.index === sentence.index - 1);
  // A government's own release: a measure it states with no other actor in sight is its own.
  return (
    (previous ? subjectOfSentence(previous, memory.registry, memory.outlet) : null) ??
    (sentence.actors.length === 0 ? memory.outlet : null)
  );
}

const GLOBAL_CONTEXT =
  /\b(?:Section 232|global|worldwide|universal|all (?:countries|trading partners|imports)|most (?:countries|trading partners)|every country|nearly all goods)\b/i;
const ALL_ORIGINS_BEFORE = /\b(?:universal|global|worldwide|across-the-board)\b/i;
const TARGET_OF_VERB =
  /^\s*(?:(?:is|are|was|were|remains?|continues?\s+to\s+be|will\s+be|has\s+been|have\s+been)\s+)?(?:also\s+)?(?:subject\s+to|fac(?:e|es|ed|ing)|continues?\s+to\s+face|hit\s+(?:by|with)|exposed\s+to|targeted\s+(?:by|with))\b/i;

export interface TargetInput extends SlotInput {
  reading: ProductReading | null;
  imposer: string | null;
  zones: readonly Zone[];
  frames: readonly MeasureMention[];
}

/** The target of a frame, or null when the text does not make it clear. */
export function targetOf(input: TargetInput): string | null {
  const { sentence, tokens, trigger, reading, imposer, zones, memory } = input;
  const { text } = sentence;
  if (reading?.allOrigins) return 'XX';
  const origin = reading?.origins.find((c) => c !== imposer);
  if (origin) return origin;
  const npStart = phraseStart(tokens, trigger.tokenIndex);
  const modifiers = text.slice(npStart, trigger.start);
  if (ALL_ORIGINS_BEFORE.test(modifiers)) return 'XX';
  // "the IEEPA Canada tariffs": a country's name as a modifier is what the tariffs are on.
  const named = actorsIn(sentence.actors, npStart, trigger.start).find(
    (a) => a.form === 'name' && !a.possessive && a.code !== imposer,
  );
  if (named) return named.code;
  // "provide U.K. exports some relief from the U.S. Section 232 tariffs": the goods spared say whose they are.
  const spared = text
    .slice(Math.max(0, npStart - 80), npStart)
    .match(
      /\b([A-Z][\w.]*)\s+(?:exports|goods|imports|products|exporters)\s+(?:some\s+|an?\s+|partial\s+)?(?:relief|exemption|reprieve)\s+from\s+(?:the\s+)?$/,
    );
  if (spared) {
    const code = actorForWord(spared[1]!);
    if (code && code !== imposer) return code;
  }
  // "Canada is subject to U.S. tariffs", "Canada continues to face unjustified tariffs imposed by the United States"
  for (const actor of sentence.actors) {
    if (actor.end > trigger.start || actor.code === imposer || actor.possessive || actor.form !== 'name') continue;
    if (TARGET_OF_VERB.test(text.slice(actor.end, actor.end + 40))) return actor.code;
  }
  // A retaliation is aimed at the side it answers: "in response to unjustified U.S. tariffs", "Canada's retaliatory tariffs".
  const zone = zones.find((z) => !(z.start < trigger.start && trigger.start < z.end));
  if (zone) {
    const other = actorsIn(sentence.actors, zone.start, zone.end).find((a) => a.code !== imposer);
    if (other) return other.code;
  }
  // "Canada's 100% tariff on Chinese EVs prompted Beijing to retaliate with levies on canola oil": the side answered.
  const answering =
    /\b(?:retaliatory|counter|retaliation|retaliat\w*|respond(?:ed|s)? with|hit back|struck back|countered)\b/i.test(
      text.slice(Math.max(0, npStart - 40), trigger.end),
    ) || zones.some((z) => z.start > trigger.end);
  if (imposer && answering) {
    const answered = [...memory.recent, ...input.frames]
      .reverse()
      .find((m) => m.target === imposer && m.imposer && m.imposer !== imposer);
    if (answered) return answered.imposer;
  }
  return null;
}

/**
 * Targets still open after the sentence is read: from a coordinated frame of the same imposer ("a 100% surtax on
 * imports of EVs, and a 25% surtax on imports of steel and aluminum from China"), then from the frames just before.
 */
export function targetFromNeighbours(
  frame: MeasureMention,
  frames: readonly MeasureMention[],
  memory: ArticleMemory,
  sentence: SentenceInfo,
): string | null {
  const sameSentence = frames.filter(
    (f) => f !== frame && f.imposer === frame.imposer && f.target && f.role === frame.role,
  );
  const targets = new Set(sameSentence.map((f) => f.target));
  if (targets.size === 1) return [...targets][0]!;
  if (targets.size > 1) return null;
  // The frames just before, when this one names no sector of its own or the same products as they do.
  const sectoral = frame.products.some((p) =>
    loadLexicon().products.some((e) => e.label === p && e.family !== 'all goods'),
  );
  const recent = memory.recent.filter(
    (m) =>
      m.imposer === frame.imposer &&
      m.sentenceIndex >= sentence.index - 2 &&
      (!sectoral || m.products.join('|') === frame.products.join('|')),
  );
  const recentTargets = new Set(recent.map((m) => m.target));
  if (recentTargets.size === 1) return [...recentTargets][0]!;
  // A sectoral tariff that names no origin, in a sentence naming no other country, said where the text speaks of
  // global or Section 232 measures (this sentence or the one before): on imports from everywhere.
  const previous = memory.sentences.find((s) => s.index === sentence.index - 1)?.text ?? '';
  // … or where the article names no other country at all ("Trump doubled tariffs on steel and aluminum to 50%").
  const alone = memory.sentences.every((s) => s.actors.every((a) => a.code === frame.imposer || a.code === 'XX'));
  // A cut or removal with no origin named ("China is expected to lower tariffs on canola seed") most often undoes a
  // measure aimed at one country the report leaves unsaid: only an explicitly global context makes it everyone's.
  const global =
    GLOBAL_CONTEXT.test(sentence.text) || GLOBAL_CONTEXT.test(previous) || (alone && frame.action === 'impose');
  if (
    recentTargets.size === 0 &&
    sectoral &&
    global &&
    !frame.products.includes('all goods') &&
    sentence.actors.every((a) => a.code === frame.imposer)
  )
    return 'XX';
  return null;
}
