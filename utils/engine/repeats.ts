// Repeated mentions: "a former US official" cited twice is most likely one source mentioned again. The
// popup lists such mentions as one row, and the score counts each further mention for less.
import type { Finding, FindingKind } from './types';

/** Each further mention of the same source counts this much of the one before it. */
export const REPEAT_FACTOR = 0.5;

/** Kinds whose repeated phrase is one source again. A hedge or a figure qualifies a claim each time: each counts in full. */
const SOURCE_KINDS: ReadonlySet<FindingKind> = new Set(['anonymous-source', 'vague-attribution', 'named-source']);

/** Two findings with the same key are mentions of one thing: the same kind and the same words, case, spacing and edge punctuation aside. */
export function repeatKey(finding: Pick<Finding, 'kind' | 'text'>): string {
  const words = finding.text
    .toLowerCase()
    .replace(/[‘’]/g, "'")
    .replace(/\s+/g, ' ')
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
  return `${finding.kind}:${words}`;
}

/**
 * How much each finding counts (1, 0.5, 0.25…): within a group of repeated source mentions the weightiest
 * counts in full and each further one half as much as the one before, so a repeat never raises a score
 * it should lower (or the reverse).
 */
export function repeatFactors(findings: readonly Finding[], weightOf: (finding: Finding) => number): number[] {
  const factors = findings.map(() => 1);
  const groups = new Map<string, number[]>();
  findings.forEach((finding, index) => {
    if (!SOURCE_KINDS.has(finding.kind)) return;
    const key = repeatKey(finding);
    const group = groups.get(key);
    if (group) group.push(index);
    else groups.set(key, [index]);
  });
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    group.sort((a, b) => weightOf(findings[b]!) - weightOf(findings[a]!) || a - b);
    group.forEach((index, k) => (factors[index] = REPEAT_FACTOR ** k));
  }
  return factors;
}
