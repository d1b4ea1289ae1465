// Highlights findings in the live page with mark.js, and takes them away again leaving the DOM exactly
// as it was. DOM-only: no browser APIs, so DOM tests can drive it.
import Mark from 'mark.js';
import type { ArticleText, TextSegment } from '../article/types';
import type { Finding } from '../engine/types';

/** A custom element name rather than <mark> or <span>, so page CSS is unlikely to restyle or hide it. */
export const MARK_ELEMENT = 'sourcelight-mark';
export const KIND_ATTRIBUTE = 'data-sourcelight-kind';
export const INDEX_ATTRIBUTE = 'data-sourcelight-index';

// mark.js skips text whose parent is one of these; its offsets count every other text node under the context.
const MARKJS_SKIPPED_PARENTS = 'script, style, title, head, html';

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

/** Offsets of each text node in mark.js's own concatenation of the context's text. */
function markjsOffsets(root: Element): Map<Text, number> {
  const offsets = new Map<Text, number>();
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  let total = 0;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const parent = node.parentElement;
    if (parent && parent.matches(MARKJS_SKIPPED_PARENTS)) continue;
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

/** Translates findings (offsets into the scanned text) into mark.js ranges over the live text nodes. */
function toMarkRanges(article: ArticleText, findings: readonly Finding[], offsets: Map<Text, number>): MarkRange[] {
  const ranges: MarkRange[] = [];
  findings.forEach((finding, findingIndex) => {
    let current: MarkRange | undefined;
    const { segments } = article;
    for (let i = firstSegmentEndingAfter(segments, finding.start); i < segments.length; i++) {
      const segment = segments[i]!;
      if (segment.start >= finding.end) break;
      const base = offsets.get(segment.node);
      if (base === undefined) continue;
      const from = Math.max(finding.start, segment.start);
      const to = Math.min(finding.end, segment.end);
      // A collapsed whitespace run is a one-character segment: it marks the run's first character.
      const start = base + segment.nodeOffset + (from - segment.start);
      const length = to - from;
      if (current && current.start + current.length === start) {
        current.length += length;
      } else {
        current = { start, length, findingIndex };
        ranges.push(current);
      }
    }
  });
  return ranges;
}

/**
 * Wraps every finding in one mark.js pass. Returns the handle that undoes it.
 * Describe each finding's element with `decorate` (kind attribute, accessible label, …).
 */
export function highlightFindings(
  article: ArticleText,
  findings: readonly Finding[],
  decorate: (element: HTMLElement, finding: Finding, index: number) => void = () => {},
): Highlights {
  const offsets = markjsOffsets(article.root);
  const ranges = toMarkRanges(article, findings, offsets);
  // What each text node held, and what followed it, before mark.js split it: clearing puts exactly this back.
  const originals = new Map<Text, OriginalText>();
  for (const { node } of article.segments) originals.set(node, { data: node.data, next: node.nextSibling });

  const marks: HTMLElement[] = [];
  if (ranges.length > 0) {
    new Mark(article.root as HTMLElement).markRanges(ranges, {
      element: MARK_ELEMENT,
      each: (element: Element, range: unknown) => {
        const { findingIndex } = range as MarkRange;
        const finding = findings[findingIndex]!;
        const el = element as HTMLElement;
        el.removeAttribute('data-markjs');
        el.setAttribute(KIND_ATTRIBUTE, finding.kind);
        el.setAttribute(INDEX_ATTRIBUTE, String(findingIndex));
        decorate(el, finding, findingIndex);
        marks.push(el);
      },
    } as Mark.MarkRangesOptions);
  }

  const splitTextNodes = new Set<Text>();
  for (const [node, original] of originals) {
    if (node.data !== original.data || node.nextSibling !== original.next) {
      original.marked = node.data;
      splitTextNodes.add(node);
    } else {
      originals.delete(node);
    }
  }

  let cleared = false;
  return {
    marks,
    splitTextNodes,
    clear() {
      if (cleared) return;
      cleared = true;
      restoreTextNodes(originals, marks);
    },
  };
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
