// `sourcelight analyze --warc`: the HTML pages of WARC files as records to analyse. warcio parses the
// files (gzip member by member, or plain); this module picks the pages out and keeps a corrupt record
// from ending a file: it becomes an error line, and reading starts again at the next record.
import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { LimitReader, WARCParser, type WARCRecord } from 'warcio';
import type { PipelineItem } from './record-pipeline';

export interface WarcReadStats {
  /** Records left out, by reason ("request record", "HTTP 404", "not HTML: image/png", …). */
  skipped: Map<string, number>;
  /** Bytes of the WARC files read so far, and in all: the run's progress where the total is known. */
  bytesRead: number;
  totalBytes: number;
}

export function createWarcReadStats(): WarcReadStats {
  return { skipped: new Map(), bytesRead: 0, totalBytes: 0 };
}

type RecordReading = { item: PipelineItem } | { skip: string } | { corrupt: string };

const GZIP_MAGIC = Buffer.from([0x1f, 0x8b, 0x08]);
const WARC_LINE = Buffer.from('\nWARC/1.');
const HTML_TYPES = /^\s*(text\/html|application\/xhtml\+xml)\s*(;|$)/i;

/** Yields each HTML response of each file in turn, and an error item for each record that cannot be read. */
export async function* readWarcFiles(paths: readonly string[], stats: WarcReadStats): AsyncGenerator<PipelineItem> {
  const sizes = new Map<string, number>();
  for (const file of paths) {
    const size = await stat(file).then(
      (info) => (info.isFile() ? info.size : undefined),
      () => undefined,
    );
    if (size !== undefined) sizes.set(file, size);
  }
  stats.totalBytes = [...sizes.values()].reduce((sum, size) => sum + size, 0);
  let bytesBefore = 0;
  for (const file of paths) {
    const size = sizes.get(file);
    // A null id: no later --resume may take this file as done.
    if (size === undefined) yield { failure: { id: null, file, error: 'cannot read the file (missing, or not a file)' } };
    else yield* readWarcFile(file, size, stats, (position) => (stats.bytesRead = bytesBefore + position));
    bytesBefore += size ?? 0;
  }
}

async function* readWarcFile(
  file: string,
  size: number,
  stats: WarcReadStats,
  readUpTo: (position: number) => void,
): AsyncGenerator<PipelineItem> {
  const gzipped = await startsWith(file, GZIP_MAGIC);
  let start = 0;
  while (start < size) {
    const stream = createReadStream(file, { start });
    let streamed = 0;
    stream.on('data', (chunk) => readUpTo(Math.min(size, start + (streamed += chunk.length))));
    const parser = new WARCParser(stream);
    let corruptAt: number | undefined;
    try {
      for await (const record of parser) {
        const offset = start + parser.offset;
        const reading = await readRecord(record, file, offset);
        if ('item' in reading) yield reading.item;
        else if ('skip' in reading) count(stats.skipped, reading.skip);
        else {
          yield { failure: { id: `${file}@${offset}`, file, offset, error: `corrupt WARC record: ${reading.corrupt}` } };
          corruptAt = offset;
          break;
        }
      }
      const end = start + parser._reader.getRawOffset();
      // warcio stops quietly at a gzip member it cannot inflate, or one cut short: the rest is not read.
      if (corruptAt === undefined && end < size) {
        yield { failure: { id: `${file}@${end}`, file, offset: end, error: 'corrupt WARC record: unreadable data (damaged or cut short)' } };
        corruptAt = end;
      }
    } catch (error) {
      const offset = start + parser.offset;
      yield { failure: { id: `${file}@${offset}`, file, offset, error: `corrupt WARC record: ${(error as Error).message}` } };
      corruptAt = offset;
    } finally {
      stream.destroy();
    }
    if (corruptAt === undefined) break;
    start = await findNext(file, gzipped ? GZIP_MAGIC : WARC_LINE, corruptAt + 1, size);
  }
  readUpTo(size);
}

