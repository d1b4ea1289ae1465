// The `sourcelight` command end to end: spawned as a user would run it, on the saved fixture pages.
import { copyFile, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { cli, jsonLines, repo, runCommand, type Run } from './cli-run';

// Each run starts Node, tsx and jsdom afresh, which takes seconds on a busy machine.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

const shim = join(repo, 'utils/cli/sourcelight.mjs');
const seedHtml = 'tests/fixtures/seed-article.html';
const seedText = 'tests/fixtures/seed-article.txt';
const corpusPages = [
  'tests/fixtures/corpus-aeb-bbc.com-70cb2d5bca.html',
  'tests/fixtures/corpus-aeb-nationalreview.com-f5c90a6d52.html',
  'tests/fixtures/corpus-aeb-nytimes.com-04a6711caa.html',
  'tests/fixtures/corpus-aeb-reuters.com-57d46c9d75.html',
  'tests/fixtures/corpus-readability-wapo-1.html',
];

interface FindingJson {
  kind: string;
  start: number;
  end: number;
  text: string;
  reason: string;
}

function expectOffsetsToMatch(record: { text: string; findings: FindingJson[] }) {
  for (const finding of record.findings) {
    expect(record.text.slice(finding.start, finding.end)).toBe(finding.text);
  }
}

let scratch: string;
beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'sourcelight-cli-'));
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

describe('sourcelight analyze --json', () => {
  // One run answers several questions: starting the command costs seconds, the assertions nothing.
  let seedRun: Run;
  let sniffed: string;
  beforeAll(async () => {
    sniffed = join(scratch, 'seed-article.saved');
    await copyFile(join(repo, seedHtml), sniffed);
    seedRun = await cli(['analyze', '--json', seedHtml, seedText, sniffed]);
  });

  test('gives one line per file, and nothing on stderr', () => {
    expect(seedRun.stderr).toBe('');
    expect(seedRun.status).toBe(0);
    expect(jsonLines(seedRun.stdout).map((record) => record.file)).toEqual([seedHtml, seedText, sniffed]);
  });

  test('grades the seed article weak and finds its sources', () => {
    const [record] = jsonLines(seedRun.stdout);
    expect(record).toMatchObject({ grade: 'weak', mode: 'article' });
    expect(record.score).toBeGreaterThanOrEqual(0);
    expect(record.score).toBeLessThanOrEqual(100);
    // The engine may take in a neighbouring word ("The NBC report indicates"), so spans are matched by containment.
    const findingsHaving = (kind: string, phrase: string) =>
      record.findings.filter((finding: FindingJson) => finding.kind === kind && finding.text.includes(phrase));
    expect(findingsHaving('anonymous-source', 'two informed sources')).not.toHaveLength(0);
    expect(findingsHaving('anonymous-source', 'a former US official')).not.toHaveLength(0);
    expect(findingsHaving('hedge', 'reportedly')).not.toHaveLength(0);
    expect(findingsHaving('named-source', 'The NBC report')).not.toHaveLength(0);
  });

  test('gives offsets into the text it returns', () => {
    for (const record of jsonLines(seedRun.stdout)) expectOffsetsToMatch(record);
  });

  test('decides by extension, and sniffs markup when the extension says nothing', () => {
    const [, text, sniffedHtml] = jsonLines(seedRun.stdout);
    expect(text).toMatchObject({ grade: 'weak' });
    expect(text).not.toHaveProperty('mode');
    expect(sniffedHtml.mode).toBe('article');
  });

  test('goes through every corpus page', async () => {
    const { status, stdout, stderr } = await cli(['analyze', '--json', ...corpusPages]);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const records = jsonLines(stdout);
    expect(records.map((record) => record.file)).toEqual(corpusPages);
    for (const record of records) {
      expect(['strong', 'mixed', 'weak']).toContain(record.grade);
      expectOffsetsToMatch(record);
    }
  }, 120_000);

  test('reports a missing file and still analyses the others', async () => {
    const { status, stdout, stderr } = await cli(['analyze', '--json', 'no-such-file.html', seedText]);
    expect(status).toBe(1);
    const [missing, present] = jsonLines(stdout);
    expect(missing).toEqual({ file: 'no-such-file.html', error: 'no such file' });
    expect(present).toMatchObject({ file: seedText, grade: 'weak' });
    expect(stderr).toContain('no-such-file.html: no such file');
  });
});

