// `sourcelight analyze [--json] FILE…`: a report, or one JSON line, per file.
import { readFile } from 'node:fs/promises';
import { detectFormat, tryAnalyze, type AnalysisOutcome } from './analyze-input';
import { toAnalysisRecord } from './json-record';
import { createProgress } from './progress';
import { formatReport } from './report';
import type { CliStreams } from './streams';

export type FileOutput = 'report' | 'json';

/** Returns how many files failed. */
export async function analyzeFiles(paths: readonly string[], output: FileOutput, streams: CliStreams): Promise<number> {
  const progress = createProgress({ total: paths.length, write: streams.stderr });
  let failed = 0;
  let reportsPrinted = 0;
  for (const file of paths) {
    const outcome = await analyzeFile(file);
    if (!outcome.ok) {
      failed += 1;
      streams.stderr(`sourcelight: ${file}: ${outcome.error}`);
      if (output === 'json') streams.stdout(JSON.stringify({ file, error: outcome.error }));
    } else if (output === 'json') {
      streams.stdout(JSON.stringify({ file, ...toAnalysisRecord(outcome.analysis, { includeText: true }) }));
    } else {
      streams.stdout(`${reportsPrinted > 0 ? '\n' : ''}${formatReport(file, outcome.analysis)}`);
      reportsPrinted += 1;
    }
    progress.advance();
  }
  progress.finish();
  return failed;
}

async function analyzeFile(file: string): Promise<AnalysisOutcome> {
  let content: string;
  try {
    content = await readFile(file, 'utf8');
  } catch (error) {
    return { ok: false, error: describeReadError(error) };
  }
  // A byte-order mark is not part of the text the offsets should count.
  content = content.replace(/^\uFEFF/, '');
  return tryAnalyze(detectFormat(file, content), content);
}

function describeReadError(error: unknown): string {
  switch ((error as NodeJS.ErrnoException).code) {
    case 'ENOENT':
      return 'no such file';
    case 'EISDIR':
      return 'is a directory, not a file';
    case 'EACCES':
      return 'permission denied';
    default:
      return `cannot read the file (${error instanceof Error ? error.message : String(error)})`;
  }
}
