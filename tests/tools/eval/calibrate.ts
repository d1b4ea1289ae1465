// A search over the score's documented constants for the settings whose grades agree best with the editor's.
// It only reports: the constants stay in score.ts until someone chooses to change them there.
// Every setting keeps the score's rules: the same monotonic formula, anonymous sources weighed bare > generic >
// specific, caps within 0–1 and in today's order, an article with nothing flagged still strong (base ≥ the
// strong threshold) and the weak threshold below the strong one.
import { gradeFor, SCORE_CONSTANTS, summarizeAttribution, type ScoreConstants } from '../../../utils/engine/score';
import type { Finding, Grade } from '../../../utils/engine/types';
import type { EditorGrade } from './data';
import { balancedAccuracy, confusionOf, pairwiseAuc } from './metrics';
import { GRADES } from './run';

// Nothing to grade sits between strong and weak: it is a miss, never a swap.
const RANK: Record<Grade, number> = { strong: 2, mixed: 1, ungraded: 1, weak: 0 };

/** The values tried for each constant; the scales multiply today's values, so their order is kept. */
export const GRID = {
  base: [70, 75, 80],
  namedWeight: [0.05, 0.1, 0.15, 0.2, 0.3],
  anonymousScale: [0.75, 1, 1.25],
  vague: [0.12, 0.17, 0.22],
  hedge: [0.06, 0.12, 0.18],
  figure: [0.04, 0.08, 0.12],
  capScale: [0.8, 1, 1.25],
  strongFrom: [55, 60, 65, 70, 75, 80],
  weakBelow: [30, 35, 40, 45, 50, 55],
};
export type GridPoint = { [K in keyof typeof GRID]: number };
export const TODAY: GridPoint = {
  base: SCORE_CONSTANTS.base,
  namedWeight: SCORE_CONSTANTS.namedWeight,
  anonymousScale: 1,
  vague: SCORE_CONSTANTS.weight['vague-attribution'],
  hedge: SCORE_CONSTANTS.weight.hedge,
  figure: SCORE_CONSTANTS.weight['unverified-figure'],
  capScale: 1,
  strongFrom: SCORE_CONSTANTS.strongFrom,
  weakBelow: SCORE_CONSTANTS.weakBelow,
};

const round = (n: number) => Math.round(n * 1000) / 1000;

export function constantsAt(p: GridPoint): ScoreConstants {
  const d = SCORE_CONSTANTS;
  return {
    ...d,
    base: p.base,
    namedWeight: p.namedWeight,
    strongFrom: p.strongFrom,
    weakBelow: p.weakBelow,
    weight: {
      bare: round(d.weight.bare * p.anonymousScale),
      generic: round(d.weight.generic * p.anonymousScale),
      specific: round(d.weight.specific * p.anonymousScale),
      'vague-attribution': p.vague,
      hedge: p.hedge,
      'unverified-figure': p.figure,
    },
    cap: Object.fromEntries(Object.entries(d.cap).map(([k, v]) => [k, Math.min(1, round(v * p.capScale))])) as ScoreConstants['cap'],
  };
}

/** Every point of the grid that keeps the rules, the thresholds varying fastest. */
export function* gridPoints(): Generator<GridPoint> {
  const keys = Object.keys(GRID) as (keyof GridPoint)[];
  const total = keys.reduce((n, k) => n * GRID[k].length, 1);
  for (let i = 0; i < total; i++) {
    const p = {} as GridPoint;
    let rest = i;
    for (let k = keys.length - 1; k >= 0; k--) {
      const values = GRID[keys[k]!];
      p[keys[k]!] = values[rest % values.length]!;
      rest = Math.floor(rest / values.length);
    }
    if (p.strongFrom <= p.base && p.weakBelow < p.strongFrom) yield p;
  }
}

export interface CalibrationResult {
  point: GridPoint;
  constants: ScoreConstants;
  balancedAccuracy: number;
  auc: number;
  swaps: number;
  /** How many of the grid's constants differ from today's: among equals, the smaller change ranks first. */
  changed: number;
}

export interface Calibration {
  /** Every setting, best first: balanced accuracy, then fewer strong↔weak swaps, then AUC, then the smaller change. */
  results: CalibrationResult[];
  /**
   * What choosing the best setting is worth on articles it was not chosen on: each article graded by the
   * best setting on the other folds (articles in file order, dealt round into `folds`).
   */
  crossValidated: { folds: number; balancedAccuracy: number; swaps: number };
}

const changedFrom = (p: GridPoint) => (Object.keys(TODAY) as (keyof GridPoint)[]).filter((k) => p[k] !== TODAY[k]).length;

export function calibrate(
  articles: readonly { file: string; editor: EditorGrade; findings: Finding[] }[],
  folds = 6,
  points: Iterable<GridPoint> = gridPoints(),
): Calibration {
  const graded = articles
    .filter((a): a is { file: string; editor: Grade; findings: Finding[] } => a.editor !== 'n/a')
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const truth = graded.map((a) => a.editor);
  const figuresOf = (predicted: readonly Grade[], among: readonly number[]) => {
    const pairs = among.map((k) => ({ truth: truth[k]!, predicted: predicted[k]! }));
    return {
      balancedAccuracy: balancedAccuracy(confusionOf(pairs, GRADES), GRADES),
      swaps: pairs.filter((p) => Math.abs(RANK[p.truth] - RANK[p.predicted]) === 2).length,
    };
  };
  const everyone = graded.map((_, k) => k);
  // Scores depend on all but the weak threshold (the strong one sets the floor of an article that cites no
  // one): computed once per setting of the rest.
  const scoreCache = new Map<string, { scores: number[]; auc: number }>();
  const evaluated = [...points].map((point) => {
    const constants = constantsAt(point);
    const key = JSON.stringify({ ...point, weakBelow: 0 });
    let cached = scoreCache.get(key);
    if (!cached) {
      const scores = graded.map((a) => summarizeAttribution(a.findings, constants).score);
      cached = { scores, auc: pairwiseAuc(graded.map((a, k) => ({ rank: RANK[a.editor], score: scores[k]! }))).auc };
      scoreCache.set(key, cached);
    }
    const predicted = cached.scores.map((s, k) => gradeFor(s, graded[k]!.findings.length, constants));
    return { point, constants, predicted, auc: cached.auc, changed: changedFrom(point) };
  });
  const rank = (among: readonly number[]) =>
    evaluated
      .map((e) => ({ e, ...figuresOf(e.predicted, among) }))
      .sort((x, y) => y.balancedAccuracy - x.balancedAccuracy || x.swaps - y.swaps || y.e.auc - x.e.auc || x.e.changed - y.e.changed);

  const results = rank(everyone).map(({ e, balancedAccuracy, swaps }) => ({
    point: e.point,
    constants: e.constants,
    balancedAccuracy,
    auc: e.auc,
    swaps,
    changed: e.changed,
  }));
  const heldOutGrades: Grade[] = new Array<Grade>(graded.length);
  for (let f = 0; f < folds; f++) {
    const best = rank(everyone.filter((k) => k % folds !== f))[0]!.e;
    for (const k of everyone) if (k % folds === f) heldOutGrades[k] = best.predicted[k]!;
  }
  return { results, crossValidated: { folds, ...figuresOf(heldOutGrades, everyone) } };
}
