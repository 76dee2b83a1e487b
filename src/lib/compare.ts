// Code-unit order for ids, ISO dates and lexicon labels. Not localeCompare: its first call loads the ICU collation
// data (~30 ms of main-thread time on a phone, on the page's first draw), and none of these strings need a locale.
export function compareStrings(left: string, right: string): number {
  return left < right ? -1 : left > right ? 1 : 0;
}
