// Precision, recall and F1, balanced accuracy and pairwise AUC: the arithmetic every table of the eval shares.

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Prf {
  p: number;
  r: number;
  f1: number;
}

/** Precision and recall as shares, each 0 when it has nothing to divide (no guesses, no positives). */
export function prfOf(precision: number, recall: number): Prf {
  return { p: precision, r: recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

export function prf({ tp, fp, fn }: Counts): Prf {
  return prfOf(tp + fp ? tp / (tp + fp) : 0, tp + fn ? tp / (tp + fn) : 0);
}

/** Counts over (predicted, truth) pairs of a binary decision. */
export function tally(pairs: Iterable<readonly [predicted: boolean, truth: boolean]>): Counts {
  const counts: Counts = { tp: 0, fp: 0, fn: 0 };
  for (const [predicted, truth] of pairs) {
    if (predicted && truth) counts.tp++;
    else if (predicted) counts.fp++;
    else if (truth) counts.fn++;
  }
  return counts;
}

/** confusion[truth][predicted] = number of items. */
export type Confusion<L extends string> = Record<L, Record<L, number>>;

export function confusionOf<L extends string>(pairs: readonly { truth: L; predicted: L }[], classes: readonly L[]): Confusion<L> {
  const matrix = Object.fromEntries(classes.map((t) => [t, Object.fromEntries(classes.map((p) => [p, 0]))])) as Confusion<L>;
  for (const { truth, predicted } of pairs) matrix[truth][predicted]++;
  return matrix;
}

/** The mean of the per-class recalls, over the classes that occur in the truth. */
export function balancedAccuracy<L extends string>(matrix: Confusion<L>, classes: readonly L[]): number {
  const recalls = classes.flatMap((t) => {
    const row = classes.reduce((sum, p) => sum + matrix[t][p], 0);
    return row ? [matrix[t][t] / row] : [];
  });
  return recalls.length ? recalls.reduce((a, b) => a + b, 0) / recalls.length : 0;
}

/**
 * Over all pairs of items whose true ranks differ, the share that the score orders the same way (ties count
 * half). `rank`: higher is better.
 */
export function pairwiseAuc(items: readonly { rank: number; score: number }[]): { auc: number; pairs: number } {
  let agree = 0;
  let pairs = 0;
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      const a = items[i]!;
      const b = items[j]!;
      if (a.rank === b.rank) continue;
      pairs++;
      const [better, worse] = a.rank > b.rank ? [a, b] : [b, a];
      if (better.score > worse.score) agree++;
      else if (better.score === worse.score) agree += 0.5;
    }
  }
  return { auc: pairs ? agree / pairs : 0, pairs };
}
