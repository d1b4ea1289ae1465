// Text a live page added to an article after it was scanned (infinite scroll, paragraphs loaded late),
// built with the same rules as the article itself, so that only the new text needs scanning.
import { buildText } from './build-text';
import { isNeverScanned, isNotArticleBody } from './chrome';
import type { TextSegment } from './types';

export interface AddedText {
  /** The added blocks' text, separated by "\n" like the article's own. */
  text: string;
  segments: TextSegment[];
}

const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING

/** Whether `node` or an ancestor below `root` is chrome (a comment section, a promo…) rather than article text. */
function outsideArticleText(node: Node, root: Element): boolean {
  for (let el = node.nodeType === 1 ? (node as Element) : node.parentElement; el && el !== root; el = el.parentElement) {
    if (isNeverScanned(el) || isNotArticleBody(el)) return true;
  }
  return false;
}

/**
 * The scannable text of `added` nodes, or null when they cannot simply be appended to the scanned
 * text: a node outside the article's root, or one placed before the last scanned text (the article
 * must then be scanned again as a whole).
 */
export function addedArticleText(root: Element, lastScanned: Text | undefined, added: readonly Node[]): AddedText | null {
  const tops: Node[] = [];
  for (const node of added) {
    if (!node.isConnected) continue; // Added and removed again in the same burst.
    if (!root.contains(node)) return null;
    if (lastScanned && !(lastScanned.compareDocumentPosition(node) & FOLLOWING)) return null;
    if (!tops.some((top) => top.contains(node))) tops.push(node);
  }
  tops.sort((a, b) => (a.compareDocumentPosition(b) & FOLLOWING ? -1 : 1));

  let text = '';
  const segments: TextSegment[] = [];
  for (const node of tops) {
    if (outsideArticleText(node, root)) continue;
    const scope = node.nodeType === 1 ? (node as Element) : node.parentElement;
    if (!scope || node.nodeType !== 1 && node.nodeType !== 3) continue;
    const built = buildText(scope, node.nodeType === 3 ? (t) => t === node : null, true);
    if (!built.text) continue;
    const offset = text ? text.length + 1 : 0;
    text = text ? `${text}\n${built.text}` : built.text;
    for (const s of built.segments) segments.push({ ...s, start: s.start + offset, end: s.end + offset });
  }
  return { text, segments };
}
