// Where a content script can answer, and what the popup should say when none does.

// Web pages where browsers never run extensions' content scripts: the extension stores, and PDFs
// (shown by the browser's own viewer).
const CLOSED_TO_EXTENSIONS =
  /^https:\/\/(chromewebstore\.google\.com|chrome\.google\.com\/webstore|addons\.mozilla\.org|microsoftedge\.microsoft\.com\/addons)\/|\.pdf(?:[?#]|$)/i;

/** An ordinary web page: the only kind a content script runs on. */
export const isWebPage = (url: string) => /^https?:/.test(url);

/**
 * No content script answered the popup: either the page is closed to extensions ('unsupported'), or it
 * is an ordinary web page opened before Sourcelight started, which a reload fixes ('unreachable').
 * `url` is null when the browser does not tell the popup the tab's address.
 */
export function unansweredState(url: string | null): 'unreachable' | 'unsupported' {
  if (url === null) return 'unreachable';
  return isWebPage(url) && !CLOSED_TO_EXTENSIONS.test(url) ? 'unreachable' : 'unsupported';
}
