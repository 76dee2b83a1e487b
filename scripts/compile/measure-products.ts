// What a measure covers: the noun phrases of its object read from the tokens ("on canola oil, peas and pork",
// "on imports of steel and aluminum products from China", "steel, aluminum, and copper tariffs",
// "energy products … subject to a 10% tariff"), each mapped to a lexicon label, the blanket "all goods", or kept as
// written; and the origin those phrases name ("Chinese-made", "from Canada", "from all countries").
import type { ActorMention } from './context.ts';
import { MONTH_NAMES, WEEKDAY_NAMES } from './calendar.ts';
import { remembered } from './build-scope.ts';
import { actorForWord } from './entities.ts';
import { alternation, lexiconCache, type Lexicon, type ProductEntry } from './lexicon.ts';
import type { Token } from './nlp.ts';

interface ProductMatchers {
  products: { entry: ProductEntry; re: RegExp }[];
  ellipses: { entry: ProductEntry; re: RegExp; head: RegExp }[];
}
function productMatchers(): ProductMatchers {
  return lexiconCache('measure-products.productMatchers', buildProductMatchers);
}

function buildProductMatchers({ products }: Lexicon): ProductMatchers {
  const list: { entry: ProductEntry; re: RegExp }[] = [];
  for (const entry of products) {
    // "EV"/"EVs" are acronyms: match them case-sensitively so "every" or "ev" never count.
    const words = entry.aliases.filter((alias) => alias !== alias.toUpperCase() || alias.length > 4);
    const acronyms = entry.aliases.filter((alias) => !words.includes(alias));
    if (words.length) list.push({ entry, re: new RegExp(`(?<![\\w-])(?:${alternation(words)})(?![\\w-])`, 'gi') });
    if (acronyms.length)
      list.push({ entry, re: new RegExp(`(?<![\\w-])(?:${alternation(acronyms)})s?(?![\\w-])`, 'g') });
    for (const pattern of entry.patterns ?? []) list.push({ entry, re: new RegExp(pattern, 'g') });
  }
  return {
    products: list,
    ellipses: products
      .filter((entry) => entry.ellipsis)
      .map((entry) => ({
        entry,
        re: new RegExp(`(?<![\\w-])${entry.ellipsis!.word}(?![\\w-])`, 'gi'),
        head: new RegExp(`\\b${entry.ellipsis!.head}\\b`, 'i'),
      })),
  };
}

/**
 * Product labels named in a stretch of text, longest alias first, in text order. Wire copy repeats sentences, and a
 * frame asks about the same stretches several times: the answers are remembered for the build (which runs with one
 * lexicon, the one the answers depend on).
 */
export function findProducts(text: string): string[] {
  return [...remembered('measure-products.products', text, () => productsIn(text))];
}

function productsIn(text: string): string[] {
  const { products, ellipses } = productMatchers();
  const taken: { start: number; end: number; label: string }[] = [];
  const candidates: { start: number; end: number; label: string }[] = [];
  for (const { entry, re } of products) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text))
      candidates.push({ start: m.index, end: m.index + m[0].length, label: entry.label });
  }
  for (const { entry, re, head } of ellipses) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text))
      if (head.test(text.slice(0, m.index)))
        candidates.push({ start: m.index, end: m.index + m[0].length, label: entry.label });
  }
  candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  for (const candidate of candidates)
    if (!taken.some((t) => candidate.start < t.end && t.start < candidate.end) && !phrasalVerb(text, candidate))
      taken.push(candidate);
  return [...new Set(taken.sort((a, b) => a.start - b.start).map((t) => t.label))];
}

