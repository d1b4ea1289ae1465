// Sentence-level counting: a labelled sentence counts as predicted for a kind when a finding of that kind,
// made on the whole article, overlaps the sentence's [start, end).
import { FINDING_KINDS, type FindingKind } from '../../../utils/engine/types';
import type { Span } from './brat';
import { tally, type Counts } from './metrics';

/** Each kind, and anonymous + vague together: the one decision a reader sees as "who is this?". */
export type Row = 'anonymous+vague' | FindingKind;
export const ROWS: readonly Row[] = ['anonymous+vague', ...FINDING_KINDS];

export type Labels = Record<FindingKind, 0 | 1>;

export interface Located {
  kind: string;
  start: number;
  end: number;
}

export function truthOf(labels: Labels, row: Row): boolean {
  return row === 'anonymous+vague'
    ? labels['anonymous-source'] === 1 || labels['vague-attribution'] === 1
    : labels[row] === 1;
}

export function predictedOf(kinds: ReadonlySet<string>, row: Row): boolean {
  return row === 'anonymous+vague' ? kinds.has('anonymous-source') || kinds.has('vague-attribution') : kinds.has(row);
}

/** The kinds of the findings that share at least one character with the sentence. */
export function kindsOverlapping(findings: readonly Located[], sentence: Span): Set<string> {
  const kinds = new Set<string>();
  for (const f of findings) if (f.start < sentence.end && sentence.start < f.end) kinds.add(f.kind);
  return kinds;
}

export function countsByRow(items: readonly { labels: Labels; kinds: ReadonlySet<string> }[]): Record<Row, Counts> {
  return Object.fromEntries(
    ROWS.map((row) => [row, tally(items.map((s) => [predictedOf(s.kinds, row), truthOf(s.labels, row)] as const))]),
  ) as Record<Row, Counts>;
}
