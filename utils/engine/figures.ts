// Finds quantitative claims (counts, amounts, percentages, casualty figures) and leaves out numbers that
// only label things: years, dates, times, ages, model and page numbers, product specifications.
import type { Span } from './sentences';
import { WordClass, type Token } from './tokens';
import * as lexicon from './lexicon';

// Read once into module constants: under a CommonJS loader (tsx) each read of an imported binding is a getter call.
const { ABSTRACT_COUNTS, MONTHS, SMALL_NUMBER_WORDS, SPEC_UNITS, TENS_WORDS, TIME_UNITS } = lexicon;
const OPENS_FIGURE = WordClass.Figure;

const CANDIDATE = new RegExp(
  [
    '(?:US\\$|HK\\$|A\\$|C\\$|[$£€¥₹]|\\bRs\\.? ?)?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?[\\p{L}%]*',
    `\\b(?:(?:${TENS_WORDS})(?:-(?:one|${SMALL_NUMBER_WORDS}))?|${SMALL_NUMBER_WORDS})(?:-(?:thirds?|quarters?|fifths?|tenths?))?\\b`,
    '\\bone-(?:third|quarter|fifth|tenth|half)\\b',
    '\\b(?:dozens|hundreds|thousands|millions|billions|scores|tens)(?: of)?\\b',
    '\\b(?:dozen|hundred|thousand|million|billion|trillion)\\b',
    '\\b(?:halved|doubled|tripled|quadrupled)\\b',
    '\\b(?:a|one) (?:third|quarter|fifth|tenth) of\\b',
    '\\b(?:quarter|half)[- ](?:a )?(?:percentage )?point\\b',
  ].join('|'),
  'iuy',
);

const APPROXIMATOR =
  /(?:^|\s)(?:(?:numbering|totall?ing|totall?ed) )?(?:more than|less than|fewer than|at least|at most|up to|as many as|as much as|as few as|as little as|nearly|almost|about|around|roughly|approximately|over|under|close to|upwards of|an estimated|an average of|a total of|between|anywhere from|just over|just under|well over|some|numbering|totall?ing|totall?ed|a few|several|many|half a)\s$/i;
