// Unicode letter tests on single words, as the rules' /\p{L}/u patterns read them (by code point), but told
// from a table: every pattern with a Unicode property is compiled apart on a page's first scan (about a
// millisecond each in Node 20's V8). ASCII is answered at once; other characters by three patterns, once each.

const LETTER_PATTERN = /\p{L}/u;
const UPPER_PATTERN = /\p{Lu}/u;
const LOWER_PATTERN = /\p{Ll}/u;

const KNOWN = 1;
const LETTER = 2;
const UPPER = 4;
const LOWER = 8;
/** What each UTF-16 code unit is, filled in as characters are first met. */
const CLASS_OF_UNIT = new Uint8Array(0x10000);

function classOf(code: number): number {
  if (code < 128) {
    if (code >= 65 && code <= 90) return LETTER | UPPER;
    return code >= 97 && code <= 122 ? LETTER | LOWER : 0;
  }
  let known = code < 0x10000 ? (CLASS_OF_UNIT[code] as number) : 0;
  if (known === 0) {
    const char = String.fromCodePoint(code);
    known = KNOWN | (LETTER_PATTERN.test(char) ? LETTER : 0) | (UPPER_PATTERN.test(char) ? UPPER : 0) | (LOWER_PATTERN.test(char) ? LOWER : 0);
    if (code < 0x10000) CLASS_OF_UNIT[code] = known;
  }
  return known;
}

/** `\p{L}` for one code point (or a lone UTF-16 code unit, which is none). */
export const isLetterCode = (code: number): boolean => (classOf(code) & LETTER) !== 0;
/** `\p{Lu}` for one code point. */
export const isUpperCode = (code: number): boolean => (classOf(code) & UPPER) !== 0;
/** `\p{Ll}` for one code point. */
export const isLowerCode = (code: number): boolean => (classOf(code) & LOWER) !== 0;

/** `\s` for one UTF-16 code unit: white space and line ends. */
/** Whether a code unit is a currency sign that opens an amount: $ £ € ¥ ₹. */
export const isCurrencyCode = (c: number): boolean => c === 36 || c === 163 || c === 8364 || c === 165 || c === 8377 || c === 8358;

export const isSpaceCode = (c: number): boolean =>
  c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;

/** The code point that starts at `i`, as a /u pattern reads it. */
const codeAt = (word: string, i: number): number => word.codePointAt(i) as number;
const widthOf = (code: number): number => (code > 0xffff ? 2 : 1);

/** Whether word[from, to) is one or more code points each passing `test`: /^\p{L}+$/u with `isLetterCode`. */
export function isRunOf(word: string, test: (code: number) => boolean, from = 0, to = word.length): boolean {
  if (from >= to) return false;
  for (let i = from; i < to; ) {
    let code = codeAt(word, i);
    // A pair that `to` splits is no code point of the run: its high half stands alone.
    if (code > 0xffff && i + 1 >= to) code = word.charCodeAt(i);
    if (!test(code)) return false;
    i += widthOf(code);
  }
  return true;
}

/** Whether the word is letters only: /^\p{L}+$/u. */
export const isLetters = (word: string, from = 0, to = word.length): boolean => isRunOf(word, isLetterCode, from, to);

/** Whether the word's first code point is a letter: /^\p{L}/u. */
export const startsWithLetter = (word: string): boolean => word.length > 0 && isLetterCode(codeAt(word, 0));

/** Whether the word's first code point is a capital: /^\p{Lu}/u. */
export const startsWithCapital = (word: string): boolean => word.length > 0 && isUpperCode(codeAt(word, 0));

/** Whether the word is letters then `ending`: /^\p{L}+ly$/u for "ly". */
export const isLettersThen = (word: string, ending: string): boolean => word.endsWith(ending) && isLetters(word, 0, word.length - ending.length);

/**
 * Letters each followed by a full stop: "U.S." with `finalStop` (/^(?:\p{L}\.)+$/u), "u.s" without it
 * (/^(?:\p{L}\.)+\p{L}$/u).
 */
export function isDottedInitials(word: string, finalStop: boolean): boolean {
  let stops = 0;
  for (let i = 0; ; ) {
    if (i >= word.length) return finalStop && stops > 0;
    const code = codeAt(word, i);
    if (!isLetterCode(code)) return false;
    i += widthOf(code);
    if (i === word.length) return !finalStop && stops > 0;
    if (word.charCodeAt(i) !== 46) return false;
    i++;
    stops++;
  }
}

/** Whether any code point of the word passes `test`: /\p{Lu}/u with `isUpperCode`. */
export function hasCodePoint(word: string, test: (code: number) => boolean): boolean {
  for (let i = 0; i < word.length; ) {
    const code = codeAt(word, i);
    if (test(code)) return true;
    i += widthOf(code);
  }
  return false;
}

// Three-letter words a title-case headline may leave in lower case; the rest it capitalises ("Police Say Two Men Were
// Arrested", where only three words have four letters).
const TITLE_SMALL_WORDS = new Set(['and', 'the', 'for', 'but', 'nor', 'yet', 'via', 'off', 'out', 'per', 'its']);
/**
 * A headline in title case ("Marsh Says Farm Will Close"): nearly every word of three letters or more is capitalised,
 * so a capital says nothing about a name. `words`: the sentence's words, punctuation left out; `least`: how many such
 * words it must have ("Acme To Cut 500 Jobs" has three, as "Reed: Stay Put in Hull" has).
 */
export function isTitleCase(words: Iterable<string>, least = 4): boolean {
  let longer = 0;
  let capitalised = 0;
  for (const word of words) {
    if (word.length < 3 || (word.length === 3 && TITLE_SMALL_WORDS.has(word.toLowerCase())) || !startsWithLetter(word)) continue;
    longer++;
    if (startsWithCapital(word)) capitalised++;
  }
  return longer >= least && capitalised >= 0.8 * longer;
}
