import { WEAK_KINDS, type AttributionSummary, type FindingCounts } from '../utils/engine/types';
import { gradeLabel, joinList, kindCount, t } from '../utils/i18n';

/** One line that says why: "Leans on 3 anonymous sources and 1 hedge; cites 1 named source". */
export function verdictFor(counts: FindingCounts): string {
  const weak = WEAK_KINDS.filter((kind) => counts[kind] > 0).map((kind) => kindCount(kind, counts[kind]));
  const named = counts['named-source'];
  if (weak.length === 0) return named > 0 ? t('verdictOnlyNamed', kindCount('named-source', named)) : t('verdictNothing');
  return named > 0 ? t('verdictWeakAndNamed', joinList(weak), kindCount('named-source', named)) : t('verdictOnlyWeak', joinList(weak));
}

/** The verdict: grade in words, the 0–100 score, a gauge and the reason in one line; with nothing to grade, no score. */
export function GradeSummary({ summary }: { summary: AttributionSummary }) {
  if (summary.grade === 'ungraded') {
    return (
      <section class="grade grade-ungraded" aria-label={t('gradeCaption')}>
        <div class="grade-line">
          <span class="grade-word">{gradeLabel(summary.grade)}</span>
        </div>
        <p class="verdict">{verdictFor(summary.counts)}</p>
      </section>
    );
  }
  return (
    <section class={`grade grade-${summary.grade}`} aria-label={t('gradeCaption')}>
      <div class="grade-line">
        <span class="grade-word">{gradeLabel(summary.grade)}</span>
        <span class="grade-score">
          <strong>{summary.score}</strong>/100
        </span>
      </div>
      <div
        class="gauge"
        role="meter"
        aria-label={t('gaugeLabel')}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={summary.score}
      >
        <div class="gauge-fill" style={{ width: `${summary.score}%` }} />
      </div>
      <p class="verdict">{verdictFor(summary.counts)}</p>
    </section>
  );
}

/** The same panel while the scan runs, so the popup keeps its size when the results arrive. */
export function GradePlaceholder() {
  return (
    <section class="grade grade-pending" aria-busy="true">
      <div class="grade-line">
        <span class="grade-word">
          <span class="spinner" aria-hidden="true" /> {t('statusScanning')}
        </span>
      </div>
      <div class="gauge" />
      <p class="verdict">&nbsp;</p>
    </section>
  );
}
