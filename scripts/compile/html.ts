// HTML markup → plain text, for articles saved from a web page. Used by read.ts before any offset is computed.
import { decodeHTMLStrict } from 'entities';

/**
 * Tags that mark a document as HTML. A text that merely mentions `<script>` or `<img onerror=…>` (an article about
 * web security, or a hostile file) has none of them and is kept verbatim: the site renders article text as text.
 */
const DOCUMENT_TAGS = new Set([
  'html',
  'head',
  'body',
  'p',
  'div',
  'br',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'article',
  'section',
  'span',
  'li',
  'ul',
  'ol',
  'table',
  'tr',
  'td',
  'th',
  'a',
  'em',
  'strong',
  'blockquote',
  'figure',
  'figcaption',
  'header',
  'footer',
  'nav',
  'main',
  'meta',
  'title',
  'time',
  'aside',
]);

/** Tags whose end starts a new paragraph in the text. */
const BLOCK_TAGS = new Set([
  'p',
  'div',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'article',
  'section',
  'li',
  'ul',
  'ol',
  'table',
  'tr',
  'blockquote',
  'figure',
  'figcaption',
  'header',
  'footer',
  'nav',
  'main',
  'aside',
  'body',
  'html',
  'title',
]);

const TAG = /<\/?([a-zA-Z][a-zA-Z0-9]*)\b[^<>]*>/g;

export interface StrippedHtml {
  text: string;
  tagCount: number;
  droppedElements: number;
}

/** Returns the text without markup when `source` is an HTML document, or null when it is plain text. */
export function stripHtml(source: string): StrippedHtml | null {
  const isDocument =
    /<!doctype\s+html|<!--/i.test(source) ||
    [...source.matchAll(TAG)].some((match) => DOCUMENT_TAGS.has((match[1] ?? '').toLowerCase()));
  if (!isDocument) return null;
  let droppedElements = 0;
  let text = source.replace(/<!--[\s\S]*?-->/g, '').replace(/<!doctype[^>]*>/gi, '');
  // Script, style and head hold no article text; their content must not reach the dataset as prose.
  text = text.replace(/<(script|style|noscript|head|template)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, () => {
    droppedElements += 1;
    return '\n';
  });
  let tagCount = 0;
  text = text.replace(TAG, (_tag, name: string) => {
    tagCount += 1;
    const lower = name.toLowerCase();
    if (lower === 'br') return '\n';
    return BLOCK_TAGS.has(lower) ? '\n\n' : '';
  });
  text = decodeEntities(text)
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n');
  return { text, tagCount, droppedElements };
}

/** Every named and numeric HTML character reference ended by its semicolon (the `entities` package, WHATWG's table): "AT&T", "&notice" stay as written. */
export function decodeEntities(text: string): string {
  return decodeHTMLStrict(text);
}
