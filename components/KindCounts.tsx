import { FINDING_KINDS, type FindingCounts, type FindingKind } from '../utils/engine/types';
import { kindPlural, t } from '../utils/i18n';
import { KindSwatch } from './KindSwatch';
import { KindToggle } from './KindToggle';

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
              <KindToggle kind={kind} hidden={hidden} disabled={disabled} onToggle={onToggleKind} />
            ) : (
              <span class="kind-toggle" aria-hidden="true" />
            )}
          </li>
        );
      })}
    </ul>
  );
}
