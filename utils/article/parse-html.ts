// Node only (the extension never imports it): builds a Document from saved HTML for the command
// line, the evaluation tools and the tests.
import { JSDOM, VirtualConsole } from 'jsdom';

/**
 * Parses `html` the way a browser would, without running scripts or loading resources. The page is
 * parsed by the window's DOMParser: a document without a browsing context does not apply its
 * style sheets, so CSS that jsdom cannot parse (and throws on) does not stop the analysis.
 */
export function parseHtml(html: string, url = 'about:blank'): Document {
  // A silent console: jsdom's complaints about the page are not ours to print.
  const { window } = new JSDOM('', { url, virtualConsole: new VirtualConsole() });
  return new window.DOMParser().parseFromString(html, 'text/html');
}
