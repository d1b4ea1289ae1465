// How much of a page the scan will take on. Article detection, the engine and highlighting run in slices
// with the page's turn in between, but a page far beyond any news article (the largest real pages we test
// have under 6,000 elements and 1.2 million characters) would still keep the tab busy for seconds: such
// pages are refused, saying why, as soon as the walk over the page passes a limit.

export const PAGE_LIMITS = {
  elements: 30_000,
  textNodes: 60_000,
  characters: 3_000_000,
  depth: 1_000,
};

export type PageLimits = typeof PAGE_LIMITS;

/** Thrown by a walk over the page at the first limit it passes; the message says why, in a reader's words. */
export class PageTooLargeError extends Error {}

/** Counts what a walk over the page visits, and throws `PageTooLargeError` at the first limit passed. */
export class PageSizeCounter {
  private elements = 0;
  private textNodes = 0;
  private characters = 0;

  constructor(private readonly limits: PageLimits) {}

  /** An element, `depth` levels below the body. */
  element(depth: number): void {
    const { limits } = this;
    if (++this.elements > limits.elements) throw new PageTooLargeError(`it has more than ${limits.elements.toLocaleString('en')} elements; articles have a few thousand at most`);
    if (depth > limits.depth) throw new PageTooLargeError(`its elements are nested more than ${limits.depth.toLocaleString('en')} deep`);
  }

  /** A text node of `length` characters (its `.length`: reading `.data` would copy the text out of the DOM). */
  text(length: number): void {
    const { limits } = this;
    this.characters += length;
    if (++this.textNodes > limits.textNodes) throw new PageTooLargeError(`it has more than ${limits.textNodes.toLocaleString('en')} separate pieces of text`);
    if (this.characters > limits.characters) throw new PageTooLargeError(`it holds ${(this.characters / 1e6).toFixed(1)} million characters of text`);
  }
}
