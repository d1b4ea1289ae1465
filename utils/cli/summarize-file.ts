// `sourcelight summarize OUT.jsonl`: the table on stdout, what was left out of it on stderr.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { CliStreams } from './streams';
import { formatSummary, summarizeLines, type SummaryFormat } from './summarize';

/** Returns 1 when the file cannot be read, else 0. */
export async function summarizeFile(file: string, format: SummaryFormat, streams: CliStreams): Promise<number> {
  const input = createReadStream(file);
  let tally;
  try {
    tally = await summarizeLines(createInterface({ input, crlfDelay: Infinity }));
  } catch (error) {
    streams.stderr(`sourcelight: ${file}: cannot read the file (${(error as Error).message})`);
    return 1;
  }
  await streams.stdout(formatSummary(tally.rows, format));
  const articles = tally.rows.find((row) => row.outlet === 'all' && row.month === 'all')?.articles ?? 0;
  const leftOut = [
    [tally.notArticles, 'pages with no article'],
    [tally.ungraded, 'answers with no grade'],
    [tally.errors, 'error lines'],
    [tally.unreadable, 'lines that are not JSON objects'],
  ].filter(([count]) => count) as [number, string][];
  const tail = leftOut.length ? `; left out ${leftOut.map(([count, what]) => `${count} ${what}`).join(', ')}` : '';
  streams.stderr(`sourcelight: summarized ${articles} articles${tail}`);
  return 0;
}
