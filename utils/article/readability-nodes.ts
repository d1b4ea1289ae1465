// Runs Readability on a copy of the page and reports which LIVE text nodes it kept as the article.
import { Readability } from '@mozilla/readability';
import { HIGHLIGHT_TAG } from './chrome';
import { isBlankText } from './build-text';

const SHOW_TEXT = 0x4;
const TEXT_NODE = 3;
const ELEMENT_NODE = 1;
const OWN_UI_PREFIX = 'sourcelight-';

/** All text nodes under `doc` in document order, and Sourcelight's own elements (one plain walk: fast in jsdom too). */
function scan(doc: Document): { texts: Text[]; ownUi: Element[] } {
  const texts: Text[] = [];
  const ownUi: Element[] = [];
  let node: Node | null = doc.firstChild;
  while (node) {
    if (node.nodeType === TEXT_NODE) texts.push(node as Text);
    else if (node.nodeType === ELEMENT_NODE && (node as Element).localName.startsWith(OWN_UI_PREFIX)) ownUi.push(node as Element);
    if (node.firstChild) {
      node = node.firstChild;
      continue;
    }
    while (node && !node.nextSibling) node = node.parentNode;
    node = node && node.nextSibling;
  }
  return { texts, ownUi };
}

/** Removes Sourcelight's UI from the copy and unwraps its highlights, so Readability sees the page as published. */
function removeOwnUi(elements: Element[]): void {
  for (const el of elements) {
    if (el.localName === HIGHLIGHT_TAG) el.replaceWith(...Array.from(el.childNodes));
    else el.remove();
  }
}

/**
 * Maps the copy's text nodes back to the live ones. Readability moves nodes, so identity works for
 * most of them; when it retries it re-parses the page from HTML, and those fresh nodes are matched
 * by their text, in document order.
 */
class LiveTextMap {
  private readonly byClone = new Map<Text, number>();
  private byData: Map<string, number[]> | null = null;
  private cursor = -1;

  constructor(private readonly live: Text[], clone: Text[]) {
    clone.forEach((node, i) => this.byClone.set(node, i));
  }

  find(node: Text): Text | undefined {
    let index = this.byClone.get(node);
    if (index === undefined) index = this.findByData(node.data);
    if (index === undefined) return undefined;
    this.cursor = index;
    return this.live[index];
  }

  private findByData(data: string): number | undefined {
    if (!this.byData) {
      this.byData = new Map();
      this.live.forEach((node, i) => {
        const list = this.byData!.get(node.data);
        if (list) list.push(i);
        else this.byData!.set(node.data, [i]);
      });
    }
    const candidates = this.byData.get(data);
    if (!candidates) return undefined;
    return candidates.find((i) => i > this.cursor) ?? candidates[0];
  }
}

/** The live text nodes of the article Readability finds, or null when it finds none. */
export function readabilityArticleNodes(doc: Document): Set<Text> | null {
  const clone = doc.cloneNode(true) as Document;
  const copy = scan(clone);
  const map = new LiveTextMap(scan(doc).texts, copy.texts);
  removeOwnUi(copy.ownUi);
  const result = new Readability<Node>(clone, { serializer: (el) => el }).parse();
  const content = result?.content;
  if (!content) return null;

  const nodes = new Set<Text>();
  const walker = clone.createTreeWalker(content, SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const text = n as Text;
    if (isBlankText(text.data)) continue;
    const live = map.find(text);
    if (live) nodes.add(live);
  }
  return nodes.size > 0 ? nodes : null;
}
