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

const USAGE =
  'options: [dev.jsonl] [--polnear DIR] [--json OUT] [--errors] ' +
  '(DIR: a PolNeAR snapshot, checked out or a bare git directory)';

/** Throws with the usage line on anything it does not know. */
export function parseEvalArgs(argv: readonly string[], allowed: readonly string[] = ['--polnear', '--json', '--errors']): EvalArgs {
  const shared = resolve(repoRoot, '../shared');
  const paths: EvalPaths = {
    dev: resolve(shared, 'eval/dev.jsonl'),
    corpus: resolve(shared, 'corpus'),
    grades: resolve(shared, 'eval/grades.jsonl'),
    polnearDev: resolve(shared, 'eval/polnear-dev.jsonl'),
  };
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
  return args;
}
