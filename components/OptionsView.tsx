import { FINDING_KINDS, type FindingKind } from '../utils/engine/types';
import { kindPlural, t, type MessageKey } from '../utils/i18n';
import { siteFromInput, type Settings } from '../utils/settings';
import { KindSwatch } from './KindSwatch';
import { PhraseListEditor } from './PhraseListEditor';

/** The outcome of the last import, export or reset. */
export type OptionsMessage = { tone: 'ok'; text: string } | { tone: 'error'; text: string; problems: string[] };

export interface OptionsViewProps {
  settings: Settings;
  /** Problems with the stored settings, when they were unreadable and the defaults are in use. */
  storedProblems: string[];
  message: OptionsMessage | null;
  confirmingReset: boolean;
  onChange: (settings: Settings) => void;
  onImportFile: (file: File) => void;
  onExport: () => void;
  onResetRequest: () => void;
  onResetConfirm: () => void;
  onResetCancel: () => void;
}

const KIND_HELP: Record<FindingKind, MessageKey> = {
  'anonymous-source': 'kindAnonymousSourceHelp',
  'vague-attribution': 'kindVagueAttributionHelp',
  hedge: 'kindHedgeHelp',
  'unverified-figure': 'kindUnverifiedFigureHelp',
  'named-source': 'kindNamedSourceHelp',
};

/** Each kind's own example, short enough to fit its field. */
const PHRASE_EXAMPLES: Record<FindingKind, MessageKey> = {
  'anonymous-source': 'extraPhrasePlaceholderAnonymousSource',
  'vague-attribution': 'extraPhrasePlaceholderVagueAttribution',
  hedge: 'extraPhrasePlaceholderHedge',
  'unverified-figure': 'extraPhrasePlaceholderUnverifiedFigure',
  'named-source': 'extraPhrasePlaceholderNamedSource',
};

/** The options page: what to flag, the reader's own phrases, sites, and settings as a file. */
export function OptionsView(props: OptionsViewProps) {
  const { settings, onChange } = props;
  return (
    <main class="options">
      <header class="options-header">
        <img src="/icon/48.png" alt="" width={32} height={32} />
        <h1>{t('optionsTitle')}</h1>
      </header>

      {props.storedProblems.length > 0 && (
        <section class="banner banner-error" role="alert">
          <h2>{t('storedProblemsTitle')}</h2>
          <p>{t('storedProblemsBody')}</p>
          <ul>
            {props.storedProblems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </section>
      )}

      <section class="card" aria-labelledby="flag-heading">
        <h2 id="flag-heading">{t('flagHeading')}</h2>
        <ul class="kind-options">
          {FINDING_KINDS.map((kind) => (
            <li key={kind}>
              <label class="check">
                <input
                  type="checkbox"
                  name={`kind-${kind}`}
                  checked={settings.kinds[kind]}
                  onChange={(event) => onChange({ ...settings, kinds: { ...settings.kinds, [kind]: event.currentTarget.checked } })}
                />
                <KindSwatch kind={kind} />
                <span>
                  <strong>{kindPlural(kind)}</strong>
                  <span class="help">{t(KIND_HELP[kind])}</span>
                </span>
              </label>
            </li>
          ))}
        </ul>
        <label class="check">
          <input
            type="checkbox"
            name="highlight-by-default"
            checked={settings.highlightByDefault}
            onChange={(event) => onChange({ ...settings, highlightByDefault: event.currentTarget.checked })}
          />
          <span>
            <strong>{t('highlightByDefault')}</strong>
            <span class="help">{t('highlightByDefaultHelp')}</span>
          </span>
        </label>
      </section>

      <section class="card" aria-labelledby="phrases-heading">
        <h2 id="phrases-heading">{t('extraPhrasesHeading')}</h2>
        <p class="help">{t('extraPhrasesHelp')}</p>
        <div class="phrase-grid">
          {FINDING_KINDS.map((kind) => (
            <PhraseListEditor
              key={kind}
              label={kindPlural(kind)}
              heading={
                <h3>
                  <KindSwatch kind={kind} /> {kindPlural(kind)}
                </h3>
              }
              items={settings.extraPhrases[kind]}
              placeholder={t(PHRASE_EXAMPLES[kind])}
              onChange={(items) => onChange({ ...settings, extraPhrases: { ...settings.extraPhrases, [kind]: items } })}
            />
          ))}
        </div>
      </section>

      <section class="card" aria-labelledby="ignore-heading">
        <h2 id="ignore-heading">{t('ignoreHeading')}</h2>
        <p class="help">{t('ignoreHelp')}</p>
        <PhraseListEditor
          label={t('ignoreHeading')}
          items={settings.ignorePhrases}
          placeholder={t('ignorePlaceholder')}
          onChange={(items) => onChange({ ...settings, ignorePhrases: items })}
        />
      </section>

      <section class="card" aria-labelledby="sites-heading">
        <h2 id="sites-heading">{t('sitesHeading')}</h2>
        <p class="help">{t('sitesHelp')}</p>
        <PhraseListEditor
          label={t('sitesHeading')}
          items={settings.disabledSites}
          placeholder={t('sitesPlaceholder')}
          normalize={siteFromInput}
          invalidMessage={t('siteInvalid')}
          onChange={(items) => onChange({ ...settings, disabledSites: items })}
        />
      </section>

      <section class="card" aria-labelledby="transfer-heading">
        <h2 id="transfer-heading">{t('transferHeading')}</h2>
        <p class="help">{t('transferHelp')}</p>
        <div class="button-row">
          <button type="button" class="secondary" onClick={props.onExport}>
            {t('exportSettings')}
          </button>
          <label class="secondary file-button">
            {t('importSettings')}
            <input
              type="file"
              name="import"
              accept="application/json,.json"
              class="visually-hidden"
              onChange={(event) => {
                const file = event.currentTarget.files?.[0];
                event.currentTarget.value = '';
                if (file) props.onImportFile(file);
              }}
            />
          </label>
          {props.confirmingReset ? (
            <span class="confirm" role="group" aria-label={t('resetConfirmQuestion')}>
              <span>{t('resetConfirmQuestion')}</span>
              <button type="button" class="danger" onClick={props.onResetConfirm}>
                {t('resetConfirm')}
              </button>
              <button type="button" class="secondary" onClick={props.onResetCancel}>
                {t('cancel')}
              </button>
            </span>
          ) : (
            <button type="button" class="secondary" onClick={props.onResetRequest}>
              {t('resetSettings')}
            </button>
          )}
        </div>
        <div class="transfer-message" role="status">
          {props.message && (
            <div class={`banner banner-${props.message.tone}`}>
              <p>{props.message.text}</p>
              {props.message.tone === 'error' && props.message.problems.length > 0 && (
                <ul>
                  {props.message.problems.map((problem) => (
                    <li key={problem}>{problem}</li>
                  ))}
                </ul>
              )}
            </div>
          )}
        </div>
      </section>
    </main>
  );
}
