// Word tokens with absolute offsets, found in one linear pass. The rules walk these instead of running
// open-ended regexes over the text, which keeps the engine fast on long pages.
import { wordClass } from './word-classes';

export interface Token {
  text: string;
  /** Lower case, without trailing full stops or quote marks, so "said." and "said" compare equal. */
  lower: string;
  start: number;
  end: number;
  /** Punctuation that ends a phrase: , ; : ( ) [ ] quotes and dashes. */
  boundary: boolean;
  capitalized: boolean;
  /** The word ends with a full stop that is not part of an abbreviation. */
  endsSentence: boolean;
  /** Which rules the word concerns: a bit set of `WordClass`. */
  flags: number;
}

// Character classes by code, looked up in a table: this loop touches every character of the page.
const SPACE = 1;
const BOUNDARY = 2;
const CHAR_CLASS = new Uint8Array(0x2020);
for (const c of ' \t\n\u00a0') CHAR_CLASS[c.charCodeAt(0)] = SPACE;
for (const c of ',;:()[]“”"—–!?') CHAR_CLASS[c.charCodeAt(0)] = BOUNDARY;
const COMMA = 44;

const classOf = (c: number) => (c < 0x2020 ? (CHAR_CLASS[c] as number) : 0);
const isSpace = (c: number) => classOf(c) === SPACE;
const isDigitAt = (text: string, i: number) => {
  const c = text.charCodeAt(i);
  return c >= 48 && c <= 57;
};
// A comma between digits belongs to the number ("1,786,300").
const isBoundaryAt = (text: string, i: number, c: number) =>
  classOf(c) === BOUNDARY && !(c === COMMA && isDigitAt(text, i - 1) && isDigitAt(text, i + 1));
// Full stop, straight and curly apostrophes and quotes.
const TRAILING = new Set([46, 39, 8217, 34, 8221]);
const UPPER = /^\p{Lu}/u;
const ABBREVIATED = /^(?:\p{L}\.)+$|^(?:mr|mrs|ms|dr|st|jr|sr|gen|gov|sen|rep|inc|corp|co|no|vs|prof|lt|col|sgt|capt)\.$/iu;


function isCapitalized(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER.test(word);
}

function lowerOf(word: string): string {
  let end = word.length;
  while (end > 1 && TRAILING.has(word.charCodeAt(end - 1))) end--;
  return (end === word.length ? word : word.slice(0, end)).toLowerCase();
}

export function tokenize(text: string, from: number, to: number): Token[] {
  const tokens: Token[] = [];
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    if (isBoundaryAt(text, i, c)) {
      const mark = text[i] as string;
      tokens.push({ text: mark, lower: mark, start: i, end: i + 1, boundary: true, capitalized: false, endsSentence: false, flags: 0 });
      i++;
      continue;
    }
    let j = i + 1;
    while (j < to) {
      const d = text.charCodeAt(j);
      if (isSpace(d) || isBoundaryAt(text, j, d)) break;
      j++;
    }
    const word = text.slice(i, j);
    const lower = lowerOf(word);
    tokens.push({
      text: word,
      lower,
      start: i,
      end: j,
      boundary: false,
      capitalized: isCapitalized(word),
      endsSentence: word.endsWith('.') && !ABBREVIATED.test(word),
      flags: wordClass(lower),
    });
    i = j;
  }
  return tokens;
}
