// The JSON shape of an analysis, shared by `--json` and `--jsonl` so there is one way to make it.
import type { ScanMode } from '../article/types';
import type { Finding, FindingCounts, Grade } from '../engine/types';
import type { InputAnalysis } from './analyze-input';

export type FindingRecord = Pick<
  Finding,
  'kind' | 'start' | 'end' | 'text' | 'reason' | 'specificity' | 'anonymityReasonGiven'
>;

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
    findings: analysis.findings.map(toFindingRecord),
    ...(includeText && { text: analysis.text }),
  };
}

// Fields are picked one by one so the output format does not change when the engine adds fields.
function toFindingRecord(finding: Finding): FindingRecord {
  const { kind, start, end, text, reason, specificity, anonymityReasonGiven } = finding;
  return {
    kind,
    start,
    end,
    text,
    reason,
    ...(specificity !== undefined && { specificity }),
    ...(anonymityReasonGiven !== undefined && { anonymityReasonGiven }),
  };
}
