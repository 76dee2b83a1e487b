// Finding Chromium for the browser tests, and installing it (or saying how) when it is missing. Plain JavaScript:
// `npm test` (scripts/run-tests.mjs) runs under bare Node, before anything is compiled.
import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';

export const DEFAULT_CHROMIUM_PATH = '/usr/bin/chromium';

/** Headless, and nothing that reaches the network on its own (tests, screenshots and benches launch it alike). */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

/** The one line printed when Chromium is missing and cannot be installed from here. */
export const MISSING_CHROMIUM =
  'Chromium not found (looked at $CHROMIUM_PATH, /usr/bin/chromium and chromium on PATH): the browser tests need it. ' +
  'Install it with "sudo apt-get install -y chromium" (Debian, Ubuntu), or set CHROMIUM_PATH=/path/to/chromium, then run npm test again.';

/** Whether `path` is a file this user may run. */
export function isExecutableFile(path) {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/**
 * Where Chromium is: $CHROMIUM_PATH when set (and then only there: a wrong setting is a mistake to report, not to
 * work around), else /usr/bin/chromium, else "chromium" or "chromium-browser" on PATH.
 * @param {{ env: Record<string, string | undefined>, isExecutable: (path: string) => boolean }} machine
 * @returns {{ path: string } | { problem: string } | { missing: true }}
 */
export function findChromium({ env, isExecutable }) {
  const given = env.CHROMIUM_PATH;
  if (given)
    return isExecutable(given)
      ? { path: given }
      : { problem: `CHROMIUM_PATH=${given} is not an executable file: set it to Chromium's path, or unset it` };
  if (isExecutable(DEFAULT_CHROMIUM_PATH)) return { path: DEFAULT_CHROMIUM_PATH };
  for (const folder of (env.PATH ?? '').split(delimiter)) {
    if (!folder) continue;
    for (const name of ['chromium', 'chromium-browser']) {
      if (isExecutable(join(folder, name))) return { path: join(folder, name) };
    }
  }
  return { missing: true };
}

/**
 * What to do when Chromium is missing: install Debian's package as .ci/run does when this user can (root, or sudo
 * without a password prompt, and apt-get present), else stop.
 * @param {{ isRoot: boolean, hasSudo: boolean, hasAptGet: boolean }} machine
 * @returns {{ install: string[][] } | { stop: string }}
 */
export function chromiumInstallPlan({ isRoot, hasSudo, hasAptGet }) {
  if (!hasAptGet || (!isRoot && !hasSudo)) return { stop: MISSING_CHROMIUM };
  // "sudo -n": never wait at a password prompt inside a test run; a refusal ends in the one-line message instead.
  const prefix = isRoot ? [] : ['sudo', '-n'];
  return {
    install: [
      [...prefix, 'apt-get', 'update', '-qq'],
      [...prefix, 'apt-get', 'install', '-y', '-qq', 'chromium', 'fonts-dejavu-core'],
    ],
  };
}

/**
 * Chromium's path, installing it first where the plan says it can. Returns `{ stop }` with the line to print when
 * the tests cannot have a browser. Side effects go through `machine`, so tests can pass fakes.
 * @param {{
 *   env: Record<string, string | undefined>,
 *   isExecutable: (path: string) => boolean,
 *   isRoot: boolean, hasSudo: () => boolean, hasAptGet: boolean,
 *   runCommand: (command: string[]) => boolean,
 *   log: (line: string) => void,
 * }} machine
 * @returns {{ path: string } | { stop: string }}
 */
export function ensureChromium(machine) {
  const found = findChromium(machine);
  if ('path' in found) return found;
  if ('problem' in found) return { stop: found.problem };
  const plan = chromiumInstallPlan({
    isRoot: machine.isRoot,
    hasSudo: !machine.isRoot && machine.hasAptGet && machine.hasSudo(),
    hasAptGet: machine.hasAptGet,
  });
  if ('stop' in plan) return plan;
  machine.log(
    `Chromium not found: installing Debian's chromium for the browser tests (${plan.install.at(-1)?.join(' ')})`,
  );
  for (const command of plan.install) {
    if (!machine.runCommand(command)) return { stop: `${command.join(' ')} failed. ${MISSING_CHROMIUM}` };
  }
  const installed = findChromium(machine);
  return 'path' in installed ? installed : { stop: MISSING_CHROMIUM };
}
