// Place records for the dataset: every place the articles use as a location, and every place a meeting or trip stop
// uses, each with its evidence and offline coordinates; a country takes the full name the articles use most for it.
import type { Evidence, Place, ReportEntry } from '../../src/lib/dataset.ts';
import type { ArticleContext } from './context.ts';
import { sentenceEvidence } from './context.ts';
import { countArticles, dedupeEvidence } from './evidence.ts';
import { preferredCountryName } from './gazetteer-countries.ts';
import { placeCoordinates, type PlaceEntry } from './places.ts';
import { findVenues } from './place-venues.ts';

export type PlaceRegistry = Map<string, PlaceEntry>;

/** True when `inner` lies in `outer` (same place, or a city of that country). */
export function placeWithin(registry: PlaceRegistry, inner: string, outer: string): boolean {
  if (inner === outer) return true;
  const a = registry.get(inner);
  const b = registry.get(outer);
  return Boolean(a && b && b.kind === 'country' && a.kind !== 'country' && a.country === b.country);
}

export function buildPlaces(
  contexts: readonly ArticleContext[],
  registry: PlaceRegistry,
  used: ReadonlyMap<string, Evidence[]>,
): { places: Place[]; warnings: ReportEntry[] } {
  const evidence = new Map<string, Evidence[]>();
  const surfaces = new Map<string, string[]>();
  for (const context of contexts) {
    for (const sentence of context.sentences) {
      // Pushed, not copied: a copy of the list per mention was quadratic (50,000 mentions of "Canada" in 10,000 articles).
      for (const mention of sentence.places) {
        const list = surfaces.get(mention.key);
        if (list) list.push(sentence.text.slice(mention.start, mention.end));
        else surfaces.set(mention.key, [sentence.text.slice(mention.start, mention.end)]);
      }
      // Venues are read here, not among the sentence's places: meetings and the trip keep the city around them.
      const venues = findVenues(sentence.text, sentence.places, registry);
      for (const venue of venues) if (!registry.has(venue.entry.key)) registry.set(venue.entry.key, venue.entry);
      for (const key of new Set([...sentence.places, ...venues.map((v) => v.entry)].map((p) => p.key))) {
        const list = evidence.get(key) ?? [];
        list.push(sentenceEvidence(context.article, sentence));
        evidence.set(key, list);
      }
    }
  }
  const places: Place[] = [];
  const warnings: ReportEntry[] = [];
  for (const [key, entry] of registry) {
    // Every place the text uses as a location has that as evidence; one only implied (a traveller's home capital) borrows its fact's.
    const own = evidence.get(key) ?? [];
    const list = dedupeEvidence(own.length > 0 ? own : (used.get(key) ?? []));
    if (list.length === 0) continue;
    const coordinates = placeCoordinates(entry);
    if ('problem' in coordinates) {
      warnings.push({
        file: 'data/lexicon/places.json',
        message: `${entry.name}: ${coordinates.problem}; the place is left out`,
      });
      continue;
    }
    places.push({
      id: key,
      name:
        entry.kind === 'country'
          ? preferredCountryName(entry.country, surfaces.get(key) ?? [], entry.name)
          : entry.name,
      kind: entry.kind,
      country: entry.country,
      lat: coordinates.lat,
      lon: coordinates.lon,
      coordinatesSource: coordinates.source,
      provenance: 'extracted',
      evidence: list,
      articleCount: countArticles(list),
    });
  }
  places.sort((a, b) => (a.id < b.id ? -1 : 1));
  return { places, warnings };
}
