// Rates of a measure as the text writes them: "100 per cent", "75.8%", "25percent", "10-15 percent" (a range, no single
// rate), "from 25% to 35%" (the new rate is 35), "to 50%", "a tariff rate of 6.1%".

export interface RateMention {
  /** Offsets in the text searched. */
  start: number;
  end: number;
  /** The rate in force after the measure; null for a range ("10-15 percent"), which names no single rate. */
  value: number | null;
  /** The rate before ("from 25% to 35%" → 25). */
  from: number | null;
  /** "to 50%": a new level reached, so the measure changes an existing rate. */
  reached: boolean;
}

const NUMBER = String.raw`(\d+(?:\.\d+)?)`;
// "25percent" and "March4" are archive artefacts a real page carries: no space is required before "percent".
const PERCENT = String.raw`\s*(?:%|per\s?cents?\b|percent\b|pct\b)`;
const FROM_TO = new RegExp(
  String.raw`\bfrom\s+${NUMBER}(?:${PERCENT})?\s+to\s+(?:an?\s+(?:estimated\s+)?)?${NUMBER}${PERCENT}`,
  'gi',
);
const RANGE = new RegExp(String.raw`(?<![\w.])${NUMBER}(?:${PERCENT})?\s*(?:-|–|to)\s*${NUMBER}${PERCENT}`, 'gi');
// "to 50%", "to a combined rate of about 15%"
const TO = new RegExp(
  String.raw`(?<!\bup\s)\bto\s+(?:an?\s+)?(?:(?:combined|total|new|lower|higher|reduced)\s+)?(?:(?:tariff\s+)?(?:rate|level)\s+of\s+)?(?:about\s+|around\s+|roughly\s+|approximately\s+)?${NUMBER}${PERCENT}`,
  'gi',
);
const SINGLE = new RegExp(String.raw`(?<![\w.])${NUMBER}${PERCENT}`, 'gi');

function* matches(re: RegExp, text: string): Generator<RegExpExecArray> {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) yield m;
}

/** Every rate in a text, in text order; a span read as a range or a change is not read again as single rates. */
export function findRates(text: string): RateMention[] {
  const found: RateMention[] = [];
  const free = (start: number, end: number) => !found.some((r) => start < r.end && r.start < end);
  for (const m of matches(FROM_TO, text))
    found.push({ start: m.index, end: m.index + m[0].length, value: Number(m[2]), from: Number(m[1]), reached: true });
  for (const m of matches(RANGE, text)) {
    if (free(m.index, m.index + m[0].length))
      found.push({ start: m.index, end: m.index + m[0].length, value: null, from: null, reached: false });
  }
  for (const m of matches(TO, text)) {
    const start = m.index + m[0].search(/\d/);
    if (free(start, m.index + m[0].length))
      found.push({ start, end: m.index + m[0].length, value: Number(m[1]), from: null, reached: true });
  }
  for (const m of matches(SINGLE, text)) {
    if (free(m.index, m.index + m[0].length))
      found.push({ start: m.index, end: m.index + m[0].length, value: Number(m[1]), from: null, reached: false });
  }
  return found.sort((a, b) => a.start - b.start);
}
