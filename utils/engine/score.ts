// Attribution strength: a 0–100 score the popup can explain finding by finding.
import { FINDING_KINDS, type AttributionSummary, type Finding, type FindingContribution, type FindingCounts, type Grade } from './types';

/** An article with nothing flagged has nothing for the reader to check: it starts on "strong". */
export const BASE_SCORE = 75;
/** Named sources can add at most this much; weaknesses can take away at most BASE_SCORE. */
export const MAX_GAIN = 100 - BASE_SCORE;
export const STRONG_FROM = 70;
export const WEAK_BELOW = 45;

/** How much of the remaining room one finding uses up (0–1). */
export function findingWeight(f: Finding): number {
  switch (f.kind) {
    case 'named-source':
      return 0.15;
    case 'anonymous-source': {
      // A well-described source, or one whose anonymity is explained, is a smaller weakness.
      const base = f.specificity === 'specific' ? 0.1 : f.specificity === 'generic' ? 0.12 : 0.14;
      return f.anonymityReasonGiven ? base * 0.8 : base;
    }
    case 'vague-attribution':
      return 0.12;
    case 'hedge':
      return 0.08;
    case 'unverified-figure':
      return 0.06;
  }
}

/**
 * `room × (1 − Π(1 − wᵢ))`, rounded, shared out in whole points in proportion to −ln(1 − wᵢ)
 * (each finding's share of the product), largest remainders first, so the shares add up exactly.
 */
function apportion(indices: number[], weights: number[], room: number, sign: 1 | -1, out: FindingContribution[]): number {
  const logs = weights.map((w) => -Math.log(1 - w));
  const sum = logs.reduce((a, b) => a + b, 0);
  const total = Math.round(room * (1 - Math.exp(-sum)));
  if (indices.length === 0) return 0;
  const shares = logs.map((l, k) => {
    const exact = (total * l) / sum;
    return { k, points: Math.floor(exact), remainder: exact - Math.floor(exact) };
  });
  let left = total - shares.reduce((a, s) => a + s.points, 0);
  for (const share of [...shares].sort((a, b) => b.remainder - a.remainder || a.k - b.k)) {
    if (left <= 0) break;
    share.points++;
    left--;
  }
  shares.forEach((share) => out.push({ index: indices[share.k] as number, points: sign * share.points }));
  return total;
}

function gradeFor(score: number): Grade {
  if (score >= STRONG_FROM) return 'strong';
  return score < WEAK_BELOW ? 'weak' : 'mixed';
}

export function summarizeAttribution(findings: Finding[]): AttributionSummary {
  const counts = Object.fromEntries(FINDING_KINDS.map((k) => [k, 0])) as FindingCounts;
  const named: number[] = [];
  const weak: number[] = [];
  findings.forEach((f, index) => {
    counts[f.kind]++;
    (f.kind === 'named-source' ? named : weak).push(index);
  });
  const contributions: FindingContribution[] = [];
  const gain = apportion(named, named.map((i) => findingWeight(findings[i] as Finding)), MAX_GAIN, 1, contributions);
  const loss = apportion(weak, weak.map((i) => findingWeight(findings[i] as Finding)), BASE_SCORE, -1, contributions);
  contributions.sort((a, b) => a.index - b.index);
  const score = BASE_SCORE + gain - loss;
  return { score, grade: gradeFor(score), counts, contributions };
}
