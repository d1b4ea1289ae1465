// A cheap look at a page's size before scanning it. Article detection and the engine run as one task
// on the page's thread, so a page far beyond any news article (the largest real pages we test have
// under 6,000 elements and 1.2 million characters) would freeze the tab: such pages are not scanned.

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

export const PAGE_LIMITS = {
  elements: 30_000,
  textNodes: 60_000,
  characters: 3_000_000,
  depth: 1_000,
};

/**
 * Why the page is too large to scan, in words a reader understands, or null when it is fine. One walk
 * counts everything, iteratively (a recursive walk would overflow the stack on exactly such pages), and
 * stops at the first limit passed.
 */
export function pageTooLarge(doc: Document, limits = PAGE_LIMITS): string | null {
  const body = doc.body;
  if (!body) return null;
  let elements = 0;
  let textNodes = 0;
  let characters = 0;
  let depth = 0;
  let node: Node | null = body.firstChild;
  while (node) {
    if (node.nodeType === TEXT_NODE) {
      characters += (node as Text).length; // not .data: that would copy the text out of the DOM
      if (++textNodes > limits.textNodes) return `it has more than ${limits.textNodes.toLocaleString('en')} separate pieces of text`;
      if (characters > limits.characters) return `it holds ${(characters / 1e6).toFixed(1)} million characters of text`;
    } else if (node.nodeType === ELEMENT_NODE) {
      if (++elements > limits.elements) return `it has more than ${limits.elements.toLocaleString('en')} elements; articles have a few thousand at most`;
      if (node.firstChild) {
        if (++depth > limits.depth) return `its elements are nested more than ${limits.depth.toLocaleString('en')} deep`;
        node = node.firstChild;
        continue;
      }
    }
    while (node && node !== body && !node.nextSibling) {
      node = node.parentNode;
      depth--;
    }
    node = node && node !== body ? node.nextSibling : null;
  }
  return null;
}
