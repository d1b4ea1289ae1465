import type { FindingKind } from '../utils/engine/types';
import { t } from '../utils/i18n';
import { languageName } from '../utils/language';
import type { ContentRequest, TabStatus } from '../utils/messages';
import { FindingList } from './FindingList';
import { GradePlaceholder, GradeSummary } from './GradeSummary';
import { HighlightSwitch } from './HighlightSwitch';
import { KindCounts } from './KindCounts';
import { StatusMessage } from './StatusMessage';

/** Everything the popup can show: the tab's own status, or why there is none. */
export type PopupState = TabStatus | { status: 'connecting' } | { status: 'unsupported' } | { status: 'unreachable' };

export interface PopupActions {
  request(request: ContentRequest): void;
  setSiteOff(off: boolean): void;
  copyReport(): void;
  saveReport(): void;
  openOptions(): void;
}

export interface PopupViewProps {
  state: PopupState;
  /** A request is on its way: buttons wait for it. */
  busy: boolean;
  /** The page's host name, when known; it is what "off on this site" turns off. */
  site: string | null;
  /** A short confirmation such as "Report copied", read out to screen readers. */
  notice: string | null;
  actions: PopupActions;
}

const toggled = (kinds: readonly FindingKind[], kind: FindingKind) =>
  kinds.includes(kind) ? kinds.filter((k) => k !== kind) : [...kinds, kind];

/** The whole popup for one state; App owns the state and the browser calls. */
export function PopupView({ state, busy, site, notice, actions }: PopupViewProps) {
  const offersSiteOff = site !== null && ['ready', 'not-article', 'other-language', 'error', 'scanning'].includes(state.status);
  // A result, or the wait for one, is laid out in full; a message alone is as small as its words.
  const showsResult = ['connecting', 'scanning', 'ready'].includes(state.status);
  return (
    <main class="popup" aria-busy={busy}>
      <header class="popup-header">
        <img src="/icon/32.png" alt="" width={20} height={20} />
        <h1>{t('extName')}</h1>
        {state.status === 'ready' && (
          <HighlightSwitch on={state.highlightsOn} disabled={busy} onChange={(on) => actions.request({ type: 'set-highlights', on })} />
        )}
        <button type="button" class="link-button header-link" onClick={actions.openOptions}>
          {t('openOptions')}
        </button>
      </header>
      <div class={showsResult ? 'popup-body result' : 'popup-body'}>{renderBody(state, busy, actions)}</div>
      <footer class="popup-footer">
        {offersSiteOff && (
          <button type="button" class="link-button" disabled={busy} onClick={() => actions.setSiteOff(true)}>
            {t('turnOffForSite', site)}
          </button>
        )}
        <p class="notice" role="status">
          {notice}
        </p>
      </footer>
    </main>
  );
}

function renderBody(state: PopupState, busy: boolean, actions: PopupActions) {
  const { request } = actions;
  switch (state.status) {
    case 'connecting':
    case 'scanning':
      return (
        <>
          <GradePlaceholder />
          <KindCounts counts={null} hiddenKinds={[]} />
        </>
      );
    case 'unsupported':
      return (
        <StatusMessage title={t('unsupportedTitle')}>
          <p>{t('unsupportedBody')}</p>
        </StatusMessage>
      );
    case 'unreachable':
      return (
        <StatusMessage title={t('unreachableTitle')}>
          <p>{t('unreachableBody')}</p>
        </StatusMessage>
      );
    case 'site-off':
      return (
        <StatusMessage title={t('siteOffTitle', state.site)}>
          <p>{t('siteOffBody')}</p>
          <button type="button" class="primary" disabled={busy} onClick={() => actions.setSiteOff(false)}>
            {t('turnOnForSite')}
          </button>
        </StatusMessage>
      );
    case 'not-article':
      return (
        <StatusMessage title={t('notArticleTitle')}>
          <p>{t('notArticleBody')}</p>
          <button type="button" class="primary" disabled={busy} onClick={() => request({ type: 'rescan', force: true })}>
            {t('scanAnyway')}
          </button>
        </StatusMessage>
      );
    case 'other-language':
      return (
        <StatusMessage title={t('otherLanguageTitle', languageName(state.language, t('pageLanguage')))}>
          <p>{t('otherLanguageBody')}</p>
        </StatusMessage>
      );
    case 'error':
      return (
        <StatusMessage tone="error" title={t('errorTitle')}>
          <p>{state.message}</p>
          <button type="button" class="primary" disabled={busy} onClick={() => request({ type: 'rescan', force: false })}>
            {t('tryAgain')}
          </button>
        </StatusMessage>
      );
    case 'ready': {
      const toggleKind = (kind: FindingKind) => request({ type: 'set-hidden-kinds', kinds: toggled(state.hiddenKinds, kind) });
      return (
        <>
          <GradeSummary summary={state.summary} />
          {state.mode === 'page' && <p class="note">{t('pageModeNote')}</p>}
          {state.findings.length === 0 ? (
            <StatusMessage title={t('noFindingsTitle')}>
              <p>{t('noFindingsBody')}</p>
            </StatusMessage>
          ) : (
            <>
              <KindCounts counts={state.summary.counts} hiddenKinds={state.hiddenKinds} disabled={busy} onToggleKind={toggleKind} />
              <FindingList
                findings={state.findings}
                contexts={state.contexts}
                summary={state.summary}
                hiddenKinds={state.hiddenKinds}
                focusedIndex={state.focusedIndex}
                busy={busy}
                onFocusFinding={(index) => request({ type: 'focus-finding', index })}
                onToggleKind={toggleKind}
              />
            </>
          )}
          <div class="actions">
            <button type="button" class="secondary" disabled={busy} onClick={() => request({ type: 'rescan', force: state.mode === 'page' })}>
              {t('rescan')}
            </button>
            <button type="button" class="secondary" onClick={actions.copyReport}>
              {t('copyReport')}
            </button>
            <button type="button" class="secondary" onClick={actions.saveReport}>
              {t('saveReport')}
            </button>
          </div>
        </>
      );
    }
  }
}
