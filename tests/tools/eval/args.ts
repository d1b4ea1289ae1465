// Command-line options shared by npm run eval, eval:calibrate and eval:readme.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EvalPaths } from './run';

export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

export interface EvalArgs {
  paths: EvalPaths;
  /** --json OUT: write every figure there. */
  json?: string;
  /** --errors: list each sentence the engine gets wrong. */
  errors: boolean;
}

const OPTION_USAGE: Record<string, string> = {
  '--polnear': '[--polnear DIR] (DIR: a PolNeAR snapshot, checked out or a bare git directory)',
  '--json': '[--json OUT]',
  '--errors': '[--errors]',
};

/** Throws with the usage line on anything it does not know. A bad snapshot or data file fails later, with its own message. */
export function parseEvalArgs(argv: readonly string[], allowed: readonly string[] = ['--polnear', '--json', '--errors']): EvalArgs {
  const shared = resolve(repoRoot, '../shared');
  const paths: EvalPaths = {
    dev: resolve(shared, 'eval/dev.jsonl'),
    corpus: resolve(shared, 'corpus'),
    grades: resolve(shared, 'eval/grades.jsonl'),
    polnearDev: resolve(shared, 'eval/polnear-dev.jsonl'),
  };
  const USAGE = `options: [dev.jsonl] ${allowed.map((o) => OPTION_USAGE[o]).join(' ')}`.trim();
  const args: EvalArgs = { paths, errors: false };
  for (let k = 0; k < argv.length; k++) {
    const arg = argv[k]!;
    const value = () => {
      const v = argv[++k];
      if (v === undefined || v.startsWith('--')) throw new Error(`${arg} needs a value; ${USAGE}`);
      return v;
    };
    if (arg.startsWith('--') && !allowed.includes(arg)) throw new Error(`unknown option ${arg}; ${USAGE}`);
    if (arg === '--polnear') paths.polnear = resolve(value());
    else if (arg === '--json') args.json = resolve(value());
    else if (arg === '--errors') args.errors = true;
    else paths.dev = resolve(arg);
  }
  if (!existsSync(paths.dev)) throw new Error(`${paths.dev}: no such file; ${USAGE}`);
  if (paths.polnear && !existsSync(paths.polnear)) throw new Error(`--polnear ${paths.polnear}: no such folder`);
  return args;
}

/** Runs a tool's main part; a failure prints its message (no stack) and exits 2. */
export function runTool<T>(main: () => T): T {
  try {
    return main();
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(2);
  }
}
