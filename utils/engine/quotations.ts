// Direct quotations across the whole article: which stretches of text are someone's own words. A quotation may
// run over several sentences; it ends at its closing mark or, unclosed, at the end of its paragraph (news
// style reopens a quotation that goes on in the next paragraph).
import type { Span } from './sentences';

const OPEN = 0x201c; // “
const CLOSE = 0x201d; // ”
const STRAIGHT = 0x22; // "
const APOSTROPHE = 0x27; // '
const NEWLINE = 0x0a;
// Quotations shorter than this are scare quotes or titles ("the 'deal'"), not someone's words.
const MIN_QUOTATION = 12;

/** Spans of quoted text, marks included, in order and without overlaps. */
export function findQuotations(text: string): Span[] {
  const out: Span[] = [];
  let openAt = -1;
  const close = (end: number) => {
    if (openAt >= 0 && end - openAt >= MIN_QUOTATION) out.push({ start: openAt, end });
    openAt = -1;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === NEWLINE) close(i);
    else if (c === OPEN) {
      if (openAt < 0) openAt = i;
    } else if (c === CLOSE) {
      if (openAt >= 0) close(i + 1);
    } else if (c === STRAIGHT || (c === APOSTROPHE && text.charCodeAt(i + 1) === APOSTROPHE)) {
      // Straight marks and the doubled apostrophes of some archives open and close alike.
      const width = c === STRAIGHT ? 1 : 2;
      if (openAt < 0) openAt = i;
      else close(i + width);
      i += width - 1;
    }
  }
  close(text.length);
  return out;
}

/** The quotation that holds [start, end), if any; `quotations` sorted, as `findQuotations` returns them. */
export function quotationAround(quotations: readonly Span[], start: number, end: number): Span | undefined {
  let lo = 0;
  let hi = quotations.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const q = quotations[mid] as Span;
    if (q.end <= start) lo = mid + 1;
    else if (q.start > start) hi = mid - 1;
    else return end <= q.end ? q : undefined;
  }
  return undefined;
}
