// Which facts belong together, so selecting one mark can highlight its kin on every chart.
import type { Dataset, Measure, Meeting, Person } from './dataset.ts';
import type { Selection } from './selection.ts';
import { indexDataset } from './dataset-index.ts';

/** The sets already worked out, per dataset: the three charts (and the flow chart's focus) ask for the same one. */
const RELATED = new WeakMap<Dataset, Map<string, ReadonlySet<string>>>();
const NOTHING: ReadonlySet<string> = new Set();

/** Ids related to the selection (the selected id included): a meeting's stop, place and events; a measure's answers; …
 * Worked out once per dataset and id; the set is shared, hence read-only. */
export function relatedFactIds(dataset: Dataset, selection: Selection | null): ReadonlySet<string> {
  if (!selection) return NOTHING;
  let known = RELATED.get(dataset);
  if (!known) RELATED.set(dataset, (known = new Map()));
  let related = known.get(selection.id);
  if (!related) known.set(selection.id, (related = findRelatedFactIds(dataset, selection)));
  return related;
}

function findRelatedFactIds(dataset: Dataset, selection: Selection): Set<string> {
  const related = new Set<string>();
  const { id } = selection;
  related.add(id);

  for (const event of dataset.events) {
    if (event.id === id) event.relatedIds.forEach((other) => related.add(other));
    else if (event.relatedIds.includes(id)) related.add(event.id);
  }
  for (const stop of dataset.trip.stops) {
    if (stop.id === id) {
      related.add(stop.place);
      stop.meetings.forEach((meeting) => related.add(meeting));
    } else if (stop.meetings.includes(id) || stop.place === id) related.add(stop.id);
  }
  for (const meeting of dataset.meetings) {
    if (meeting.id === id && meeting.place) related.add(meeting.place);
  }
  // A meeting and the measures it discussed: the meeting's own sentences name the measure's products.
  for (const meeting of dataset.meetings) {
    for (const measure of dataset.measures) {
      if (meeting.id !== id && measure.id !== id) continue;
      if (meetingDiscusses(dataset, meeting, measure)) related.add(meeting.id === id ? measure.id : meeting.id);
    }
  }
  for (const measure of dataset.measures) {
    if (measure.id === id) measure.respondsTo.forEach((other) => related.add(other));
    else if (measure.respondsTo.includes(id)) related.add(measure.id);
  }
  // Events tied to what is now related (a stop's meeting → that meeting's timeline event).
  for (const event of dataset.events) {
    if (event.relatedIds.some((other) => related.has(other) && other !== event.id)) related.add(event.id);
  }
  for (const conflict of dataset.conflicts) {
    if (conflict.id === id) related.add(conflict.factId);
    else if (conflict.factId === id) related.add(conflict.id);
  }
  return related;
}

/** Words too general to tie a meeting to a measure ("goods", "products"). */
const GENERAL_WORDS = new Set(['goods', 'products', 'other', 'related', 'imports', 'exports']);

/** Ways the text names a person: full name, aliases, surname. */
function namesOf(person: Person): string[] {
  const surname = person.name.trim().split(/\s+/).pop();
  return [person.name, ...person.aliases, ...(surname ? [surname] : [])].filter((name) => name.length >= 2);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** What the articles say about the meeting: its evidence, plus the sentences of the same articles that name every
 * participant ("Carney and Xi discussed … canola, … seafood and electric vehicles"), which is where talks are described. */
export function meetingSentences(dataset: Pick<Dataset, 'people' | 'articles'>, meeting: Meeting): string[] {
  const participants = meeting.participants
    .map((id) => indexDataset(dataset).people.get(id))
    .filter((person): person is Person => !!person);
  const patterns = participants.map((person) => new RegExp(`\\b(?:${namesOf(person).map(escapeRegExp).join('|')})\\b`));
  const sentences = meeting.evidence.map((item) => item.quote);
  if (patterns.length < 2) return sentences;
  for (const articleId of new Set(meeting.evidence.map((item) => item.articleId))) {
    const article = indexDataset(dataset).articles.get(articleId);
    for (const span of article?.sentences ?? []) {
      const sentence = article!.text.slice(span.start, span.end);
      if (patterns.every((pattern) => pattern.test(sentence))) sentences.push(sentence);
    }
  }
  return sentences;
}

/** What the articles say about each meeting, lower-cased (meetingSentences): the dataset is never modified. */
const SAID = new WeakMap<Meeting, string>();

/** Whether what the articles say about the meeting names one of the measure's products, between the countries involved. */
export function meetingDiscusses(
  dataset: Pick<Dataset, 'people' | 'articles'>,
  meeting: Meeting,
  measure: Measure,
): boolean {
  const countries = new Set(
    meeting.participants
      .map((personId) => indexDataset(dataset).people.get(personId)?.country)
      .filter((code): code is string => !!code),
  );
  if (!countries.has(measure.imposer) || !countries.has(measure.target)) return false;
  // Every selection asks this of every meeting and measure pair, once per chart: the sentences are searched once.
  let said = SAID.get(meeting);
  if (said === undefined) {
    said = meetingSentences(dataset, meeting).join(' ').toLowerCase();
    SAID.set(meeting, said);
  }
  const words = measure.products
    .flatMap((product) => product.toLowerCase().split(/[^a-z]+/))
    .filter((word) => word.length >= 5 && !GENERAL_WORDS.has(word));
  return words.some((word) => new RegExp(`\\b${word}`).test(said));
}
