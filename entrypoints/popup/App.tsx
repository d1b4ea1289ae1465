import { useEffect, useRef, useState } from 'preact/hooks';
import { browser, type Browser } from 'wxt/browser';
import { PopupView, type PopupActions, type PopupState } from '../../components/PopupView';
import { downloadText } from '../../utils/download';
import { t, type MessageKey } from '../../utils/i18n';
import { parseTabStatusChanged, type ContentRequest, type TabStatus } from '../../utils/messages';
import { loadSettings, saveSettings, withSiteOff, withSiteOn } from '../../utils/settings';
import { tabSite } from '../../utils/tab-sites';
import { reportFileName, reportJson, reportMarkdown } from './report';
import { isWebPage, unansweredState } from '../../utils/page-access';

/** The tab to act on: the active tab, or `?tab=ID` when the popup page is opened in a tab of its own. */
async function findTargetTab(): Promise<Browser.tabs.Tab | undefined> {
  const requested = Number(new URLSearchParams(location.search).get('tab'));
  if (requested) return browser.tabs.get(requested);
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active;
}

const NOTICE_MS = 3000;

export function App() {
  const [tab, setTab] = useState<{ id: number; url: string | null }>();
  const [site, setSite] = useState<string | null>(null);
  const [state, setState] = useState<PopupState>({ status: 'connecting' });
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const noticeTimer = useRef<ReturnType<typeof setTimeout>>(undefined);

  /** The notice on show speaks of the report, which only the result screen has. */
  const noticeOnReport = useRef(false);

  const say = (key: MessageKey, onReport = false) => {
    clearTimeout(noticeTimer.current);
    setNotice(t(key));
    noticeOnReport.current = onReport;
    noticeTimer.current = setTimeout(() => setNotice(null), NOTICE_MS);
  };

  // "Report saved" under "Sourcelight is off on this site" would speak of a screen no longer shown.
  useEffect(() => {
    if (state.status === 'ready' || !noticeOnReport.current) return;
    clearTimeout(noticeTimer.current);
    setNotice(null);
  }, [state.status]);

  const send = async (id: number, request: ContentRequest, url: string | null) => {
    setBusy(true);
    try {
      setState((await browser.tabs.sendMessage(id, request)) as TabStatus);
    } catch {
      // No content script answered: either the browser forbids one here, or the page predates the install.
      // Without an address (no toolbar click), assume a web page: only those can be reloaded to fix it.
      setState({ status: unansweredState(url) });
    } finally {
      setBusy(false);
    }
  };

  useEffect(() => {
    let id: number | undefined;
    const onMessage = (message: unknown, sender: Browser.runtime.MessageSender) => {
      const changed = parseTabStatusChanged(message);
      if (changed && sender.tab?.id === id) setState(changed.status);
      return undefined;
    };
    browser.runtime.onMessage.addListener(onMessage);
    findTargetTab().then(
      async (found) => {
        if (found?.id === undefined) return setState({ status: 'unsupported' });
        id = found.id;
        const url = found.url ?? null;
        setTab({ id, url });
        setSite(url && isWebPage(url) ? new URL(url).hostname : ((await tabSite(id)) ?? null));
        void send(id, { type: 'get-status' }, url);
      },
      () => setState({ status: 'unsupported' }),
    );
    return () => browser.runtime.onMessage.removeListener(onMessage);
  }, []);

  const pageSite = state.status === 'site-off' ? state.site : site;

  const actions: PopupActions = {
    request: (request) => tab && void send(tab.id, request, tab.url),
    async setSiteOff(off) {
      if (!tab || !pageSite) return;
      setBusy(true);
      // The content script follows the settings and reports its new state; show it straight away.
      setState(off ? { status: 'site-off', site: pageSite } : { status: 'scanning' });
      const { settings } = await loadSettings();
      const saved = await saveSettings(off ? withSiteOff(settings, pageSite) : withSiteOn(settings, pageSite));
      setBusy(false);
      if (!saved.ok) {
        say('settingsNotSaved');
        void send(tab.id, { type: 'get-status' }, tab.url);
      }
    },
    async copyReport() {
      if (state.status !== 'ready') return;
      try {
        await navigator.clipboard.writeText(reportMarkdown(state));
        say('reportCopied', true);
      } catch {
        say('reportNotCopied', true);
      }
    },
    saveReport() {
      if (state.status !== 'ready') return;
      downloadText(reportFileName(state), reportJson(state));
      say('reportSaved', true);
    },
    openOptions() {
      void browser.runtime.openOptionsPage();
      window.close();
    },
  };

  return <PopupView state={state} busy={busy} site={pageSite} notice={notice} actions={actions} />;
}
