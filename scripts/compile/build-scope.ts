// Memos that last one build. compileSources (and extractFacts) open a scope; a module asks for its memo by name.
// Answers that depend on the text compiled (a sentence's tokens, the products named in a stretch of text) are dropped
// when the build ends: a long-running process (the test runner, a benchmark, a watcher) that compiles many corpora
// keeps none of them, and no build reads another's answers. Outside a build (a unit test calling one stage's function)
// nothing is remembered: each answer is computed, as it would be the first time in a build.
//
// Data that does not depend on the text (the gazetteers, the dataset schema, the lexicon read from data/lexicon/) is
// loaded once per process by its own module; what is compiled from a lexicon is kept per lexicon (lexiconCache).

/** Answers kept per memo, oldest dropped first: wire copy repeats sentences, but a corpus of 10,000 articles must not
 * keep every distinct one (tokens take far more memory than the text). */
export const DEFAULT_MEMO_LIMIT = 20_000;

type Memo = Map<unknown, unknown>;

let memos: Map<string, Memo> | null = null;

/**
 * Runs `run` as one build: memos asked for inside it live until it returns (also when it throws). A build started
 * inside another (extractFacts within compileSources) shares the outer one's memos. `run` must be synchronous, as the
 * compiler is.
 */
export function withBuildScope<T>(run: () => T): T {
  if (memos) return run();
  memos = new Map();
  try {
    return run();
  } finally {
    memos = null;
  }
}

/**
 * The answer for `key` in the build's memo `name` ("nlp.tokens"), computed by `compute` the first time the build
 * asks; computed every time outside a build. At most `limit` answers are kept, the oldest dropped first.
 */
export function remembered<K, V>(name: string, key: K, compute: () => V, limit = DEFAULT_MEMO_LIMIT): V {
  if (!memos) return compute();
  let memo = memos.get(name);
  if (!memo) memos.set(name, (memo = new Map()));
  if (memo.has(key)) return memo.get(key) as V;
  const value = compute();
  if (memo.size >= limit) memo.delete(memo.keys().next().value);
  memo.set(key, value);
  return value;
}

/** True while a build is running (for tests of the scope itself). */
export function inBuild(): boolean {
  return memos !== null;
}
