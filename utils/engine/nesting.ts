import type { Span } from './sentences';
import type { ParsedAttribution } from './types';

/**
 * Nesting: which attributions stand inside the words another of their sentence reports: the subject of the clause a
 * cue reports ("Reid says he voted …", "she said on Monday that they back …"), and anything else in a sentence
 * whose claim is "according to" a source or "in" a named poll ("Ode said, according to the Gazette, …"). The
 * outer one is who the reader has the words from. Annotators who give each word one role in one attribution, as
 * PolNeAR's do, mark the outer one only.
 */

const ACCORDING_TO = /^according(?: to)?$/i;
// A clause that does not follow from the cue directly: a relative, a subordinate or a coordinated one.
const NOT_DIRECT = /\b(?:which|who|whom|whose|when|where|while|as|after|before|until|because|since|if|though|although|whether|what|how|why|and|but|or)\b|[;:"“”]/i;
const RELATIVE = /^(?:who|whom|which|that)$/i;
// What may follow a source "according to" that closes its sentence: the sentence's end, or a description of it.
const CLOSES = /^\s*(?:[.!?"”’')\]]\s*)*$|^,\s*(?:who|which|that|a|an|the)\b/i;
const OPENING_FRAME = /^(?:according(?: to)?|in)$/i;
const OPENING = /^[\s"“'‘(]*$/;
const ENDS_IN_COMMA = /,\s*$/;
const ENDS_IN_THAT = /\bthat\s*$/i;
// Up to this many words between a cue and the subject of the clause it reports with no "that" ("said Tuesday night he").
const MOST_WORDS_BETWEEN = 6;

/** Sets `nested` on each of a sentence's attributions whose source stands in the words another of them reports. */
export function markNested(text: string, sentence: Span, attributions: readonly ParsedAttribution[]): void {
  const outside = attributions.filter((a) => a.cue && !a.inQuotation);
  if (outside.length < 2) return;
  for (const inner of outside) inner.nested = outside.some((outer) => outer !== inner && reportsWithin(text, sentence, outer, inner));
}

/** Whether `inner`'s source stands in the words `outer` reports. */
function reportsWithin(text: string, sentence: Span, outer: ParsedAttribution, inner: ParsedAttribution): boolean {
  const cue = outer.cue as Span;
  const { source } = inner;
  if (outer.source.start <= source.start && source.end <= outer.source.end) return false;
  const cueWord = text.slice(cue.start, cue.end);
  const before = text.slice(sentence.start, cue.start);
  // "According to the report, …", "In a poll released Monday, …": the rest of the sentence after the source's comma.
  if (OPENING_FRAME.test(cueWord) && cue.end <= outer.source.start && OPENING.test(before)) {
    const comma = text.indexOf(',', outer.source.end);
    return comma >= 0 && comma < source.start && source.end <= sentence.end;
  }
  if (ACCORDING_TO.test(cueWord)) {
    // "…, according to the report.", closing the sentence: all of it before.
    return ENDS_IN_COMMA.test(before) && source.end <= cue.start && CLOSES.test(text.slice(outer.source.end, sentence.end));
  }
  // "Reid says he voted …", "she said on Monday that they back …": the subject of the clause the cue reports.
  if (outer.source.end > cue.start || cue.end > source.start) return false;
  // "critics who say …", "a point that officials dispute": a relative clause, not the clause the cue reports.
  if (RELATIVE.test(text.slice(source.start, source.end))) return false;
  const between = text.slice(cue.end, source.start);
  if (NOT_DIRECT.test(between)) return false;
  // "said on Monday, in a statement, that they …"; with no "that", a few words ("says he", "said Monday they").
  return ENDS_IN_THAT.test(between) || (!between.includes(',') && between.split(/\s+/).filter(Boolean).length <= MOST_WORDS_BETWEEN);
}
