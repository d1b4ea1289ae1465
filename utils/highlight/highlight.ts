// Highlights findings in the live page with mark.js, and takes them away again leaving the DOM exactly
// as it was. DOM-only: no browser APIs, so DOM tests can drive it.
import Mark from 'mark.js';
import { HIGHLIGHT_TAG } from '../article/chrome';
import type { ArticleText, TextSegment } from '../article/types';
import type { Finding } from '../engine/types';

/** A custom element name rather than <mark> or <span>, so page CSS is unlikely to restyle or hide it. */
export const MARK_ELEMENT = HIGHLIGHT_TAG;
export const KIND_ATTRIBUTE = 'data-sourcelight-kind';
export const INDEX_ATTRIBUTE = 'data-sourcelight-index';
/** On the pieces of a finding split by the page's own elements (a link, an <em>): "after" when another piece follows, "before" when one precedes. */
export const JOIN_ATTRIBUTE = 'data-sourcelight-join';

// mark.js skips text whose parent matches one of these type selectors; its offsets count every other text
// node under the context. A type selector matches by local name, in any namespace.
const MARKJS_SKIPPED_PARENTS = new Set(['script', 'style', 'title', 'head', 'html']);

interface MarkRange {
  start: number;
  length: number;
  findingIndex: number;
}

export interface Highlights {
  /** Every element inserted, in document order. */
  readonly marks: readonly HTMLElement[];
  /** The page's text nodes that marking split (each keeps the first piece of its text). */
  readonly splitTextNodes: ReadonlySet<Text>;
  /** Removes the highlights and restores every touched text node; safe to call twice. */
  clear(): void;
}

/**
 * Runs mark.js with TreeWalkers where it would create NodeIterators. A document reports every node it
 * loses to each NodeIterator still alive, until the garbage collector takes them: after thousands of
 * mark.js calls, restoring 20,000 marks took 1.3 s. A TreeWalker visits the same nodes in the same order
 * for the way mark.js steps (previousNode, then nextNode), and a document keeps no list of them. mark.js
 * asks the global document; in a content script that is our own view of it, which the page never sees.
 */
function withTreeWalkers(run: () => void): void {
  const doc = globalThis.document as Omit<Document, 'createNodeIterator'> & { createNodeIterator?: unknown };
  doc.createNodeIterator = (root: Node, whatToShow?: number, filter?: NodeFilter | null) => doc.createTreeWalker(root, whatToShow, filter);
  try {
    run();
  } finally {
    delete doc.createNodeIterator;
  }
}

/** Offsets of each text node in mark.js's own concatenation of the context's text. */
function markjsOffsets(context: Element): Map<Text, number> {
  const offsets = new Map<Text, number>();
  const walker = context.ownerDocument.createTreeWalker(context, 4 /* NodeFilter.SHOW_TEXT */);
  let total = 0;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const parent = node.parentElement;
    if (parent && MARKJS_SKIPPED_PARENTS.has(parent.localName)) continue;
    offsets.set(node, total);
    total += node.data.length;
  }
  return offsets;
}

