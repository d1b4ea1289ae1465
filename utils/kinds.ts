// How each kind of finding is named to readers: one table for the page, the popup and the CLI.
import type { FindingKind, Grade } from './engine/types';

export interface KindDescription {
  /** Singular label, e.g. "Anonymous source". */
  label: string;
  /** Plural label for counts, e.g. "Anonymous sources". */
  plural: string;
  /** The non-colour cue drawn under a highlight of this kind, named for the legend. */
  cue: string;
}

export const KIND_DESCRIPTIONS: Record<FindingKind, KindDescription> = {
  'anonymous-source': { label: 'Anonymous source', plural: 'Anonymous sources', cue: 'wavy underline' },
  'vague-attribution': { label: 'Vague attribution', plural: 'Vague attributions', cue: 'dashed underline' },
  hedge: { label: 'Hedge', plural: 'Hedges', cue: 'dotted underline' },
  'unverified-figure': { label: 'Unsourced figure', plural: 'Unsourced figures', cue: 'double underline' },
  'named-source': { label: 'Named source', plural: 'Named sources', cue: 'solid underline' },
};

export const GRADE_LABELS: Record<Grade, string> = {
  strong: 'Strong',
  mixed: 'Mixed',
  weak: 'Weak',
  ungraded: 'Nothing to grade',
};