/** "promised to beef up border enforcement": a product word read as the verb of a phrasal verb names no good. */
function phrasalVerb(text: string, at: { start: number; end: number }): boolean {
  return (
    /^\s+(?:up|down|out)\b/i.test(text.slice(at.end, at.end + 6)) &&
    /\b(?:to|will|would|must|should|can|could|'ll)\s+$/i.test(text.slice(Math.max(0, at.start - 8), at.start))
  );
}

export interface ProductReading {
  /** Lexicon labels, "all goods", or phrases as written. */
  products: string[];
  /** Countries the object names as origin ("Chinese-made EVs", "imports from Canada"), in text order. */
  origins: string[];
  /** "from all countries", "from most trading partners", "universal": every origin. */
  allOrigins: boolean;
  /** "such articles", "those goods": the products are named earlier in the sentence. */
  anaphoric: boolean;
  /** Offset (in the sentence) where the object ends. */
  end: number;
  /** "on $30 billion in goods": a part of a larger measure, told by its value. */
  scoped?: boolean;
}

const BLANKET_HEADS = new Set([
  'good',
  'goods',
  'import',
  'imports',
  'product',
  'products',
  'export',
  'exports',
  'item',
  'items',
  'commodity',
  'commodities',
  'merchandise',
  'article',
  'articles',
]);
/** Words that leave a blanket phrase blanket: "all other Canadian goods", "goods imported from the U.S.". */
const BLANKET_MODIFIERS = new Set([
  'all',
  'most',
  'other',
  'various',
  'several',
  'certain',
  'many',
  'more',
  'imported',
  'manufactured',
  'the',
  'its',
  'their',
  'of',
  'non',
  'foreign',
  'additional',
  'some',
  'remaining',
  'related',
]);
/** Heads that name no product of their own: "other sectors", "13 new product codes (for steel …)". */
const EMPTY_HEADS = new Set([
  'sector',
  'sectors',
  'area',
  'areas',
  'industries',
  'industry',
  'codes',
  'code',
  'lines',
  'categories',
  'category',
  'list',
  'things',
  'range',
  'number',
  'amount',
  'value',
  'worth',
]);
const ANAPHORA = new Set(['such', 'those', 'these', 'them', 'they', 'it']);
/** "duties on the product", "levies on the crop": a singular generic noun after "the" names goods said before. */
const ANAPHORIC_NOUNS = new Set(['product', 'crop', 'commodity', 'oilseed', 'item', 'grain']);
const QUANTIFIERS = new Set([
  'all',
  'most',
  'some',
  'several',
  'certain',
  'various',
  'other',
  'additional',
  'new',
  'many',
  'the',
  'a',
  'an',
  'its',
  'their',
  'such',
  'those',
  'these',
  'key',
  'more',
  'related',
]);
const ALL_ORIGINS =
  /^\s*(?:(?:imported|imports?|goods)\s+)?(?:(?:from|on|of|with)\s+)?(?:imports\s+from\s+)?(?:nearly\s+|almost\s+|virtually\s+)?(?:all|most|every)\s+(?:other\s+)?(?:countries|nations|trading\s+partners|partners|sources|origins|countr(?:y|ies))\b/i;
const CONNECTOR = /^(?:and|or|&)$/i;

function isNominal(t: Token | undefined): boolean {
  return !!t && (t.pos === 'NOUN' || t.pos === 'PROPN');
}

/** Whether token i can sit inside a product phrase: modifiers, nouns, "-made", "Chinese-made", "pulp and paper". */
function inPhrase(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (t.pos === 'ADJ' || t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'NUM') return !/^\d{4}$/.test(t.text);
  if (t.text === '-' && tokens[i - 1]?.end === t.start && tokens[i + 1]?.start === t.end) return true;
  if (t.pos === 'VERB' && (tokens[i - 1]?.text === '-' || (/ed$/.test(t.text) && isNominal(tokens[i + 1]))))
    return true; // "Chinese-made", "manufactured goods"
  // "most Canadian imports": the tagger reads "most" as an adverb there.
  if (
    (t.pos === 'DET' || t.pos === 'ADV') &&
    /^(?:all|some|most|such|those|these|other|certain|several|various)$/i.test(t.text)
  )
    return true;
  return false;
}

const MONTH = new RegExp(`^(?:${MONTH_NAMES}|${WEEKDAY_NAMES})\\d*$`);

/** One phrase from token i: [first, last) and the next index; null when no nominal head. */
function phraseAt(tokens: readonly Token[], i: number, limit: number): { first: number; last: number } | null {
  let j = tokens[i]?.lemma === 'the' ? i + 1 : i;
  let lastNominal = -1;
  while (j < tokens.length && tokens[j]!.start < limit && inPhrase(tokens, j)) {
    if (MONTH.test(tokens[j]!.text) || /^(?:effective|including|except|worth)$/i.test(tokens[j]!.text)) break;
    if (isNominal(tokens[j]) || ANAPHORA.has(tokens[j]!.lemma)) lastNominal = j;
    j += 1;
  }
  // "goods transshipped to evade …": a participle after the head still says which goods.
  const next = tokens[j];
  if (
    lastNominal === j - 1 &&
    next &&
    next.pos === 'VERB' &&
    /ed$/.test(next.text) &&
    !BLANKET_MODIFIERS.has(next.text.toLowerCase()) &&
    next.start < limit &&
    tokens[j + 1]?.pos === 'PART'
  )
    lastNominal = j;
  // "imports of Russian aluminum", "products such as …": the phrase after "of" / "such as" names the goods.
  return lastNominal < 0 ? null : { first: i, last: lastNominal + 1 };
}

function skipFiller(tokens: readonly Token[], i: number): number {
  // "$30 billion in goods", "$155 billion worth of imported goods", "imports of steel", "products such as …", "(EVs)"
  for (;;) {
    const t = tokens[i];
    if (!t) return i;
    if (t.text === '(') {
      const close = tokens.findIndex((x, k) => k > i && x.text === ')');
      if (close < 0) return i;
      i = close + 1;
      continue;
    }
    const rest = tokens
      .slice(i, i + 8)
      .map((x) => x.text.toLowerCase())
      .join(' ');
    // "about $30 billion worth of", "roughly C$30 billion of": an approximation is part of the amount.
    const money = rest.match(
      /^(?:(?:about|around|roughly|nearly|almost|approximately|some|over|more than|up to|at least|close to|an estimated) (?=(?:\$|us\$|c\$)|[\d.,]+ (?:billion|million|trillion)))?(?:(?:\$|us\$|c\$)\s?[\d.,]+ )?(?:billion|million|trillion)\s?(?:\( ?\w* ?\) )?(?:worth )?(?:of |in )?|^(?:\$|us\$|c\$)\s?[\d.,]+ (?:worth )?(?:of |in )?/,
    );
    if (money && money[0].trim()) {
      i += money[0].trim().split(/\s+/).length;
      continue;
    }
    const lead = rest.match(
      /^(?:(?:u\.s\. )?imports? of|products such as|goods such as|such as|a list of goods(?: including)?|a list of|a number of|a range of|the import of|exports of|items such as)\b/,
    );
    if (lead) {
      i += lead[0].split(/\s+/).length;
      continue;
    }
    return i;
  }
}

/**
 * The coordinated phrases from token `i` up to `limit` (a sentence offset): "canola oil, peas and pork".
 * A list joined by commas alone must close with "and"/"or", or only its first phrase is kept
 * ("all Chinese-made EVs, effective October 1" is one phrase, not two).
 */
function coordinatedPhrases(
  tokens: readonly Token[],
  i: number,
  limit: number,
): { phrases: { first: number; last: number }[]; end: number } {
  const phrases: { first: number; last: number }[] = [];
  const separators: (',' | 'and')[] = [];
  let k = skipFiller(tokens, i);
  for (;;) {
    const phrase = phraseAt(tokens, k, limit);
    if (!phrase) {
      if (separators.length > phrases.length - 1) separators.pop();
      break;
    }
    const head = tokens[phrase.last - 1]!;
    if (
      (EMPTY_HEADS.has(head.text.toLowerCase()) || head.text.toLowerCase() === 'product') &&
      /^(?:for|of|containing)$/i.test(tokens[phrase.last]?.text ?? '')
    ) {
      k = phrase.last + 1;
      continue;
    }
    phrases.push(phrase);
    k = phrase.last;
    // "(EVs)", "(USMCA)": an abbreviation after the phrase.
    if (tokens[k]?.text === '(') {
      const close = tokens.findIndex((x, n) => n > k && x.text === ')');
      if (close > 0 && close - k < 8) k = close + 1;
    }
    // An origin after the phrase ("imports from Canada", "products from China", "goods imported from the U.S.").
    const origin = tokens
      .slice(k, k + 3)
      .map((t) => t.text)
      .join(' ');
    if (/^(?:imported from|made in|originating in|originating from|from)\b/i.test(origin)) {
      let m = k + (/^from/i.test(origin) ? 1 : 2);
      if (tokens[m]?.lemma === 'the') m += 1;
      while (
        m < tokens.length &&
        (tokens[m]!.pos === 'PROPN' ||
          tokens[m]!.text === '.' ||
          /^(?:nearly|almost|all|most|trading|partners|countries|other)$/i.test(tokens[m]!.text))
      )
        m += 1;
      k = m;
    }
    const t = tokens[k];
    if (!t || t.start >= limit) break;
    if (t.text === ',' && CONNECTOR.test(tokens[k + 1]?.text ?? '')) {
      separators.push('and');
      k += 2;
    } else if (t.text === ',') {
      separators.push(',');
      k += 1;
    } else if (CONNECTOR.test(t.text)) {
      separators.push('and');
      k += 1;
    } else break;
    // "on most Canadian imports and 10% on Canadian energy": a rate after the connector begins another frame's goods.
    if (tokens[k]?.pos === 'NUM' && /^(?:%|per|percent)$/i.test(tokens[k + 1]?.text ?? '')) {
      separators.pop();
      break;
    }
    k = skipFiller(tokens, k);
  }
  // Trailing separators without a phrase after them were popped; a list never closed by "and" keeps its first phrase.
  let kept = phrases.length;
  if (separators.length > 0 && separators[separators.length - 1] === ',') {
    const lastAnd = separators.lastIndexOf('and');
    kept = lastAnd < 0 ? 1 : lastAnd + 2;
  }
  const result = phrases.slice(0, kept);
  const last = result[result.length - 1];
  return { phrases: result, end: last ? tokens[last.last - 1]!.end : (tokens[i]?.start ?? limit) };
}

function isBlanket(
  tokens: readonly Token[],
  phrase: { first: number; last: number },
  actors: readonly ActorMention[],
): boolean {
  const head = tokens[phrase.last - 1]!;
  if (!BLANKET_HEADS.has(head.text.toLowerCase())) return false;
  for (let i = phrase.first; i < phrase.last - 1; i += 1) {
    const t = tokens[i]!;
    if (BLANKET_MODIFIERS.has(t.text.toLowerCase()) || t.text === '-' || t.text === '.') continue;
    if (actors.some((a) => a.start <= t.start && t.end <= a.end)) continue; // "Canadian goods", "U.S. imports"
    return false;
  }
  return true;
}

/** The phrase as written, without determiners, quantifiers, nationalities and "-made": "agricultural products". */
function asWritten(
  tokens: readonly Token[],
  phrase: { first: number; last: number },
  actors: readonly ActorMention[],
  text: string,
): string | null {
  const words: string[] = [];
  for (let i = phrase.first; i < phrase.last; i += 1) {
    const t = tokens[i]!;
    if (actors.some((a) => a.start <= t.start && t.end <= a.end)) continue;
    if (t.text === '-' || (t.pos === 'VERB' && tokens[i - 1]?.text === '-')) continue;
    if (QUANTIFIERS.has(t.text.toLowerCase()) || t.pos === 'NUM') continue;
    words.push(text.slice(t.start, t.end).toLowerCase());
  }
  const label = words.join(' ').trim();
  if (!label || words.every((w) => BLANKET_HEADS.has(w) || EMPTY_HEADS.has(w))) return null;
  return label;
}

/**
 * Reads the object of a measure from token `i` (just after "on", "against", "from", "to include"…) up to `limit`.
 * `actors` are the sentence's actor mentions (offsets in the sentence).
 */
export function readObject(
  tokens: readonly Token[],
  i: number,
  limit: number,
  actors: readonly ActorMention[],
  text: string,
): ProductReading {
  const { phrases, end } = coordinatedPhrases(tokens, i, limit);
  const products: string[] = [];
  let anaphoric = false;
  let blanketSeen = false;
  const objectStart = tokens[i]?.start ?? limit;
  for (const phrase of phrases) {
    const start = tokens[phrase.first]!.start;
    const phraseEnd = tokens[phrase.last - 1]!.end;
    const theGeneric =
      phrase.last - phrase.first === 2 &&
      /^(?:the|this|that)$/i.test(tokens[phrase.first]!.text) &&
      ANAPHORIC_NOUNS.has(tokens[phrase.first + 1]!.text.toLowerCase());
    if (theGeneric || (ANAPHORA.has(tokens[phrase.first]!.lemma) && !/^(?:such as)/i.test(text.slice(start)))) {
      anaphoric = true;
      continue;
    }
    // A blanket head may carry a qualifier the lexicon knows: "goods compliant with the USMCA".
    // The qualifier ends where an adverbial begins ("Canadian goods for 30 days after Trudeau promised …").
    const tail =
      (text.slice(phraseEnd, Math.min(limit, phraseEnd + 90)).split(/[,;]/)[0] ?? '').split(
        /\s(?:for\s+(?:\d|a\s|an\s|another|the\s+next|one|two|three|four|six|several)|after|before|until|since|while|when|because|if|unless|starting|beginning|effective|and\s+(?=\d|an?\s))\s*/i,
      )[0] ?? '';
    const blanket = isBlanket(tokens, phrase, actors);
    let labels = findProducts(text.slice(start, phraseEnd) + (blanket ? tail : ''));
    // "canola oil, meal and peas": an elided head ("meal" = canola meal) needs the list before it.
    if (labels.length === 0) {
      const before = new Set(findProducts(text.slice(objectStart, start)));
      labels = findProducts(text.slice(objectStart, phraseEnd)).filter((label) => !before.has(label));
    }
    if (labels.length > 0) products.push(...labels);
    // "solar panels, critical minerals and other related goods": a blanket word closing a list adds nothing
    // (but "Canadian and Mexican goods" is all goods).
    else if (blanket) blanketSeen = true;
    else {
      const written = asWritten(tokens, phrase, actors, text);
      if (written) products.push(written);
    }
  }
  // Origins: a nationality inside the phrases, or a country after "from", "originating in", "of" ("into the Canadian market" is no origin).
  const origins = actors
    .filter(
      (a) =>
        a.start >= objectStart &&
        a.start < Math.min(limit, end + 40) &&
        !(a.form === 'name' && a.possessive) &&
        !insideProperName(text, a),
    )
    .filter(
      (a) =>
        a.start < end ||
        /^[^,;]*?\b(?:from|originating in|made in|of|on)\s+(?:the\s+)?$/i.test(text.slice(end, a.start)),
    )
    .map((a) => a.code);
  for (const m of text.slice(objectStart, end).matchAll(/\b([A-Z][\w.]*)-(?:made|built|produced|origin)\b/g)) {
    const code = actorForWord(m[1]!);
    if (code) origins.unshift(code);
  }
  // "tariffs on imported steel and aluminum": imports named by no origin are imports from everywhere.
  const importedFromAnywhere =
    origins.length === 0 &&
    /^\s*(?:all\s+)?imported\s+[a-z]/i.test(text.slice(objectStart, end)) &&
    !/^\s*[^,;]*?\b(?:from|made in|originating)\b/i.test(text.slice(end, Math.min(limit, end + 30)));
  const allOrigins =
    importedFromAnywhere ||
    ALL_ORIGINS.test(text.slice(Math.max(objectStart, end), limit)) ||
    ALL_ORIGINS.test(text.slice(objectStart, limit));
  const scoped = /^(?:(?:US|C|CA)?\$\s?)?[\d.,]+\s*(?:billion|million|trillion)\b/i.test(
    text.slice(objectStart, objectStart + 24),
  );
  if (blanketSeen && products.length === 0) products.push('all goods');
  // "tariffs on all trading partners": the partners are the origins; the goods are all their goods.
  const partnersOnly =
    /^\s*(?:nearly\s+|almost\s+|virtually\s+)?(?:all|most|every)\s+(?:other\s+)?(?:countries|nations|trading\s+partners|partners|countr(?:y|ies))\b/i.test(
      text.slice(objectStart, limit),
    );
  if (partnersOnly) return { products: ['all goods'], origins: [], allOrigins: true, anaphoric, end, scoped };
  return { products: [...new Set(products)], origins, allOrigins, anaphoric, end, scoped };
}

/** Lexicon products named in the noun compound before a trigger: "Section 232 steel and aluminium tariffs". */
export function productsBefore(tokens: readonly Token[], triggerIndex: number, text: string): string[] {
  let k = triggerIndex - 1;
  while (k >= 0) {
    const t = tokens[k]!;
    if (
      t.pos === 'NOUN' ||
      t.pos === 'PROPN' ||
      t.pos === 'ADJ' ||
      t.pos === 'NUM' ||
      t.text === ',' ||
      t.text === '%' ||
      CONNECTOR.test(t.text) ||
      t.text === '-'
    )
      k -= 1;
    else break;
  }
  const start = tokens[k + 1]?.start ?? 0;
  const end = tokens[triggerIndex]!.start;
  return start < end ? findProducts(text.slice(start, end)) : [];
}

/** "the United States–Mexico–Canada Agreement", "the Trade Expansion Act": countries inside a name are not parties. */
export function insideProperName(text: string, actor: { start: number; end: number }): boolean {
  return (
    /^(?:[\s–—-]+[A-Z][\w.]*)*[\s–—-]*(?:[A-Z][\w]*\s+)?(?:Agreement|Act|Accord|Treaty|Partnership|Pact)\b/.test(
      text.slice(actor.end, actor.end + 60),
    ) && /[A-Z][\w.]*[\s–—-]+$|the\s+$/.test(text.slice(Math.max(0, actor.start - 30), actor.start))
  );
}
