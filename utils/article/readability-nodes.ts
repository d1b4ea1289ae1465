// Runs Readability on a copy of the page and reports which LIVE text nodes it kept as the article.
import { Readability } from '@mozilla/readability';
import { HIGHLIGHT_TAG } from './chrome';
import { isBlankText } from './build-text';

const SHOW_TEXT = 0x4;
const OWN_UI_PREFIX = 'sourcelight-';

/** All text nodes under `doc`, in document order. */
function textNodes(doc: Document): Text[] {
  const walker = doc.createTreeWalker(doc, SHOW_TEXT);
  const nodes: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
  return nodes;
}

/** Removes Sourcelight's UI from the copy and unwraps its highlights, so Readability sees the page as published. */
function removeOwnUi(clone: Document): void {
  const elements = Array.from(clone.getElementsByTagName('*'));
  for (const el of elements) {
    const name = el.localName;
    if (!name.startsWith(OWN_UI_PREFIX)) continue;
    if (name === HIGHLIGHT_TAG) el.replaceWith(...Array.from(el.childNodes));
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
    for (let i = 0; i < clone.length; i++) this.byClone.set(clone[i], i);
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
  const map = new LiveTextMap(textNodes(doc), textNodes(clone));
  removeOwnUi(clone);
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
