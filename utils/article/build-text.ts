// Turns the chosen live text nodes into the scanned text and the segments that map it back.
import { isNeverScanned, isNotArticleBody } from './chrome';
import { isBlankText, isSpace } from './white-space';
import type { TextSegment } from './types';
import { runSteps, STEP, type Steps } from '../steps';

const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details',
  'dialog', 'dir', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1',
  'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'html', 'legend', 'li', 'main', 'menu',
  'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead',
  'tr', 'ul',
]);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

export interface BuiltText {
  text: string;
  segments: TextSegment[];
  /** Characters of `text` that sit inside links: a page made of links is not an article. */
  linkChars: number;
}

/**
 * Walks `root` in document order and keeps the text nodes that `include` accepts (all when it is
 * null), skipping never-scanned subtrees. Blank text nodes are kept as word separators wherever
 * they are, so that removing an element between two words does not glue the words together.
 * `articleOnly` also skips what surrounds an article's text (captions, bylines).
 */
export function buildText(root: Element, include: ((node: Text) => boolean) | null, articleOnly: boolean): BuiltText {
  return runSteps(buildTextSteps(root, include, articleOnly));
}

/** `buildText` as steps: it pauses every `STEP` nodes. */
export function* buildTextSteps(root: Element, include: ((node: Text) => boolean) | null, articleOnly: boolean): Steps<BuiltText> {
  const chunks: string[] = [];
  const segments: TextSegment[] = [];
  let length = 0;
  let linkChars = 0;
  let linkDepth = 0;
  let lineHasText = false;
  let breakPending = false;
  let spaceNode: Text | null = null;
  let spaceOffset = 0;
  let spaceIsLiteral = false;
  // Whether the last segment may grow: a collapsed whitespace run must stay one character long.
  let lastMergeable = false;

  const append = (node: Text, offset: number, str: string, mergeable: boolean) => {
    const last = segments.at(-1);
    if (
      last && lastMergeable && mergeable && last.node === node && last.end === length &&
      last.nodeOffset + (last.end - last.start) === offset
    ) {
      last.end += str.length;
    } else {
      segments.push({ start: length, end: length + str.length, node, nodeOffset: offset });
    }
    lastMergeable = mergeable;
    chunks.push(str);
    length += str.length;
    if (linkDepth > 0) linkChars += str.length;
  };

  const noteSpace = (node: Text, offset: number, runLength: number) => {
    if (!lineHasText || spaceNode) return;
    spaceNode = node;
    spaceOffset = offset;
    spaceIsLiteral = runLength === 1 && node.data.charCodeAt(offset) === 32;
  };

  const emitWord = (node: Text, offset: number, word: string) => {
    if (breakPending) {
      if (lineHasText) {
        chunks.push('\n');
        length += 1;
        lastMergeable = false;
        lineHasText = false;
      }
      breakPending = false;
      spaceNode = null;
    }
    if (spaceNode) {
      append(spaceNode, spaceOffset, ' ', spaceIsLiteral);
      spaceNode = null;
    }
    append(node, offset, word, true);
    lineHasText = true;
  };

  const readText = (node: Text) => {
    const data = node.data;
    if (include !== null && !include(node)) {
      if (data.length > 0 && isBlankText(data)) noteSpace(node, 0, data.length);
      return;
    }
    let i = 0;
    while (i < data.length) {
      let j = i;
      if (isSpace(data.charCodeAt(i))) {
        while (j < data.length && isSpace(data.charCodeAt(j))) j++;
        noteSpace(node, i, j - i);
      } else {
        // Words apart by one literal space make one segment anyway: take them as one stretch.
        for (;;) {
          while (j < data.length && !isSpace(data.charCodeAt(j))) j++;
          if (data.charCodeAt(j) !== 32 || j + 1 >= data.length || isSpace(data.charCodeAt(j + 1))) break;
          j++;
        }
        emitWord(node, i, data.slice(i, j));
      }
      i = j;
    }
  };

  const leave = (el: Element) => {
    if (BLOCK_TAGS.has(el.localName)) breakPending = true;
    else if (el.localName === 'a') linkDepth--;
  };

  let node: Node | null = root.firstChild;
  for (let visited = 1; node; visited++) {
    if (visited % STEP === 0) yield;
    let descend = false;
    if (node.nodeType === TEXT_NODE) {
      readText(node as Text);
    } else if (node.nodeType === ELEMENT_NODE) {
      const el = node as Element;
      const name = el.localName;
      if (name === 'br' || BLOCK_TAGS.has(name)) breakPending = true;
      if (el.firstChild && !isNeverScanned(el) && !(articleOnly && isNotArticleBody(el))) {
        if (name === 'a') linkDepth++;
        descend = true;
      }
    }
    if (descend) {
      node = node.firstChild;
      continue;
    }
    while (node && node !== root && !node.nextSibling) {
      node = node.parentNode;
      if (node && node !== root) leave(node as Element);
    }
    node = node && node !== root ? node.nextSibling : null;
  }

  return { text: chunks.join(''), segments, linkChars };
}

/** The closest element containing every segment's node (the nodes are in document order). */
export function commonAncestor(segments: TextSegment[], fallback: Element): Element {
  const first = segments[0]?.node;
  const last = segments.at(-1)?.node;
  if (!first || !last) return fallback;
  const ancestors = new Set<Node>();
  for (let n: Node | null = first.parentNode; n; n = n.parentNode) ancestors.add(n);
  for (let n: Node | null = last.parentNode; n; n = n.parentNode) {
    if (ancestors.has(n) && n.nodeType === ELEMENT_NODE) return n as Element;
  }
  return fallback;
}
