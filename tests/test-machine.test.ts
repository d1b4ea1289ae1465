// The first step of `npm test`: what it says and does on a machine that lacks the browsers.
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { prepareTestMachine, type Machine, type Requirement } from './tools/test-machine';

const REQUIREMENTS: Requirement[] = [
  { package: 'chromium', path: '/fake/chromium' },
  { package: 'firefox-esr', path: '/fake/firefox-esr' },
  { package: 'fonts-dejavu-core', path: '/fake/DejaVuSans.ttf' },
];

interface FakeMachine extends Machine {
  lines: string[];
  commands: string[][];
}

/** A machine holding `present`; apt-get, when run to install, puts `installs` in place. */
function fakeMachine(present: string[], { isRoot = false, hasAptGet = true, installs = [] as string[], aptFails = false } = {}): FakeMachine {
  const files = new Set(present);
  const machine: FakeMachine = {
    lines: [],
    commands: [],
    exists: (path) => files.has(path),
    isRoot,
    hasAptGet,
    async run(command, args) {
      machine.commands.push([command, ...args]);
      if (aptFails) throw new Error('apt-get install exited with 100: E: Unable to locate package chromium');
      if (args[0] === 'install') for (const path of installs) files.add(path);
    },
    say: (line) => machine.lines.push(line),
  };
  return machine;
}

describe('prepareTestMachine', () => {
  test('says nothing and runs nothing when everything is there', async () => {
    const machine = fakeMachine(REQUIREMENTS.map((r) => r.path), { isRoot: true });
    expect(await prepareTestMachine(REQUIREMENTS, machine)).toBe(true);
    expect(machine.lines).toEqual([]);
    expect(machine.commands).toEqual([]);
  });

  test('without root: one line naming exactly the missing packages, and nothing run', async () => {
    const machine = fakeMachine(['/fake/DejaVuSans.ttf']);
    expect(await prepareTestMachine(REQUIREMENTS, machine)).toBe(false);
    expect(machine.lines).toEqual(['sourcelight tests need: chromium firefox-esr — run: sudo apt-get install chromium firefox-esr']);
    expect(machine.commands).toEqual([]);
  });

  test('without apt-get, even as root: one line with the paths looked at and how to point elsewhere', async () => {
    const machine = fakeMachine(['/fake/chromium', '/fake/firefox-esr'], { isRoot: true, hasAptGet: false });
    expect(await prepareTestMachine(REQUIREMENTS, machine)).toBe(false);
    expect(machine.lines).toHaveLength(1);
    expect(machine.lines[0]).toMatch(/^sourcelight tests need: fonts-dejavu-core \(Debian's packages; nothing at \/fake\/DejaVuSans\.ttf\)/);
    expect(machine.lines[0]).toContain('SOURCELIGHT_CHROMIUM');
    expect(machine.commands).toEqual([]);
  });

  test('as root with apt-get: updates, then installs only what is missing, quietly and without recommends', async () => {
    const machine = fakeMachine(['/fake/DejaVuSans.ttf'], { isRoot: true, installs: ['/fake/chromium', '/fake/firefox-esr'] });
    expect(await prepareTestMachine(REQUIREMENTS, machine)).toBe(true);
    expect(machine.lines).toEqual(['sourcelight tests: installing chromium firefox-esr with apt-get, once (the end-to-end tests drive them)']);
    expect(machine.commands.map((c) => c.slice(0, 2))).toEqual([
      ['apt-get', 'update'],
      ['apt-get', 'install'],
    ]);
    const install = machine.commands[1]!;
    expect(install).toEqual(expect.arrayContaining(['-y', '-qq', '--no-install-recommends']));
    expect(install.slice(-2)).toEqual(['chromium', 'firefox-esr']);
  });

  test('as root, a failed install is one more line and a failure, not a test run', async () => {
    const machine = fakeMachine([], { isRoot: true, aptFails: true });
    expect(await prepareTestMachine(REQUIREMENTS, machine)).toBe(false);
    expect(machine.lines).toHaveLength(2);
    expect(machine.lines[1]).toMatch(/^sourcelight tests: apt-get could not install chromium firefox-esr fonts-dejavu-core: .*Unable to locate package/);
  });

  test('as root, a package that installs yet leaves nothing where the tests look is a failure', async () => {
    const machine = fakeMachine([], { isRoot: true, installs: ['/fake/chromium', '/fake/DejaVuSans.ttf'] });
    expect(await prepareTestMachine(REQUIREMENTS, machine)).toBe(false);
    expect(machine.lines.at(-1)).toBe('sourcelight tests: apt-get installed chromium firefox-esr fonts-dejavu-core, yet nothing is at /fake/firefox-esr');
  });
});

test('the check script, on a PATH without apt-get and with the browsers elsewhere, stops at once with one line', async () => {
  const repo = fileURLToPath(new URL('..', import.meta.url));
  const emptyBin = await mkdtemp(join(tmpdir(), 'sourcelight-no-apt-'));
  try {
    const started = performance.now();
    // execFile rejects on a non-zero exit, with the exit code and the output on the error.
    const run: { code?: number; stdout: string; stderr: string } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', 'tests/tools/check-test-machine.ts'],
      { cwd: repo, env: { PATH: emptyBin, HOME: emptyBin, SOURCELIGHT_CHROMIUM: join(emptyBin, 'chromium'), SOURCELIGHT_FIREFOX: join(emptyBin, 'firefox-esr') } },
    ).catch((error) => error);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/^sourcelight tests need: chromium firefox-esr[ (]/);
    expect(run.stderr).toContain(join(emptyBin, 'chromium'));
    // Seconds, not the minute the browser launches used to take to fail.
    expect(performance.now() - started).toBeLessThan(20_000);
  } finally {
    await rm(emptyBin, { recursive: true, force: true });
  }
}, 30_000);
