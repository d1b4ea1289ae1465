// Splits article text into sentences by offsets, so findings can be judged sentence by sentence.
import { isDottedInitials, isLetterCode } from './letters';
import { STEP, type Steps } from '../steps';

export interface Span {
  start: number;
  end: number;
}

// Words after which a full stop rarely ends a sentence ("Mr. Reed", "Sept. 5", "U.S. officials").
export const ABBREVIATIONS: ReadonlySet<string> = new Set(
  (
    'mr mrs ms dr prof gen sen sens rep reps gov govs lt col capt sgt cpl maj adm st mt ft jr sr rev hon pres supt insp ' +
    'inc corp co ltd llc bros vs approx dept est ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec a.m p.m u.s u.k u.n e.u d.c'
  ).split(' '),
);

// A run of terminators, any closing quotes or brackets, then a space (a no-break one too, as pages often type after
// a full stop) and something that can start a sentence, perhaps after an opening mark (the doubled apostrophe of
// some archives among them).
// The lookbehind lets a run be tried from its first character only, so a page of "……" stays linear.
// A full stop glued between a lower-case word and a capitalised one ("an official said.CreditMichael Ode", "Reed
// said.Reed claimed") ends a sentence too: pages lose the space where a caption or paragraph was joined on.
// Each branch opens with the terminator it needs and looks behind only from there: a lookbehind first was tried
// at every character of the page.
const BOUNDARY = /[.!?…](?<![.!?…]{2})[.!?…]*[”"’')\]]*(?=[ \u00a0]+(?:''|["“‘'(\[])?[\p{Lu}\p{N}])|\.(?<=\p{Ll}{2}\.)(?=\p{Lu}\p{Ll}{2})/gu;

// Abbreviations that stand before a number ("No. 5", "fig. 3"): before a word, their full stop ends the sentence.
export const BEFORE_NUMBERS: ReadonlySet<string> = new Set(['no', 'nos', 'fig', 'vol']);
// Abbreviations that also end sentences ("…in the U.S. He said"): before a word that opens one, they do.
const SENTENCE_FINAL = new Set(['u.s', 'u.k', 'u.n', 'e.u', 'd.c', 'etc', 'inc', 'corp', 'co', 'ltd', 'llc', 'jr', 'sr']);
export const OPENS_SENTENCE = /^["“‘']?(?:He|She|It|They|We|I|The|This|That|These|Those|But|And|In|On|At|A|An|His|Her|Their|Its|Our|There|What|When|If)\b/u;
const CLOCK = new Set(['a.m', 'p.m']);
// What names the day, month or zone after a clock time: "10 a.m. Tuesday", "9 p.m. Jan. 3", "10 a.m. ET", "8 p.m. Eastern".
const CLOCK_FOLLOWERS =
  /^(?:\d|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b|[A-Z]{1,4}T\b|GMT\b|UTC\b|(?:Eastern|Pacific|Central|Mountain|Atlantic|Local|Daylight|Standard)\b)/u;
const APOSTROPHES = "'’";
const isSpace = (c: string | undefined): boolean => c === ' ' || c === '\u00a0';

/** Whether the character is a letter or a full stop. */
const isLetterOrDot = (c: number): boolean => c === 46 || isLetterCode(c);

function endsWithAbbreviation(block: string, dotIndex: number): boolean {
  let i = dotIndex;
  while (i > 0 && isLetterOrDot(block.charCodeAt(i - 1))) i--;
  const word = block.slice(i, dotIndex).toLowerCase();
  const next = block.slice(dotIndex + 1, dotIndex + 12).trimStart();
  if (BEFORE_NUMBERS.has(word)) return /^\d/.test(next);
  // "by 10 a.m. Traders said": after a clock time, a capital opens a sentence unless it names the day or the zone.
  if (CLOCK.has(word)) return CLOCK_FOLLOWERS.test(next);
  if (SENTENCE_FINAL.has(word) && OPENS_SENTENCE.test(next)) return false;
  // Dotted initials ("J.M. Berger", "the F.B.I. director") go on, unless a word that opens a sentence follows.
  if (isDottedInitials(word, false)) return !OPENS_SENTENCE.test(next);
  // A single letter is an initial ("John F. Kennedy"), unless it ends a possessive ("at Macy's.") or a number ("in
  // the 1990s.", "in 4K.").
  // Opening a paragraph, a letter is an initial ("M. Dane Waters predicted …") unless a sentence's opening follows, as
  // after a list's "A.", or it is the numeral "I." of a part; there is nothing before it that an apostrophe or a
  // digit could be.
  const before = block[i - 1];
  if (word.length === 1 && before === undefined) return word !== 'i' && !OPENS_SENTENCE.test(next);
  return (word.length === 1 && !APOSTROPHES.includes(before as string) && !/\d/.test(before as string)) || ABBREVIATIONS.has(word);
}

/**
 * Sentence spans in order; a newline always ends a sentence and blank stretches are skipped. Pauses every
 * `STEP` lines: a megabyte of text takes tens of milliseconds.
 */
export function* splitSentencesSteps(text: string): Steps<Span[]> {
  const spans: Span[] = [];
  const push = (start: number, end: number) => {
    while (start < end && isSpace(text[start])) start++;
    while (end > start && isSpace(text[end - 1])) end--;
    if (end > start) spans.push({ start, end });
  };
  let blockStart = 0;
  let blocks = 0;
  while (blockStart <= text.length) {
    let blockEnd = text.indexOf('\n', blockStart);
    if (blockEnd === -1) blockEnd = text.length;
    const block = text.slice(blockStart, blockEnd);
    let sentenceStart = 0;
    BOUNDARY.lastIndex = 0;
    for (let m = BOUNDARY.exec(block); m; m = BOUNDARY.exec(block)) {
      if (m[0][0] === '.' && endsWithAbbreviation(block, m.index)) continue;
      const end = m.index + m[0].length;
      push(blockStart + sentenceStart, blockStart + end);
      sentenceStart = end;
    }
    push(blockStart + sentenceStart, blockEnd);
    blockStart = blockEnd + 1;
    if (++blocks % STEP === 0) yield;
  }
  return spans;
}
