// Runs the `sourcelight` command as a user would, for the command-line tests.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repo = fileURLToPath(new URL('..', import.meta.url));
const tsx = join(repo, 'node_modules/.bin/tsx');

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runCommand(command: string, args: string[], stdin = ''): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: repo });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

export const cli = (args: string[], stdin?: string) => runCommand(tsx, ['utils/cli/main.ts', ...args], stdin);

export const jsonLines = (stdout: string) =>
  stdout
    .trim()
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line));
