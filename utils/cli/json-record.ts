// The JSON shape of an analysis, shared by `--json` and `--jsonl` so there is one way to make it.
import type { ScanMode } from '../article/types';
import type { Finding, FindingCounts, Grade } from '../engine/types';
import type { InputAnalysis } from './analyze-input';

export type FindingRecord = Pick<
  Finding,
  'kind' | 'start' | 'end' | 'text' | 'reason' | 'specificity' | 'anonymityReasonGiven'
> & {
  /** Attributions: who said it and the cue that says so, each with its offsets and words ("who said what"). */
  source?: SpanRecord;
  cue?: SpanRecord;
};

export interface SpanRecord {
  start: number;
  end: number;
  text: string;
}

export interface AnalysisRecord {
  /** The text's language ('en', 'fr'), and whether the engine reads it: if not, nothing is graded or flagged. */
  language: string;
  languageSupported: boolean;
  /** Null when the grade is `ungraded`: nothing was found to grade, or the language is not one the engine reads. */
  score: number | null;
  grade: Grade;
  counts: FindingCounts;
  /** HTML inputs only: `page` when no article was detected and the whole page was scanned. */
  mode?: ScanMode;
  findings: FindingRecord[];
  /** The text the offsets refer to; left out of `--jsonl` output, where the caller already has the input. */
  text?: string;
}

export interface ToRecordOptions {
  includeText: boolean;
}

export function toAnalysisRecord(analysis: InputAnalysis, { includeText }: ToRecordOptions): AnalysisRecord {
  const { summary, page, language } = analysis;
  return {
    language: language.language,
    languageSupported: language.supported,
    score: summary.grade === 'ungraded' ? null : summary.score,
    grade: summary.grade,
    counts: summary.counts,
    ...(page && { mode: page.mode }),
    findings: analysis.findings.map((f) => toFindingRecord(f, analysis.text)),
    ...(includeText && { text: analysis.text }),
  };
}

// Fields are picked one by one so the output format does not change when the engine adds fields.
function toFindingRecord(finding: Finding, analysed: string): FindingRecord {
  const { kind, start, end, text, reason, specificity, anonymityReasonGiven, source, cue } = finding;
  const span = ({ start, end }: { start: number; end: number }): SpanRecord => ({ start, end, text: analysed.slice(start, end) });
  return {
    kind,
    start,
    end,
    text,
    reason,
    ...(specificity !== undefined && { specificity }),
    ...(anonymityReasonGiven !== undefined && { anonymityReasonGiven }),
    ...(source && { source: span(source) }),
    ...(cue && { cue: span(cue) }),
  };
}
