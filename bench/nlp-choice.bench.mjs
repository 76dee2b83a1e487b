// Which NLP library tags fastest (`node bench/nlp-choice.bench.mjs`): compromise and wink-nlp on the development
// corpus (../shared/corpus/dev/articles) or, where it is absent, the seeds. Prints words per second for each.
import fs from 'node:fs';
import path from 'node:path';
import nlp from 'compromise';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

const dir = fs.existsSync('../shared/corpus/dev/articles') ? '../shared/corpus/dev/articles' : 'seeds';
const text = fs
  .readdirSync(dir)
  .sort()
  .map((f) => fs.readFileSync(path.join(dir, f), 'utf8'))
  .join('\n\n');
const words = text.split(/\s+/).length;
const RUNS = 5;
function time(label, fn) {
  fn(); // warm-up
  const t = performance.now();
  for (let i = 0; i < RUNS; i += 1) fn();
  const ms = (performance.now() - t) / RUNS;
  console.log(
    `${label.padEnd(12)} ${ms.toFixed(0).padStart(5)} ms for ${words} words: ${Math.round((words / ms) * 1000)} words/s`,
  );
}
console.log(`corpus: ${dir}`);
time('compromise', () => nlp(text).json());
const wink = winkNLP(model, ['pos']);
time('wink-nlp', () => {
  const d = wink.readDoc(text);
  d.tokens().out(wink.its.pos);
  d.tokens().out(wink.its.lemma);
});
