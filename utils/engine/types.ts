// The engine's contract: text in, findings out. Pure data, no DOM, no browser.

export const FINDING_KINDS = [
  'anonymous-source',
  'vague-attribution',
  'hedge',
  'unverified-figure',
  'named-source',
] as const;

export type FindingKind = (typeof FINDING_KINDS)[number];

/** The kinds that weaken an article; `named-source` is the one that strengthens it. */
export const WEAK_KINDS: readonly FindingKind[] = [
  'anonymous-source',
  'vague-attribution',
  'hedge',
  'unverified-figure',
];

/**
 * How precisely an anonymous source is described, after AP/Reuters/NYT practice:
 * - `bare`: "sources", "a source"
 * - `generic`: "a person familiar with the matter", "an official"
 * - `specific`: "a senior State Department official involved in the talks"
 */
export type SourceSpecificity = 'bare' | 'generic' | 'specific';

export interface Finding {
  kind: FindingKind;
  /** Offsets into the analysed text: `text.slice(start, end) === finding.text`. */
  start: number;
  end: number;
  text: string;
  /** One sentence a reader understands. */
  reason: string;
  /** Anonymous sources only. */
  specificity?: SourceSpecificity;
  /** Anonymous sources only: whether the article says why the source is unnamed. */
  anonymityReasonGiven?: boolean;
  /** Attributions only: who the claim is attributed to ("two informed sources"), as offsets into the text. */
  source?: TextSpan;
  /** Attributions only: the reporting cue that ties the claim to its source ("said", "according to"). */
  cue?: TextSpan;
}

/** One attribution as the parser finds it: who is credited, by which cue, and where it stands. */
export interface ParsedAttribution {
  kind: 'anonymous-source' | 'vague-attribution' | 'named-source';
  /**
   * The source phrase as annotators mark it, with a description set off beside it ("Chris Moe, who runs the
   * ferry company"), as offsets into the text. A finding's `source` is the phrase it credits ("Chris Moe").
   */
  source: TextSpan;
  /** The reporting cue ("said", "according to"); absent for a phrase that stands without one. */
  cue?: TextSpan;
  /** Inside a direct quotation: the quoted speaker's attribution, which findings leave to the speaker. */
  inQuotation: boolean;
  /**
   * Narrative rather than sourcing: the cue is an act by which the source takes a stance ("endorsed", "voted
   * against", "declined"), or the source is the first person ("I think", "we asked"). Annotators of attribution
   * count these, the guide does not, so they make no finding.
   */
  narrative: boolean;
  /**
   * Its source stands inside the words another attribution of its sentence reports: the subject of the clause a cue
   * reports ("Reid says he voted …"), or any other source of a sentence whose claim is "according to" a source or
   * "in" a named poll ("Ode said the port would close, according to the Gazette").
   */
  nested: boolean;
}

export interface TextSpan {
  start: number;
  end: number;
}

export type FindingCounts = Record<FindingKind, number>;

/** `ungraded`: nothing was found to grade (no source, hedge or figure), so no score is shown. */
export type Grade = 'strong' | 'mixed' | 'weak' | 'ungraded';

export interface FindingContribution {
  /** Index into the findings array the summary was made from. */
  index: number;
  /** Points this finding added (positive) or took away (negative). */
  points: number;
}

export interface AttributionSummary {
  /** 0–100; higher means better attributed. Not shown when the grade is `ungraded` (it is then the base score). */
  score: number;
  grade: Grade;
  counts: FindingCounts;
  /** Per finding, what it did to the score: the popup's explanation. */
  contributions: FindingContribution[];
}

export interface AnalyzeOptions {
  /** Kinds to report; default all. */
  kinds?: readonly FindingKind[];
  /** The reader's own phrases, flagged as the given kind wherever they occur (case-insensitive, whole words). */
  extraPhrases?: Partial<Record<FindingKind, readonly string[]>>;
  /** Phrases never to flag: a finding whose text contains one of these (case-insensitive) is dropped. */
  ignorePhrases?: readonly string[];
}
