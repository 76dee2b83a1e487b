// Stable fact ids: derived from a fact's normalised content (never from its position), so they survive rebuilds.
import { createHash } from 'node:crypto';

/** Lower-case ASCII slug: "Kuala Lumpur" → "kuala-lumpur", "Mélanie Joly" → "melanie-joly". */
export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** First 8 hex digits of the SHA-1 of a normalised key: short, stable, and collision-safe at this scale. */
export function shortHash(key: string): string {
  return createHash('sha1').update(key.normalize('NFC')).digest('hex').slice(0, 8);
}

export function personId(name: string): string {
  return `person-${slug(name)}`;
}

export function placeId(country: string | null, name: string): string {
  return `place-${country ? `${country.toLowerCase()}-` : ''}${slug(name)}`;
}

/** "measure-cn-ca-canola-oil-canola-meal-peas" (products sorted) + rate and action when they tell measures apart. */
export function measureId(imposer: string, target: string, products: readonly string[], action: string): string {
  const productPart = [...products].sort().map(slug).join('-').slice(0, 60).replace(/-+$/, '');
  const actionPart = action === 'impose' ? '' : `-${action}`;
  return `measure-${imposer.toLowerCase()}-${target.toLowerCase()}-${productPart}${actionPart}`;
}

/**
 * An id no other fact of the build has: the base, else the base with each distinguishing part added in turn, else a
 * count. Two facts with one id would be drawn, selected and linked as one.
 */
export function distinctId(base: string, used: Set<string>, distinguishers: readonly string[]): string {
  let id = base;
  for (const part of distinguishers) {
    if (!used.has(id)) break;
    id = `${id}-${part}`;
  }
  const stem = id;
  for (let n = 2; used.has(id); n++) id = `${stem}-${n}`;
  used.add(id);
  return id;
}

/** Meetings: participants (sorted ids) + date or place, so two meetings of the same pair stay apart. */
export function meetingId(participantIds: readonly string[], distinguisher: string): string {
  const names = [...participantIds]
    .sort()
    .map((id) => id.replace(/^person-/, ''))
    .join('-')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `meeting-${names}-${shortHash([...participantIds].sort().join('|') + '#' + distinguisher)}`;
}

export function eventId(category: string, date: string | null, key: string): string {
  return `event-${date ?? 'undated'}-${slug(category)}-${shortHash(key)}`;
}

export function conflictId(factId: string, field: string): string {
  return `conflict-${field}-${factId}`;
}

export function stopId(order: number, placeIdValue: string): string {
  // A stop is an itinerary position by nature: its order is part of what it is.
  return `stop-${order}-${placeIdValue.replace(/^place-/, '')}`;
}
