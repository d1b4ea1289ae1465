// `sourcelight analyze --jsonl` and `--warc`: records in, one JSON line out per record, with
// --jobs, --resume and --limit; the run's tally goes to stderr at the end.
import type { RecordInput } from './analyze-record';
import { createProgress } from './progress';
import { runRecords, type PipelineItem } from './record-pipeline';
import { appendLines, readPreviousOutput } from './resume';
import type { CliStreams } from './streams';

export interface BatchOptions {
  jobs: number;
  /** An earlier run's output: its ids are passed over and the new lines are appended to it. */
  resume?: string;
  limit?: number;
  /** Where the count of inputs is unknown, how much of them has been read (0 to 1). */
  fractionRead?: () => number;
  /** Said after the tally, such as the records a WARC file had that are not pages. */
  afterwards?: () => string | undefined;
}

/** Returns how many records failed. */
export async function analyzeBatch(items: AsyncIterable<PipelineItem>, options: BatchOptions, streams: CliStreams): Promise<number> {
  const previous = options.resume === undefined ? undefined : await readPreviousOutput(options.resume);
  if (previous?.cutBytes) streams.stderr(`sourcelight: ${options.resume}: cut off an unfinished last line (${previous.cutBytes} bytes)`);
  if (previous?.unreadableLines) streams.stderr(`sourcelight: ${options.resume}: ${previous.unreadableLines} lines are not JSON objects; left as they are`);
  const output = options.resume === undefined ? undefined : appendLines(options.resume);
  const counts = await runRecords(items, {
    jobs: options.jobs,
    write: output ? output.write : streams.stdout,
    warn: streams.stderr,
    progress: createProgress({ fractionRead: options.fractionRead, write: streams.stderr }),
    done: previous?.done,
    limit: options.limit,
  }).finally(() => output?.close());
  const tally = [`${counts.analysed} analysed`, `${counts.failed} failed`];
  if (previous) tally.push(`${counts.alreadyDone} already in ${options.resume}`);
  const after = options.afterwards?.();
  streams.stderr(`sourcelight: ${tally.join(', ')}${after ? `; ${after}` : ''}`);
  return counts.failed;
}

type LineParse = { ok: true; input: RecordInput } | { ok: false; id: unknown; error: string };

/** {"id", "text"} or {"id", "html"} lines (with an optional "url" and "date") as records; blank lines are passed over. */
export async function* jsonLineRecords(lines: AsyncIterable<string>): AsyncGenerator<PipelineItem> {
  let lineNumber = 0;
  for await (const line of lines) {
    lineNumber += 1;
    if (line.trim() === '') continue;
    const parsed = parseLine(line);
    yield parsed.ok ? { input: parsed.input } : { failure: { id: parsed.id, line: lineNumber, error: parsed.error } };
  }
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
  const { id = null, text, html, url, date } = value as Record<string, unknown>;
  if ((typeof text === 'string') === (typeof html === 'string')) {
    return { ok: false, id, error: 'expected exactly one of "text" or "html", as a string' };
  }
  for (const [name, field] of [['url', url], ['date', date]] as const) {
    if (field !== undefined && typeof field !== 'string') return { ok: false, id, error: `"${name}" must be a string` };
  }
  const source = { id, ...(typeof url === 'string' && { url }), ...(typeof date === 'string' && { date }) };
  const input: RecordInput =
    typeof html === 'string' ? { ...source, format: 'html', content: html } : { ...source, format: 'text', content: text as string };
  return { ok: true, input };
}
