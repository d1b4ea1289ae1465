import { FINDING_KINDS, type AttributionSummary, type Finding, type FindingKind } from '../utils/engine/types';
import { kindPlural, t } from '../utils/i18n';
import { KindSwatch } from './KindSwatch';

function formatPoints(points: number): string {
  const rounded = Math.round(points * 10) / 10;
  return rounded > 0 ? `+${rounded}` : String(rounded);
}

interface FindingListProps {
  findings: Finding[];
  summary: AttributionSummary;
  hiddenKinds: readonly FindingKind[];
  focusedIndex: number | null;
  onFocusFinding: (index: number) => void;
}

/** Finding by finding, grouped by kind, what raised and what lowered the score; each one leads to its place on the page. */
export function FindingList({ findings, summary, hiddenKinds, focusedIndex, onFocusFinding }: FindingListProps) {
  const points = new Map(summary.contributions.map((c) => [c.index, c.points]));
  const indexed = findings.map((finding, index) => ({ finding, index }));
  return (
    <details class="findings">
      <summary>{t(findings.length === 1 ? 'findingsSummaryOne' : 'findingsSummaryOther', findings.length)}</summary>
      <div class="finding-groups">
        {FINDING_KINDS.map((kind) => {
          const group = indexed.filter(({ finding }) => finding.kind === kind);
          if (group.length === 0) return null;
          const hidden = hiddenKinds.includes(kind);
          return (
            <section key={kind} class={hidden ? 'finding-group hidden' : 'finding-group'} aria-label={kindPlural(kind)}>
              <h3>
                <KindSwatch kind={kind} />
                {kindPlural(kind)}
                {hidden && <span class="finding-group-note"> · {t('kindHiddenNote')}</span>}
              </h3>
              <ol>
                {group.map(({ finding, index }) => {
                  const score = points.get(index) ?? 0;
                  return (
                    <li key={index}>
                      <button
                        type="button"
                        class="finding"
                        title={finding.reason}
                        aria-current={focusedIndex === index ? 'true' : undefined}
                        data-index={index}
                        onClick={() => onFocusFinding(index)}
                      >
                        <q class="finding-text">{finding.text}</q>
                        <span class={score >= 0 ? 'points up' : 'points down'} aria-label={t('pointsLabel', formatPoints(score))}>
                          {formatPoints(score)}
                        </span>
                      </button>
                    </li>
                  );
                })}
              </ol>
            </section>
          );
        })}
      </div>
    </details>
  );
}
