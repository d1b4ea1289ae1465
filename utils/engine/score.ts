// Attribution strength: a 0–100 score the popup can explain finding by finding.
import { repeatFactors } from './repeats';
import { FINDING_KINDS, type AttributionSummary, type Finding, type FindingContribution, type FindingCounts, type FindingKind, type Grade } from './types';

/** An article with nothing flagged has nothing for the reader to check: it starts on "strong". */
const BASE_SCORE = 75;
/** Named sources can add at most this much; weaknesses can take away at most BASE_SCORE. */
const MAX_GAIN = 100 - BASE_SCORE;
const STRONG_FROM = 70;
const WEAK_BELOW = 45;
const NAMED_WEIGHT = 0.15;

// How much of the room one kind of weakness can use up at most: a page full of unsourced numbers
// (a markets report) should not look as weak as one built on unnamed informants.
const KIND_CAP: Record<Exclude<FindingKind, 'named-source'>, number> = {
  'anonymous-source': 0.8,
  'vague-attribution': 0.7,
  hedge: 0.5,
  'unverified-figure': 0.4,
};

/** How much of its kind's room one weak finding uses up (0–1). */
function weaknessWeight(f: Finding): number {
  switch (f.kind) {
    case 'anonymous-source': {
      // A well-described source, or one whose anonymity is explained, is a smaller weakness.
      const base = f.specificity === 'specific' ? 0.14 : f.specificity === 'generic' ? 0.17 : 0.2;
      return f.anonymityReasonGiven ? base * 0.8 : base;
    }
    case 'vague-attribution':
      return 0.17;
    case 'hedge':
      return 0.12;
    default:
      return 0.08;
  }
}

const strength = (w: number) => -Math.log(1 - w);

/** Whole points that add up to `total`, shared in proportion to `shares` (largest remainders first, then order). */
function apportion(total: number, shares: number[]): number[] {
  const sum = shares.reduce((a, b) => a + b, 0);
  const exact = shares.map((s) => (sum > 0 ? (total * s) / sum : 0));
  const points = exact.map(Math.floor);
  let left = total - points.reduce((a, b) => a + b, 0);
  const order = exact.map((_, k) => k).sort((a, b) => exact[b]! - points[b]! - (exact[a]! - points[a]!) || a - b);
  for (const k of order) {
    if (left-- <= 0) break;
    points[k]!++;
  }
  return points;
}

function gradeFor(score: number): Grade {
  if (score >= STRONG_FROM) return 'strong';
  return score < WEAK_BELOW ? 'weak' : 'mixed';
}

export function summarizeAttribution(findings: Finding[]): AttributionSummary {
  const counts = Object.fromEntries(FINDING_KINDS.map((k) => [k, 0])) as FindingCounts;
  for (const f of findings) counts[f.kind]++;

  // A source mentioned again counts for less each time (see repeats.ts): weights are scaled before use.
  const factor = repeatFactors(findings, (f) => (f.kind === 'named-source' ? NAMED_WEIGHT : weaknessWeight(f)));
  const weightOf = (i: number) => weaknessWeight(findings[i]!) * factor[i]!;

  // Gain: each named source uses up 15% of the room left to 100.
  const named = findings.flatMap((f, index) => (f.kind === 'named-source' ? [index] : []));
  const gain = Math.round(MAX_GAIN * (1 - (1 - NAMED_WEIGHT) ** named.reduce((n, i) => n + factor[i]!, 0)));

  // Loss: within a kind, each finding uses up its weight of the room left (capped per kind); the kinds combine
  // the same way. Each finding's share is its kind's share of the loss, split by the findings' weights.
  const weak = findings.flatMap((f, index) => (f.kind === 'named-source' ? [] : [index]));
  const kindStrength = new Map<FindingKind, number>();
  for (const i of weak) {
    const f = findings[i]!;
    kindStrength.set(f.kind, (kindStrength.get(f.kind) ?? 0) + strength(weightOf(i)));
  }
  const kindUse = new Map<FindingKind, number>();
  for (const [kind, s] of kindStrength) kindUse.set(kind, KIND_CAP[kind as keyof typeof KIND_CAP] * (1 - Math.exp(-s)));
  let remaining = 1;
  for (const use of kindUse.values()) remaining *= 1 - use;
  const loss = Math.round(BASE_SCORE * (1 - remaining));
  const shares = weak.map((i) => {
    const f = findings[i]!;
    return (strength(kindUse.get(f.kind)!) * strength(weightOf(i))) / kindStrength.get(f.kind)!;
  });

  const contributions: FindingContribution[] = [];
  apportion(gain, named.map((i) => factor[i]!)).forEach((points, k) => contributions.push({ index: named[k]!, points }));
  apportion(loss, shares).forEach((points, k) => contributions.push({ index: weak[k]!, points: 0 - points }));
  contributions.sort((a, b) => a.index - b.index);
  const score = BASE_SCORE + gain - loss;
  return { score, grade: gradeFor(score), counts, contributions };
}
