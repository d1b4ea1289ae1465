import type { FindingKind } from '../utils/engine/types';
import { kindPlural, t } from '../utils/i18n';

/** "Hide" / "Show": a kind's highlights on the page, named in full for assistive technology. */
export function KindToggle({ kind, hidden, disabled, onToggle }: { kind: FindingKind; hidden: boolean; disabled?: boolean; onToggle?: (kind: FindingKind) => void }) {
  return (
    <button
      type="button"
      class="link-button kind-toggle"
      aria-label={t(hidden ? 'showKindLabel' : 'hideKindLabel', kindPlural(kind))}
      disabled={disabled}
      onClick={() => onToggle?.(kind)}
    >
      {t(hidden ? 'showKind' : 'hideKind')}
    </button>
  );
}
