// Locative judgement: whether a name that can also be a party ("China imposed", "ties with Canada") is used in a
// sentence as a location ("in China", "travel to Malaysia, Singapore, and the Republic of Korea", "Gyeongju, ROK",
// an infobox "Place: Canada and China", "Canadian Embassy, Beijing"). Pure functions over the sentence text.
import { MONTH_NAMES, WEEKDAY_NAMES } from './calendar.ts';

/** Words before a name that make it a place ("traveled to Ottawa", "a visit to Beijing", "subsidies in Canada"). */
const LOCATIVE_LEAD =
  /\b(?:in|at|to|into|near|outside|inside|within|across|throughout|visit|visits|visited|visiting|via|toward|towards|(?:returned|returning|returns|arrived|arriving|arrives|flew|flying|travelled|traveled|departed|departing|departs|back|home)\s+from|(?:city|town|village|port|province|state|territory|island|capital)\s+of)\s+(?:the\s+)?$/i;
/** "to" that joins a verb or noun to its complement, not to a destination: "relating to North Korea", "a threat to the United States", "referred to China as". */
const NON_SPATIAL_TO =
  /\b(?:according|relating|related|relates|relate|referred|refers|refer|referring|threat|threats|respect|regard|due|owing|thanks|compared|similar|addition|response|responding|reply|commitment|committed|opposed|opposition|apply|applies|applied|applying|retaliation|return|close|next|prior|pertaining|belonging|belongs|sympathetic|hostile|friendly|loyal|harm|damage|risk|risks)\s+to\s+(?:the\s+)?$/i;
/** "in Beijing and Ottawa": the second name of a pair after a locative word. */
const COORDINATED_LEAD = /\b(?:in|at|to)\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?\s+(?:and|or)\s+$/;
/** A labelled field of a flattened infobox or fact box: "- Place: Canada, Mexico, United States" (up to the next label). */
const FIELD_LABEL = /(?:^|\n|\s[-–|]\s|\|)[\s\-–|]*(?:Place|Places|Location|Locations|Venue|Site)\s*:[^:\n]{0,120}$/u;
/** A diplomatic mission before its city: "Canadian Embassy, Beijing", "Embassy of China, Ottawa", "Consulate General in". */
const MISSION_LEAD =
  /\b(?:Embassy|Consulate|Consulate[- ]General|High Commission)(?:\s+of\s+(?:the\s+)?\p{Lu}[\p{L}'’.]*(?:\s+\p{Lu}[\p{L}'’.]*){0,3})?\s*,\s*$/u;
/** Between two names of one list: "Malaysia, Singapore", "Singapore, and the Republic of Korea", "Canada or Mexico". */
const LIST_FINAL = /^\s*,?\s*(?:and|or|as well as)\s+(?:the\s+)?$/;
const LIST_MIDDLE = /^\s*,\s*(?:the\s+)?$/;
/** What may follow a name in the middle of a list. */
const LIST_GOES_ON = /^\s*(?:,|and\b|or\b)/;
/** Words after an abbreviation that keep it a name ("in the U.S. and Canada", "to the U.S. last year"), not an adjective ("U.S. goods", "the U.S. State Department"). */
const FUNCTION_WORD = new RegExp(
  `^\\s+(?:and|or|in|on|at|for|since|after|before|with|by|to|from|of|last|this|next|until|when|where|which|that|is|was|were|are|has|had|have|will|would|but|as|over|under|during|${WEEKDAY_NAMES}|${MONTH_NAMES})\\b`,
);

/**
 * A name used as a location by what precedes or follows it: a locative word, the second of a pair after one, a
 * "where" clause ("on Seoul, where …"), an infobox place field, or a diplomatic mission's city. A gerund right after
 * it makes it an actor ("resulted in Beijing detaining two Canadians").
 */
export function usedAsPlace(sentence: string, start: number, end: number): boolean {
  const before = sentence.slice(Math.max(0, start - 140), start);
  const near = before.slice(-40);
  const after = sentence.slice(end, end + 20);
  if (/^\s+[a-z]+ing\b/.test(after)) return false;
  if (NON_SPATIAL_TO.test(near)) return false;
  return (
    LOCATIVE_LEAD.test(near) ||
    COORDINATED_LEAD.test(near) ||
    /^\s*,?\s*where\b/.test(after) ||
    FIELD_LABEL.test(before) ||
    MISSION_LEAD.test(near)
  );
}

/** The text between an accepted place and the next name makes the name one more of that list of places. */
export function continuesList(between: string, after: string): boolean {
  return LIST_FINAL.test(between) || (LIST_MIDDLE.test(between) && LIST_GOES_ON.test(after));
}

/** "Gyeongju, Republic of Korea", "Kuala Lumpur, Malaysia": a country right after a city of that country. */
export function isAppositiveCountry(between: string): boolean {
  return /^\s*,\s*(?:the\s+)?$/.test(between);
}

/** "U.S. goods", "PRC officials": an abbreviation read as an adjective, not as the country. */
export function isAdjectivalAbbreviation(sentence: string, end: number): boolean {
  const after = sentence.slice(end, end + 30);
  return /^\s+[A-Za-z]/.test(after) && !FUNCTION_WORD.test(after);
}

const MONTH_START = /^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d/;

export interface DatelinePlace {
  /** The city as printed ("KUALA LUMPUR"), and its offsets in the sentence. */
  printed: string;
  start: number;
  end: number;
  /** Title-cased for gazetteer look-up ("Kuala Lumpur"). */
  name: string;
  /** What follows the comma: a country name or a date, for the caller to check. */
  rest: string;
}

/**
 * A wire dateline opening a line: "GYEONGJU, Republic of Korea, Oct. 30, 2025 /CNW/", "BEIJING, Jan 16 (Reuters) -",
 * "OTTAWA —". The city is where the report is filed from, hence a place the article names.
 */
export function datelinePlace(sentence: string): DatelinePlace | null {
  const match = /(?:^|\n)[ \t]*(\p{Lu}[\p{Lu}'’.-]+(?:[ ]\p{Lu}[\p{Lu}'’.-]+){0,3})(?=[ \t]*(?:,|\(|[—–]|-\s))/u.exec(
    sentence,
  );
  if (!match) return null;
  const printed = match[1]!;
  const start = match.index + match[0].length - printed.length;
  const end = start + printed.length;
  const rest = sentence.slice(end).replace(/^[ \t]*,?[ \t]*/, '');
  // A wire dateline: a date, a country, an outlet in parentheses or a dash follows; a shouted heading does not.
  const wire = MONTH_START.test(rest) || /^\(|^[—–-]\s/.test(rest) || /^\p{Lu}\p{Ll}/u.test(rest);
  if (!wire || printed.replace(/[^A-Z]/g, '').length < 3) return null;
  const name = printed.toLowerCase().replace(/(^|[\s'’.-])\p{Ll}/gu, (letter) => letter.toUpperCase());
  return { printed, start, end, name, rest };
}
