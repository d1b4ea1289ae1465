// Records in, one JSON line per record out, on one thread or on N worker threads. Lines come out in
// input order, so two runs diff cleanly; a window of at most 4 × jobs records is read ahead of the
// oldest one still being analysed, which bounds memory (in flight and waiting to be written alike)
// however long the input.
import { Piscina } from 'piscina';
import { analyzeRecord, isRecordError, type RecordError, type RecordInput, type RecordLine } from './analyze-record';
import type { Progress } from './progress';

/** A record to analyse, or one that failed before analysis (unreadable JSON, a corrupt WARC record). */
export type PipelineItem = { input: RecordInput } | { failure: RecordError };

export interface PipelineOptions {
  /** 1 analyses on this thread; more start that many worker threads. */
  jobs: number;
  /** Writes one line; a promise means "wait before the next", so a slow reader slows the run instead of filling memory. */
  write(line: string): void | Promise<void>;
  /** Each failure, as one line for stderr. */
  warn(line: string): void;
  progress: Progress;
  /** Ids (as JSON) already answered by an earlier run: their records are passed over. */
  done?: ReadonlySet<string>;
  /** Stop after this many records. */
  limit?: number;
}

export interface PipelineCounts {
  analysed: number;
  failed: number;
  /** Passed over because an earlier run answered them. */
  alreadyDone: number;
}

const WINDOW_PER_JOB = 4;

export async function runRecords(items: AsyncIterable<PipelineItem>, options: PipelineOptions): Promise<PipelineCounts> {
  const { jobs, write, warn, progress, done, limit = Infinity } = options;
  const counts: PipelineCounts = { analysed: 0, failed: 0, alreadyDone: 0 };
  const pool = jobs > 1 ? createPool(jobs) : undefined;
  const analyze = pool ? (input: RecordInput) => pool.run(input) as Promise<RecordLine> : analyzeRecord;
  const window: Promise<RecordLine>[] = [];
  let taken = 0;

  const writeOldest = async () => {
    const line = await (window.shift() as Promise<RecordLine>);
    if (isRecordError(line)) {
      counts.failed += 1;
      warn(`sourcelight: ${describeRecord(line)}: ${line.error}`);
    } else {
      counts.analysed += 1;
    }
    await write(JSON.stringify(line));
    progress.advance();
  };

  try {
    for await (const item of items) {
      const source = 'input' in item ? item.input : item.failure;
      if (done && source.id != null && done.has(JSON.stringify(source.id))) {
        counts.alreadyDone += 1;
        continue;
      }
      if (taken >= limit) break;
      taken += 1;
      window.push('input' in item ? analyzeSafely(analyze, item.input) : Promise.resolve(item.failure));
      while (window.length >= jobs * WINDOW_PER_JOB) await writeOldest();
    }
    while (window.length > 0) await writeOldest();
  } finally {
    await pool?.destroy();
  }
  progress.finish();
  return counts;
}

// Piscina rather than tinypool: when a worker dies, piscina fails that worker's task and starts
// another worker; tinypool 2.2 leaves the task waiting for ever, and the run with it.
function createPool(jobs: number): Piscina {
  return new Piscina({
    filename: new URL('./record-worker.mjs', import.meta.url).href,
    minThreads: jobs,
    maxThreads: jobs,
  });
}

/** A worker that dies or throws takes only its record with it: that record becomes an error line. */
async function analyzeSafely(analyze: (input: RecordInput) => Promise<RecordLine>, input: RecordInput): Promise<RecordLine> {
  try {
    return await analyze(input);
  } catch (error) {
    const { format, content, ...source } = input;
    return { ...source, error: `analysis stopped: ${error instanceof Error ? error.message : String(error)}` };
  }
}

function describeRecord(line: RecordError): string {
  const id = line.id == null ? '' : `id ${JSON.stringify(line.id)}`;
  if (typeof line.line === 'number') return id ? `line ${line.line} (${id})` : `line ${line.line}`;
  return id || `${String(line.file ?? 'input')}`;
}