const CASUALTY_BEFORE = new Set(['killed', 'killing', 'kills', 'injured', 'injuring', 'wounded', 'wounding', 'dead', 'died', 'toll', 'reached']);
// The last word of every approximator, so the approximator pattern only runs where it can match.
const APPROXIMATOR_ENDS = new Set(['than', 'least', 'most', 'to', 'as', 'nearly', 'almost', 'about', 'around', 'roughly', 'approximately', 'over', 'under', 'of', 'estimated', 'between', 'from', 'some', 'numbering', 'totaling', 'totalling', 'totaled', 'totalled', 'few', 'several', 'many', 'a']);
const CASUALTY_AFTER = /^\s(?:(?:were|are|have been|had been|was) )?(?:killed|dead|injured|wounded|died|hurt|missing|arrested|detained|displaced|evacuated)\b/i;
const SCALE = /^[\s-]?(?:million|billion|trillion|bn|mn|crore|lakh|thousand|hundred)\b/i;
const PERCENT = /^[\s-]?(?:%|percent\b|per cent\b|percentage points?\b|basis points?\b)/i;
const CURRENCY_WORD = /^\s(?:[\p{Lu}][\p{L}]+ ){0,2}(?:dollars|euros|pounds|yen|yuan|rupees|francs|pesos|rubles|roubles|won|shekels|riyals|dirhams|rand)\b/iu;
const RANGE = /^(?:[-–]| to | and | or )(?:[$£€])?\d[\d,]*(?:\.\d+)?/;
const TIME_AFTER = /^(?::\d|\s?(?:a\.m|p\.m|am\b|pm\b|gmt\b|et\b|edt\b|est\b|bst\b|utc\b|hrs\b))/i;
const LABELS = new Set('no page pages section article chapter route highway room flight number level phase season episode vol series model gen version age aged ages year game week day act stage pick seed rank ranked grade district precinct channel interstate'.split(' '));
const COUNT_NOUN_EXTRA = new Set(['people', 'men', 'women', 'children', 'police', 'staff', 'personnel', 'troops', 'cattle', 'livestock', 'sheep', 'fish', 'deer', 'aircraft', 'crew', 'others']);
const NEXT_WORD = /^\s([\p{L}][\p{L}'’-]*)/u;
// Unicode patterns are made once, here: as literals inside judge they were a tenth of the engine's time.
const NUMBER_SUFFIX = /[\p{L}%]*$/u;
const LETTER = /\p{L}/u;
const LETTER_OR_DIGIT = /[\p{L}\d]/u;
const CAPITALIZED = /^\p{Lu}/u;
const HYPHENATED_WORD = /^-\p{L}/u;
const HYPHENATED_UNIT = /^-(?!(?:per ?cent|million|billion|trillion|fold)\b)\p{L}/iu;
const NAME_AND_COMMA = /\p{Lu}[\p{L}’']*,\s$/u;

function isCountNoun(word: string): boolean {
  if (word !== word.toLowerCase()) return false;
  if (TIME_UNITS.has(word) || ABSTRACT_COUNTS.has(word) || SPEC_UNITS.has(word)) return false;
  return COUNT_NOUN_EXTRA.has(word) || word.endsWith('men') || (word.length > 3 && word.endsWith('s') && !word.endsWith('ss'));
}

const FRACTIONS = new Set(['third', 'quarter', 'fifth', 'tenth']);

function mayOpenFigure(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k] as Token;
  if ((t.flags & OPENS_FIGURE) === 0) return false;
  // "a" and "one" open a figure only before a fraction: "a third of".
  return (t.lower !== 'a' && t.lower !== 'one') || FRACTIONS.has(tokens[k + 1]?.lower ?? '');
}

/** Spans of figure claims inside one sentence. */
export function findFigures(text: string, sentence: Span, tokens: readonly Token[]): Span[] {
  const out: Span[] = [];
  let body: string | undefined;
  let consumed = 0;
  for (let k = 0; k < tokens.length; k++) {
    if (tokens[k]?.boundary || !mayOpenFigure(tokens, k)) continue;
    body ??= text.slice(sentence.start, sentence.end);
    const at = (tokens[k] as Token).start - sentence.start;
    if (at < consumed) continue;
    CANDIDATE.lastIndex = at;
    const m = CANDIDATE.exec(body);
    if (!m) continue;
    const span = judge(body, at, m[0]);
    if (span) {
      out.push({ start: sentence.start + span.start, end: sentence.start + span.end });
      consumed = span.end;
    }
  }
  return out;
}

/** Where the figure ends once the counted noun after it is taken in: "30 people". */
function pastCountNoun(body: string, end: number): number {
  const next = NEXT_WORD.exec(body.slice(end, end + 30));
  return next && isCountNoun((next[1] ?? '').toLowerCase()) ? end + next[0].length : end;
}

/** The span of the figure claim opened by `raw` at `at`, or null when the number only labels something. */
function judge(body: string, at: number, raw: string): Span | null {
  let end = at + raw.length;
  const before = body.slice(Math.max(0, at - 40), at);
  const beforeTrimmed = before.trimEnd();
  const previousWord = beforeTrimmed.slice(beforeTrimmed.lastIndexOf(' ') + 1);
  const previousWordLower = previousWord.toLowerCase();
  const previousLower = previousWordLower.endsWith('.') ? previousWordLower.slice(0, -1) : previousWordLower;
  const approx = APPROXIMATOR_ENDS.has(previousLower) ? APPROXIMATOR.exec(before) : null;
  const start = approx ? at - approx[0].trimStart().length : at;

  if (/^\d|^[$£€¥₹]|^US\$|^HK\$|^[AC]\$|^Rs/i.test(raw)) {
    const currency = /^\D/.test(raw);
    const suffix = NUMBER_SUFFIX.exec(raw)?.[0] ?? '';
    const digits = raw.slice(0, raw.length - suffix.length).replace(/^\D+/, '');
    const charBefore = body[at - 1] ?? ' ';
    if (!currency && LETTER_OR_DIGIT.test(charBefore)) return null; // "G7", "B2B"
    if (!currency && charBefore === '-' && LETTER.test(body[at - 2] ?? '')) return null; // "COVID-19", "RS-25"
    if (/^(?:st|nd|rd|th|s)$/i.test(suffix)) return null; // ordinals, decades
    if (suffix === '%') return { start, end };
    if (suffix && !(currency && /^(?:bn|m|mn|k|b|tn|trn)$/i.test(suffix))) return null; // "512GB", "720p", "4K"
    const range = RANGE.exec(body.slice(end, end + 20));
    if (range) end += range[0].length;
    const after = body.slice(end, end + 60);
    if (currency) {
      const scale = SCALE.exec(after);
      if (scale) end += scale[0].length;
      return { start, end };
    }
    if (TIME_AFTER.test(after)) return null;
    if (HYPHENATED_UNIT.test(after)) return null; // "43-year-old", "16-inch"
    if (LABELS.has(previousLower) || MONTHS.has(previousWordLower)) return null;
    const nextWord = NEXT_WORD.exec(after)?.[1] ?? '';
    const nextLower = nextWord.toLowerCase();
    if (MONTHS.has(nextLower)) return null;
    const percent = PERCENT.exec(after);
    if (percent) {
      end += percent[0].length;
      return { start, end };
    }
    const scale = SCALE.exec(after);
    if (scale) {
      end += scale[0].length;
      const currencyWord = CURRENCY_WORD.exec(body.slice(end, end + 40));
      if (currencyWord) end += currencyWord[0].length;
      else end = pastCountNoun(body, end);
      return { start, end };
    }
    const currencyWord = CURRENCY_WORD.exec(after);
    if (currencyWord) {
      end += currencyWord[0].length;
      return { start, end };
    }
    const value = Number(digits.replace(/,/g, ''));
    if (!digits.includes(',') && !digits.includes('.') && value >= 1800 && value <= 2099) return null; // a year
    // A capitalised word before or after labels a thing: "Artemis 3", "Order 66", "737 Max".
    if (CAPITALIZED.test(previousWord) && !approx && !/^(?:About|Around|Nearly|Some|Over|Roughly)$/.test(previousWord)) return null;
    if (CAPITALIZED.test(nextWord) && !approx) return null;
    if (/^,\s/.test(after) && NAME_AND_COMMA.test(before)) return null; // "Parata, 75, has"
    if (SPEC_UNITS.has(nextLower) || TIME_UNITS.has(nextLower)) return null;
    if (approx || CASUALTY_BEFORE.has(previousLower) || CASUALTY_AFTER.test(after)) {
      return { start, end: pastCountNoun(body, end) };
    }
    if (isCountNoun(nextWord) || (nextWord === 'of' && /^\s+of\s+(?:the|them|these|those|its|their)\b/.test(after))) {
      return { start, end: pastCountNoun(body, end) };
    }
    return null;
  }

  const word = raw.toLowerCase();
  const after = body.slice(end, end + 60);
  const nextWord = NEXT_WORD.exec(after)?.[1] ?? '';
  if (/^(?:halved|doubled|tripled|quadrupled)$/.test(word) || /-(?:thirds?|quarters?|fifths?|tenths?|half)$|(?:third|quarter|fifth|tenth) of$|point$/.test(word)) {
    return { start, end };
  }
  if (/^(?:dozens|hundreds|thousands|millions|billions|scores|tens)/.test(word)) {
    if (TIME_UNITS.has(nextWord.toLowerCase())) return null;
    // "scores" and "tens" are quantities only as "scores of", "tens of thousands"; "test scores" are not.
    if (/^(?:scores|tens)$/.test(word) || (word === 'tens of' && !/^\s(?:thousands|millions|billions)/.test(after))) return null;
    return { start, end: pastCountNoun(body, end) };
  }
  if (/^(?:dozen|hundred|thousand|million|billion|trillion)$/.test(word)) {
    if (!/(?:^|\s)(?:a|a few|several|many|half a|some|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty)\s$/i.test(before)) return null;
    return { start, end: pastCountNoun(body, end) };
  }
  // Small number words count only when they count something concrete: "two gunmen", "the five companies".
  if (TIME_UNITS.has(nextWord.toLowerCase()) || HYPHENATED_WORD.test(after)) return null; // "a three-decade career"
  if (approx || CASUALTY_AFTER.test(after) || isCountNoun(nextWord)) {
    return { start, end: pastCountNoun(body, end) };
  }
  return null;
}
