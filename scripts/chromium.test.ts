import { delimiter } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MISSING_CHROMIUM, chromiumInstallPlan, ensureChromium, findChromium, isExecutableFile } from './chromium.mjs';

/** A machine where only `executables` can be run. */
const only =
  (...executables: string[]) =>
  (path: string) =>
    executables.includes(path);

describe('findChromium', () => {
  const cases = [
    {
      name: 'uses CHROMIUM_PATH when it is a program',
      env: { CHROMIUM_PATH: '/opt/chrome/chrome' },
      executables: ['/opt/chrome/chrome', '/usr/bin/chromium'],
      expected: { path: '/opt/chrome/chrome' },
    },
    {
      name: 'reports a CHROMIUM_PATH that is not a program instead of looking elsewhere',
      env: { CHROMIUM_PATH: '/nope/chromium' },
      executables: ['/usr/bin/chromium'],
      expected: {
        problem: "CHROMIUM_PATH=/nope/chromium is not an executable file: set it to Chromium's path, or unset it",
      },
    },
    {
      name: 'falls back to /usr/bin/chromium',
      env: { PATH: '/bin' },
      executables: ['/usr/bin/chromium'],
      expected: { path: '/usr/bin/chromium' },
    },
    {
      name: 'treats an empty CHROMIUM_PATH as unset',
      env: { CHROMIUM_PATH: '' },
      executables: ['/usr/bin/chromium'],
      expected: { path: '/usr/bin/chromium' },
    },
    {
      name: 'finds chromium on PATH',
      env: { PATH: ['/bin', '/snap/bin'].join(delimiter) },
      executables: ['/snap/bin/chromium'],
      expected: { path: '/snap/bin/chromium' },
    },
    {
      name: 'finds chromium-browser on PATH',
      env: { PATH: '/usr/local/bin' },
      executables: ['/usr/local/bin/chromium-browser'],
      expected: { path: '/usr/local/bin/chromium-browser' },
    },
    { name: 'says it is missing', env: { PATH: '/bin' }, executables: ['/bin/sh'], expected: { missing: true } },
  ];
  for (const { name, env, executables, expected } of cases) {
    it(name, () => {
      expect(findChromium({ env, isExecutable: only(...executables) })).toEqual(expected);
    });
  }
});

describe('chromiumInstallPlan', () => {
  it('installs as root with apt-get, as .ci/run does', () => {
    expect(chromiumInstallPlan({ isRoot: true, hasSudo: false, hasAptGet: true })).toEqual({
      install: [
        ['apt-get', 'update', '-qq'],
        ['apt-get', 'install', '-y', '-qq', 'chromium', 'fonts-dejavu-core'],
      ],
    });
  });

  it('installs through sudo without a password prompt', () => {
    expect(chromiumInstallPlan({ isRoot: false, hasSudo: true, hasAptGet: true })).toMatchObject({
      install: [
        ['sudo', '-n', 'apt-get', 'update', '-qq'],
        ['sudo', '-n', 'apt-get', 'install', '-y', '-qq', 'chromium', 'fonts-dejavu-core'],
      ],
    });
  });

  it('stops with one line naming the command and CHROMIUM_PATH when it cannot install', () => {
    for (const machine of [
      { isRoot: false, hasSudo: false, hasAptGet: true },
      { isRoot: true, hasSudo: false, hasAptGet: false },
    ]) {
      const plan = chromiumInstallPlan(machine);
      expect(plan).toEqual({ stop: MISSING_CHROMIUM });
    }
    expect(MISSING_CHROMIUM).not.toContain('\n');
    expect(MISSING_CHROMIUM).toContain('sudo apt-get install -y chromium');
    expect(MISSING_CHROMIUM).toContain('CHROMIUM_PATH=');
  });
});

describe('ensureChromium', () => {
  function machine(options: {
    installed: string[];
    isRoot: boolean;
    hasAptGet: boolean;
    sudo?: boolean;
    installWorks?: boolean;
  }) {
    const executables = [...options.installed];
    const commands: string[][] = [];
    const lines: string[] = [];
    return {
      commands,
      lines,
      env: { PATH: '/usr/bin' },
      isExecutable: (path: string) => executables.includes(path),
      isRoot: options.isRoot,
      hasSudo: () => options.sudo ?? false,
      hasAptGet: options.hasAptGet,
      runCommand: (command: string[]) => {
        commands.push(command);
        if (command.includes('install') && options.installWorks !== false) executables.push('/usr/bin/chromium');
        return options.installWorks !== false;
      },
      log: (line: string) => lines.push(line),
    };
  }

  it('does nothing when Chromium is there', () => {
    const fake = machine({ installed: ['/usr/bin/chromium'], isRoot: true, hasAptGet: true });
    expect(ensureChromium(fake)).toEqual({ path: '/usr/bin/chromium' });
    expect(fake.commands).toEqual([]);
  });

  it('installs it as root, says so, and returns where it now is', () => {
    const fake = machine({ installed: [], isRoot: true, hasAptGet: true });
    expect(ensureChromium(fake)).toEqual({ path: '/usr/bin/chromium' });
    expect(fake.commands.map((command) => command.slice(0, 2).join(' '))).toEqual([
      'apt-get update',
      'apt-get install',
    ]);
    expect(fake.lines).toEqual([
      "Chromium not found: installing Debian's chromium for the browser tests (apt-get install -y -qq chromium fonts-dejavu-core)",
    ]);
  });

  it('stops with the failed command and the way out when the install fails', () => {
    const fake = machine({ installed: [], isRoot: true, hasAptGet: true, installWorks: false });
    expect(ensureChromium(fake)).toEqual({ stop: `apt-get update -qq failed. ${MISSING_CHROMIUM}` });
  });

  it('stops without running anything where it cannot install', () => {
    const fake = machine({ installed: [], isRoot: false, hasAptGet: true, sudo: false });
    expect(ensureChromium(fake)).toEqual({ stop: MISSING_CHROMIUM });
    expect(fake.commands).toEqual([]);
  });
});

describe('isExecutableFile', () => {
  it('accepts a program and refuses a folder or a missing path', () => {
    expect(isExecutableFile(process.execPath)).toBe(true);
    expect(isExecutableFile('/usr')).toBe(false);
    expect(isExecutableFile('/no/such/chromium')).toBe(false);
  });
});
