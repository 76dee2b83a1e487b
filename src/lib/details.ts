// What the details panel shows for a selection: a title, labelled fields, and the evidence grouped by article.
import { actorName } from './actors.ts';
import type { Article, Conflict, Dataset, Evidence, FactBase } from './dataset.ts';
import type { Selection } from './selection.ts';
import { articleLabel } from './article-label.ts';
import { byTextPosition } from './compare.ts';
import { indexDataset } from './dataset-index.ts';
import { articlePublishedWords, factDateWords, fromToWords } from './date-words.ts';
import { joinList, plural } from './phrases.ts';

export interface DetailField {
  label: string;
  value: string;
}

export interface QuotedSentence {
  start: number;
  end: number;
  quote: string;
}

/** The sentences one article gives for a fact, in reading order. */
export interface EvidenceGroup {
  articleId: string;
  /** The article's title, else its file name: never empty. */
  articleTitle: string;
  outlet: string | null;
  published: string | null;
  file: string;
  quotes: QuotedSentence[];
}

export interface ConflictSide {
  value: string;
  evidence: EvidenceGroup[];
}

export interface ConflictDetails {
  id: string;
  subject: string;
  field: Conflict['field'];
  sides: ConflictSide[];
}

export interface Details {
  selection: Selection;
  /** "Trade measure", "Meeting", …: what kind of thing this is. */
  kindLabel: string;
  title: string;
  fields: DetailField[];
  evidence: EvidenceGroup[];
  /** Disagreements between articles about this fact (or the conflict itself), each side with its sentences. */
  conflicts: ConflictDetails[];
}

const KIND_LABELS: Record<Selection['kind'], string> = {
  measure: 'Trade measure',
  meeting: 'Meeting',
  stop: 'Trip stop',
  event: 'Event',
  place: 'Place',
  person: 'Person',
  conflict: 'Articles disagree',
  article: 'Article',
};

/** Groups evidence by article (first-cited article first), quotes sorted and de-duplicated; unknown articles are dropped. */
export function groupEvidence(dataset: Pick<Dataset, 'articles'>, evidence: readonly Evidence[]): EvidenceGroup[] {
  const articles = indexDataset(dataset).articles;
  const groups = new Map<string, EvidenceGroup>();
  for (const item of evidence) {
    const article = articles.get(item.articleId);
    if (!article) continue;
    let group = groups.get(article.id);
    if (!group) {
      group = { ...describeArticle(article), quotes: [] };
      groups.set(article.id, group);
    }
    if (!group.quotes.some((quote) => quote.start === item.start && quote.end === item.end)) {
      group.quotes.push({ start: item.start, end: item.end, quote: item.quote });
    }
  }
  for (const group of groups.values()) group.quotes.sort(byTextPosition);
  return [...groups.values()];
}

function describeArticle(article: Article): Omit<EvidenceGroup, 'quotes'> {
  return {
    articleId: article.id,
    articleTitle: articleLabel(article),
    outlet: article.outlet,
    published: articlePublishedWords(article.published),
    file: article.file,
  };
}

function conflictDetails(dataset: Dataset, conflict: Conflict): ConflictDetails {
  return {
    id: conflict.id,
    subject: conflict.subject,
    field: conflict.field,
    sides: conflict.sides.map((side) => ({ value: side.value, evidence: groupEvidence(dataset, side.evidence) })),
  };
}

/** Fact labels often contain "and" themselves ("steel and aluminium"): list them with semicolons. */
function listLabels(labels: readonly string[]): string {
  return labels.join('; ');
}

function field(label: string, value: string | null | undefined): DetailField[] {
  return value ? [{ label, value }] : [];
}

function reportedBy(fact: FactBase): DetailField[] {
  return [{ label: 'Reported by', value: plural(fact.articleCount, 'article') }];
}

function provenance(fact: FactBase): DetailField[] {
  return fact.provenance === 'extracted'
    ? []
    : field(
        'Source of this record',
        fact.provenance === 'corrected' ? 'corrected by the editor' : 'added by the editor',
      );
}

