// The corpus's pages as records for `sourcelight analyze --jsonl` ({"id", "url", "date", "html"} per
// line, on stdout), and for make-warc. The id is the page's file; the date is made up, a day apart.
//   npx tsx tests/tools/corpus-records.ts [corpusDir] > records.jsonl
import { readFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface CorpusPage {
  file: string;
  url: string;
  /** ISO 8601, as WARC-Date has it. */
  date: string;
  html: string;
}

interface ManifestEntry {
  file: string;
  url: string | null;
}

/** A saved page's own address: its canonical link if it is a whole URL, else a made-up one from the file name. */
export function pageUrl(html: string, fileName: string): string {
  const canonical = /<link[^>]+rel=["']canonical["'][^>]*href=["']([^"']+)["']/i.exec(html)?.[1];
  return canonical && URL.canParse(canonical) ? canonical : `https://example.com/${encodeURIComponent(basename(fileName))}`;
}

/** Dates a day apart, so a summary of the pages has more than one day (and, past 30 pages, month). */
export function captureDate(index: number): string {
  return new Date(Date.UTC(2019, 10, 1) + index * 86_400_000).toISOString().replace(/\.\d+Z$/, 'Z');
}

export async function readPages(files: readonly string[], urls: readonly (string | null)[] = []): Promise<CorpusPage[]> {
  return Promise.all(
    files.map(async (file, index) => {
      const html = await readFile(file, 'utf8');
      return { file, url: urls[index] ?? pageUrl(html, file), date: captureDate(index), html };
    }),
  );
}

export async function readCorpus(dir: string): Promise<CorpusPage[]> {
  const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as ManifestEntry[];
  const pages = await readPages(
    manifest.map((entry) => join(dir, entry.file)),
    manifest.map((entry) => entry.url),
  );
  // Ids relative to the corpus, so that they do not depend on where it is.
  return pages.map((page, index) => ({ ...page, file: manifest[index]!.file }));
}

// Run as a script, not imported.
if (fileURLToPath(import.meta.url) === resolve(process.argv[1] ?? '')) {
  const dir = process.argv[2] ?? '../shared/corpus';
  readCorpus(dir).then(
    (pages) => {
      for (const { file, url, date, html } of pages) process.stdout.write(`${JSON.stringify({ id: file, url, date, html })}\n`);
    },
    (error: unknown) => {
      process.stderr.write(`corpus-records: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