async function readRecord(record: WARCRecord, file: string, offset: number): Promise<RecordReading> {
  if (!/^WARC\/1\.\d$/.test(record.warcHeaders.protocol ?? '')) return { corrupt: 'no WARC/1.x line where a record should start' };
  const type = record.warcType ?? 'untyped';
  if (type !== 'response') return { skip: `${type} record` };
  const url = record.warcTargetURI ?? undefined;
  if (!url || !/^https?:/i.test(url)) return { skip: 'not an HTTP response' };
  const id = record.warcHeader('WARC-Record-ID') ?? `${file}@${offset}`;
  const date = record.warcDate ?? undefined;
  const source = { id, url, ...(date && { date }) };
  const http = record.httpHeaders;
  if (!http) return { item: { failure: { ...source, error: 'corrupt WARC record: no HTTP headers (damaged or cut short)' } } };
  if (Number(http.statusCode) !== 200) return { skip: `HTTP ${http.statusCode || 'status unreadable'}` };
  const contentType = http.headers.get('content-type') ?? '';
  if (!HTML_TYPES.test(contentType)) return { skip: `not HTML${contentType ? `: ${contentType.replace(/;.*/s, '').trim()}` : ''}` };
  // The raw block reader, before warcio wraps it to undo the transfer and content encodings.
  const block = record.reader;
  let payload: Uint8Array;
  try {
    payload = await record.readFully(true);
  } catch (error) {
    return { item: { failure: { ...source, error: `unreadable payload: ${(error as Error).message}` } } };
  }
  if (block instanceof LimitReader && block.limit > 0) {
    return { item: { failure: { ...source, error: `corrupt WARC record: cut short, ${block.limit} bytes missing` } } };
  }
  return { item: { input: { ...source, format: 'html', content: decodeHtml(payload, contentType) } } };
}

/** The charset the server sent, else the page's own `<meta charset>`, else UTF-8, as browsers do. */
function decodeHtml(payload: Uint8Array, contentType: string): string {
  const head = Buffer.from(payload.subarray(0, 2048)).toString('latin1');
  const label = /charset=["']?([\w.:-]+)/i.exec(contentType)?.[1] ?? /<meta[^>]+charset=["']?([\w.:-]+)/i.exec(head)?.[1] ?? 'utf-8';
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label);
  } catch {
    decoder = new TextDecoder('utf-8');
  }
  return decoder.decode(payload).replace(/^\uFEFF/, '');
}

async function startsWith(file: string, prefix: Buffer): Promise<boolean> {
  const handle = await open(file);
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(prefix.length), 0, prefix.length, 0);
    return bytesRead === prefix.length && buffer.equals(prefix);
  } finally {
    await handle.close();
  }
}

/** Where the next record may start: the next gzip member, or the next `WARC/1.` line; the file's end if none. */
async function findNext(file: string, marker: Buffer, from: number, size: number): Promise<number> {
  const handle = await open(file);
  const chunk = Buffer.alloc(1 << 16);
  try {
    for (let position = from; position < size; position += chunk.length - marker.length) {
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, position);
      const found = chunk.subarray(0, bytesRead).indexOf(marker);
      // The plain marker starts with the newline before `WARC/`.
      if (found >= 0) return position + found + (marker === WARC_LINE ? 1 : 0);
      if (bytesRead < chunk.length) break;
    }
    return size;
  } finally {
    await handle.close();
  }
}

function count(counts: Map<string, number>, key: string): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

/** "skipped 5 records: 3 request record, 2 HTTP 404", most frequent first; undefined if none. */
export function describeSkipped({ skipped }: WarcReadStats): string | undefined {
  if (skipped.size === 0) return undefined;
  const reasons = [...skipped].sort((a, b) => b[1] - a[1]);
  const total = reasons.reduce((sum, [, count]) => sum + count, 0);
  return `skipped ${total} records: ${reasons.map(([reason, count]) => `${count} ${reason}`).join(', ')}`;
}
