// What is never article text: page chrome, hidden and editable regions, code, and Sourcelight's own
// UI. Decided from tags and attributes only, so the live page and a DOM built in Node agree.

const NEVER_SCANNED_TAGS = new Set([
  'nav', 'header', 'footer', 'aside', 'form', 'input', 'textarea', 'select', 'option', 'button',
  'label', 'script', 'style', 'noscript', 'template', 'code', 'pre', 'svg', 'math', 'iframe',
  'object', 'embed', 'canvas', 'video', 'audio', 'dialog',
]);

const CHROME_ROLES = new Set([
  'navigation', 'banner', 'contentinfo', 'complementary', 'search', 'menu', 'menubar', 'toolbar',
  'dialog', 'alertdialog',
]);

// Whole class or id tokens only: "article-comments" is a comment section, "commentary" is not.
const COMMENT_SECTION = /(?:^|[\s_-])(?:comments?|disqus|respond|reply|replies)(?:$|[\s_-])/i;

const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important\s*)?(?:;|$)/i;

const OWN_UI_PREFIX = 'sourcelight-';
/** Sourcelight's highlight element: its text is article text, read as if the element were absent. */
export const HIGHLIGHT_TAG = 'sourcelight-mark';

/** True when nothing inside `el` may be scanned. */
export function isNeverScanned(el: Element): boolean {
  const name = el.localName;
  if (NEVER_SCANNED_TAGS.has(name)) return true;
  if (name.startsWith(OWN_UI_PREFIX)) return name !== HIGHLIGHT_TAG;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable.toLowerCase() !== 'false') return true;
  const style = el.getAttribute('style');
  if (style && HIDDEN_STYLE.test(style)) return true;
  const role = el.getAttribute('role');
  if (role && CHROME_ROLES.has(role.trim().toLowerCase())) return true;
  const id = el.getAttribute('id');
  if (id && COMMENT_SECTION.test(id)) return true;
  const className = el.getAttribute('class');
  return className !== null && COMMENT_SECTION.test(className);
}
