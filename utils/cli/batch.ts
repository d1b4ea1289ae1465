// `sourcelight analyze --jsonl`: {"id", "text"} or {"id", "html"} lines in, one JSON line out per input.
import { tryAnalyze, type AnalysisOutcome, type InputFormat } from './analyze-input';
import { toAnalysisRecord } from './json-record';
import { createProgress } from './progress';
import type { CliStreams } from './streams';

interface LineInput {
  id: unknown;
  format: InputFormat;
  content: string;
  /** The page's address, for HTML inputs whose links should resolve. */
  url?: string;
}

type LineParse = { ok: true; input: LineInput } | { ok: false; id: unknown; error: string };

/** Returns how many input lines failed. Blank lines are skipped. */
export async function analyzeJsonLines(lines: AsyncIterable<string>, streams: CliStreams): Promise<number> {
  const progress = createProgress({ write: streams.stderr });
  let failed = 0;
  let lineNumber = 0;
  for await (const line of lines) {
    lineNumber += 1;
    if (line.trim() === '') continue;
    const parsed = parseLine(line);
    const id = parsed.ok ? parsed.input.id : parsed.id;
    const outcome: AnalysisOutcome = parsed.ok
      ? await tryAnalyze(parsed.input.format, parsed.input.content, parsed.input.url)
      : parsed;
    if (outcome.ok) {
      streams.stdout(JSON.stringify({ id, ...toAnalysisRecord(outcome.analysis, { includeText: false }) }));
    } else {
      failed += 1;
      const where = id === null ? `line ${lineNumber}` : `line ${lineNumber} (id ${JSON.stringify(id)})`;
      streams.stderr(`sourcelight: ${where}: ${outcome.error}`);
      streams.stdout(JSON.stringify({ id, line: lineNumber, error: outcome.error }));
    }
    progress.advance();
  }
  progress.finish();
  return failed;
}

function parseLine(line: string): LineParse {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return { ok: false, id: null, error: `not valid JSON (${(error as Error).message})` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, id: null, error: 'expected a JSON object with "id" and "text" or "html"' };
  }
  const { id = null, text, html, url } = value as Record<string, unknown>;
  if ((typeof text === 'string') === (typeof html === 'string')) {
    return { ok: false, id, error: 'expected exactly one of "text" or "html", as a string' };
  }
  if (url !== undefined && typeof url !== 'string') {
    return { ok: false, id, error: '"url" must be a string' };
  }
  const input: LineInput =
    typeof html === 'string' ? { id, format: 'html', content: html, url } : { id, format: 'text', content: text as string };
  return { ok: true, input };
}
