// The `sourcelight` command line: argument parsing and dispatch. Run with `tsx utils/cli/main.ts …`
// or through the package bin, `sourcelight.mjs`.
import { once } from 'node:events';
import { availableParallelism } from 'node:os';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import type { CliStreams } from './streams';
import type { SummaryFormat } from './summarize';

const USAGE = `Usage:
  sourcelight analyze FILE...          report on each file (.txt, or .html/.htm)
  sourcelight analyze --json FILE...   one JSON object per file, one per line
  sourcelight analyze --jsonl          read {"id", "text"} or {"id", "html"} lines on stdin,
                                       write one JSON line per input; a line may also give
                                       the page's "url" and "date"
  sourcelight analyze --warc FILE...   one JSON line per HTML page (HTTP 200 response) in
                                       WARC files (.warc or .warc.gz), with its "id" (the
                                       WARC-Record-ID), "url" and "date"
  sourcelight summarize OUT.jsonl      per outlet and month: articles, share with an
                                       anonymous source or an unverified figure, mean score
                                       and grades, from the lines of --jsonl or --warc

Options:
  --json          JSON output, with the scanned text the offsets refer to
  --jsonl         JSON lines in on stdin, JSON lines out
  --warc          read WARC files
  --jobs N        with --jsonl or --warc: analyse on N worker threads (default: one per core);
                  lines come out in input order whatever N
  --resume OUT    with --jsonl or --warc: pass over the ids already in OUT (an earlier run's
                  output) and append the rest to OUT instead of writing to stdout
  --limit N       with --jsonl or --warc: stop after N records
  --format F      summarize as csv (the default) or json
  -h, --help      show this help

Exit status: 0 when every input was analysed, 1 when any failed, 2 for a usage error.`;

const EXIT_OK = 0;
const EXIT_INPUT_FAILED = 1;
const EXIT_USAGE = 2;

class UsageError extends Error {}

type Command =
  | { name: 'help' }
  | { name: 'files'; json: boolean; files: string[] }
  | { name: 'batch'; input: 'jsonl' | 'warc'; files: string[]; jobs: number; resume?: string; limit?: number }
  | { name: 'summarize'; file: string; format: SummaryFormat };

function parseCommand(args: string[]): Command {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      options: {
        json: { type: 'boolean', default: false },
        jsonl: { type: 'boolean', default: false },
        warc: { type: 'boolean', default: false },
        jobs: { type: 'string' },
        resume: { type: 'string' },
        limit: { type: 'string' },
        format: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
      allowPositionals: true,
    });
  } catch (error) {
    // Node's own message goes on to explain `--`, which is more than a mistyped flag needs.
    const message = (error as Error).message;
    const unknownOption = /^Unknown option '(.*?)'\./.exec(message);
    throw new UsageError(unknownOption ? `unknown option '${unknownOption[1]}'` : message);
  }
  const { values, positionals } = parsed;
  if (values.help) return { name: 'help' };
  const [name, ...files] = positionals;
  if (name === undefined) throw new UsageError('no command given');
  if (name === 'summarize') return parseSummarize(values, files);
  if (name !== 'analyze') throw new UsageError(`unknown command '${name}'`);
  if (values.format !== undefined) throw new UsageError('--format is for summarize');
  const modes = (['json', 'jsonl', 'warc'] as const).filter((mode) => values[mode]);
  if (modes.length > 1) throw new UsageError(`--${modes[0]} and --${modes[1]} cannot be used together`);
  const batchInput = values.jsonl ? 'jsonl' : values.warc ? 'warc' : undefined;
  if (!batchInput) {
    for (const option of ['jobs', 'resume', 'limit'] as const) {
      if (values[option] !== undefined) throw new UsageError(`--${option} is for --jsonl and --warc`);
    }
  }
  if (batchInput === 'jsonl' && files.length > 0) throw new UsageError('--jsonl reads stdin and takes no files');
  if (batchInput !== 'jsonl' && files.length === 0) throw new UsageError('no file given');
  if (!batchInput) return { name: 'files', json: values.json, files };
  return {
    name: 'batch',
    input: batchInput,
    files,
    jobs: values.jobs === undefined ? availableParallelism() : positiveInteger('--jobs', values.jobs),
    resume: values.resume,
    limit: values.limit === undefined ? undefined : positiveInteger('--limit', values.limit),
  };
}

function parseSummarize(values: { format?: string; json: boolean; jsonl: boolean; warc: boolean }, files: string[]): Command {
  if (values.json || values.jsonl || values.warc) throw new UsageError('summarize takes --format, not --json, --jsonl or --warc');
  const [file] = files;
  if (file === undefined || files.length > 1) throw new UsageError('summarize takes one file, the output of analyze --jsonl or --warc');
  const format = values.format ?? 'csv';
  if (format !== 'csv' && format !== 'json') throw new UsageError(`--format must be csv or json, not '${format}'`);
  return { name: 'summarize', file, format };
}

function positiveInteger(option: string, value: string): number {
  if (!/^[1-9]\d*$/.test(value)) throw new UsageError(`${option} must be a whole number of 1 or more, not '${value}'`);
  return Number(value);
}

async function main(args: string[], streams: CliStreams): Promise<number> {
  let command: Command;
  try {
    command = parseCommand(args);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    streams.stderr(`sourcelight: ${error.message}\n\n${USAGE}`);
    return EXIT_USAGE;
  }
  if (command.name === 'help') {
    streams.stdout(USAGE);
    return EXIT_OK;
  }
  // Loaded only now, so that help and usage errors answer without first loading the DOM and the engine.
  let failed: number;
  if (command.name === 'summarize') {
    const { summarizeFile } = await import('./summarize-file');
    failed = await summarizeFile(command.file, command.format, streams);
  } else if (command.name === 'batch') {
    const { analyzeBatch, jsonLineRecords } = await import('./batch');
    const { jobs, resume, limit } = command;
    if (command.input === 'jsonl') {
      const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
      failed = await analyzeBatch(jsonLineRecords(lines), { jobs, resume, limit }, streams);
    } else {
      const { createWarcReadStats, describeSkipped, readWarcFiles } = await import('./warc');
      const stats = createWarcReadStats();
      failed = await analyzeBatch(
        readWarcFiles(command.files, stats),
        {
          jobs,
          resume,
          limit,
          fractionRead: () => (stats.totalBytes > 0 ? stats.bytesRead / stats.totalBytes : 0),
          afterwards: () => describeSkipped(stats),
        },
        streams,
      );
    }
  } else {
    const { analyzeFiles } = await import('./files');
    failed = await analyzeFiles(command.files, command.json ? 'json' : 'report', streams);
  }
  return failed > 0 ? EXIT_INPUT_FAILED : EXIT_OK;
}

const processStreams: CliStreams = {
  // A pipe to a slower reader: wait for it, so output never piles up in memory.
  stdout: (line) => (process.stdout.write(`${line}\n`) ? undefined : once(process.stdout, 'drain').then(() => undefined)),
  stderr: (line) => process.stderr.write(`${line}\n`),
};

// A reader that stops early (`| head`) closes the pipe: stop quietly, as other command-line tools do.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(EXIT_OK);
});

// exitCode rather than exit(), so output still buffered for a pipe is written first.
main(process.argv.slice(2), processStreams).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`sourcelight: unexpected error: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exitCode = EXIT_INPUT_FAILED;
  },
);
