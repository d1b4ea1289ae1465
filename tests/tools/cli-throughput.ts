// The command line's speed and memory on saved pages, for `npm run bench`: HTML to findings to a JSON
// line through the CLI's own analysis, in fresh Node processes (one, or several splitting the pages),
// each reading its pages from disk as `sourcelight analyze --json` does. A process's peak RSS is then
// the CLI's own, and several processes show what more cores give before any pool does it in the CLI.
import { fork, type ChildProcess } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parse } from 'parse5';

interface Share {
  files: string[];
  /** How many times over the files: the RSS of a long run, and whether it stays flat. */
  passes: number;
}

interface WorkerReport {
  pages: number;
  failed: number;
  /** Seconds of each pass over the files. */
  passSeconds: number[];
  /** Seconds to parse the same files once with parse5's own tree: reading the HTML at all, the floor. */
  parseFloorSeconds: number;
  startRssMB: number;
  /** After the first pass, and the process's peak over the whole run. */
  firstPassRssMB: number;
  peakRssMB: number;
}

export interface CliThroughput {
  workers: number;
  pages: number;
  failed: number;
  /** Pages of the first pass per second, all workers together (they start together, so the slowest ends it). */
  pagesPerSecond: number;
  /** All passes. */
  longRunPagesPerSecond: number;
  parseFloorPagesPerSecond: number;
  startRssMB: number;
  firstPassRssMB: number;
  peakRssMB: number;
}

const megabytes = (bytes: number) => bytes / 1024 / 1024;
const WORKER_FLAG = '--cli-throughput-worker';

/** Analyses `files` `passes` times over, split between `workers` processes started together. */
export async function measureCliThroughput(files: readonly string[], { workers = 1, passes = 1 } = {}): Promise<CliThroughput> {
  const children = Array.from({ length: workers }, () => fork(fileURLToPath(import.meta.url), [WORKER_FLAG], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] }));
  try {
    const ready = children.map((child) => nextMessage(child));
    children.forEach((child, k) => child.send({ files: files.filter((_, i) => i % workers === k), passes } satisfies Share));
    await Promise.all(ready);
    const done = children.map((child) => nextMessage<WorkerReport>(child));
    for (const child of children) child.send('go');
    const reports = await Promise.all(done);
    const pagesOnce = reports.reduce((n, r) => n + r.pages / passes, 0);
    const sum = (get: (r: WorkerReport) => number) => reports.reduce((n, r) => n + get(r), 0);
    return {
      workers,
      pages: sum((r) => r.pages),
      failed: sum((r) => r.failed),
      pagesPerSecond: pagesOnce / Math.max(...reports.map((r) => r.passSeconds[0]!)),
      longRunPagesPerSecond: sum((r) => r.pages) / Math.max(...reports.map((r) => r.passSeconds.reduce((a, b) => a + b, 0))),
      parseFloorPagesPerSecond: pagesOnce / Math.max(...reports.map((r) => r.parseFloorSeconds)),
      startRssMB: Math.max(...reports.map((r) => r.startRssMB)),
      firstPassRssMB: Math.max(...reports.map((r) => r.firstPassRssMB)),
      peakRssMB: Math.max(...reports.map((r) => r.peakRssMB)),
    };
  } finally {
    for (const child of children) child.kill();
  }
}

function nextMessage<T>(child: ChildProcess): Promise<T> {
  return new Promise((resolve, reject) => {
    child.once('message', (message) => resolve(message as T));
    child.once('exit', (code) => reject(new Error(`a bench worker exited with ${code} before reporting`)));
  });
}

/** One worker: loads the CLI's analysis, says it is ready, and on "go" analyses its share and reports. */
async function runWorker(): Promise<void> {
  const { files, passes } = await new Promise<Share>((resolve) => process.once('message', (m) => resolve(m as Share)));
  const { tryAnalyze } = await import('../../utils/cli/analyze-input');
  const { toAnalysisRecord } = await import('../../utils/cli/json-record');
  await import('../../utils/article/parse-html'); // loaded up front: the figure is pages, not start-up
  const startRssMB = megabytes(process.memoryUsage().rss);
  const go = new Promise((resolve) => process.once('message', resolve));
  process.send!('ready');
  await go;

  const passSeconds: number[] = [];
  let failed = 0;
  let firstPassRssMB = 0;
  for (let pass = 0; pass < passes; pass++) {
    const started = performance.now();
    for (const file of files) {
      const outcome = await tryAnalyze('html', await readFile(file, 'utf8'));
      if (outcome.ok) JSON.stringify(toAnalysisRecord(outcome.analysis, { includeText: true }));
      else failed += 1;
    }
    passSeconds.push((performance.now() - started) / 1000);
    if (pass === 0) firstPassRssMB = megabytes(process.memoryUsage().rss);
  }
  const floorStarted = performance.now();
  for (const file of files) parse(await readFile(file, 'utf8'));
  const parseFloorSeconds = (performance.now() - floorStarted) / 1000;
  const report: WorkerReport = {
    pages: files.length * passes,
    failed,
    passSeconds,
    parseFloorSeconds,
    startRssMB,
    firstPassRssMB,
    // ru_maxrss, in kilobytes on Linux.
    peakRssMB: process.resourceUsage().maxRSS / 1024,
  };
  process.send!(report, () => process.exit(0));
}

if (process.argv.includes(WORKER_FLAG)) await runWorker();
