// Direct quotations across the whole article: which stretches of text are someone's own words. A quotation may
// run over several sentences; it ends at its closing mark or, unclosed, at the end of its paragraph (news
// style reopens a quotation that goes on in the next paragraph).
import { isLetterCode } from './letters';
import type { Span } from './sentences';

const OPEN = 0x201c; // “
const CLOSE = 0x201d; // ”
const NEWLINE = 0x0a;
const RIGHT_SINGLE = 0x2019; // ’
// Quotations shorter than this are scare quotes or titles ("the 'deal'"), not someone's words.
const MIN_QUOTATION = 12;

/** Spans of quoted text, marks included, in order and without overlaps. */
// The marks that open or close a quotation, and the newline that ends an unclosed one.
const MARK = /[“”"\n]|''|’’/g;

export function findQuotations(text: string): Span[] {
  const out: Span[] = [];
  let openAt = -1;
  MARK.lastIndex = 0;
  for (let m = MARK.exec(text); m; m = MARK.exec(text)) {
    const i = m.index;
    const c = text.charCodeAt(i);
    let closeAt = -1;
    if (c === NEWLINE) {
      closeAt = openAt >= 0 ? tagInside(text, openAt, i) ?? i : i;
    } else if (c === OPEN && !(openAt >= 0 && typedAsClose(text, i))) {
      if (openAt < 0) openAt = i;
      continue;
    } else if (c === OPEN) {
      closeAt = i + 1;
    } else if (c === CLOSE && openAt < 0 && typedAsOpen(text, i)) {
      // "”The company lies,” said Ann Ode": a closing mark typed where one opens, before a word after a space.
      openAt = i;
      continue;
    } else if (c === CLOSE) {
      closeAt = i + 1;
    } else if (c === RIGHT_SINGLE) {
      // “…,’’ Reed said: doubled right single marks close a quotation, as some wires type them; they open none.
      if (openAt < 0) continue;
      closeAt = i + 2;
    } else if (openAt < 0) {
      // Straight marks and the doubled apostrophes of some archives open and close alike.
      openAt = i;
      continue;
    } else closeAt = i + m[0].length;
    if (openAt >= 0 && closeAt - openAt >= MIN_QUOTATION) out.push({ start: openAt, end: closeAt });
    openAt = -1;
  }
  if (openAt >= 0) {
    const end = tagInside(text, openAt, text.length) ?? text.length;
    if (end - openAt >= MIN_QUOTATION) out.push({ start: openAt, end });
  }
  return withSingleQuotations(text, out);
}

/** Whether the mark at i stands where a quotation opens: at a line's start or after a space, before a letter or digit. */
function typedAsOpen(text: string, i: number): boolean {
  if (i + 1 >= text.length) return false;
  const before = i > 0 ? text.charCodeAt(i - 1) : NEWLINE;
  const after = text.charCodeAt(i + 1);
  return (before === NEWLINE || before === 0x20 || before === 0x202a) && (isLetterCode(after) || (after >= 48 && after <= 57));
}

const LEFT_SINGLE = 0x2018; // ‘
const SINGLE_MARK = /[‘’\n]/g;
/**
 * The quotations British style sets in single marks (‘It was worth it. Experts agree.’), outside any in double
 * marks. The closing mark is also the apostrophe, so a quotation closes only where the mark cannot be one: after its
 * last punctuation, before punctuation, or after a letter other than a plural's "s" ("called them ‘thugs’ and" closes
 * at the last such mark before the next opening one). One left unclosed at its paragraph's end is no quotation.
 */
function withSingleQuotations(text: string, doubles: Span[]): Span[] {
  const singles: Span[] = [];
  let openAt = -1;
  let lastPossible = -1;
  // The first double quotation not closed before the single one opens: single ones open in order, so one pass.
  let d = 0;
  const push = (end: number) => {
    while (d < doubles.length && (doubles[d] as Span).end <= openAt) d++;
    const inDouble = d < doubles.length && (doubles[d] as Span).start < end;
    if (end - openAt >= MIN_QUOTATION && !inDouble) singles.push({ start: openAt, end });
    openAt = -1;
    lastPossible = -1;
  };
  SINGLE_MARK.lastIndex = 0;
  for (let m = SINGLE_MARK.exec(text); m; m = SINGLE_MARK.exec(text)) {
    const i = m.index;
    const c = text.charCodeAt(i);
    if (c === NEWLINE) {
      openAt = -1;
    } else if (c === LEFT_SINGLE) {
      if (openAt >= 0 && lastPossible > openAt) push(lastPossible + 1);
      if (openAt < 0 && opensSingle(text, i)) openAt = i;
    } else if (openAt >= 0 && !isLetterAt(text, i + 1)) {
      if (closesSingle(text, i)) push(i + 1);
      else lastPossible = i;
    }
  }
  return singles.length ? [...doubles, ...singles].sort((a, b) => a.start - b.start) : doubles;
}
const isLetterAt = (text: string, i: number): boolean => i >= 0 && i < text.length && isLetterCode(text.charCodeAt(i));
/**
 * An opening single mark at a word's start, before a letter: after a space, a bracket, a dash or the text's start;
 * not an apostrophe typed the wrong way round before a year or an elision ("the ‘90s", "‘til", "rock ‘n’ roll").
 */
const opensSingle = (text: string, i: number): boolean => (i === 0 || /[\s(—–-]/u.test(text[i - 1] as string)) && isLetterAt(text, i + 1) && !ELISION.test(text.slice(i + 1, i + 7));
const ELISION = /^(?:til|em|n|cause|bout|round|tis|twas)\b/u;
/** A closing single mark no apostrophe could be: after the quotation's punctuation, before punctuation or the end. */
function closesSingle(text: string, i: number): boolean {
  const before = text[i - 1] ?? '';
  const after = text[i + 1];
  if (/[.,!?…]/u.test(before) || after === undefined || /[,.;:!?)\n]/u.test(after)) return true;
  return isLetterAt(text, i - 1) && before !== 's';
}

// A speaker's tag after a comma: ", Tom Reed said", ", she added", ", said the mayor".
const TAG_INSIDE = /,(?=\s+(?:(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}|(?:he|she|they)\s+)(?:said|says|told|added|asked|wrote)\b|\s+(?:said|says|added|asked)\s+(?:the\s+)?\p{L})/u;
// A speaker's tag opening a quotation: a colon, or a verb of saying and a comma ("Marsh recalled: “", "he said, “").
const TAG_BEFORE = /(?::|\b(?:said|says|added|recalled|wrote|asked|replied|explained|insisted|warned|told \p{L}+),)\s*$/u;
/**
 * Where a quotation left unclosed ends when a speaker's tag stands inside it ("“We lost 300 jobs, Tom Reed said. He
 * …"): the closing mark was left out, and the quotation ends at the tag's comma. Undefined when no tag stands in it.
 */
function tagInside(text: string, start: number, end: number): number | undefined {
  // Not one the next paragraph goes on with, news style, nor one its speaker's tag opens ("Ann Marsh recalled: “…"):
  // there a tag inside is the speaker reporting someone else.
  if (/^\n*\s*["“]/u.test(text.slice(end, end + 8)) || TAG_BEFORE.test(text.slice(Math.max(0, start - 30), start))) return undefined;
  const m = TAG_INSIDE.exec(text.slice(start, end));
  return m ? start + m.index + 1 : undefined;
}

const SPACE = 0x20;
/** "“It is hard,“ said Reed": an opening mark typed after the quotation's last punctuation, before a space, closes it. */
function typedAsClose(text: string, i: number): boolean {
  const before = text[i - 1];
  return (before === ',' || before === '.' || before === '!' || before === '?') && (i + 1 === text.length || text.charCodeAt(i + 1) === SPACE || text.charCodeAt(i + 1) === NEWLINE);
}

/** The last quotation that closes at or before `offset`, if any; `quotations` sorted, as `findQuotations` returns them. */
export function lastQuotationEndingBy(quotations: readonly Span[], offset: number): Span | undefined {
  let lo = 0;
  let hi = quotations.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((quotations[mid] as Span).end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return quotations[lo - 1];
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

/**
 * `quotations` with the turns of a transcript added ("ANN MARSH: We lost …" to its paragraph's end): a turn is its
 * speaker's words as a quotation is, and takes the place of any quotation it overlaps.
 */
export function withTurns(quotations: readonly Span[], turns: readonly Span[]): Span[] {
  if (!turns.length) return quotations as Span[];
  const outside = quotations.filter((q) => !turns.some((t) => q.start < t.end && t.start < q.end));
  return [...outside, ...turns].sort((a, b) => a.start - b.start);
}
