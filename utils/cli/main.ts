// The `sourcelight` command line: argument parsing and dispatch. Run with `tsx utils/cli/main.ts …`
// or through the package bin, `sourcelight.mjs`.
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import type { CliStreams } from './streams';

const USAGE = `Usage:
  sourcelight analyze FILE...          report on each file (.txt, or .html/.htm)
  sourcelight analyze --json FILE...   one JSON object per file, one per line
  sourcelight analyze --jsonl          read {"id", "text"} or {"id", "html"} lines on stdin,
                                       write one JSON line per input; an "html" line may
                                       also give the page's "url"

Options:
  --json       JSON output, with the scanned text the offsets refer to
  --jsonl      JSON lines in on stdin, JSON lines out
  -h, --help   show this help

Exit status: 0 when every input was analysed, 1 when any failed, 2 for a usage error.`;

const EXIT_OK = 0;
const EXIT_INPUT_FAILED = 1;
const EXIT_USAGE = 2;

class UsageError extends Error {}

interface Command {
  help: boolean;
  json: boolean;
  jsonl: boolean;
  files: string[];
}

function parseCommand(args: string[]): Command {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      options: {
        json: { type: 'boolean', default: false },
        jsonl: { type: 'boolean', default: false },
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
  const command = { help: values.help, json: values.json, jsonl: values.jsonl, files: positionals.slice(1) };
  if (command.help) return command;
  if (positionals.length === 0) throw new UsageError('no command given');
  if (positionals[0] !== 'analyze') throw new UsageError(`unknown command '${positionals[0]}'`);
  if (command.json && command.jsonl) throw new UsageError('--json and --jsonl cannot be used together');
  if (command.jsonl && command.files.length > 0) throw new UsageError('--jsonl reads stdin and takes no files');
  if (!command.jsonl && command.files.length === 0) throw new UsageError('no file given');
  return command;
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
  if (command.help) {
    streams.stdout(USAGE);
    return EXIT_OK;
  }
  // Loaded only now, so that help and usage errors answer without first loading the DOM and the engine.
  let failed: number;
  if (command.jsonl) {
    const { analyzeJsonLines } = await import('./batch');
    failed = await analyzeJsonLines(createInterface({ input: process.stdin, crlfDelay: Infinity }), streams);
  } else {
    const { analyzeFiles } = await import('./files');
    failed = await analyzeFiles(command.files, command.json ? 'json' : 'report', streams);
  }
  return failed > 0 ? EXIT_INPUT_FAILED : EXIT_OK;
}

const processStreams: CliStreams = {
  stdout: (line) => process.stdout.write(`${line}\n`),
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
