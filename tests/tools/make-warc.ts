// Builds a WARC file from saved HTML pages, as a crawler would have written them: a warcinfo record,
// then for each page a request and its 200 response, plus one 404 and one image, which --warc must
// pass over. The tests build theirs at run time; by hand:
//   npx tsx tests/tools/make-warc.ts OUT.warc.gz [--plain] (FILE.html… | --corpus DIR)
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { WARCRecord, WARCSerializer } from 'warcio';
import { readCorpus, readPages, type CorpusPage } from './corpus-records';

export type WarcPage = Pick<CorpusPage, 'url' | 'date' | 'html'>;

export interface WarcRecordBytes {
  /** The page's URL, or what the record is, for records that are not pages. */
  label: string;
  id: string;
  bytes: Uint8Array;
}

const encoder = new TextEncoder();

/** Each record serialized on its own (one gzip member each when gzipped), so tests can damage one. */
export async function makeWarcRecords(pages: readonly WarcPage[], { gzip }: { gzip: boolean }): Promise<WarcRecordBytes[]> {
  const records: WarcRecordBytes[] = [];
  const add = async (label: string, id: string, record: WARCRecord) => {
    record.warcHeaders.headers.set('WARC-Record-ID', id);
    records.push({ label, id, bytes: await WARCSerializer.serialize(record, { gzip }) });
  };
  const warcVersion = 'WARC/1.1';
  const firstDate = pages[0]?.date ?? '2019-11-20T12:00:00Z';
  await add('warcinfo', '<urn:sourcelight:warcinfo>', await WARCRecord.createWARCInfo({ warcVersion, date: firstDate }, { software: 'sourcelight make-warc' }));
  for (const [index, page] of pages.entries()) {
    const { url, date } = page;
    const request = WARCRecord.create(
      { url, date, type: 'request', warcVersion, statusline: `GET ${new URL(url).pathname} HTTP/1.1`, httpHeaders: { Host: new URL(url).host } },
      [],
    );
    await add(`request ${url}`, `<urn:sourcelight:request-${index}>`, request);
    const body = encoder.encode(page.html);
    const headers = { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': String(body.length) };
    await add(url, `<urn:sourcelight:page-${index}>`, WARCRecord.create({ url, date, type: 'response', warcVersion, httpHeaders: headers }, [body]));
  }
  const missing = WARCRecord.create(
    { url: 'https://example.com/gone', date: firstDate, type: 'response', warcVersion, statusline: 'HTTP/1.1 404 Not Found', httpHeaders: { 'Content-Type': 'text/html' } },
    [encoder.encode('<html><body><p>Officials said the page is gone.</p></body></html>')],
  );
  await add('404', '<urn:sourcelight:not-found>', missing);
  const image = WARCRecord.create(
    { url: 'https://example.com/logo.png', date: firstDate, type: 'response', warcVersion, httpHeaders: { 'Content-Type': 'image/png' } },
    [new Uint8Array([0x89, 0x50, 0x4e, 0x47])],
  );
  await add('image', '<urn:sourcelight:image>', image);
  return records;
}

export async function makeWarc(pages: readonly WarcPage[], options: { gzip: boolean }): Promise<Buffer> {
  return Buffer.concat((await makeWarcRecords(pages, options)).map((record) => record.bytes));
}

async function main(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({ args, options: { plain: { type: 'boolean', default: false }, corpus: { type: 'string' } }, allowPositionals: true });
  const [out, ...files] = positionals;
  if (!out || (files.length === 0) === (values.corpus === undefined)) {
    throw new Error('usage: make-warc OUT.warc[.gz] [--plain] (FILE.html… | --corpus DIR)');
  }
  const pages = values.corpus ? await readCorpus(values.corpus) : await readPages(files);
  await writeFile(out, await makeWarc(pages, { gzip: !values.plain }));
  process.stderr.write(`${out}: ${pages.length} pages\n`);
}

// Run as a script, not imported by a test.
if (fileURLToPath(import.meta.url) === resolve(process.argv[1] ?? '')) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    process.stderr.write(`make-warc: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
}
