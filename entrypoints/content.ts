import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { parseAnalyzeTextReply, parseContentRequest, parseLanguageVerdict, type AnalyzeTextRequest, type ContentRequest, type DetectLanguageRequest, type TabStatus, type TabStatusChanged } from '../utils/messages';
import { createPageScanner, type AnalyzeArticleText, type PageScanner } from '../utils/page-scanner';
import { engineOptions, isSiteDisabled, loadSettings, watchSettings, type Settings } from '../utils/settings';
import '../utils/highlight/marks.css';

// The engine runs in the background: its lexicons stay out of every page, and the page's thread never runs it.
const analyzeInBackground: AnalyzeArticleText = async (text, options) => {
  const request: AnalyzeTextRequest = { type: 'analyze-text', text, options };
  const reply = parseAnalyzeTextReply(await browser.runtime.sendMessage(request), text);
  if (!reply) throw new Error('Sourcelight could not analyse this page: its engine did not answer. Try Rescan.');
  if ('error' in reply) throw new Error(reply.error);
  return reply.findings;
};

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

    // The detector is too large for this script: the background runs it.
    const detectLanguage = async (sample: string, hint: string | null) => {
      const request: DetectLanguageRequest = { type: 'detect-language', sample, hint };
      return parseLanguageVerdict(await browser.runtime.sendMessage(request));
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
          detectLanguage,
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
