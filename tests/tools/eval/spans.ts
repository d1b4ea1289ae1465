// Span-level scoring the way the attribution literature does it (PARC, Citron's metrics): a predicted span
// is right when it matches a gold span, exactly or by overlapping it; a gold span is found when a
// predicted span matches it. Precision counts predicted spans, recall counts gold spans. Beside them, Citron's
// own overlap measure: the share of predicted words inside gold spans, and of gold words inside predicted ones.
import type { Span } from './brat';
import { prfOf, type Prf } from './metrics';

/** A gold annotation: one fragment, or several when the annotators marked a discontinuous span. */
export type GoldSpan = readonly Span[];

export interface SpanCounts {
  predicted: number;
  predictedRight: number;
  gold: number;
  goldFound: number;
}

export interface SpanScores {
  exact: SpanCounts;
  overlap: SpanCounts;
  /** Words, not spans: `predicted`/`gold` words in predicted/gold spans, `predictedRight` = `goldFound` = words in both. */
  words: SpanCounts;
  /** What even overlapping leaves unmatched: gold spans (trimmed outer extents) no guess touches, and guesses that touch none. */
  missedGold: Span[];
  wrongPredicted: Span[];
}

const EDGE = /[\s\p{P}]/u;
const WORD = /[\p{L}\p{N}]+/gu;

/** The span without whitespace or punctuation at either end (a span of nothing but those stays empty, at its start). */
export function trimSpan(text: string, { start, end }: Span): Span {
  while (start < end && EDGE.test(text[start]!)) start++;
  while (end > start && EDGE.test(text[end - 1]!)) end--;
  return { start, end };
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/** For exact matching a discontinuous gold span is compared by its outer extent, as a contiguous guess can only cover that. */
const extentOf = (gold: GoldSpan): Span => ({ start: gold[0]!.start, end: gold[gold.length - 1]!.end });

/** Scores one document. Duplicate spans (after trimming) count once, on both sides; empty ones not at all. */
export function scoreSpans(text: string, gold: readonly GoldSpan[], predicted: readonly Span[]): SpanScores {
  const keyOf = (s: Span) => `${s.start}:${s.end}`;
  const uniqueGold = new Map<string, { extent: Span; fragments: Span[] }>();
  for (const g of gold) {
    const fragments = g.map((f) => trimSpan(text, f)).filter((f) => f.end > f.start);
    if (!fragments.length) continue;
    const extent = extentOf(fragments);
    uniqueGold.set(fragments.map(keyOf).join(';'), { extent, fragments });
  }
  const uniquePredicted = new Map<string, Span>();
  for (const p of predicted) {
    const t = trimSpan(text, p);
    if (t.end > t.start) uniquePredicted.set(keyOf(t), t);
  }
  const goldList = [...uniqueGold.values()];
  const predictedList = [...uniquePredicted.values()];
  const exactMatch = (p: Span, g: (typeof goldList)[number]) => p.start === g.extent.start && p.end === g.extent.end;
  const overlapMatch = (p: Span, g: (typeof goldList)[number]) => g.fragments.some((f) => overlaps(p, f));
  const countsFor = (match: typeof exactMatch): SpanCounts => ({
    predicted: predictedList.length,
    predictedRight: predictedList.filter((p) => goldList.some((g) => match(p, g))).length,
    gold: goldList.length,
    goldFound: goldList.filter((g) => predictedList.some((p) => match(p, g))).length,
  });
  const wordsIn = (spans: readonly Span[]) => {
    const words = new Set<number>();
    for (const span of spans) for (const w of text.slice(span.start, span.end).matchAll(WORD)) words.add(span.start + w.index);
    return words;
  };
  const predictedWords = wordsIn(predictedList);
  const goldWords = wordsIn(goldList.flatMap((g) => g.fragments));
  const shared = [...predictedWords].filter((w) => goldWords.has(w)).length;
  return {
    exact: countsFor(exactMatch),
    overlap: countsFor(overlapMatch),
    words: { predicted: predictedWords.size, predictedRight: shared, gold: goldWords.size, goldFound: shared },
    missedGold: goldList.filter((g) => !predictedList.some((p) => overlapMatch(p, g))).map((g) => g.extent),
    wrongPredicted: predictedList.filter((p) => !goldList.some((g) => overlapMatch(p, g))),
  };
}

export function addSpanCounts(a: SpanCounts, b: SpanCounts): SpanCounts {
  return {
    predicted: a.predicted + b.predicted,
    predictedRight: a.predictedRight + b.predictedRight,
    gold: a.gold + b.gold,
    goldFound: a.goldFound + b.goldFound,
  };
}

export const NO_SPANS: SpanCounts = { predicted: 0, predictedRight: 0, gold: 0, goldFound: 0 };

export function spanPrf(c: SpanCounts): Prf {
  return prfOf(c.predicted ? c.predictedRight / c.predicted : 0, c.gold ? c.goldFound / c.gold : 0);
}

/** How a source phrase is built, judged from its first word: enough to say which sources a detector misses, without quoting them. */
export type SourceShape = 'pronoun' | 'definite description' | 'unnamed or counted' | 'capitalised name' | 'other';
export const SOURCE_SHAPES: readonly SourceShape[] = ['pronoun', 'definite description', 'unnamed or counted', 'capitalised name', 'other'];

const PRONOUNS = new Set('he she they it we i you him her them us me his their its our who which that this these those'.split(' '));
const QUANTIFIERS = new Set(
  'a an some many several most few other others another any all various numerous one two three four five six seven eight nine ten dozens hundreds thousands millions both each every more no'.split(' '),
);

export function sourceShape(phrase: string): SourceShape {
  const first = /[\p{L}\p{N}]+/u.exec(phrase)?.[0];
  if (!first) return 'other';
  const lower = first.toLowerCase();
  if (PRONOUNS.has(lower)) return 'pronoun';
  if (lower === 'the') return 'definite description';
  if (QUANTIFIERS.has(lower) || /^\d/.test(first)) return 'unnamed or counted';
  return /^\p{Lu}/u.test(first) ? 'capitalised name' : 'other';
}
