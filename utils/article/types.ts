// What article detection hands to the engine and the highlighter. DOM types only, no browser APIs,
// so the same code runs on the live page and on a DOM built in Node.
import type { PageLimits } from '../page-size';

/**
 * A run of the scanned text that comes from one text node: `text.slice(start, end)` corresponds
 * character for character to `node.data.slice(nodeOffset, nodeOffset + (end - start))`,
 * except that a whitespace run in the node may appear as one space (then `end - start === 1`).
 */
export interface TextSegment {
  start: number;
  end: number;
  node: Text;
  nodeOffset: number;
}

export type ScanMode = 'article' | 'page';

export interface ArticleText {
  /** What the engine scans. Blocks are separated by "\n"; whitespace runs inside a block are one space. */
  text: string;
  /** Sorted by `start`, non-overlapping; characters not covered (block separators) map to no node. */
  segments: TextSegment[];
  /** The closest element containing every segment's node: the highlighter's context. */
  root: Element;
  /** `article` when an article body was found; `page` when the whole visible page minus chrome was taken. */
  mode: ScanMode;
  /** The page's own title (og:title or <title>), for reports. */
  title: string;
}

export interface ExtractOptions {
  /** Scan the page even when no article is detected ("scan anyway"). */
  force?: boolean;
  /** Refuse a page beyond these: the walk over it throws `PageTooLargeError` at the first one passed. */
  limits?: PageLimits;
}
