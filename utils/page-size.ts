// A cheap look at a page's size before scanning it. Article detection and the engine run as one task
// on the page's thread, so a page far beyond any news article (the largest real pages we test have
// under 6,000 elements and 1.2 million characters) would freeze the tab: such pages are not scanned.

export const PAGE_LIMITS = {
  elements: 30_000,
  textNodes: 60_000,
  characters: 3_000_000,
  depth: 1_000,
};

/** Why the page is too large to scan, in words a reader understands, or null when it is fine. */
export function pageTooLarge(doc: Document, limits = PAGE_LIMITS): string | null {
  const body = doc.body;
  if (!body) return null;
  const elements = body.getElementsByTagName('*').length;
  if (elements > limits.elements) return `it has ${elements.toLocaleString('en')} elements; articles have a few thousand at most`;
  const characters = body.textContent?.length ?? 0;
  if (characters > limits.characters) return `it holds ${(characters / 1e6).toFixed(1)} million characters of text`;
  if (countTextNodes(body, limits.textNodes) > limits.textNodes) return `it has more than ${limits.textNodes.toLocaleString('en')} separate pieces of text`;
  if (deeperThan(body, limits.depth)) return `its elements are nested more than ${limits.depth.toLocaleString('en')} deep`;
  return null;
}

function countTextNodes(root: Element, stopAfter: number): number {
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  let count = 0;
  while (walker.nextNode() && count <= stopAfter) count++;
  return count;
}

/** Walks elements iteratively (a recursive walk would overflow the stack on exactly such pages). */
function deeperThan(root: Element, limit: number): boolean {
  let node: Element | null = root;
  let depth = 0;
  while (node) {
    const child: Element | null = node.firstElementChild;
    if (child) {
      node = child;
      if (++depth > limit) return true;
      continue;
    }
    while (node && node !== root && !node.nextElementSibling) {
      node = node.parentElement;
      depth--;
    }
    if (!node || node === root) return false;
    node = node.nextElementSibling;
  }
  return false;
}
