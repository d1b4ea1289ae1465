// One finding per stretch of text: the highlighter cannot nest marks of different kinds.
import type { Finding, FindingKind } from './types';

// When two findings overlap, the more specific warning wins; a named source yields to any weakness in it.
const PRIORITY: Record<FindingKind, number> = {
  'anonymous-source': 5,
  'vague-attribution': 4,
  hedge: 3,
  'unverified-figure': 2,
  'named-source': 1,
};

function beats(a: Finding, b: Finding): boolean {
  if (PRIORITY[a.kind] !== PRIORITY[b.kind]) return PRIORITY[a.kind] > PRIORITY[b.kind];
  return a.end - a.start > b.end - b.start;
}

/** Sorted by start, without overlaps. Linear after the sort. */
export function resolveOverlaps(findings: Finding[]): Finding[] {
  const sorted = [...findings].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Finding[] = [];
  for (const f of sorted) {
    const last = kept[kept.length - 1];
    if (!last || f.start >= last.end) kept.push(f);
    // After a split (below) the hedge stands before `last`; nothing may overlap it.
    else if (kept.length > 1 && f.start < (kept[kept.length - 2] as Finding).end) continue;
    // The one before `last` ends at or before last.start <= f.start, so replacing `last` cannot create an overlap.
    else if (hedgeSplitting(last, f)) kept.splice(kept.length - 1, 1, f, restAfter(last, f.end));
    else if (countSplits(last, f) || countSplits(f, last)) {
      // Sorted longer first at one start, either may be the crowd.
      const [crowd, figure] = countSplits(last, f) ? [last, f] : [f, last];
      const count = COUNT_OPENING.exec(figure.text)?.[0].trimEnd() ?? '';
      kept.splice(kept.length - 1, 1, { ...figure, end: figure.start + count.length, text: count }, restAfter(crowd, crowd.start + count.length));
    }
    else if (beats(f, last)) {
      // "Marsh (who holds 31 seats) said": a named source whose own phrase ends before the weakness in its span
      // keeps that phrase, so the credit is not lost with its cue.
      const credit = namedPhraseBefore(last, f.start);
      if (credit) kept.splice(kept.length - 1, 1, credit, f);
      else kept[kept.length - 1] = f;
    }
  }
  return kept;
}

// "Unconfirmed reports say", "according to unverified accounts", "An unverified video shows": the writer's hedge
// opening a weak source's phrase is a finding of its own, and the source keeps the words after it, where its head noun
// stands. Not a hedge further in ("Two sources reportedly close to the talks", "Some unverified reports"), whose
// phrase would lose its head or its count.
const splitsForHedge = (weak: Finding) => weak.kind === 'vague-attribution' || weak.kind === 'anonymous-source';
function hedgeSplitting(weak: Finding, hedge: Finding): boolean {
  const before = weak.text.slice(0, hedge.start - weak.start).trim().toLowerCase();
  return hedge.kind === 'hedge' && splitsForHedge(weak) && weak.start <= hedge.start && hedge.end < weak.end && HEDGE_OPENERS.has(before) && /\p{L}/u.test(weak.text.slice(hedge.end - weak.start));
}
// What may stand before a hedge that splits: nothing, "according to", or an article ("An unverified video shows").
const HEDGE_OPENERS = new Set(['', 'according to', 'a', 'an', 'the']);

// "Thousands of viewers complained", "More than 2,000 viewers said": a crowd's phrase opened by how many of them holds a
// figure too, which no one named gives (guide: "thousands of" is a figure, and one whose only source is vague is
// unverified). The count is a finding of its own, the crowd keeps its noun.
const COUNT_OPENING = /^(?:(?:about|around|nearly|almost|roughly|some|over|more than|fewer than|less than|at least|up to|as many as|tens of|hundreds of)\s+)*(?:\d[\d,.]*(?:\s+(?:thousand|million|billion))?|(?:dozens|scores|hundreds|thousands|millions|billions)\s+of)\s+/iu;
function countSplits(crowd: Finding, figure: Finding): boolean {
  if (crowd.kind !== 'vague-attribution' || figure.kind !== 'unverified-figure' || crowd.start !== figure.start) return false;
  const count = COUNT_OPENING.exec(figure.text);
  if (count === null || count[0].length >= crowd.text.length || !/\p{L}/u.test(crowd.text.slice(count[0].length))) return false;
  // Not a counted few informants ("At least 2 officials"), nor a year or a model ("Some 2020 candidates", "Some 737 pilots").
  const digits = /\d[\d,.]*/u.exec(count[0])?.[0];
  if (digits === undefined || /(?:thousand|million|billion)/iu.test(count[0])) return true;
  // A year or a model read as a count only after "some" or nothing: "More than 1900 doctors" is a count.
  const bare = /^(?:some\s+)?\d/iu.test(count[0]);
  return Number(digits.replace(/,/gu, '')) >= 10 && !(bare && MODEL_OR_YEAR.test(digits));
}
const MODEL_OR_YEAR = /^(?:1[89]\d\d|20\d\d|7[0-9]7)$/u;

/** The finding from the first word after `end` on. */
function restAfter(finding: Finding, end: number): Finding {
  const offset = end - finding.start + (finding.text.slice(end - finding.start).search(/\S/) as number);
  return { ...finding, start: finding.start + offset, text: finding.text.slice(offset) };
}

/** A named-source finding cut to its source phrase, when that phrase ends at or before `end`; else undefined. */
function namedPhraseBefore(named: Finding, end: number): Finding | undefined {
  const source = named.source;
  if (named.kind !== 'named-source' || !source || source.end > end || source.start < named.start || source.end <= source.start) return undefined;
  return { ...named, start: source.start, end: source.end, text: named.text.slice(source.start - named.start, source.end - named.start) };
}

/** `first` and whatever of `second` overlaps none of it, sorted by start; both inputs sorted and overlap-free. */
export function mergePreferring(first: Finding[], second: Finding[]): Finding[] {
  const out: Finding[] = [];
  let k = 0;
  for (const f of second) {
    while (k < first.length && (first[k] as Finding).end <= f.start) out.push(first[k++] as Finding);
    const next = first[k];
    if (!next || f.end <= next.start) out.push(f);
  }
  while (k < first.length) out.push(first[k++] as Finding);
  return out;
}
