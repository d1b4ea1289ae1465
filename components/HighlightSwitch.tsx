import { t } from '../utils/i18n';

/** The on/off switch for this tab's highlights: a real button with switch semantics, so keyboards work. Its
 * short visible label begins its full accessible name, so speech control finds it by what it shows. */
export function HighlightSwitch({ on, disabled, onChange }: { on: boolean; disabled?: boolean; onChange: (on: boolean) => void }) {
  return (
    <button
      type="button"
      role="switch"
      class="switch"
      aria-checked={on}
      aria-label={t('highlightsSwitch')}
      disabled={disabled}
      onClick={() => onChange(!on)}
    >
      <span class="switch-track" aria-hidden="true">
        <span class="switch-thumb" />
      </span>
      <span class="switch-label">{t('highlightsSwitchShort')}</span>
    </button>
  );
}