describe('sourcelight analyze --jsonl', () => {
  test('answers every line, an error object for a bad one, and exits 1', async () => {
    const html = '<html><body><article><h1>Talks</h1><p>Two informed sources said the talks would resume.</p></article></body></html>';
    const input = [
      JSON.stringify({ id: 'a', text: 'Officials familiar with the matter said 40 people were hurt.' }),
      '{"id": "b", "text": ',
      JSON.stringify({ id: 3, html, url: 'https://example.com/talks' }),
    ].join('\n');
    const { status, stdout, stderr } = await cli(['analyze', '--jsonl'], `${input}\n`);
    expect(status).toBe(1);
    const records = jsonLines(stdout);
    expect(records).toHaveLength(3);
    const [first, bad, third] = records;
    expect(first).toMatchObject({ id: 'a', grade: expect.any(String), score: expect.any(Number) });
    expect(first).not.toHaveProperty('text');
    expect(bad).toMatchObject({ id: null, line: 2, error: expect.stringContaining('not valid JSON') });
    expect(third).toMatchObject({ id: 3, mode: expect.any(String) });
    expect(third.findings.length).toBeGreaterThan(0);
    expect(stderr).toContain('line 2: not valid JSON');
  });

  test('turns each malformed input into an error that names the line', async () => {
    const input = ['[1, 2]', '{"id": 1}', '{"id": 2, "text": "a", "html": "<p>a</p>"}', '', '{"id": 3, "text": 5}'];
    const { status, stdout } = await cli(['analyze', '--jsonl'], input.join('\n'));
    expect(status).toBe(1);
    expect(jsonLines(stdout).map(({ id, line }) => ({ id, line }))).toEqual([
      { id: null, line: 1 },
      { id: 1, line: 2 },
      { id: 2, line: 3 },
      { id: 3, line: 5 },
    ]);
  });
});

describe('sourcelight analyze (report)', () => {
  test('prints the grade, the scan mode and each finding', async () => {
    const { status, stdout, stderr } = await cli(['analyze', seedHtml]);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(stdout).toContain(`File:    ${seedHtml}`);
    expect(stdout).toContain('Title:   Biden administration reviews expansion of intelligence cooperation with Taliban');
    expect(stdout).toContain('Scanned: the article body');
    expect(stdout).toMatch(/Grade: +Weak \(score \d+\/100\)/);
    expect(stdout).toMatch(/Anonymous source "two informed sources"/);
    expect(stdout).toMatch(/specificity: \w+; (no )?reason (given )?for anonymity/);
  });

  test('scans a page that is not an article anyway, and says so', async () => {
    const page = join(scratch, 'not-an-article.html');
    await writeFile(
      page,
      '<html><head><title>Shop</title></head><body><nav><a href="/">Home</a> <a href="/cart">Cart</a></nav>' +
        '<p>Reportedly, thousands of customers love it.</p></body></html>',
    );
    const { status, stdout } = await cli(['analyze', page]);
    expect(status).toBe(0);
    expect(stdout).toContain('Scanned: the whole page (no article detected; scanned anyway)');
    expect(stdout).toMatch(/Hedge "Reportedly"/);
  });
});

describe('usage', () => {
  test.each([
    { case: 'an unknown flag', args: ['analyze', '--bogus', seedText] },
    { case: 'an unknown command', args: ['summarise', seedText] },
    { case: 'no file', args: ['analyze'] },
    { case: 'no command', args: [] },
  ])('exits 2 with usage on stderr for $case', async ({ args }) => {
    const { status, stdout, stderr } = await cli(args);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('Usage:');
  });

  test.each([{ args: ['--help'] }, { args: ['-h'] }, { args: ['analyze', '--help'] }])('$args prints usage and exits 0', async ({ args }) => {
    const { status, stdout } = await cli(args);
    expect(status).toBe(0);
    expect(stdout).toContain('Usage:');
  });
});

describe('the package bin', () => {
  test('runs from the repository', async () => {
    const { status, stdout } = await runCommand(process.execPath, [shim, 'analyze', '--json', seedText]);
    expect(status).toBe(0);
    expect(jsonLines(stdout)[0]).toMatchObject({ file: seedText, grade: 'weak' });
  });

  test('runs through a symlink, as an installed bin does', async () => {
    const link = join(scratch, 'sourcelight');
    await symlink(shim, link);
    const { status, stdout } = await runCommand(process.execPath, [link, 'analyze', seedText]);
    expect(status).toBe(0);
    expect(stdout).toMatch(/Grade: +Weak/);
  });
});
