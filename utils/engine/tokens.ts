// Word tokens with absolute offsets, found in one linear pass, each with the classes of rules it concerns.
// The rules walk these instead of running open-ended regexes over the text, which keeps the engine fast on
// long pages.
import { ANSWER_NOUNS, BY_ONLY, CLAIM_NOUNS, FEELINGS_CAUSED, JUDGED_BY, NOUN_FIRST_VERB_FORMS, REACTION_NOUNS, STANCE_ACT_FORMS, STANCE_ADJECTIVES, STANCES_OF, UNDER_WHAT, VIEWS_AMONG } from './cues';
import { ADS, ATTRIBUTION_VERBS, BRACKET_CREDITS, BY_PARTICIPLES, COUNT_FRAMES, FOLD_MULTIPLES, FRAMING_RECORDS, HELD_IN, HOLDING, NUMBER_WORDS, RECKONINGS } from './lexicon';
import { isCurrencyCode, isDottedInitials, isLetterCode, isLowerCode, startsWithCapital } from './letters';
import { PHRASE_RULES } from './phrases';
import { ABBREVIATIONS, BEFORE_NUMBERS, OPENS_SENTENCE } from './sentences';

export interface Token {
  readonly text: string;
  /** Lower case, without trailing full stops or quote marks, so "said." and "said" compare equal. */
  readonly lower: string;
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

/** What a word concerns, as bits in `Token.flags`, found as the word is tokenized. */
export const WordClass = {
  /** A verb of saying or believing ("said", "argue"). */
  Verb: 1,
  /** Opens a source frame: "according to", "citing", "per", "published in", "announced by". */
  Frame: 2,
  /** Can open a figure: a number word ("two", "dozens"), "a" or "one" before a fraction, a number ("30", "$5"). */
  Figure: 4,
  /** Needed by one of the fixed phrase patterns. */
  Phrase: 8,
  /**
   * A capitalised word opening its sentence that the text capitalises inside sentences too and never writes in lower
   * case ("Verizon executives said"): a name, not a capital by position. Set by the analysis, which reads the whole text.
   */
  NamedInText: 16,
} as const;

/** Modals that are names too ("Theresa May", "George Will"). */
export const MODAL_NAMES: ReadonlySet<string> = new Set(['may', 'will']);
// A first name or a title before a modal that is a name: "Theresa May", "Mrs May", "George Will"; not "On May 5".
const NAME_BEFORE = /(?:^|[^\p{L}.])(?:(?!(?:On|In|By|Since|Until|From|Last|Next|Early|Late|Mid|This|Each|Every|During|Before|After|Through)\b)\p{Lu}[\p{L}'’-]*|(?:Mrs?|Ms|Dr)\.)[ \t]+$/u;

/**
 * Whether a text capitalises `word` inside a sentence somewhere and never writes it in lower case: then the word
 * opening a sentence names someone ("Verizon executives said") rather than takes a capital by position ("Security
 * officials said" in a text that speaks of "security"). Words of a faith, a creed or a people ("Islamist", "Baptist")
 * are capitalised everywhere and name no one. A modal that is a name ("May", "Will") counts only after a first name or
 * a title ("Theresa May"), whatever the modal in lower case and the month do elsewhere.
 */
export function capitalisedInText(text: string, word: string): boolean {
  if (CAPITALISED_ADJECTIVE.test(word) || word === word.toUpperCase()) return false;
  const lower = word.toLowerCase();
  const modal = MODAL_NAMES.has(lower);
  if (!modal) for (let k = text.indexOf(lower); k >= 0; k = text.indexOf(lower, k + 1)) if (standsAlone(text, k, lower.length)) return false;
  for (let k = text.indexOf(word); k >= 0; k = text.indexOf(word, k + 1)) {
    if (!standsAlone(text, k, word.length)) continue;
    if (modal) {
      if (NAME_BEFORE.test(text.slice(Math.max(0, k - 40), k))) return true;
      continue;
    }
    let b = k - 1;
    while (b >= 0 && (text[b] === ' ' || text[b] === '\t')) b--;
    // Inside a sentence: after a word, a number or a comma, not after a full stop, a quote mark or a line break.
    if (b >= 0 && INSIDE_BEFORE.test(text[b] as string)) return true;
  }
  return false;
}
/** Whether the letters at k, `length` long, are a word of their own (a possessive ending may follow). */
const standsAlone = (text: string, k: number, length: number): boolean => !letterAt(text, k - 1) && !letterAt(text, k + length);
const letterAt = (text: string, i: number): boolean => i >= 0 && i < text.length && isLetterCode(text.charCodeAt(i));
const INSIDE_BEFORE = /[\p{L}\p{N},;]/u;
const CAPITALISED_ADJECTIVE = /(?:ists?|ians?|ese|ish|ic)$/i;

const CLASSES = new Map<string, number>();
const mark = (word: string, flag: number) => CLASSES.set(word, (CLASSES.get(word) ?? 0) | flag);
for (const w of [...ATTRIBUTION_VERBS, ...STANCE_ACT_FORMS]) mark(w, WordClass.Verb);
// Forms more often nouns that are verbs after a subject pronoun ("he jokes", "they favour"), read in context.
for (const w of [...NOUN_FIRST_VERB_FORMS.keys(), 'finding']) mark(w, WordClass.Frame);
// Noun-first forms that voice a doubt in context ("Critics question whether", "Reed pushes back").
const DOUBT_FORMS = ['question', 'questions', 'push', 'pushes'];
// Words other than verbs that can open an attribution, each read in context by `findSources` ("according to", "in an
// Acme poll", "critical of", "criticism from", "the ad hits", "by one estimate", "had harsh words for", "under fire
// from"): a sentence with none of them and no verb skips the source search.
for (const w of ['according', 'based', 'citing', 'per', ...BY_PARTICIPLES, ...STANCE_ADJECTIVES, ...STANCES_OF, ...FEELINGS_CAUSED, ...REACTION_NOUNS, ...VIEWS_AMONG, ...CLAIM_NOUNS, ...ANSWER_NOUNS, ...BY_ONLY, ...FRAMING_RECORDS, ...DOUBT_FORMS, ...COUNT_FRAMES, ...ADS, ...JUDGED_BY, ...HELD_IN, ...HOLDING, ...RECKONINGS, ...UNDER_WHAT, ...BRACKET_CREDITS, 'source']) mark(w, WordClass.Frame);
// "in single digits", "a double-digit lead": a figure told by its number of digits; "twice as many", "double the
// number", "trillions": multiples and amounts the number reader knows that no number word is.
for (const w of [...NUMBER_WORDS, 'a', 'one', 'digits', 'single-digit', 'double-digit', 'triple-digit', 'single-digits', 'double-digits', 'triple-digits', 'twice', 'thrice', 'double', 'triple', 'doubling', 'halving', 'trillions', ...Object.keys(FOLD_MULTIPLES)]) mark(w, WordClass.Figure);
for (const rule of PHRASE_RULES) for (const w of rule.triggers) mark(w, WordClass.Phrase);

// Most words are in no class. A bit per (length, first, second and last letter) of the class words says so
// for nearly all of them, without hashing the word for the map. (With the first and last letter alone, the
// hundreds of inflected cue forms let a tenth of all words through to the map.)
const MAX_SHAPED_LENGTH = 20;
const LETTERS = 26;
function shapeOf(length: number, first: number, second: number, last: number): number {
  const f = first - 97;
  const s = second - 97;
  const l = last - 97;
  const shaped = length <= MAX_SHAPED_LENGTH && f >= 0 && f < LETTERS && s >= 0 && s < LETTERS && l >= 0 && l < LETTERS;
  return shaped ? ((length * LETTERS + f) * LETTERS + s) * LETTERS + l : -1;
}
const shapeOfWord = (word: string) => shapeOf(word.length, word.charCodeAt(0), word.charCodeAt(word.length > 1 ? 1 : 0), word.charCodeAt(word.length - 1));
const CLASS_SHAPES = new Uint32Array(Math.ceil(((MAX_SHAPED_LENGTH + 1) * LETTERS ** 3) / 32));
const hasShape = (shape: number) => ((CLASS_SHAPES[shape >>> 5] as number) & (1 << (shape & 31))) !== 0;
for (const word of CLASSES.keys()) {
  const shape = shapeOfWord(word);
  if (shape >= 0) CLASS_SHAPES[shape >>> 5] = (CLASS_SHAPES[shape >>> 5] as number) | (1 << (shape & 31));
}
const UNSHAPED_CLASS_WORDS = [...CLASSES.keys()].some((word) => shapeOfWord(word) < 0);

const isAsciiCapital = (c: number) => c >= 65 && c <= 90;
const toAsciiLower = (c: number) => (isAsciiCapital(c) ? c + 32 : c);

// Character classes by code, looked up in a table: this loop touches every character of the page.
// A word collects the classes of its characters, so it is looked at again only where they say it must be.
const SPACE = 1;
const BOUNDARY = 2;
/** Lower-casing may change the character: every character past the table counts as one that may. */
const CASED = 4;
/** Cased, and not an ASCII capital: lower-casing may change more than that one character. */
const OTHER_CASED = 8;
const DOLLAR = 16;
const HYPHEN = 32;
/** A soft hyphen, a line-break hint some pages put inside words ("offi\u00adcials"): no part of the word a reader reads. */
const INVISIBLE = 64;
const SOFT_HYPHENS = /\u00ad/g;
const TABLE_END = 0x2020;
// One entry for every UTF-16 code unit, read without a call or a bounds test: on a page's first scan,
// before this loop is optimized, a call per character cost more than the lookup. Past TABLE_END every
// character counts as one that lower-casing may change.
const CHAR_CLASS = new Uint8Array(0x10000).fill(CASED | OTHER_CASED, TABLE_END);
for (let c = 0; c < TABLE_END; c++) {
  const char = String.fromCharCode(c);
  if (char.toLowerCase() !== char) CHAR_CLASS[c] = isAsciiCapital(c) ? CASED : CASED | OTHER_CASED;
}
for (const c of ' \t\n\u00a0') CHAR_CLASS[c.charCodeAt(0)] = SPACE;
for (const c of ',;:()[]“”"—–―!?') CHAR_CLASS[c.charCodeAt(0)] = BOUNDARY;
CHAR_CLASS['$'.charCodeAt(0)] = DOLLAR;
CHAR_CLASS['-'.charCodeAt(0)] = HYPHEN;
// Read off the word without it, whose shape is then read off its lower case rather than the page.
CHAR_CLASS[0xad] = INVISIBLE | OTHER_CASED;
const COMMA = 44;
// "the levy ― the share of growers": the horizontal bar, some sites' dash, is read as the em dash the rules know.
const HORIZONTAL_BAR = 0x2015;
const COLON = 58;
const FULL_STOP = 46;
const HYPHEN_MINUS = 45;
const APOSTROPHE = 39;
const CAPITAL_I = 73;
const SPACE_CODE = 32;

const isDigitAt = (text: string, i: number) => {
  const c = text.charCodeAt(i);
  return c >= 48 && c <= 57;
};
// A comma between digits belongs to the number ("1,786,300").
const isDigitComma = (text: string, i: number, c: number) => c === COMMA && isDigitAt(text, i - 1) && isDigitAt(text, i + 1);
// Full stop, straight and curly apostrophes and quotes.
const isTrailing = (c: number) => c === FULL_STOP || c === 39 || c === 8217 || c === 34 || c === 8221;
/** "U.S.", "Nov.", "Sen.": a full stop that is part of the word, by the sentence splitter's list. */
const isAbbreviated = (word: string): boolean => {
  const bare = word.slice(0, -1).toLowerCase();
  return isDottedInitials(word, true) || ABBREVIATIONS.has(bare) || BEFORE_NUMBERS.has(bare);
};

const isQuoteRun = (text: string, from: number, to: number): boolean => {
  for (let k = from; k < to; k++) if (!isTrailing(text.charCodeAt(k)) || text.charCodeAt(k) === FULL_STOP) return false;
  return true;
};

/** Where a word of `page` ends without its trailing full stops and quote marks. */
function bareEndOf(page: string, start: number, end: number): number {
  let bareEnd = end;
  while (bareEnd > start + 1 && isTrailing(page.charCodeAt(bareEnd - 1))) bareEnd--;
  return bareEnd;
}

/** A word of `page` in lower case, without trailing full stops and quote marks. */
function lowerOf(page: string, start: number, end: number): string {
  const bareEnd = bareEndOf(page, start, end);
  const bare = page.slice(start, bareEnd);
  // Most words are lower case already, and toLowerCase is dear.
  // "WHO" in capitals is the World Health Organization, never the relative pronoun a rule would read in "who".
  for (let k = start; k < bareEnd; k++) if ((CHAR_CLASS[page.charCodeAt(k)] as number) & CASED) return bare === 'WHO' ? 'w.h.o' : bare.toLowerCase();
  return bare;
}

/**
 * A token whose text is sliced from the page only when a rule reads it: most marks and many words are never read past
 * their flags. Its lower case is read for nearly every word (by `wordClass` first), so it is made at once and kept as a
 * plain field, which the rules read faster than through a getter.
 */
class PageToken implements Token {
  private sliced: string | undefined;
  lower: string;
  capitalized = false;
  endsSentence = false;
  flags = 0;

  constructor(
    private readonly page: string,
    readonly start: number,
    readonly end: number,
    readonly boundary: boolean,
  ) {
    this.lower = lowerOf(page, start, end);
  }

  get text(): string {
    return (this.sliced ??= this.page.slice(this.start, this.end));
  }

  /** Reads the token as `text`, a mark the page writes another way. */
  readAs(text: string): void {
    this.sliced = this.lower = text;
  }

  /** Reads the word without the soft hyphens the page puts in it. */
  readWithoutSoftHyphens(): void {
    this.sliced = this.text.replace(SOFT_HYPHENS, '');
    this.lower = this.sliced.toLowerCase();
  }
}

/** The `WordClass` bits a word of `page` has by what it is. `classes`: its characters' classes together. */
function wordClass(page: string, word: PageToken, classes: number): number {
  // Unless lower-casing may change more than ASCII capitals, the lower-case word's shape can be read off the page.
  const bareEnd = bareEndOf(page, word.start, word.end);
  const shape =
    classes & OTHER_CASED
      ? shapeOfWord(word.lower)
      : shapeOf(
          bareEnd - word.start,
          toAsciiLower(page.charCodeAt(word.start)),
          toAsciiLower(page.charCodeAt(bareEnd - word.start > 1 ? word.start + 1 : word.start)),
          toAsciiLower(page.charCodeAt(bareEnd - 1)),
        );
  if (shape < 0 ? !UNSHAPED_CLASS_WORDS : !hasShape(shape)) return 0;
  return CLASSES.get(word.lower) ?? 0;
}

/**
 * Written as a figure: a digit or currency sign first (`c`), a sign before a digit ("+12", "-9"), a dollar sign,
 * "Rs", "twenty-two", "one-third".
 */
function hasFigureForm(word: PageToken, c: number, classes: number): boolean {
  if ((c >= 48 && c <= 57) || isCurrencyCode(c)) return true;
  if ((c === 43 || c === 45 || c === 8722) && word.end - word.start > 1 && isDigitAt(word.text, 1)) return true;
  if (classes & DOLLAR || (c === 82 && (word.text === 'Rs' || word.text === 'Rs.'))) return true;
  if ((classes & HYPHEN) === 0) return false;
  const { lower } = word;
  const hyphen = lower.indexOf('-');
  return hyphen > 0 && (NUMBER_WORDS.has(lower.slice(0, hyphen)) || lower.startsWith('one-'));
}

/** Where a word's letters end: a sentence's last word carries its full stop ("a senior manager."). */
export const lettersEnd = (t: Pick<Token, 'end' | 'endsSentence'>): number => (t.endsSentence ? t.end - 1 : t.end);

/** An empty mark that behaves like punctuation, made by the same class as real tokens so rules see one shape. */
export function edgeToken(): Token {
  return new PageToken('', 0, 0, true);
}

/**
 * The words' lower cases, in order. A loop rather than `map`: the array V8's optimised `map` makes has another shape
 * than the one its unoptimised `map` makes, so each rule reading such an array threw its function's optimised code
 * away the first time it ran, and the engine's largest functions ran unoptimised for most of a page.
 */
export function lowersOf(words: readonly Pick<Token, 'lower'>[]): string[] {
  const lowers: string[] = [];
  for (const w of words) lowers.push(w.lower);
  return lowers;
}

/** The words' texts, in order, by a loop for the reason `lowersOf` gives. */
export function textsOf(words: readonly Pick<Token, 'text'>[]): string[] {
  const texts: string[] = [];
  for (const w of words) texts.push(w.text);
  return texts;
}

/**
 * The index of the first token (or anything else in order of `start`) starting at or after `offset`. Tokens are in
 * order and do not overlap, so it is found by halving: a walk over the whole sentence for each of its thousands of
 * attributions made one long sentence quadratic.
 */
export function firstTokenFrom(tokens: readonly { readonly start: number }[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid] as { readonly start: number }).start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** "iFixit", "eBay": a name written with its capital second; not "mRNA". */
const capitalSecond = (text: string, i: number, j: number): boolean =>
  j - i > 2 && isLowerCode(text.charCodeAt(i)) && isAsciiCapital(text.charCodeAt(i + 1)) && isLowerCode(text.charCodeAt(i + 2));

// "al-Nuaimi", "el-Sayed", "ash-Shami": an Arabic article joined to a capitalised name belongs to it.
const NAME_PARTICLE = /^(?:al|el|ad|ar|as|ash|at|az|ul|ur)-\p{Lu}/u;
// The hyphen is looked for first: most words have none, and slicing each for the pattern was dear.
const particleName = (text: string, i: number, j: number): boolean =>
  j - i > 4 && (text.charCodeAt(i + 2) === HYPHEN_MINUS || text.charCodeAt(i + 3) === HYPHEN_MINUS) && NAME_PARTICLE.test(text.slice(i, Math.min(j, i + 6)));

export function tokenize(text: string, from: number, to: number): Token[] {
  const tokens: Token[] = [];
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    let classes = CHAR_CLASS[c] as number;
    if (classes & SPACE) {
      i++;
      continue;
    }
    if (classes & BOUNDARY && !isDigitComma(text, i, c)) {
      // "10:30", "John 3:16": a colon between digits joins a time or a verse, and opens no clause.
      const betweenDigits = c === COLON && isDigitAt(text, i - 1) && isDigitAt(text, i + 1);
      const mark = new PageToken(text, i, i + 1, !betweenDigits);
      // A colon can label a speaker ("Lopez: …"): the attribution rules look at it.
      if (c === COLON) mark.flags = WordClass.Frame;
      if (c === HORIZONTAL_BAR) mark.readAs('—');
      tokens.push(mark);
      i++;
      continue;
    }
    let j = i + 1;
    while (j < to) {
      const d = text.charCodeAt(j);
      const dClass = CHAR_CLASS[d] as number;
      if (dClass & SPACE || (dClass & BOUNDARY && !isDigitComma(text, j, d))) break;
      classes |= dClass;
      j++;
    }
    // Doubled apostrophes, the quotation marks of some archives, are punctuation also when glued to the word
    // they open or close: ''We and No.'' are a mark and a word.
    if (c === APOSTROPHE && j - i > 2 && text.charCodeAt(i + 1) === APOSTROPHE && !isQuoteRun(text, i, j)) {
      tokens.push(new PageToken(text, i, i + 2, true));
      i += 2;
      continue;
    }
    const closing = j - i > 2 && text.charCodeAt(j - 1) === APOSTROPHE && text.charCodeAt(j - 2) === APOSTROPHE && text.charCodeAt(j - 3) !== APOSTROPHE;
    if (closing) j -= 2;
    // A run of quote marks alone (the doubled apostrophes of some archives) is punctuation, not a word.
    const word = new PageToken(text, i, j, isQuoteRun(text, i, j));
    if (classes & INVISIBLE) word.readWithoutSoftHyphens();
    // "I. Charles McCullough": the initial "I." before a name is no pronoun; "It was I. The mayor …" ends a sentence.
    if (j - i === 2 && c === CAPITAL_I && text.charCodeAt(i + 1) === FULL_STOP && text.charCodeAt(j) === SPACE_CODE && isAsciiCapital(text.charCodeAt(j + 1)) && !OPENS_SENTENCE.test(text.slice(j + 1, j + 8))) word.lower = 'i.';
    word.capitalized = c < 128 ? isAsciiCapital(c) || capitalSecond(text, i, j) || particleName(text, i, j) || corporateSuffix(text, word, j, tokens[tokens.length - 1]) : startsWithCapital(word.text);
    word.endsSentence = text.charCodeAt(j - 1) === FULL_STOP && !isAbbreviated(word.text);
    word.flags = wordClass(text, word, classes) | (hasFigureForm(word, c, classes) ? WordClass.Figure : 0);
    tokens.push(word);
    if (closing) tokens.push(new PageToken(text, j, j + 2, true));
    i = closing ? j + 2 : j;
  }
  return tokens;
}

// "Corvin Bank plc", "Acme Holdings ltd": a company's legal ending in lower case is a word of its capitalised name.
// Not "UK plc", the country's business as a whole, nor the ending used of a kind of firm ("plc bosses", "plc firms").
const CORPORATE_SUFFIXES = new Set(['plc', 'ltd', 'llc', 'llp', 'inc', 'gmbh']);
const NOT_A_COMPANY_BEFORE = new Set(['uk', 'britain', 'great', 'big', 'small', 'smaller', 'larger', 'listed']);
const KIND_OF_FIRM_AFTER = /^\s+(?:bosses|firms|companies|boards|directors|executives|shareholders|chiefs|investors|managers|employers|status|sector)\b/;
/** Takes the word itself, whose text is sliced from the page only after a capitalised word: most words follow none. */
function corporateSuffix(text: string, word: Token, end: number, before: Token | undefined): boolean {
  if (before?.capitalized !== true || !CORPORATE_SUFFIXES.has(word.text.replace(/\.$/, ''))) return false;
  return !NOT_A_COMPANY_BEFORE.has(before.text.toLowerCase()) && !KIND_OF_FIRM_AFTER.test(text.slice(end, end + 20));
}
