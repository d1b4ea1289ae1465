// The content script's side of the work the background does for it: the engine and the language detector
// are too large for every page, so the page sends the article's text (typed, validated messages) and gets
// the answer back, both in one round trip. Also what `npm run bench` runs in the page, to time the path a
// reader's page takes.
import { browser } from 'wxt/browser';
import { parseAnalyzeTextReply, type AnalyzeTextRequest, type WakeBackground } from './messages';
import type { AnalyzeArticleText } from './page-scanner';

// The engine runs in the background: its lexicons stay out of every page, and the page's thread never runs it.
export const analyzeInBackground: AnalyzeArticleText = async (text, options, language) => {
  const request: AnalyzeTextRequest = { type: 'analyze-text', text, options, ...(language && { language }) };
  const reply = parseAnalyzeTextReply(await browser.runtime.sendMessage(request), text);
  if (!reply) throw new Error('Sourcelight could not analyse this page: its engine did not answer. Try Rescan.');
  if ('error' in reply) throw new Error(reply.error);
  return reply;
};

/** Starts the background's service worker if it sleeps (see `WakeBackground`): nothing to wait for. */
export function wakeBackground(): void {
  const message: WakeBackground = { type: 'wake-background' };
  browser.runtime.sendMessage(message).catch(() => {});
}
