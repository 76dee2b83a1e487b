// `npm test`: builds the site from seeds/, runs every suite (unit, browser, type check, format, lint) and ends with one
// line "N passed, N failed" totalling them all. Exits non-zero when anything failed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { ensureChromium, isExecutableFile } from './chromium.mjs';

// Chromium first: without it a hundred browser tests fail with launch errors that do not say what is missing.
const chromium = ensureChromium({
  env: process.env,
  isExecutable: isExecutableFile,
  isRoot: process.getuid?.() === 0,
  hasSudo: () => spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0,
  hasAptGet: (process.env.PATH ?? '')
    .split(delimiter)
    .some((folder) => folder !== '' && isExecutableFile(join(folder, 'apt-get'))),
  runCommand: ([command, ...args]) =>
    spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } })
      .status === 0,
  log: (line) => console.log(line),
});
if ('stop' in chromium) {
  console.error(chromium.stop);
  process.exit(1);
}
// The browser tests (tests/e2e/browser.ts) and screenshots read it: one answer for every child process.
process.env.CHROMIUM_PATH = chromium.path;

const results = { passed: 0, failed: 0 };
const failures = [];

function run(label, command, args) {
  console.log(`\n── ${label}: ${command} ${args.join(' ')}`);
  const child = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  return child.status === 0;
}

/** A step that is a single check (build, type check) counts as one test. */
function check(label, command, args) {
  const ok = run(label, command, args);
  if (ok) results.passed += 1;
  else {
    results.failed += 1;
    failures.push(label);
  }
  return ok;
}

const built = check('build (compile seeds/ and bundle the site)', 'npm', ['run', 'build', '--silent']);
check('type check (svelte-check, strict TypeScript)', 'npx', [
  'svelte-check',
  '--tsconfig',
  './tsconfig.json',
  '--fail-on-warnings',
  '--output',
  'human',
]);
check('format (prettier --check: the tree as Prettier writes it)', 'npx', [
  'prettier',
  '--check',
  '--log-level',
  'warn',
  '.',
]);
check('lint (eslint: JavaScript, typescript-eslint and Svelte rules)', 'npx', ['eslint', '--max-warnings', '0', '.']);

mkdirSync('test-results', { recursive: true });
const projects = built ? [] : ['--project', 'unit'];
if (!built) console.log('\nBuild failed: browser tests are skipped and counted as failed below.');
const vitestOk = run('vitest', 'npx', [
  'vitest',
  'run',
  ...projects,
  '--reporter=default',
  '--reporter=json',
  '--outputFile.json=test-results/vitest.json',
]);

if (existsSync('test-results/vitest.json')) {
  const report = JSON.parse(readFileSync('test-results/vitest.json', 'utf8'));
  results.passed += report.numPassedTests ?? 0;
  results.failed += report.numFailedTests ?? 0;
  // A file that failed to load has no tests to count: count the file itself as a failure.
  for (const file of report.testResults ?? []) {
    if (file.status === 'failed' && (file.assertionResults ?? []).length === 0) {
      results.failed += 1;
      failures.push(`${file.name}: ${file.message ?? 'failed to run'}`);
    }
    for (const test of file.assertionResults ?? []) {
      if (test.status === 'failed') failures.push(`${file.name.replace(process.cwd() + '/', '')} › ${test.fullName}`);
    }
  }
} else {
  results.failed += 1;
  failures.push('vitest wrote no report');
}
// Vitest exits non-zero on errors outside any test (bad config, unhandled rejections): never report those as green.
if (!vitestOk && results.failed === 0) {
  results.failed += 1;
  failures.push('vitest exited with an error outside any test (see its output above)');
}
if (!built) {
  results.failed += 1;
  failures.push('browser tests (not run: build failed)');
}

if (failures.length) {
  console.log('\nFailed:');
  for (const failure of failures) console.log(`  ✗ ${failure}`);
}
console.log(`\n${results.passed} passed, ${results.failed} failed`);
process.exit(results.failed === 0 ? 0 : 1);
