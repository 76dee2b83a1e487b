// `npm run eval`: compiles the development corpus (../shared/corpus/dev/articles, or --corpus DIR) into
// bench/tmp/dev.json and prints the scorer's table (precision, recall per category) and the truth checks.
// SHOW_MISSES=1 lists the gold facts not found. Exits 0 with a message where the corpus is absent (a user's clone).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

const args = process.argv.slice(2);
const at = args.indexOf('--corpus');
const corpus = resolve(at >= 0 ? args[at + 1] : '../shared/corpus/dev');
const evalDir = resolve(corpus, '../../eval');
const articles = join(corpus, 'articles');
const gold = join(corpus, 'gold');
if (!existsSync(articles) || !existsSync(gold) || !existsSync(join(evalDir, 'score.mjs'))) {
  console.log(`eval: no corpus at ${corpus} (articles/, gold/ and ../../eval/score.mjs are needed): nothing to score`);
  process.exit(0);
}
mkdirSync('bench/tmp', { recursive: true });
const out = resolve('bench/tmp/dev.json');
const run = (cmd, argv) => spawnSync(cmd, argv, { stdio: 'inherit', env: process.env }).status;
if (
  run('npx', ['tsx', 'scripts/build-data.ts', '--seeds', articles, '--out', out, '--no-corrections', '--quiet']) !== 0
)
  process.exit(1);
const scored = run('node', [join(evalDir, 'score.mjs'), out, gold, '--articles', articles]);
const truth = run('node', [join(evalDir, 'truth.mjs'), out]);
process.exit(scored || truth ? 1 : 0);
