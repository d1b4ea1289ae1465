import type { AttributionSummary } from '../utils/engine/types';
import { GRADE_LABELS } from '../utils/kinds';

/** The verdict: grade in words, the 0–100 score and a gauge. */
export function GradeSummary({ summary }: { summary: AttributionSummary }) {
  return (
    <section class={`grade grade-${summary.grade}`} aria-label="Attribution strength">
      <div class="grade-line">
        <span class="grade-word">{GRADE_LABELS[summary.grade]}</span>
        <span class="grade-score">
          <strong>{summary.score}</strong>/100
        </span>
      </div>
      <div
        class="gauge"
        role="meter"
        aria-label="Attribution score"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={summary.score}
      >
        <div class="gauge-fill" style={{ width: `${summary.score}%` }} />
      </div>
      <p class="grade-caption">Attribution strength</p>
    </section>
  );
}
