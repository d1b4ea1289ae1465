// `sourcelight summarize`: the figures per outlet and month, checked by hand on a small fixture of
// analyze lines (tests/fixtures/analyze-output.jsonl) that has one of each kind of line to leave out.
import { createReadStream } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { describe, expect, test, vi } from 'vitest';
import { formatSummary, summarizeLines, type SummaryRow } from '../utils/cli/summarize';
import { cli, repo } from './cli-run';

vi.setConfig({ testTimeout: 60_000 });

const fixture = 'tests/fixtures/analyze-output.jsonl';
const fixtureLines = () => createInterface({ input: createReadStream(join(repo, fixture)), crlfDelay: Infinity });

const row = (outlet: string, month: string, articles: number, anonymous: number, unverified: number, mean: number, grades: [number, number, number]): SummaryRow => ({
  outlet,
  month,
  articles,
  anonymousSourceShare: anonymous,
  unverifiedFigureShare: unverified,
  meanScore: mean,
  strong: grades[0],
  mixed: grades[1],
  weak: grades[2],
});

// bbc.com: 80 strong (a figure), 40 weak (anonymous) in November; 60 mixed (both) in December, from an
// RFC 1123 date. reuters.com: one 90 strong article; its markets page and its error line are left out.
// The text file has no URL or date.
const expectedRows = [
  row('bbc.com', '2019-11', 2, 0.5, 0.5, 60, [1, 0, 1]),
  row('bbc.com', '2019-12', 1, 1, 1, 60, [0, 1, 0]),
  row('bbc.com', 'all', 3, 0.667, 0.667, 60, [1, 1, 1]),
  row('reuters.com', '2019-11', 1, 0, 0, 90, [1, 0, 0]),
  row('reuters.com', 'all', 1, 0, 0, 90, [1, 0, 0]),
  row('unknown', 'unknown', 1, 0, 0, 50, [0, 1, 0]),
  row('unknown', 'all', 1, 0, 0, 50, [0, 1, 0]),
  row('all', 'all', 5, 0.4, 0.4, 64, [2, 2, 1]),
];

describe('summarizeLines', () => {
  test('gives each outlet by month, each outlet, and all, with the shares, mean score and grades', async () => {
    const tally = await summarizeLines(fixtureLines());
    expect(tally.rows).toEqual(expectedRows);
  });

  test('counts what it leaves out: pages with no article, ungraded answers, errors, a cut-off line', async () => {
    const { rows, ...left } = await summarizeLines(fixtureLines());
    expect(left).toEqual({ notArticles: 1, ungraded: 1, errors: 1, unreadable: 1 });
  });
});

describe('formatSummary', () => {
  test('writes CSV with a header, one row per group', () => {
    const lines = formatSummary(expectedRows, 'csv').split('\n');
    expect(lines[0]).toBe('outlet,month,articles,anonymousSourceShare,unverifiedFigureShare,meanScore,strong,mixed,weak');
    expect(lines[3]).toBe('bbc.com,all,3,0.667,0.667,60,1,1,1');
    expect(lines).toHaveLength(expectedRows.length + 1);
  });

  test('quotes a CSV field that needs it', () => {
    expect(formatSummary([row('a,"b"', 'all', 1, 0, 0, 1, [0, 0, 1])], 'csv').split('\n')[1]).toBe('"a,""b""",all,1,0,0,1,0,0,1');
  });

  test('writes JSON as an array of the rows', () => {
    expect(JSON.parse(formatSummary(expectedRows, 'json'))).toEqual(expectedRows);
  });
});

describe('sourcelight summarize', () => {
  test('prints the table and says what it left out', async () => {
    const { status, stdout, stderr } = await cli(['summarize', fixture, '--format', 'json']);
    expect(status).toBe(0);
    expect(JSON.parse(stdout)).toEqual(expectedRows);
    expect(stderr.trim()).toBe(
      'sourcelight: summarized 5 articles; left out 1 pages with no article, 1 answers with no grade, 1 error lines, 1 lines that are not JSON objects',
    );
  });

  test.each([
    { case: 'an unknown format', args: ['summarize', fixture, '--format', 'xml'], message: "--format must be csv or json, not 'xml'" },
    { case: 'no file', args: ['summarize'], message: 'summarize takes one file' },
    { case: 'a missing file', args: ['summarize', 'no-such.jsonl'], message: 'no-such.jsonl: cannot read the file', status: 1 },
  ])('refuses $case', async ({ args, message, status = 2 }) => {
    const run = await cli(args);
    expect(run.status).toBe(status);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(message);
  });
});