/** Index of the first segment that ends after `offset` (segments are sorted and disjoint). */
function firstSegmentEndingAfter(segments: readonly TextSegment[], offset: number): number {
  let low = 0;
  let high = segments.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (segments[mid]!.end <= offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The segments a finding covers, in order. */
function segmentsOf(segments: readonly TextSegment[], finding: Finding): TextSegment[] {
  const covered: TextSegment[] = [];
  for (let i = firstSegmentEndingAfter(segments, finding.start); i < segments.length && segments[i]!.start < finding.end; i++) {
    covered.push(segments[i]!);
  }
  return covered;
}

/** Translates findings (offsets into the scanned text) into mark.js ranges over the context's text nodes. */
function toMarkRanges(block: Block, offsets: Map<Text, number>): MarkRange[] {
  const ranges: MarkRange[] = [];
  for (const { index, finding, segments } of block.findings) {
    let current: MarkRange | undefined;
    let currentNode: Text | undefined;
    for (const segment of segments) {
      const base = offsets.get(segment.node);
      if (base === undefined) continue;
      const from = Math.max(finding.start, segment.start);
      const to = Math.min(finding.end, segment.end);
      // A collapsed whitespace run is a one-character segment mapped to the run's first character.
      const start = base + segment.nodeOffset + (from - segment.start);
      const length = to - from;
      // Within one text node, consecutive segments are apart only by the rest of such a run: the range
      // spans it, so the space between two words is marked rather than left as a lone whitespace range.
      if (current && (current.start + current.length === start || segment.node === currentNode)) {
        current.length = start + length - current.start;
      } else {
        current = { start, length, findingIndex: index };
        ranges.push(current);
      }
      currentNode = segment.node;
    }
  }
  return ranges;
}

interface BlockFinding {
  index: number;
  finding: Finding;
  segments: TextSegment[];
}

/** The smallest element holding some findings whole; blocks are disjoint and in document order. */
interface Block {
  context: Element;
  findings: BlockFinding[];
}

/**
 * Groups findings by the closest element holding each one, merging nested groups. mark.js's markRanges
 * rescans its whole context for every range, so one call per paragraph costs what one call over the
 * article would cost divided by the number of paragraphs, and each text node is still visited once.
 */
function blocksOf(article: ArticleText, findings: readonly Finding[]): Block[] {
  const blocks: Block[] = [];
  const order = findings.map((_, i) => i).sort((a, b) => findings[a]!.start - findings[b]!.start);
  for (const index of order) {
    const finding = findings[index]!;
    const segments = segmentsOf(article.segments, finding);
    if (segments.length === 0) continue;
    const context = commonElement(segments[0]!.node, segments.at(-1)!.node, article.root);
    const item = { index, finding, segments };
    let absorbed: BlockFinding[] = [];
    for (let last = blocks.at(-1); last && last.context !== context && context.contains(last.context); last = blocks.at(-1)) {
      absorbed = [...blocks.pop()!.findings, ...absorbed];
    }
    const last = blocks.at(-1);
    if (last && last.context.contains(context)) last.findings.push(item);
    else blocks.push({ context, findings: [...absorbed, item] });
  }
  return blocks;
}

/** The closest element containing both text nodes, never above `root`. */
function commonElement(first: Text, last: Text, root: Element): Element {
  let element = first.parentElement ?? root;
  while (element !== root && !element.contains(last)) element = element.parentElement ?? root;
  return element;
}

export interface HighlightJob {
  /** Grows block by block as the job runs; clearing it mid-way undoes what was marked so far. */
  readonly highlights: Highlights;
  /** Marks the next block; false once every finding is marked. */
  markNext(): boolean;
}

/**
 * Prepares to wrap every finding, one block of the article at a time, so that a caller can yield to the
 * page between blocks on huge articles. Describe each finding's element with `decorate`.
 */
export function startHighlights(
  article: ArticleText,
  findings: readonly Finding[],
  decorate: (element: HTMLElement, finding: Finding, index: number) => void = () => {},
): HighlightJob {
  const blocks = blocksOf(article, findings);
  const marks: HTMLElement[] = [];
  const splitTextNodes = new Set<Text>();
  // What each touched text node held, and what followed it, before mark.js split it: clearing puts exactly this back.
  const originals = new Map<Text, OriginalText>();
  let next = 0;
  let cleared = false;
  /** Each finding's latest piece, so the next one can be joined to it and the pair drawn as one highlight. */
  const lastPiece = new Map<number, HTMLElement>();

  const markBlock = (block: Block) => {
    const ranges = toMarkRanges(block, markjsOffsets(block.context));
    const touched: Text[] = [];
    for (const { segments } of block.findings) {
      for (const { node } of segments) {
        if (originals.has(node)) continue;
        originals.set(node, { data: node.data, next: node.nextSibling });
        touched.push(node);
      }
    }
    if (ranges.length > 0) {
      withTreeWalkers(() => new Mark(block.context as HTMLElement).markRanges(ranges, {
        element: MARK_ELEMENT,
        each: (element: Element, range: unknown) => {
          const { findingIndex } = range as MarkRange;
          const finding = findings[findingIndex]!;
          const el = element as HTMLElement;
          el.removeAttribute('data-markjs');
          el.setAttribute(KIND_ATTRIBUTE, finding.kind);
          el.setAttribute(INDEX_ATTRIBUTE, String(findingIndex));
          decorate(el, finding, findingIndex);
          const previous = lastPiece.get(findingIndex);
          if (previous) {
            previous.setAttribute(JOIN_ATTRIBUTE, previous.hasAttribute(JOIN_ATTRIBUTE) ? 'before after' : 'after');
            el.setAttribute(JOIN_ATTRIBUTE, 'before');
          }
          lastPiece.set(findingIndex, el);
          marks.push(el);
        },
      } as Mark.MarkRangesOptions));
    }
    for (const node of touched) {
      const original = originals.get(node)!;
      if (node.data !== original.data || node.nextSibling !== original.next) {
        original.marked = node.data;
        splitTextNodes.add(node);
      } else {
        originals.delete(node);
      }
    }
  };

  return {
    highlights: {
      marks,
      splitTextNodes,
      clear() {
        if (cleared) return;
        cleared = true;
        next = blocks.length;
        restoreTextNodes(originals, marks);
      },
    },
    markNext() {
      if (next >= blocks.length) return false;
      markBlock(blocks[next++]!);
      return next < blocks.length;
    },
  };
}

/** Wraps every finding at once. Returns the handle that undoes it. */
export function highlightFindings(
  article: ArticleText,
  findings: readonly Finding[],
  decorate?: (element: HTMLElement, finding: Finding, index: number) => void,
): Highlights {
  const job = startHighlights(article, findings, decorate);
  while (job.markNext());
  return job.highlights;
}

interface OriginalText {
  data: string;
  next: ChildNode | null;
  /** What the node held right after marking: if the page changes it, the page owns the text now. */
  marked?: string;
}

/**
 * The exact inverse of marking. mark.js's own unmark() calls normalize(), which merges the page's own
 * adjacent text nodes and detaches nodes that frameworks such as React still hold. Instead, each split
 * text node (which splitText kept as the first piece) gets its old data back, and everything mark.js put
 * between it and its old next sibling (our marks and split-off text, even empty) is removed. If the page
 * rewrote the node meanwhile (a framework re-render), its new text stands and our stale pieces just go.
 */
function restoreTextNodes(originals: Map<Text, OriginalText>, marks: readonly HTMLElement[]): void {
  const ours = new Set<Node>(marks);
  for (const [node, { data, next, marked }] of originals) {
    if (!node.parentNode) continue;
    const pieces: ChildNode[] = [];
    let text = node.data;
    let sibling = node.nextSibling;
    while (sibling && sibling !== next && (ours.has(sibling) || sibling.nodeType === 3)) {
      text += sibling.textContent ?? '';
      pieces.push(sibling);
      sibling = sibling.nextSibling;
    }
    if (sibling !== next) continue; // The page rearranged these nodes: leave it to the fallback below.
    if (node.data !== marked) {
      for (const piece of pieces) if (ours.has(piece) || piece.nodeType === 3) piece.remove();
    } else if (text === data) {
      for (const piece of pieces) piece.remove();
      node.data = data;
    }
  }
  // Whatever the page rearranged in the meantime: unwrap remaining marks in place, without normalize().
  for (const mark of marks) {
    if (mark.parentNode) mark.replaceWith(...Array.from(mark.childNodes));
  }
}

/** Two sets of highlights as one: cleared newest first, so each restores the text the other left. */
export function combineHighlights(older: Highlights, newer: Highlights): Highlights {
  return {
    marks: [...older.marks, ...newer.marks],
    splitTextNodes: new Set([...older.splitTextNodes, ...newer.splitTextNodes]),
    clear() {
      newer.clear();
      older.clear();
    },
  };
}
