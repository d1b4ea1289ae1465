import { browser, type Browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { badgeFor } from '../utils/badge';
import { ANALYZE_PORT, parseAnalyzeTextRequest, parseTabStatusChanged, type AnalyzeTextReply, type AnalyzeTextRequest, type ContentRequest } from '../utils/messages';
import { readText } from '../utils/read-text';
import { forgetTabSite, rememberTabSite } from '../utils/tab-sites';

/** The keyboard shortcuts declared under `commands` in wxt.config.ts, and what each asks of the page. */
const COMMAND_REQUESTS: Record<string, ContentRequest> = {
  'toggle-highlights': { type: 'toggle-highlights' },
  'next-finding': { type: 'step-finding', direction: 1 },
  'previous-finding': { type: 'step-finding', direction: -1 },
};

/** Sentences of the kinds the engine reads (named and unnamed sources, figures, hedges, a quotation), long enough for the language detector. */
const WARM_UP_TEXT =
  'Two senior officials, who asked not to be named because the talks were private, said the agreement could collapse within days. ' +
  '"We are not there yet," the minister told reporters on Tuesday, adding that about 40 percent of the budget remained in dispute. ' +
  'Critics argue the plan may cost more than $3 billion, according to an estimate published by the national audit office. ' +
  'Some analysts believe sixty-two percent of voters support it, while many residents remain wary. ' +
  'The report, released last month, found that unemployment rose to 4.1 percent.';

function analyzeReply({ text, options, language }: AnalyzeTextRequest): AnalyzeTextReply {
  try {
    return readText(text, options, language);
  } catch (error) {
    return { error: `Sourcelight could not analyse this page: ${error instanceof Error ? error.message : String(error)}` };
  }
}

export default defineBackground(() => {
  // Chrome MV3 has `action`, Firefox MV2 `browserAction`: the same API under two names.
  const action = browser.action ?? browser.browserAction;

  browser.runtime.onMessage.addListener((message, sender) => {
    const changed = parseTabStatusChanged(message);
    const tabId = sender.tab?.id;
    if (!changed || tabId === undefined) return undefined;
    const badge = badgeFor(changed.status);
    void action.setBadgeText({ tabId, text: badge.text });
    if (badge.color) void action.setBadgeBackgroundColor({ tabId, color: badge.color });
    void action.setTitle({ tabId, title: badge.title });
    if (sender.url && sender.frameId === 0) void rememberTabSite(tabId, sender.url);
    return undefined;
  });

  // A scan opens its port as it starts (which is what starts a sleeping worker) and sends its request by it.
  browser.runtime.onConnect.addListener((port) => {
    // Only a page's own content script asks for an analysis.
    if (port.name !== ANALYZE_PORT || !port.sender?.tab) return;
    port.onMessage.addListener((message: unknown) => {
      const analyze = parseAnalyzeTextRequest(message);
      if (analyze) port.postMessage(analyzeReply(analyze));
    });
  });

  browser.tabs.onRemoved.addListener((tabId) => void forgetTabSite(tabId));

  // A worker started with the browser, or on install or update, has compiled none of the engine and the
  // detector: reading a short text now spares the first article's reader the compiling.
  const warmUp = () => void readText(WARM_UP_TEXT, {}, { hint: null });
  browser.runtime.onStartup.addListener(warmUp);
  browser.runtime.onInstalled.addListener(warmUp);

  browser.commands.onCommand.addListener(async (command: string, tab?: Browser.tabs.Tab) => {
    const request = COMMAND_REQUESTS[command];
    if (!request) return;
    const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
    // Browser pages have no content script to answer: the shortcut does nothing there.
    if (tabId !== undefined) await browser.tabs.sendMessage(tabId, request).catch(() => {});
  });
});
