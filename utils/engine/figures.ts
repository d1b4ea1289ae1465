// Finds quantitative claims (counts, amounts, percentages, casualty figures) and leaves out numbers that
// only label things: years, dates, times, ages, model and page numbers, product specifications.
import type { Span } from './sentences';
import type { Token } from './tokens';
import { wordClass, WordClass } from './word-classes';
import { ABSTRACT_COUNTS, MONTHS, SMALL_NUMBER_WORDS, SPEC_UNITS, TENS_WORDS, TIME_UNITS } from './lexicon';

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

function isCountNoun(word: string): boolean {
  if (word !== word.toLowerCase()) return false;
  if (TIME_UNITS.has(word) || ABSTRACT_COUNTS.has(word) || SPEC_UNITS.has(word)) return false;
  return COUNT_NOUN_EXTRA.has(word) || word.endsWith('men') || (word.length > 3 && word.endsWith('s') && !word.endsWith('ss'));
}

const FRACTIONS = new Set(['third', 'quarter', 'fifth', 'tenth']);

function mayOpenFigure(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k] as Token;
  const c = t.text.charCodeAt(0);
  if ((c >= 48 && c <= 57) || c === 36 || c === 163 || c === 8364 || c === 165 || c === 8377) return true;
  if (t.flags & WordClass.Number) return true;
  if (t.lower === 'a' || t.lower === 'one') return FRACTIONS.has(tokens[k + 1]?.lower ?? '');
  if (t.text === 'Rs' || t.text === 'Rs.' || t.text.includes('$')) return true;
  // Hyphenated number words: "twenty-two", "two-thirds", "one-tenth".
  const hyphen = t.lower.indexOf('-');
  return hyphen > 0 && ((wordClass(t.lower.slice(0, hyphen)) & WordClass.Number) !== 0 || t.lower.startsWith('one-'));
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

/** The span of the figure claim opened by `raw` at `at`, or null when the number only labels something. */
function judge(body: string, at: number, raw: string): Span | null {
  let end = at + raw.length;
  const before = body.slice(Math.max(0, at - 40), at);
  const previousWord = before.slice(before.trimEnd().lastIndexOf(' ') + 1).trimEnd();
  const previousLower = previousWord.toLowerCase().replace(/\.$/, '');
  const approx = APPROXIMATOR_ENDS.has(previousLower) ? APPROXIMATOR.exec(before) : null;
  const start = approx ? at - approx[0].trimStart().length : at;
  const result = (): Span => ({ start, end });
  const extendNoun = () => {
    const next = NEXT_WORD.exec(body.slice(end, end + 30));
    if (next && isCountNoun((next[1] ?? '').toLowerCase())) end += next[0].length;
  };

  if (/^\d|^[$£€¥₹]|^US\$|^HK\$|^[AC]\$|^Rs/i.test(raw)) {
    const currency = /^\D/.test(raw);
    const suffix = /[\p{L}%]*$/u.exec(raw)?.[0] ?? '';
    const digits = raw.slice(0, raw.length - suffix.length).replace(/^\D+/, '');
    const charBefore = body[at - 1] ?? ' ';
    if (!currency && /[\p{L}\d]/u.test(charBefore)) return null; // "G7", "B2B"
    if (!currency && charBefore === '-' && /\p{L}/u.test(body[at - 2] ?? '')) return null; // "COVID-19", "RS-25"
    if (/^(?:st|nd|rd|th|s)$/i.test(suffix)) return null; // ordinals, decades
    if (suffix === '%') return result();
    if (suffix && !(currency && /^(?:bn|m|mn|k|b|tn|trn)$/i.test(suffix))) return null; // "512GB", "720p", "4K"
    const range = RANGE.exec(body.slice(end, end + 20));
    if (range) end += range[0].length;
    const after = body.slice(end, end + 60);
    if (currency) {
      const scale = SCALE.exec(after);
      if (scale) end += scale[0].length;
      return result();
    }
    if (TIME_AFTER.test(after)) return null;
    if (/^-(?!(?:per ?cent|million|billion|trillion|fold)\b)\p{L}/iu.test(after)) return null; // "43-year-old", "16-inch"
    if (LABELS.has(previousLower) || MONTHS.has(previousWord.toLowerCase())) return null;
    const nextWord = NEXT_WORD.exec(after)?.[1] ?? '';
    if (MONTHS.has(nextWord.toLowerCase())) return null;
    const value = Number(digits.replace(/,/g, ''));
    const percent = PERCENT.exec(after);
    if (percent) {
      end += percent[0].length;
      return result();
    }
    const scale = SCALE.exec(after);
    if (scale) {
      end += scale[0].length;
      const currencyWord = CURRENCY_WORD.exec(body.slice(end, end + 40));
      if (currencyWord) end += currencyWord[0].length;
      else extendNoun();
      return result();
    }
    const currencyWord = CURRENCY_WORD.exec(after);
    if (currencyWord) {
      end += currencyWord[0].length;
      return result();
    }
    if (!digits.includes(',') && !digits.includes('.') && value >= 1800 && value <= 2099) return null; // a year
    // A capitalised word before or after labels a thing: "Artemis 3", "Order 66", "737 Max".
    if (/^\p{Lu}/u.test(previousWord) && !approx && !/^(?:About|Around|Nearly|Some|Over|Roughly)$/.test(previousWord)) return null;
    if (/^\p{Lu}/u.test(nextWord) && !approx) return null;
    if (/^,\s/.test(after) && /\p{Lu}[\p{L}’']*,\s$/u.test(before)) return null; // "Parata, 75, has"
    if (SPEC_UNITS.has(nextWord.toLowerCase()) || TIME_UNITS.has(nextWord.toLowerCase())) return null;
    if (approx || CASUALTY_BEFORE.has(previousLower) || CASUALTY_AFTER.test(after)) {
      extendNoun();
      return result();
    }
    if (isCountNoun(nextWord) || (nextWord === 'of' && /^\s+of\s+(?:the|them|these|those|its|their)\b/.test(after))) {
      extendNoun();
      return result();
    }
    return null;
  }

  const word = raw.toLowerCase();
  const after = body.slice(end, end + 60);
  const nextWord = NEXT_WORD.exec(after)?.[1] ?? '';
  if (/^(?:halved|doubled|tripled|quadrupled)$/.test(word) || /-(?:thirds?|quarters?|fifths?|tenths?|half)$|(?:third|quarter|fifth|tenth) of$|point$/.test(word)) {
    return result();
  }
  if (/^(?:dozens|hundreds|thousands|millions|billions|scores|tens)/.test(word)) {
    if (TIME_UNITS.has(nextWord.toLowerCase())) return null;
    // "scores" and "tens" are quantities only as "scores of", "tens of thousands"; "test scores" are not.
    if (/^(?:scores|tens)$/.test(word) || (word === 'tens of' && !/^\s(?:thousands|millions|billions)/.test(after))) return null;
    extendNoun();
    return result();
  }
  if (/^(?:dozen|hundred|thousand|million|billion|trillion)$/.test(word)) {
    if (!/(?:^|\s)(?:a|a few|several|many|half a|some|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty)\s$/i.test(before)) return null;
    extendNoun();
    return result();
  }
  // Small number words count only when they count something concrete: "two gunmen", "the five companies".
  if (TIME_UNITS.has(nextWord.toLowerCase()) || /^-\p{L}/u.test(after)) return null; // "a three-decade career"
  if (approx || CASUALTY_AFTER.test(after) || isCountNoun(nextWord)) {
    extendNoun();
    return result();
  }
  return null;
}
