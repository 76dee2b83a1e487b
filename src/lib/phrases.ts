// Small English phrases the copy writes the same way everywhere: lists, counts and possessives.
//
// API
//   joinList(['a', 'b', 'c'])   "a, b and c"
//   plural(5, 'article')        "5 articles" (plural(1, 'person', 'people') → "1 person")
//   possessive('Canada')        "Canada’s"; "United States’" (a name ending in s takes the apostrophe alone)
//   capitalise('date not stated')  "Date not stated" (a phrase opening a sentence)

/** "a", "a and b", "a, b and c". */
export function joinList(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** "1 article", "5 articles". */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}

/** "Canada’s", "United States’": names ending in s take the apostrophe alone. */
export function possessive(name: string): string {
  return /s$/i.test(name) ? `${name}’` : `${name}’s`;
}

/** The phrase with its first letter in capitals, to open a sentence. */
export function capitalise(phrase: string): string {
  return phrase.charAt(0).toUpperCase() + phrase.slice(1);
}
