// The one sentence a reader sees beside each finding.
import type { FindingKind, SourceSpecificity } from './types';

const ANONYMOUS_LEAD: Record<SourceSpecificity, string> = {
  bare: 'An unnamed source with no description',
  generic: 'An unnamed source, only loosely described',
  specific: 'An unnamed source, though closely described',
};

export function anonymousReason(specificity: SourceSpecificity, reasonGiven: boolean): string {
  const why = reasonGiven ? ', whose anonymity the article explains' : ' and no reason given for the anonymity';
  return `${ANONYMOUS_LEAD[specificity]}${why}: the reader cannot check who said this.`;
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
