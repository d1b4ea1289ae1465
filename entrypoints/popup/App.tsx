import { useEffect, useState } from 'preact/hooks';
import { browser, type Browser } from 'wxt/browser';
import { FindingList } from '../../components/FindingList';
import { GradeSummary } from '../../components/GradeSummary';
import { HighlightSwitch } from '../../components/HighlightSwitch';
import { KindCounts } from '../../components/KindCounts';
import { StatusMessage } from '../../components/StatusMessage';
import { parseTabStatusChanged, type ContentRequest, type TabStatus } from '../../utils/messages';

/** Everything the popup can show: the tab's own status, or why there is none. */
type PopupView = TabStatus | { status: 'connecting' } | { status: 'unsupported' } | { status: 'unreachable' };

/** The tab to act on: the active tab, or `?tab=ID` when the popup page is opened in a tab of its own. */
async function findTargetTab(): Promise<Browser.tabs.Tab | undefined> {
  const requested = Number(new URLSearchParams(location.search).get('tab'));
  if (requested) return browser.tabs.get(requested);
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active;
}

const isWebPage = (url: string) => /^https?:/.test(url);

export function App() {
  const [tabId, setTabId] = useState<number>();
  const [view, setView] = useState<PopupView>({ status: 'connecting' });
  const [busy, setBusy] = useState(false);

  const send = async (id: number, request: ContentRequest, url?: string) => {
    setBusy(true);
    try {
      setView((await browser.tabs.sendMessage(id, request)) as TabStatus);
    } catch {
      // No content script answered: either the browser forbids one here, or the page predates the install.
      setView({ status: url === undefined || isWebPage(url) ? 'unreachable' : 'unsupported' });
    } finally {
      setBusy(false);
    }
  };

  useEffect(() => {
    let id: number | undefined;
    const onMessage = (message: unknown, sender: Browser.runtime.MessageSender) => {
      const changed = parseTabStatusChanged(message);
      if (changed && sender.tab?.id === id) setView(changed.status);
      return undefined;
    };
    browser.runtime.onMessage.addListener(onMessage);
    findTargetTab().then(
      (tab) => {
        if (!tab?.id) return setView({ status: 'unsupported' });
        id = tab.id;
        setTabId(tab.id);
        void send(tab.id, { type: 'get-status' }, tab.url ?? '');
      },
      () => setView({ status: 'unsupported' }),
    );
    return () => browser.runtime.onMessage.removeListener(onMessage);
  }, []);

  return (
    <main class="popup">
      <header class="popup-header">
        <img src="/icon/32.png" alt="" width={20} height={20} />
        <h1>Sourcelight</h1>
      </header>
      {renderView(view, busy, (request) => tabId !== undefined && send(tabId, request))}
    </main>
  );
}

function renderView(view: PopupView, busy: boolean, send: (request: ContentRequest) => unknown) {
  switch (view.status) {
    case 'connecting':
    case 'scanning':
      return <StatusMessage tone="busy" title="Reading the article…" />;
    case 'unsupported':
      return (
        <StatusMessage title="Sourcelight can't read this page">
          <p>Browser pages, extension stores and files are off limits to extensions. Open a news article on the web.</p>
        </StatusMessage>
      );
    case 'unreachable':
      return (
        <StatusMessage title="Reload the page to scan it">
          <p>This page was open before Sourcelight started. Reload it and open Sourcelight again.</p>
        </StatusMessage>
      );
    case 'not-article':
      return (
        <StatusMessage title="This page doesn't look like an article">
          <p>Sourcelight scans news articles. You can still scan the page's visible text.</p>
          <button type="button" class="primary" disabled={busy} onClick={() => send({ type: 'rescan', force: true })}>
            Scan anyway
          </button>
        </StatusMessage>
      );
    case 'error':
      return (
        <StatusMessage tone="error" title="Sourcelight couldn't scan this page">
          <p>{view.message}</p>
          <button type="button" class="primary" disabled={busy} onClick={() => send({ type: 'rescan', force: false })}>
            Try again
          </button>
        </StatusMessage>
      );
    case 'ready':
      return (
        <>
          <GradeSummary summary={view.summary} />
          {view.mode === 'page' && <p class="note">Scanned the whole page: no article was detected.</p>}
          {view.findings.length === 0 ? (
            <StatusMessage title="No attribution found">
              <p>No sources, hedges or figures were found in this text.</p>
            </StatusMessage>
          ) : (
            <>
              <KindCounts counts={view.summary.counts} />
              <FindingList findings={view.findings} summary={view.summary} />
            </>
          )}
          <HighlightSwitch on={view.highlightsOn} disabled={busy} onChange={(on) => send({ type: 'set-highlights', on })} />
        </>
      );
  }
}
