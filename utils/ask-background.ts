// The content script's side of the work the background does for it: the engine and the language detector
// are too large for every page, so the page sends the article's text (typed, validated messages, on a
// runtime port of the extension's own) and gets the answer back, both in one round trip. Also what
// `npm run bench` runs in the page, to time the path a reader's page takes.
import { browser, type Browser } from 'wxt/browser';
import { ANALYZE_PORT, parseAnalyzeTextReply, type AnalyzeTextRequest } from './messages';
import type { AnalyzeArticleText } from './page-scanner';

/** How long a port opened by `wakeBackground` waits for the request before it is closed unused. */
const UNUSED_PORT_MS = 10_000;

/** The port the last wake-up opened, until a request takes it. */
let waiting: { port: Browser.runtime.Port; timer: ReturnType<typeof setTimeout> } | null = null;

function takePort(): Browser.runtime.Port {
  if (!waiting) return browser.runtime.connect({ name: ANALYZE_PORT });
  clearTimeout(waiting.timer);
  const { port } = waiting;
  waiting = null;
  return port;
}

const NO_ANSWER = 'Sourcelight could not analyse this page: its engine did not answer. Try Rescan.';

// The engine runs in the background: its lexicons stay out of every page, and the page's thread never runs it.
export const analyzeInBackground: AnalyzeArticleText = async (text, options, language) => {
  const request: AnalyzeTextRequest = { type: 'analyze-text', text, options, ...(language && { language }) };
  const port = takePort();
  const answer = await new Promise<unknown>((resolve) => {
    port.onMessage.addListener((message: unknown) => resolve(message));
    // The background went away (updated, or its worker stopped) before it answered.
    port.onDisconnect.addListener(() => resolve(null));
    try {
      port.postMessage(request);
    } catch {
      resolve(null);
    }
  });
  port.disconnect();
  const reply = parseAnalyzeTextReply(answer, text);
  if (!reply) throw new Error(NO_ANSWER);
  if ('error' in reply) throw new Error(reply.error);
  return reply;
};

/**
 * Starts the background's service worker if it sleeps, as each scan starts: the worker sleeps after 30 s
 * without events, and starting one (loading the engine and the detector) takes longer than the page takes
 * to find its article. The port it opens is the one the scan's request then goes by.
 */
export function wakeBackground(): void {
  if (waiting) return;
  try {
    const port = browser.runtime.connect({ name: ANALYZE_PORT });
    const timer = setTimeout(() => {
      if (waiting?.port !== port) return;
      waiting = null;
      port.disconnect();
    }, UNUSED_PORT_MS);
    port.onDisconnect.addListener(() => {
      if (waiting?.port === port) {
        clearTimeout(waiting.timer);
        waiting = null;
      }
    });
    waiting = { port, timer };
  } catch {
    // No background to reach (the extension is being updated): the request will say so.
  }
}
