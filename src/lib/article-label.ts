// How an article is named wherever the site cites it. Most pasted articles have no title line; a file name such as
// "000_6e48ba967c50f187.txt" tells a reader nothing, the article's opening words do.
import type { Article } from './dataset.ts';

type Labelled = Pick<Article, 'title' | 'file' | 'text'>;

const OPENING_WORDS = 8;

/** The article's opening words, quoted and cut at a word boundary ("“Prime Minister Mark Carney hopes to meet…”"),
 * or null when the text has no words. */
export function openingWords(text: string, words = OPENING_WORDS): string | null {
  // At most one token past the cut: splitting a whole article only to keep its first words cost ms per label.
  const tokens = text
    .trim()
    .split(/\s+/, words + 1)
    .filter(Boolean);
  if (!tokens.length) return null;
  const cut = tokens
    .slice(0, words)
    .join(' ')
    .replace(/[\s,;:.–—-]+$/u, '');
  return `“${cut}${tokens.length > words ? '…' : ''}”`;
}

/** Title when the article has one, else its opening words, else its file name. */
export function articleLabel(article: Labelled): string {
  return article.title?.trim() || openingWords(article.text) || article.file;
}
