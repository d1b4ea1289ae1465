import { FINDING_KINDS, type FindingCounts, type FindingKind } from '../utils/engine/types';
import { kindPlural, t } from '../utils/i18n';
import { KindSwatch } from './KindSwatch';

interface KindCountsProps {
  /** Null while scanning: the rows are drawn with dashes so nothing moves when the counts arrive. */
  counts: FindingCounts | null;
  hiddenKinds: readonly FindingKind[];
  disabled?: boolean;
  onToggleKind?: (kind: FindingKind) => void;
}

/** One row per kind: the same colour and underline as on the page, the label, the count, and show/hide. */
export function KindCounts({ counts, hiddenKinds, disabled, onToggleKind }: KindCountsProps) {
  return (
    <ul class="counts" aria-label={t('countsLabel')}>
      {FINDING_KINDS.map((kind) => {
        const count = counts?.[kind] ?? null;
        const hidden = hiddenKinds.includes(kind);
        return (
          <li key={kind} class={`count-row${count ? '' : ' empty'}${hidden ? ' hidden' : ''}`}>
            <KindSwatch kind={kind} />
            <span class="count-label">{kindPlural(kind)}</span>
            <span class="count-value" data-kind={kind}>
              {count ?? '–'}
            </span>
            {count ? (
              <button
                type="button"
                class="link-button kind-toggle"
                aria-label={t(hidden ? 'showKindLabel' : 'hideKindLabel', kindPlural(kind))}
                disabled={disabled}
                onClick={() => onToggleKind?.(kind)}
              >
                {t(hidden ? 'showKind' : 'hideKind')}
              </button>
            ) : (
              <span class="kind-toggle" aria-hidden="true" />
            )}
          </li>
        );
      })}
    </ul>
  );
}