/** Everything the panel shows for the selection, or null when the id is not in the dataset. Pure: never modifies the dataset. */
export function detailsFor(dataset: Dataset, selection: Selection | null): Details | null {
  if (!selection) return null;
  const { kind, id } = selection;
  const base = { selection, kindLabel: KIND_LABELS[kind] };
  const conflictsAbout = (factId: string) =>
    dataset.conflicts
      .filter((conflict) => conflict.factId === factId)
      .map((conflict) => conflictDetails(dataset, conflict));
  const index = indexDataset(dataset);
  const personName = (personId: string) => index.people.get(personId)?.name ?? personId;
  const placeName = (placeId: string | null) => (placeId ? (index.places.get(placeId)?.name ?? placeId) : null);
  const titleOf = (factId: string) =>
    index.measures.get(factId)?.label ??
    index.meetings.get(factId)?.title ??
    index.events.get(factId)?.title ??
    index.people.get(factId)?.name ??
    index.places.get(factId)?.name ??
    null;

  switch (kind) {
    case 'measure': {
      const measure = index.measures.get(id);
      if (!measure) return null;
      const answers = dataset.measures
        .filter((other) => other.respondsTo.includes(measure.id))
        .map((other) => other.label);
      return {
        ...base,
        title: measure.label,
        fields: [
          { label: 'Imposed by', value: actorName(measure.imposer, dataset) },
          { label: 'On goods from', value: actorName(measure.target, dataset) },
          ...field('Products', joinList(measure.products)),
          ...field('Rate', measure.ratePct === null ? null : `${measure.ratePct}%`),
          {
            label: 'Kind',
            value:
              measure.action === 'impose'
                ? measure.kind
                : `${measure.kind} (${measure.action === 'remove' ? 'removed' : 'reduced'})`,
          },
          { label: 'Date', value: factDateWords(measure.date) },
          ...field('In response to', listLabels(measure.respondsTo.map((other) => titleOf(other) ?? other))),
          ...field('Answered by', listLabels(answers)),
          ...reportedBy(measure),
          ...provenance(measure),
        ],
        evidence: groupEvidence(dataset, measure.evidence),
        conflicts: conflictsAbout(measure.id),
      };
    }
    case 'meeting': {
      const meeting = index.meetings.get(id);
      if (!meeting) return null;
      return {
        ...base,
        title: meeting.title,
        fields: [
          ...field('Who', joinList(meeting.participants.map(personName))),
          ...field('Where', placeName(meeting.place)),
          { label: 'When', value: factDateWords(meeting.date) },
          { label: 'Status', value: meeting.status === 'held' ? 'held' : 'planned' },
          ...field('Occasion', meeting.occasion),
          ...field('Length', meeting.durationMinutes === null ? null : `${meeting.durationMinutes} minutes`),
          ...reportedBy(meeting),
          ...provenance(meeting),
        ],
        evidence: groupEvidence(dataset, meeting.evidence),
        conflicts: conflictsAbout(meeting.id),
      };
    }
    case 'stop': {
      const stop = index.stops.get(id);
      if (!stop) return null;
      const where = placeName(stop.place) ?? stop.place;
      return {
        ...base,
        title: `Stop ${stop.order + 1}: ${where}`,
        fields: [
          ...field('What happened', stop.label),
          ...field('Dates', fromToWords(stop.arrive, stop.depart)),
          ...field('Meetings', listLabels(stop.meetings.map((meetingId) => titleOf(meetingId) ?? meetingId))),
        ],
        evidence: groupEvidence(dataset, stop.evidence),
        conflicts: conflictsAbout(stop.id),
      };
    }
    case 'event': {
      const event = index.events.get(id);
      if (!event) return null;
      return {
        ...base,
        title: event.title,
        fields: [
          { label: 'Date', value: factDateWords(event.date) },
          { label: 'Category', value: event.category },
          ...field(
            'About',
            listLabels(event.relatedIds.map(titleOf).filter((title): title is string => title !== null)),
          ),
          ...reportedBy(event),
          ...provenance(event),
        ],
        evidence: groupEvidence(dataset, event.evidence),
        conflicts: conflictsAbout(event.id),
      };
    }
    case 'place': {
      const place = index.places.get(id);
      if (!place) return null;
      return {
        ...base,
        title: place.name,
        fields: [
          ...field('Country', place.country ? actorName(place.country, dataset) : null),
          {
            label: 'Coordinates',
            value: `${Math.abs(place.lat).toFixed(2)}° ${place.lat >= 0 ? 'N' : 'S'}, ${Math.abs(place.lon).toFixed(2)}° ${place.lon >= 0 ? 'E' : 'W'}`,
          },
          ...reportedBy(place),
          ...provenance(place),
        ],
        evidence: groupEvidence(dataset, place.evidence),
        conflicts: conflictsAbout(place.id),
      };
    }
    case 'person': {
      const person = index.people.get(id);
      if (!person) return null;
      return {
        ...base,
        title: person.name,
        fields: [
          ...field('Role', person.role),
          ...field('Country', person.country ? actorName(person.country, dataset) : null),
          ...field('Also written', joinList(person.aliases)),
          ...reportedBy(person),
          ...provenance(person),
        ],
        evidence: groupEvidence(dataset, person.evidence),
        conflicts: conflictsAbout(person.id),
      };
    }
    case 'conflict': {
      const conflict = index.conflicts.get(id);
      if (!conflict) return null;
      return {
        ...base,
        title: conflict.subject,
        fields: [
          ...field('About', titleOf(conflict.factId)),
          { label: 'Disagreement on', value: conflict.field === 'ratePct' ? 'rate' : conflict.field },
        ],
        evidence: [],
        conflicts: [conflictDetails(dataset, conflict)],
      };
    }
    case 'article': {
      const article = index.articles.get(id);
      if (!article) return null;
      const described = describeArticle(article);
      return {
        ...base,
        title: described.articleTitle,
        fields: [
          ...field('Outlet', article.outlet),
          ...field('Published', described.published),
          { label: 'File', value: article.file },
        ],
        evidence: [],
        conflicts: [],
      };
    }
  }
}
