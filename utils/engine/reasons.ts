// The one sentence a reader sees beside each finding.
import { IRREGULAR_PLURALS } from './numbers';
import { SMALL_GROUP_OF } from './classify-source';
import type { FindingKind, SourceSpecificity } from './types';

// How closely the phrase describes its source, after AP/Reuters/NYT practice.
const DESCRIBED: Record<SourceSpecificity, string> = {
  bare: 'described only as',
  generic: 'loosely described as',
  specific: 'closely described as',
};

// Words that open what describes a source phrase's head: "people familiar with", "a person close to".
const AFTER_HEAD = new Set(['of', 'with', 'to', 'in', 'at', 'from', 'on', 'for', 'close', 'familiar', 'knowledgeable', 'involved', 'privy', 'who', 'that', 'speaking']);
// Articles and counts, after which a participle is an adjective: "two informed sources".
const OPENERS = /^(?:a|an|the|one|two|three|four|five|six|seven|eight|nine|ten|some|several|many|\d+)$/;

/** The reason beside an anonymous source, in the words of its own phrase ("two informed sources"). */
export function anonymousReason(specificity: SourceSpecificity, reasonGiven: boolean, phrase: string, asked = false): string {
  const words = phrase.trim().split(/\s+/).map((w) => w.toLowerCase().replace(/[^a-z]/g, ''));
  // The head is the word before what describes it: "a person briefed on the talks", "officials familiar with it".
  // A participle describes a noun before it, not an adjective after an article or a number ("two informed sources").
  const described = words.findIndex((w, k) => k > 0 && (AFTER_HEAD.has(w) || (/(?:ed|ing)$/.test(w) && !OPENERS.test(words[k - 1] ?? ''))));
  const head = words[described > 0 ? described - 1 : words.length - 1] ?? '';
  // "a handful of Acme employees", "a couple of aides": the amount is no head; they are many.
  const plural = SMALL_GROUP_OF.test(`${words.slice(0, 3).join(' ')} `) || IRREGULAR_PLURALS.has(head) || (head.endsWith('s') && !head.endsWith('ss'));
  const who = plural ? 'Unnamed sources' : 'An unnamed source';
  const shown = phrase.length > 60 ? `${phrase.slice(0, 57)}…` : phrase;
  // Asking not to be named is no reason for it: "who asked not to be named" says who wanted it, not why.
  const why = reasonGiven ? ', and the article says why they are not named' : asked ? ', who asked not to be named, with no reason given why' : ', with no reason given for leaving them unnamed';
  return `${who}, ${DESCRIBED[specificity]} “${shown}”${why}: the reader cannot check who said this.`;
}

export const REASONS: Record<Exclude<FindingKind, 'anonymous-source'>, string> = {
  'vague-attribution': 'A claim pinned on an unspecified group, report or authority: no one could be asked to confirm it.',
  hedge: 'A hedge: the writer passes this on without having verified it.',
  'unverified-figure': 'A number with no source named in its sentence: the reader cannot check where it comes from.',
  'named-source': 'A named source: the reader can check who said this.',
};

export const WEAKLY_SOURCED_FIGURE =
  'A number whose only source is unnamed, vague or hedged: the reader cannot check where it comes from.';

const KIND_LABELS: Record<FindingKind, string> = {
  'anonymous-source': 'an anonymous source',
  'vague-attribution': 'vague attribution',
  hedge: 'a hedge',
  'unverified-figure': 'an unverified figure',
  'named-source': 'a named source',
};

export function readerPhraseReason(kind: FindingKind): string {
  return `A phrase you asked to flag as ${KIND_LABELS[kind]}.`;
}
