// What is never article text: page chrome, hidden and editable regions, code, and Sourcelight's own
// UI. Decided from tags and attributes only, so the live page and a DOM built in Node agree.
import { isSpace } from './white-space';

const NEVER_SCANNED_TAGS = new Set([
  'nav', 'header', 'footer', 'aside', 'input', 'textarea', 'select', 'option', 'button',
  'label', 'script', 'style', 'noscript', 'template', 'code', 'pre', 'svg', 'math', 'iframe',
  'object', 'embed', 'canvas', 'video', 'audio', 'dialog', 'head',
]);

// With a media player's controls, whose hidden labels read "Loaded: 0%", "Progress: 0%".
const CHROME_ROLES = new Set([
  'navigation', 'banner', 'contentinfo', 'complementary', 'search', 'menu', 'menubar', 'toolbar',
  'dialog', 'alertdialog', 'slider', 'progressbar', 'scrollbar', 'timer',
]);

// Whole class or id tokens only: "article-comments" is a comment section, "commentary" is not.
const COMMENT_SECTION = /(?:^|[\s_-])(?:comments?|disqus|respond|reply|replies)(?:$|[\s_-])/i;

export const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important\s*)?(?:;|$)/i;

const PAGE_CONTENT = 'article, main, [role="main"], h1';
const HEADLINE = 'h1, [itemprop~="headline"], [itemprop~="articleBody"]';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

const OWN_UI_PREFIX = 'sourcelight-';
/** Sourcelight's highlight element: its text is article text, read as if the element were absent. */
export const HIGHLIGHT_TAG = 'sourcelight-mark';

/** True when nothing inside `el` may be scanned. */
export function isNeverScanned(el: Element): boolean {
  const name = el.localName;
  if (NEVER_SCANNED_TAGS.has(name)) return true;
  // Some sites wrap the whole page in one form; only a form that holds no page content is chrome.
  if (name === 'form') return !el.querySelector(PAGE_CONTENT);
  if (name.startsWith(OWN_UI_PREFIX)) return name !== HIGHLIGHT_TAG;
  // The rest is said by attributes: most elements have none.
  if (!el.hasAttributes()) return false;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable.toLowerCase() !== 'false') return true;
  const style = el.getAttribute('style');
  if (style && HIDDEN_STYLE.test(style)) return true;
  const role = el.getAttribute('role');
  if (role && CHROME_ROLES.has(role.trim().toLowerCase())) return true;
  const id = el.getAttribute('id');
  const className = el.getAttribute('class');
  const comments = (id !== null && COMMENT_SECTION.test(id)) || (className !== null && COMMENT_SECTION.test(className));
  // A class like "has-comments" can sit on the article itself: a comment section has no headline.
  return comments && !el.querySelector(HEADLINE);
}

// Inside an article: the headline, captions, credits, bylines, galleries and related-links boxes
// frame the article, they are not its text.
const NOT_BODY_CLASS =
  /caption|credit|byline|author|timestamp|gallery|slideshow|related|trending|copyright|newsletter|signup|subscribe(?!r)|promo|read-?more/i;

const MIN_BODY_PARAGRAPHS = 3;

/** Lists of links, and paragraphs that are mostly a link, point to other articles. */
const MAX_LIST_LINK_DENSITY = 0.5;
const MAX_PARAGRAPH_LINK_DENSITY = 0.75;

/** True when `el`, inside an article found on the page, holds no article text. */
export function isNotArticleBody(el: Element): boolean {
  const name = el.localName;
  if (name === 'h1' || name === 'figcaption') return true;
  const className = el.getAttribute('class');
  if (className !== null && NOT_BODY_CLASS.test(className)) {
    // Class names are only a hint: a box of several paragraphs is article text whatever its class.
    return el.querySelectorAll('p').length < MIN_BODY_PARAGRAPHS;
  }
  if (name === 'p') return linkDensity(el) > MAX_PARAGRAPH_LINK_DENSITY;
  return (name === 'ul' || name === 'ol') && linkDensity(el) > MAX_LIST_LINK_DENSITY;
}

/** Share of the non-space characters under `el` that sit inside links (one walk, no collections). */
function linkDensity(el: Element): number {
  let total = 0;
  let linked = 0;
  const count = (node: Node, inLink: boolean): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === TEXT_NODE) {
        const chars = nonSpaceChars((child as Text).data);
        total += chars;
        if (inLink) linked += chars;
      } else if (child.nodeType === ELEMENT_NODE) {
        count(child, inLink || (child as Element).localName === 'a');
      }
    }
  };
  count(el, false);
  return total === 0 ? 0 : linked / total;
}

function nonSpaceChars(data: string): number {
  let chars = 0;
  for (let i = 0; i < data.length; i++) if (!isSpace(data.charCodeAt(i))) chars++;
  return chars;
}
