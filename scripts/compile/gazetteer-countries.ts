// Country gazetteer: every name the text may give a country ("Republic of Korea", "ROK", "the Philippines",
// "People's Republic of China", "North Korea"), from i18n-iso-countries' English names, the actors lexicon and the
// places lexicon, each mapped to its ISO alpha-2 code — and which of them may serve as the place's display name.
import countries from 'i18n-iso-countries';
import { lexiconCache, loadLexicon, type Lexicon } from './lexicon.ts';

export interface CountryName {
  code: string;
  /** A full name a report would print as the place's name: not an abbreviation ("ROK", "U.S.") or an inverted ISO form ("Korea, Republic of"). */
  displayable: boolean;
}

/** "ROK", "U.S.", "USA": letters and dots only, all capitals — a name to recognise, never one to print. */
export function isAbbreviation(name: string): boolean {
  return /^[A-Z.]+$/.test(name.replace(/\s+/g, ''));
}

function displayable(name: string): boolean {
  return !isAbbreviation(name) && !/[,()]/.test(name);
}

/**
 * Name → country. The places lexicon wins (its aliases say what the news means: "Korea" is the Republic of Korea),
 * then the actors lexicon, then ISO's names. ISO names with commas or parentheses ("Korea, Republic of") never occur
 * in running text and are left out.
 */
export function countryNames(): Map<string, CountryName> {
  return lexiconCache('gazetteer-countries.countryNames', buildCountryNames);
}

function buildCountryNames({ places, actors }: Lexicon): Map<string, CountryName> {
  const names = new Map<string, CountryName>();
  const iso = isoNames();
  const official = (name: string, code: string): boolean =>
    (iso[code] ?? []).includes(name) || actors.some((actor) => actor.code === code && actor.names.includes(name));
  for (const place of places) {
    if (place.kind !== 'country') continue;
    // A news form the lexicon names itself by ("Syria") may be printed; "Korea" or "ROK" only recognised.
    const printable = displayable(place.alias) && (official(place.alias, place.country) || place.name === place.alias);
    names.set(place.alias, { code: place.country, displayable: printable });
  }
  for (const actor of actors) {
    if (!/^[A-Z]{2}$/.test(actor.code) || actor.code === 'XX') continue;
    for (const name of actor.names)
      if (!names.has(name)) names.set(name, { code: actor.code, displayable: displayable(name) });
  }
  const codesOf = new Map<string, Set<string>>();
  for (const [code, list] of Object.entries(iso))
    for (const name of list) codesOf.set(name, (codesOf.get(name) ?? new Set()).add(code));
  for (const [name, codes] of codesOf) {
    // "Congo" is two countries, "Georgia" also a U.S. state: a name that could be either is no evidence of one.
    if (/[,()]/.test(name) || names.has(name) || codes.size > 1 || SHARED_WITH_OTHER_PLACES.has(name)) continue;
    names.set(name, { code: [...codes][0]!, displayable: displayable(name) });
  }
  return names;
}

/** Country names that are as often another place in the news (the U.S. state of Georgia). */
const SHARED_WITH_OTHER_PLACES = new Set(['Georgia']);

let iso: Record<string, string[]> | null = null;

function isoNames(): Record<string, string[]> {
  iso ??= countries.getNames('en', { select: 'all' }) as Record<string, string[]>;
  return iso;
}

/**
 * The short name the news uses for a country: the actors lexicon's first name ("China", "United States"), a name the
 * places lexicon gives it ("Syria"), ISO's short alias when it names that country only ("Russia", "Tanzania", not
 * "Congo" or "UK"), else ISO's English name.
 */
export function shortCountryName(code: string): string {
  const { actors, places } = loadLexicon();
  const actor = actors.find((entry) => entry.code === code)?.names[0];
  if (actor) return actor;
  const lexicon = places.find(
    (place) => place.kind === 'country' && place.country === code && place.name === place.alias,
  )?.alias;
  if (lexicon) return lexicon;
  const alias = countries.getName(code, 'en', { select: 'alias' });
  if (
    alias &&
    displayable(alias) &&
    Object.entries(isoNames()).every(([other, list]) => other === code || !list.includes(alias))
  )
    return alias;
  return countries.getName(code, 'en') ?? code;
}

/** Straight quotes for curly ones: "People’s Republic of China" is the same name as "People's Republic of China". */
function normaliseName(surface: string): string {
  return surface.replace(/[‘’]/g, "'").replace(/\s+/g, ' ').trim();
}

/**
 * The name a country's place record carries: the full name the articles use most for it as a place (a corpus of
 * Ottawa readouts says "Republic of Korea", one of wire copy "South Korea"), else `fallback`. Ties go to `fallback`,
 * then to the alphabetically first, so the choice never depends on article order.
 */
export function preferredCountryName(code: string, surfaces: readonly string[], fallback: string): string {
  const counts = new Map<string, number>();
  const known = countryNames();
  for (const surface of surfaces) {
    const name = normaliseName(surface);
    const entry = known.get(name);
    if (!entry || entry.code !== code || !entry.displayable) continue;
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  let best = fallback;
  let bestCount = counts.get(fallback) ?? 0;
  for (const [name, count] of [...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (count > bestCount) {
      best = name;
      bestCount = count;
    }
  }
  return best;
}
