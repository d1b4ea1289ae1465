// What the end-to-end tests need on the machine, and getting it there: as root with apt-get, the missing
// Debian packages are installed; anywhere else one line says what to install, before any test runs.
import { spawn } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { CHROMIUM_PATH, FIREFOX_PATH } from '../e2e/browser-paths';

export interface Requirement {
  /** The Debian package that provides it. */
  package: string;
  /** Where the tests look for it. */
  path: string;
}

export const E2E_REQUIREMENTS: Requirement[] = [
  { package: 'chromium', path: CHROMIUM_PATH },
  { package: 'firefox-esr', path: FIREFOX_PATH },
  // Without a font the browsers lay text out in boxes of no real size; the screenshots and figures use DejaVu.
  { package: 'fonts-dejavu-core', path: '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf' },
];

export interface Machine {
  exists(path: string): boolean;
  isRoot: boolean;
  /** apt-get is on the PATH. */
  hasAptGet: boolean;
  /** Runs a command to its end; rejects with what it printed when it fails. */
  run(command: string, args: string[]): Promise<void>;
  say(line: string): void;
}

const PREFIX = 'sourcelight tests';

/** Makes sure every requirement is present, installing it where we may; false when the tests cannot run. */
export async function prepareTestMachine(requirements: readonly Requirement[], machine: Machine): Promise<boolean> {
  const missing = requirements.filter((r) => !machine.exists(r.path));
  if (missing.length === 0) return true;
  const packages = missing.map((r) => r.package);
  if (!machine.hasAptGet) {
    const where = missing.map((r) => r.path).join(', ');
    machine.say(
      `${PREFIX} need: ${packages.join(' ')} (Debian's packages; nothing at ${where}) — install them, ` +
        'or set SOURCELIGHT_CHROMIUM and SOURCELIGHT_FIREFOX to your Chromium and Firefox ESR binaries',
    );
    return false;
  }
  if (!machine.isRoot) {
    machine.say(`${PREFIX} need: ${packages.join(' ')} — run: sudo apt-get install ${packages.join(' ')}`);
    return false;
  }
  machine.say(`${PREFIX}: installing ${packages.join(' ')} with apt-get, once (the end-to-end tests drive them)`);
  // Another install on the machine holds dpkg's lock for a while: wait for it rather than fail.
  const lock = ['-o', 'DPkg::Lock::Timeout=600'];
  try {
    await machine.run('apt-get', ['update', '-qq', ...lock]);
    await machine.run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...lock, ...packages]);
  } catch (error) {
    machine.say(`${PREFIX}: apt-get could not install ${packages.join(' ')}: ${(error as Error).message}`);
    return false;
  }
  const stillMissing = missing.filter((r) => !machine.exists(r.path));
  if (stillMissing.length > 0) {
    machine.say(`${PREFIX}: apt-get installed ${packages.join(' ')}, yet nothing is at ${stillMissing.map((r) => r.path).join(', ')}`);
    return false;
  }
  return true;
}

function onPath(command: string, path = process.env.PATH ?? ''): boolean {
  return path.split(delimiter).some((dir) => dir !== '' && isExecutable(join(dir, command)));
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function runQuietly(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve();
      else reject(new Error(`${command} ${args[0]} exited with ${code}: ${output.trim().split('\n').slice(-3).join(' / ')}`));
    });
  });
}

/** This machine, as the test command meets it. */
export function thisMachine(): Machine {
  return {
    exists: (path) => {
      try {
        accessSync(path, constants.R_OK);
        return true;
      } catch {
        return false;
      }
    },
    isRoot: process.getuid?.() === 0,
    hasAptGet: onPath('apt-get'),
    run: runQuietly,
    say: (line) => process.stderr.write(`${line}\n`),
  };
}
