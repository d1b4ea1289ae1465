// Exact restore on every page of the corpus, in real Chromium: `npm run restore:corpus [-- corpusDir [--firefox N]]`.
// For each page: load it without highlights, turn them on, turn them off, compare document.body.innerHTML.
// Exits 1 if any page is not restored exactly or errors. Run `npm run build` first.
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launch, serveFixtures, type BrowserName } from '../e2e/harness';
import { NO_PAGE_SCRIPTS, openRestoreSession, type RestoreResult } from '../e2e/restore-check';

const args = process.argv.slice(2);
const firefoxIndex = args.indexOf('--firefox');
const firefoxSample = firefoxIndex >= 0 ? Number(args[firefoxIndex + 1]) : 0;
const corpus = resolve(args.find((a, i) => !a.startsWith('--') && i !== firefoxIndex + 1) ?? '../shared/corpus');
const pages = readdirSync(join(corpus, 'pages')).filter((f) => f.endsWith('.html')).sort();

async function sweep(name: BrowserName, files: string[]): Promise<RestoreResult[]> {
  const server = await serveFixtures({ folder: join(corpus, 'pages'), headers: NO_PAGE_SCRIPTS });
  const subject = await launch(name);
  const results: RestoreResult[] = [];
  try {
    const session = await openRestoreSession(subject, `${server.origin}/${files[0]}`);
    for (const [i, file] of files.entries()) {
      results.push(await session.check(`${server.origin}/${file}`));
      if ((i + 1) % 20 === 0) console.error(`${name}: ${i + 1}/${files.length}`);
    }
    await session.close();
  } finally {
    await subject.close();
    await server.close();
  }
  return results;
}

function report(name: string, results: RestoreResult[]): number {
  const failed = results.filter((r) => !r.restored || r.error);
  const marks = results.reduce((n, r) => n + r.marks, 0);
  const byStatus = results.reduce<Record<string, number>>((acc, r) => ((acc[r.status] = (acc[r.status] ?? 0) + 1), acc), {});
  console.log(`${name}: ${results.length} pages, ${results.length - failed.length} restored exactly, ${marks} marks; statuses ${JSON.stringify(byStatus)}`);
  for (const r of failed) console.log(`  FAIL ${r.url.split('/').pop()}: status ${r.status}, restored ${r.restored}${r.error ? `, ${r.error}` : ''}`);
  return failed.length;
}

let failures = report('chromium', await sweep('chromium', pages));
if (firefoxSample > 0) {
  const step = Math.max(1, Math.floor(pages.length / firefoxSample));
  failures += report('firefox', await sweep('firefox', pages.filter((_, i) => i % step === 0).slice(0, firefoxSample)));
}
process.exit(failures ? 1 : 0);
