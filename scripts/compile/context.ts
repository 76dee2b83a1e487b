// The per-sentence reading every extraction stage shares: dates, actors, people, places and occasions, with offsets.
import type { Article, Evidence, FactDate } from '../../src/lib/dataset.ts';
import type { DateMention, DatePhrase } from './dates.ts';

export interface ActorMention {
  code: string;
  start: number;
  end: number;
  /** "name" (Canada, Ottawa, the Biden administration) can act; "adjective" (Chinese) qualifies a noun. */
  form: 'name' | 'adjective' | 'demonym';
  possessive: boolean;
}

export interface PersonMention {
  /** Key of the person in the registry (their canonical name). */
  key: string;
  start: number;
  end: number;
  /** How the mention was found: the full name, a short form, a description ("the Chinese leader") or a pronoun. */
  via: 'name' | 'alias' | 'description' | 'pronoun';
}

export interface PlaceMention {
  key: string;
  start: number;
  end: number;
}

export interface OccasionMention {
  label: string;
  start: number;
  end: number;
}

export interface SentenceInfo {
  index: number;
  /** Offsets in the article text (trimmed sentence). */
  start: number;
  end: number;
  text: string;
  /** The date phrases found in the text, before resolution (resolving again needs no new parse). */
  phrases: DatePhrase[];
  dates: DateMention[];
  /** The first resolved date that says when the sentence's event happened (not "since 2017"). */
  eventDate: FactDate | null;
  flashback: boolean;
  actors: ActorMention[];
  people: PersonMention[];
  places: PlaceMention[];
  occasions: OccasionMention[];
}

export interface ArticleContext {
  article: Article;
  sentences: SentenceInfo[];
}

export function sentenceEvidence(article: Article, sentence: SentenceInfo): Evidence {
  return {
    articleId: article.id,
    start: sentence.start,
    end: sentence.end,
    quote: article.text.slice(sentence.start, sentence.end),
  };
}
