// `sourcelight analyze --warc`, --jobs and --resume, on WARC files built at test time from the
// fixture pages (tests/tools/make-warc.ts), spawned as a user would run them.
import { appendFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { readPages } from './tools/corpus-records';
import { makeWarc, makeWarcRecords, type WarcPage } from './tools/make-warc';
import { cli, jsonLines, repo, type Run } from './cli-run';

// Each run starts Node, tsx and jsdom afresh (and with --jobs 2, in two workers too).
vi.setConfig({ testTimeout: 180_000, hookTimeout: 180_000 });

const pageFiles = [
  'tests/fixtures/corpus-aeb-bbc.com-70cb2d5bca.html',
  'tests/fixtures/corpus-aeb-nationalreview.com-f5c90a6d52.html',
  'tests/fixtures/corpus-aeb-nytimes.com-04a6711caa.html',
  'tests/fixtures/corpus-aeb-reuters.com-57d46c9d75.html',
];
const pageIds = pageFiles.map((_, index) => `<urn:sourcelight:page-${index}>`);

let scratch: string;
let pages: WarcPage[];
let warc: string;
let jobs1: Run;
beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'sourcelight-warc-'));
  pages = await readPages(pageFiles.map((file) => join(repo, file)));
  warc = join(scratch, 'pages.warc.gz');
  await writeFile(warc, await makeWarc(pages, { gzip: true }));
  jobs1 = await cli(['analyze', '--warc', warc, '--jobs', '1']);
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

/** A line's id mapped to the line: runs compared as sets of records. */
const byId = (stdout: string) => new Map(jsonLines(stdout).map((line) => [line.id, line]));

describe('sourcelight analyze --warc', () => {
  test('writes one line per page, with its id, URL and date, in the file order', () => {
    expect(jobs1.status).toBe(0);
    const lines = jsonLines(jobs1.stdout);
    expect(lines.map(({ id, url, date }) => ({ id, url, date }))).toEqual(
      pages.map((page, index) => ({ id: pageIds[index], url: page.url, date: page.date })),
    );
  });

  test('passes over requests, the warcinfo, a 404 and an image, and counts them on stderr', () => {
    expect(jobs1.stderr).toContain('4 analysed, 0 failed');
    expect(jobs1.stderr).toContain('skipped 7 records: 4 request record, 1 warcinfo record, 1 HTTP 404, 1 not HTML: image/png');
  });

  test('gives the same findings as the same pages as HTML files', async () => {
    const files = await cli(['analyze', '--json', ...pageFiles]);
    expect(files.status).toBe(0);
    const fromFiles = jsonLines(files.stdout).map(({ file, text, ...analysis }) => analysis);
    const fromWarc = jsonLines(jobs1.stdout).map(({ id, url, date, ...analysis }) => analysis);
    expect(fromWarc).toEqual(fromFiles);
    expect(fromWarc.flatMap((analysis) => analysis.findings).length).toBeGreaterThan(10);
  });

  test('--jobs 2 gives the same lines as --jobs 1, in the same order', async () => {
    const jobs2 = await cli(['analyze', '--warc', warc, '--jobs', '2']);
    expect(jobs2.status).toBe(0);
    expect(jobs2.stdout).toBe(jobs1.stdout);
  });

  test('a run stopped part-way and resumed ends with the same records as one run', async () => {
    const out = join(scratch, 'resumed.jsonl');
    const first = await cli(['analyze', '--warc', warc, '--jobs', '1', '--limit', '2', '--resume', out]);
    expect(first.status).toBe(0);
    expect(first.stdout).toBe('');
    // As a run killed while writing leaves it: two whole lines, then half of the third.
    const third = jsonLines(jobs1.stdout)[2];
    await appendFile(out, JSON.stringify(third).slice(0, 100));
    const resumed = await cli(['analyze', '--warc', warc, '--jobs', '2', '--resume', out]);
    expect(resumed.status).toBe(0);
    expect(resumed.stderr).toContain('cut off an unfinished last line (100 bytes)');
    expect(resumed.stderr).toContain(`2 analysed, 0 failed, 2 already in ${out}`);
    const output = await readFile(out, 'utf8');
    expect(output.trim().split('\n')).toHaveLength(4);
    expect(byId(output)).toEqual(byId(jobs1.stdout));
  });

  test('a corrupt record is an error line, and the rest of the file and the next file are still read', async () => {
    // One damaged gzip member: the second page's response.
    const members = await makeWarcRecords(pages, { gzip: true });
    const damaged = members.findIndex((record) => record.id === pageIds[1]);
    const bytes = Buffer.from(members[damaged]!.bytes);
    bytes.fill(0x55, 12, 40);
    const gzipped = join(scratch, 'damaged.warc.gz');
    await writeFile(gzipped, Buffer.concat([...members.slice(0, damaged).map((r) => r.bytes), bytes, ...members.slice(damaged + 1).map((r) => r.bytes)]));
    // A plain WARC whose third page's record lost its `WARC/1.1` line, and which a crash cut short.
    const plain = Buffer.from(await makeWarc(pages, { gzip: false })).toString('latin1');
    const thirdPage = plain.indexOf(`WARC/1.1\r\nWARC-Target-URI: ${pages[2]!.url}\r\nWARC-Date: ${pages[2]!.date}\r\nWARC-Type: response`);
    expect(thirdPage).toBeGreaterThan(0);
    const lastPage = plain.indexOf(`WARC-Record-ID: ${pageIds[3]}`);
    const broken = `${plain.slice(0, thirdPage)}XXXX${plain.slice(thirdPage + 4, lastPage + 2000)}`;
    const unlined = join(scratch, 'damaged.warc');
    await writeFile(unlined, Buffer.from(broken, 'latin1'));

    const { status, stdout, stderr } = await cli(['analyze', '--warc', gzipped, unlined, '--jobs', '1']);
    expect(status).toBe(1);
    const lines = jsonLines(stdout);
    const errors = lines.filter((line) => 'error' in line);
    const answered = lines.filter((line) => !('error' in line)).map((line) => line.id);
    // The damaged gzip member's page is lost, the pages after it are not.
    expect(answered).toEqual([pageIds[0], pageIds[2], pageIds[3], pageIds[0], pageIds[1]]);
    expect(errors[0]).toMatchObject({ id: expect.stringMatching(/^.*damaged\.warc\.gz@\d+$/), error: expect.stringContaining('corrupt WARC record') });
    expect(errors.some((line) => /damaged\.warc@\d+$/.test(line.id))).toBe(true);
    // The cut-short last record: its id is known, its page is not all there.
    expect(errors.at(-1)).toMatchObject({ id: pageIds[3], error: expect.stringContaining('cut short') });
    expect(stderr).toMatch(/5 analysed, \d+ failed/);
  });
});
