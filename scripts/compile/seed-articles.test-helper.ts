// Test helper: builds Articles from a folder the way the compiler core does (read → publication → sentences).
import type { Article } from '../../src/lib/dataset.ts';
import { articleId } from './compile.ts';
import { inferPublication } from './publication.ts';
import { readSeedFolder } from './read.ts';
import { splitSentences } from './sentences.ts';

export function articlesFromFolder(dir: string): Article[] {
  return readSeedFolder(dir).sources.map((source, i) =>
    articleFromText(source.file, source.text, inferPublication(source.file, source.text, source.frontMatter), i),
  );
}

export function articleFromText(
  file: string,
  text: string,
  publication?: Partial<Pick<Article, 'published' | 'title'>> | ReturnType<typeof inferPublication>,
  index = 0,
): Article {
  return {
    id: articleId(file) || `article-${index}`,
    file,
    title: publication?.title ?? null,
    titleSource: null,
    outlet: null,
    outletSource: null,
    url: null,
    published: publication?.published ?? { value: null, precision: null, source: null },
    text,
    sentences: splitSentences(text),
  };
}
