// Kept only so the files that still import it keep working until they switch: charts/map (model.ts,
// SummitMap.svelte, layers/StopDetails.html.svelte), site/Sources.svelte and site/ArticleReader.svelte. The words
// live in src/lib/date-words.ts and src/lib/phrases.ts; import those. Delete this file once nothing imports it.
export {
  articlePublishedWords as formatArticlePublished,
  dayRangeWords as formatDayRange,
  earliestAndLatest as dateRange,
  factDateWords as formatFactDate,
  publishedWords as formatPublished,
} from '../lib/date-words.ts';
export { joinList, plural, possessive } from '../lib/phrases.ts';
