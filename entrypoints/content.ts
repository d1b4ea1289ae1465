import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { parseContentRequest, type TabStatusChanged } from '../utils/messages';
import { createPageScanner } from '../utils/page-scanner';
import { enabledKinds, loadSettings } from '../utils/settings';
import '../utils/highlight/marks.css';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  async main(ctx) {
    const { settings } = await loadSettings();
    const scanner = createPageScanner(document, {
      engine: { kinds: enabledKinds(settings) },
      highlightByDefault: settings.highlightByDefault,
      onStatus: (status) => {
        const message: TabStatusChanged = { type: 'tab-status', status };
        // Nobody listening (popup closed, worker asleep) is fine.
        browser.runtime.sendMessage(message).catch(() => {});
      },
    });

    const onMessage = (message: unknown) => {
      const request = parseContentRequest(message);
      if (!request) return undefined;
      switch (request.type) {
        case 'get-status':
          return Promise.resolve(scanner.status());
        case 'set-highlights':
          return Promise.resolve(scanner.setHighlights(request.on));
        case 'rescan':
          return Promise.resolve(scanner.scan(request.force));
      }
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => {
      browser.runtime.onMessage.removeListener(onMessage);
      scanner.dispose();
    });

    scanner.scan(false);
  },
});
