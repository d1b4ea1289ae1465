// Attribution strength: a 0–100 score the popup can explain finding by finding.
import { FINDING_KINDS, type AttributionSummary, type Finding, type FindingContribution, type FindingCounts, type FindingKind, type Grade } from './types';

/** Where every article starts; an article with nothing flagged at all is not graded. */
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

/**
 * An article that cites no one is not strong, however few its weaknesses: with weak findings and no named
 * source, the loss is at least what keeps the score below STRONG_FROM. Adding a named source lifts this
 * floor and a weakness only raises the loss, so the score stays monotonic.
 */
const CITES_NO_ONE_MIN_LOSS = BASE_SCORE - (STRONG_FROM - 1);

function gradeFor(score: number, findings: number): Grade {
  if (findings === 0) return 'ungraded';
  if (score >= STRONG_FROM) return 'strong';
  return score < WEAK_BELOW ? 'weak' : 'mixed';
}

export function summarizeAttribution(findings: Finding[]): AttributionSummary {
  const counts = Object.fromEntries(FINDING_KINDS.map((k) => [k, 0])) as FindingCounts;
  for (const f of findings) counts[f.kind]++;

  // Gain: each named source uses up 15% of the room left to 100.
  const named = findings.flatMap((f, index) => (f.kind === 'named-source' ? [index] : []));
  const gain = Math.round(MAX_GAIN * (1 - (1 - NAMED_WEIGHT) ** named.length));

  // Loss: within a kind, each finding uses up its weight of the room left (capped per kind); the kinds combine
  // the same way. Each finding's share is its kind's share of the loss, split by the findings' weights.
  const weak = findings.flatMap((f, index) => (f.kind === 'named-source' ? [] : [index]));
  const kindStrength = new Map<FindingKind, number>();
  for (const i of weak) {
    const f = findings[i]!;
    kindStrength.set(f.kind, (kindStrength.get(f.kind) ?? 0) + strength(weaknessWeight(f)));
  }
  const kindUse = new Map<FindingKind, number>();
  for (const [kind, s] of kindStrength) kindUse.set(kind, KIND_CAP[kind as keyof typeof KIND_CAP] * (1 - Math.exp(-s)));
  let remaining = 1;
  for (const use of kindUse.values()) remaining *= 1 - use;
  const computedLoss = Math.round(BASE_SCORE * (1 - remaining));
  const loss = named.length === 0 && weak.length > 0 ? Math.max(computedLoss, CITES_NO_ONE_MIN_LOSS) : computedLoss;
  const shares = weak.map((i) => {
    const f = findings[i]!;
    return (strength(kindUse.get(f.kind)!) * strength(weaknessWeight(f))) / kindStrength.get(f.kind)!;
  });

  const contributions: FindingContribution[] = [];
  apportion(gain, named.map(() => 1)).forEach((points, k) => contributions.push({ index: named[k]!, points }));
  apportion(loss, shares).forEach((points, k) => contributions.push({ index: weak[k]!, points: 0 - points }));
  contributions.sort((a, b) => a.index - b.index);
  const score = BASE_SCORE + gain - loss;
  return { score, grade: gradeFor(score, findings.length), counts, contributions };
}
