import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { analyzeInBackground, wakeBackground } from '../utils/ask-background';
import { parseContentRequest, type ContentRequest, type TabStatus, type TabStatusChanged } from '../utils/messages';
import { createPageScanner, type PageScanner } from '../utils/page-scanner';
import { engineOptions, isSiteDisabled, loadSettings, watchSettings, type Settings } from '../utils/settings';
import '../utils/highlight/marks.css';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  async main(ctx) {
    const site = location.hostname;
    // What to answer while there is no scanner: still loading the settings, or off on this site.
    let idle: TabStatus = { status: 'scanning' };
    const publish = (status: TabStatus) => {
      const message: TabStatusChanged = { type: 'tab-status', status };
      // Nobody listening (popup closed, worker asleep) is fine.
      browser.runtime.sendMessage(message).catch(() => {});
      return status;
    };

    let scanner: PageScanner | null = null;
    const apply = (settings: Settings) => {
      if (isSiteDisabled(settings, site)) {
        scanner?.dispose();
        scanner = null;
        idle = publish({ status: 'site-off', site });
      } else if (scanner) {
        void scanner.setEngineOptions(engineOptions(settings));
      } else {
        scanner = createPageScanner(document, {
          engine: engineOptions(settings),
          analyze: analyzeInBackground,
          highlightByDefault: settings.highlightByDefault,
          onStatus: publish,
          watch: true,
          wake: wakeBackground,
        });
        void scanner.scan(false);
      }
    };

    // Replies once the work is done; a scan in progress answers 'scanning' to get-status meanwhile.
    const answer = (request: ContentRequest): TabStatus | Promise<TabStatus> => {
      if (!scanner) return idle;
      switch (request.type) {
        case 'get-status':
          return scanner.status();
        case 'set-highlights':
          return scanner.setHighlights(request.on);
        case 'toggle-highlights': {
          const current = scanner.status();
          return scanner.setHighlights(!(current.status === 'ready' && current.highlightsOn));
        }
        case 'rescan':
          return scanner.scan(request.force);
        case 'focus-finding':
          return scanner.focus(request.index);
        case 'step-finding':
          return scanner.step(request.direction);
        case 'set-hidden-kinds':
          return scanner.setHiddenKinds(request.kinds);
      }
    };
    const onMessage = (message: unknown) => {
      const request = parseContentRequest(message);
      return request ? Promise.resolve(answer(request)) : undefined;
    };

    browser.runtime.onMessage.addListener(onMessage);
    const stopWatchingSettings = watchSettings(({ settings }) => apply(settings));
    ctx.onInvalidated(() => {
      browser.runtime.onMessage.removeListener(onMessage);
      stopWatchingSettings();
      scanner?.dispose();
    });

    apply((await loadSettings()).settings);
  },
});
