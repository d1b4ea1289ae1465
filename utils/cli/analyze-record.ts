// One record of a batch (a JSONL line or a WARC response) to one output line. The single-threaded
// path and the worker threads both call `analyzeRecord`, so a record's line never depends on --jobs.
import { tryAnalyze, type InputFormat } from './analyze-input';
import { toAnalysisRecord, type AnalysisRecord } from './json-record';

/** Where a record came from, carried into its output line so the line can be traced and summarized. */
export interface RecordSource {
  /** The input's own id (a JSONL "id", a WARC-Record-ID); unique within a run, as --resume relies on. */
  id: unknown;
  /** The page's address (WARC-Target-URI, or a JSONL "url"). */
  url?: string;
  /** When the page was captured or published (WARC-Date, or a JSONL "date"), as given. */
  date?: string;
}

export interface RecordInput extends RecordSource {
  format: InputFormat;
  content: string;
}

export type RecordError = RecordSource & { error: string } & Record<string, unknown>;
export type RecordResult = RecordSource & AnalysisRecord;
export type RecordLine = RecordResult | RecordError;

/** Never throws: a failure is an error line carrying the record's id. */
export async function analyzeRecord({ format, content, ...source }: RecordInput): Promise<RecordLine> {
  const outcome = await tryAnalyze(format, content, source.url);
  return outcome.ok
    ? { ...source, ...toAnalysisRecord(outcome.analysis, { includeText: false }) }
    : { ...source, error: outcome.error };
}

export function isRecordError(line: RecordLine): line is RecordError {
  return 'error' in line;
}
