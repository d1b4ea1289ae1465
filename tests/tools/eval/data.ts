// Reading the labelled sets, the editor's grades and a PolNeAR snapshot (a checked-out folder or a bare
// git directory), with a clear message for anything malformed.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { FINDING_KINDS, type Grade } from '../../../utils/engine/types';
import type { Labels } from './sentence-labels';

export interface LabelledSentence {
  id: string;
  /** Our corpus: relative to the corpus folder; PolNeAR: relative to the snapshot's root. */
  file: string;
  start: number;
  end: number;
  /** dev.jsonl carries the sentence itself, polnear-dev.jsonl only its `sha1`. */
  text?: string;
  sha1?: string;
  labels: Labels;
  unsure: boolean;
}

export type EditorGrade = Grade | 'n/a';
export const EDITOR_GRADES: readonly EditorGrade[] = ['strong', 'mixed', 'weak', 'n/a'];

export interface GradeRecord {
  file: string;
  grade: EditorGrade;
}

function readJsonl<T>(path: string, check: (value: Record<string, unknown>) => string | null): T[] {
  if (!existsSync(path)) throw new Error(`${path}: no such file`);
  return readFileSync(path, 'utf8')
    .split('\n')
    .flatMap((line, k) => {
      if (line.trim() === '') return [];
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch {
        throw new Error(`${path}, line ${k + 1}: not JSON`);
      }
      const problem =
        typeof value === 'object' && value !== null ? check(value as Record<string, unknown>) : 'not an object';
      if (problem) throw new Error(`${path}, line ${k + 1}: ${problem}`);
      return [value as T];
    });
}

const isOffset = (v: unknown) => Number.isInteger(v) && (v as number) >= 0;

export function readLabelledSentences(path: string): LabelledSentence[] {
  return readJsonl<LabelledSentence>(path, (s) => {
    if (typeof s.id !== 'string' || typeof s.file !== 'string') return 'needs string "id" and "file"';
    if (!isOffset(s.start) || !isOffset(s.end) || (s.end as number) < (s.start as number)) return 'needs offsets "start" <= "end"';
    if (typeof s.text !== 'string' && typeof s.sha1 !== 'string') return 'needs "text" or "sha1"';
    if (typeof s.unsure !== 'boolean') return 'needs boolean "unsure"';
    const labels = s.labels as Record<string, unknown> | undefined;
    if (!labels || FINDING_KINDS.some((k) => labels[k] !== 0 && labels[k] !== 1)) return `needs "labels" of 0/1 for ${FINDING_KINDS.join(', ')}`;
    return null;
  });
}

export function readGrades(path: string): GradeRecord[] {
  return readJsonl<GradeRecord>(path, (g) =>
    typeof g.file !== 'string' || !EDITOR_GRADES.includes(g.grade as EditorGrade)
      ? `needs "file" and "grade" (one of ${EDITOR_GRADES.join(', ')})`
      : null,
  );
}

/** PolNeAR's held-out split: never read, so that it stays an independent check. */
const HELD_OUT = /^data\/test(\/|$)/;

export interface Snapshot {
  /** "folder" or "git directory", for the report. */
  kind: string;
  /** Full paths of the files directly in `folder`. */
  list(folder: string): string[];
  /** Contents by path; a missing file is an error. */
  readMany(paths: readonly string[]): Map<string, string>;
}

function guard(path: string): string {
  const clean = path.replace(/^\.?\/+/, '');
  if (HELD_OUT.test(clean)) throw new Error(`refusing to read ${clean}: PolNeAR's test split is kept aside`);
  return clean;
}

function folderSnapshot(root: string): Snapshot {
  return {
    kind: 'folder',
    list: (folder) => readdirSync(join(root, guard(folder))).sort().map((name) => `${guard(folder).replace(/\/$/, '')}/${name}`),
    readMany: (paths) => new Map(paths.map((p) => [p, readFileSync(join(root, guard(p)), 'utf8')])),
  };
}

function git(dir: string, args: string[], input?: string): Buffer {
  const run = spawnSync('git', ['--git-dir', dir, ...args], { input, maxBuffer: 1 << 30 });
  if (run.status !== 0) throw new Error(`git ${args.join(' ')} failed: ${run.stderr.toString().trim()}`);
  return run.stdout;
}

function gitSnapshot(dir: string): Snapshot {
  return {
    kind: 'git directory',
    list: (folder) =>
      git(dir, ['ls-tree', '--name-only', 'HEAD', `${guard(folder).replace(/\/$/, '')}/`])
        .toString('utf8')
        .split('\n')
        .filter((line) => line !== '')
        .sort(),
    // One `git cat-file --batch` for all files: a process per file would cost seconds over a split.
    readMany: (paths) => {
      const out = git(dir, ['cat-file', '--batch'], paths.map((p) => `HEAD:${guard(p)}\n`).join(''));
      const files = new Map<string, string>();
      let at = 0;
      for (const path of paths) {
        const headerEnd = out.indexOf(10, at);
        const header = out.subarray(at, headerEnd).toString('utf8');
        const size = /^[0-9a-f]+ blob (\d+)$/.exec(header)?.[1];
        if (size === undefined) throw new Error(`${path}: not in the snapshot (${header})`);
        files.set(path, out.subarray(headerEnd + 1, headerEnd + 1 + Number(size)).toString('utf8'));
        at = headerEnd + 1 + Number(size) + 1;
      }
      return files;
    },
  };
}

/** A checked-out PolNeAR (a folder holding `data/`) or its bare git directory. */
export function openSnapshot(dir: string): Snapshot {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new Error(`--polnear ${dir}: no such folder`);
  if (existsSync(join(dir, 'data')) && statSync(join(dir, 'data')).isDirectory()) return folderSnapshot(dir);
  const probe = spawnSync('git', ['--git-dir', dir, 'rev-parse', '--verify', 'HEAD'], { encoding: 'utf8' });
  if (probe.status === 0) return gitSnapshot(dir);
  throw new Error(`--polnear ${dir}: neither a PolNeAR folder (with data/ in it) nor a git directory with a HEAD commit`);
}
