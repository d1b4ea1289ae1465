// Scan cost in a real browser, side by side on the corpus: `npm run bench [-- corpusDir]`.
// For each page, in the page itself: the engine's one pass over the article text (the floor), naive
// mark.js (one mark() per lexicon phrase), and Sourcelight's whole scan and highlight toggle. The ratio to
// the floor is taken as a reader meets it: the first scan on a freshly loaded page against one floor pass
// on another fresh load, both with their code as cold as a page load has it. Beside it, the same ratio
// warm (the median of 5 rescans against a batch of floor passes) and hot (after 20 more rescans and 100
// more passes): there the engine's tight loop has become optimized code while page reads still cost a
// call into the browser each, so the ratio grows with every run and no one warm figure is the scan's. A hot
// walk that only reads the page (each element's class and id, each text node's length) shows that part.
// Also the longest main-thread task (on the corpus, and on synthetic articles of up to 2.4 MB of text),
// heap growth, the content script's gzipped size and the engine's speed in Node beside retext-intensify;
// and the command line's pages per second (one process and two) and memory over about 2,000 pages.
// Prints a table, then one JSON line. It only reports: it never fails on a figure.
//
// The scanning code is the content script's own modules (page scanner, article detection, engine,
// highlighter) bundled by esbuild into one script and evaluated in the page over CDP, which page CSP
// does not govern. The figures above run the engine in the page, in slices: the most the page's own thread
// could pay for it. The shipped extension runs it in its background, so a second browser loads the built
// extension and times the same scan as a reader's page runs it: evaluated in the extension's content-script
// world, the article's text goes to the background in a message and the findings come back. There the
// longest task comes from Chromium's own trace of the page's main thread, which also sees the tasks that
// deliver the background's answer (the Long Tasks API does not report those). The extension's own content
// script is switched off on the bench's host by its settings, so only the timed scan runs. A few pages are
// scanned once more with the background's service worker stopped just before the scan, as Chrome stops it
// after 30 s without events: the scan a reader meets after spending longer than that on the previous page.
import { build } from 'esbuild';
import { execSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import puppeteer, { type CDPSession, type Page, type Target } from 'puppeteer-core';
import { retext } from 'retext';
import retextIntensify from 'retext-intensify';
import { analyzeText } from '../../utils/engine';
import { CHROMIUM_PATH } from '../e2e/browser-paths';
import { serveFixtures, waitFor } from '../e2e/harness';
import { articlePage, paragraph } from '../e2e/hostile-pages';
import { NO_PAGE_SCRIPTS, storedSettings } from '../e2e/restore-check';
import type { bench as PageBench } from './bench-page';
import { measureCliThroughput } from './cli-throughput';
import { PATHOLOGICAL_INPUTS } from '../pathological-inputs';

const corpus = resolve(process.argv[2] ?? '../shared/corpus');
/** Every page over this many bytes is in the set, plus an even sample of the rest up to SAMPLE pages. */
const HEAVY_BYTES = 1_000_000;
const SAMPLE = 60;
/** Repeated passes for the steady figures (floor, rescan, article detection): medians of this many. */
const REPS = 5;
/** Untimed runs before the hot figures: by then the engine's loop is optimized code, and so is ours. */
const HOT_RESCAN_WARMUP = 20;
const HOT_FLOOR_WARMUP = 100;
/** The command line's long run: the whole corpus this many times over (about 2,000 pages), for its peak memory. */
const CLI_PASSES = 10;
/**
 * Passes over the article bodies for the engine's speed in Node, and for retext-intensify's: the best one
 * counts, since other work on a shared machine only ever slows a pass down.
 */
const ENGINE_PASSES = 10;
const RETEXT_PASSES = 3;

interface ManifestEntry {
  file: string;
  bytes: number;
  ground_truth: string | null;
}

interface PageResult {
  file: string;
  bytes: number;
  chars: number;
  extractMs: number;
  status: string;
  findings: number;
  marks: number;
  /** Steady: the mean of repeated passes. */
  floorMs: number;
  /** One pass on a fresh load, as cold as the first scan. */
  firstFloorMs: number;
  naiveMs: number;
  /** The first scan on the page: Sourcelight's code as cold as a reader's page load has it. */
  scanMs: number;
  /** The median of repeated scans: the steady cost, measured as the floor is. */
  rescanMs: number;
  /** The same after many more runs of each. */
  hotRescanMs: number;
  hotFloorMs: number;
  /** A hot walk that only reads each element's class and id and each text node's length. */
  hotPageReadMs: number;
  toggleMs: number;
  longTaskMs: number;
  heapKB: number;
  restored: boolean;
}

const manifest = JSON.parse(readFileSync(join(corpus, 'manifest.json'), 'utf8')) as ManifestEntry[];

function pickPages(): ManifestEntry[] {
  const sorted = [...manifest].sort((a, b) => a.file.localeCompare(b.file));
  const heavy = sorted.filter((p) => p.bytes > HEAVY_BYTES);
  const rest = sorted.filter((p) => p.bytes <= HEAVY_BYTES);
  // A corpus smaller than the sample is measured whole, each page once.
  const wanted = Math.min(SAMPLE, sorted.length) - heavy.length;
  const step = rest.length / wanted;
  const sample = Array.from({ length: wanted }, (_, i) => rest[Math.floor(i * step)]!);
  return [...heavy, ...sample].sort((a, b) => a.file.localeCompare(b.file));
}

/** The newest modification time of any file below the folders the extension is built from. */
function newestSource(paths: readonly string[]): number {
  let newest = 0;
  for (const path of paths) {
    if (!existsSync(path)) continue;
    const stat = statSync(path);
    if (stat.isDirectory()) newest = Math.max(newest, newestSource(readdirSync(path).map((name) => join(path, name))));
    else newest = Math.max(newest, stat.mtimeMs);
  }
  return newest;
}

/**
 * A private copy of the build: other builds may replace the shared one during the run. A build older than any of its
 * sources is built again, so that the shipped figures are the code's as it stands.
 */
function buildCopy(): string {
  const built = '.output/chrome-mv3/background.js';
  const stale = !existsSync('.output/chrome-mv3/content-scripts/content.js') || !existsSync(built) || statSync(built).mtimeMs < newestSource(['utils', 'entrypoints', 'components', 'public', 'wxt.config.ts', 'package.json']);
  if (stale) execSync('npm run build', { stdio: 'inherit' });
  const copy = mkdtempSync(join(tmpdir(), 'sourcelight-bench-build-'));
  cpSync('.output/chrome-mv3', join(copy, 'chrome-mv3'), { recursive: true });
  return copy;
}

async function pageBundle(): Promise<string> {
  const result = await build({
    entryPoints: ['tests/tools/bench-page.ts'],
    bundle: true,
    minify: true,
    format: 'iife',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

/** Engine and retext-intensify over the same plain text (the corpus's article bodies), in MB/s. */
async function nodeThroughput(): Promise<{ engineMBps: number; retextMBps: number; mb: number }> {
  const texts = manifest.filter((p) => p.ground_truth).map((p) => readFileSync(join(corpus, p.ground_truth!), 'utf8'));
  const mb = texts.reduce((n, t) => n + Buffer.byteLength(t), 0) / 1e6;
  const time = async (run: (text: string) => unknown) => {
    const t0 = performance.now();
    for (const text of texts) await run(text);
    return (performance.now() - t0) / 1000;
  };
  const best = async (passes: number, run: (text: string) => unknown) => {
    let seconds = Infinity;
    for (let pass = 0; pass < passes; pass++) seconds = Math.min(seconds, await time(run));
    return seconds;
  };
  await time((text) => analyzeText(text)); // warm-up
  const engineSeconds = await best(ENGINE_PASSES, (text) => analyzeText(text));
  const processor = retext().use(retextIntensify);
  await time((text) => processor.process(text));
  const retextSeconds = await best(RETEXT_PASSES, (text) => processor.process(text));
  return { engineMBps: mb / engineSeconds, retextMBps: mb / retextSeconds, mb };
}

/** Milliseconds for each pathological input at 0.5 MB and 1 MB: linear time shows as a ratio near 2. */
function pathologicalScaling(): { name: string; halfMs: number; fullMs: number; ratio: number }[] {
  const timeOf = (text: string) => {
    const t0 = performance.now();
    analyzeText(text);
    return performance.now() - t0;
  };
  return PATHOLOGICAL_INPUTS.map(([name, make]) => {
    const half = make(500_000);
    const full = make(1_000_000);
    timeOf(half); // warm-up
    const halfMs = Math.min(timeOf(half), timeOf(half));
    const fullMs = Math.min(timeOf(full), timeOf(full));
    return { name, halfMs, fullMs, ratio: fullMs / Math.max(halfMs, 0.01) };
  });
}

type Bench = typeof PageBench;
const inPage = <T>(page: Page, run: (bench: Bench, arg: any) => T, arg?: unknown): Promise<Awaited<T>> =>
  page.evaluate((source, a) => new Function('bench', 'arg', `return (${source})(bench, arg)`)((globalThis as any).sourcelightBench, a), run.toString(), arg as any) as Promise<Awaited<T>>;

/** Loads the page afresh with the scanning code in it: none of its functions has run there yet. */
async function load(page: Page, url: string, bundle: string): Promise<void> {
  await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
  await page.evaluate(bundle);
}

/**
 * Two visits to the page. The first: Sourcelight's first scan (cold), its repeated scans, toggle and
 * restore, then the steady floor. The second, on a fresh load, what must also be measured cold to
 * compare with the first scan: one pass of the floor and naive mark.js.
 */
async function measure(page: Page, url: string, bundle: string, css: string, entry: ManifestEntry): Promise<PageResult> {
  await load(page, url, bundle);
  const cdp = await page.createCDPSession();
  const heap = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };
  await inPage(page, (b, c) => b.begin(c), css);
  const heapBefore = await heap();
  const scan = await inPage(page, (b) => b.scan());
  const heapAfter = await heap();
  const rescanMs = await inPage(page, (b, reps) => b.rescan(reps), REPS);
  const toggle = await inPage(page, (b) => b.toggle());
  const restored = await inPage(page, (b) => b.dispose());
  const { chars, extractMs } = await inPage(page, (b, reps) => b.prepare(reps), REPS);
  const floorMs = await inPage(page, (b, reps) => b.floor(reps), REPS);
  await inPage(page, (b) => b.scan());
  const hotRescanMs = await inPage(page, (b, [reps, warmup]) => b.rescan(reps, warmup), [REPS, HOT_RESCAN_WARMUP]);
  const restoredAgain = await inPage(page, (b) => b.dispose());
  const hotFloorMs = await inPage(page, (b, [reps, warmup]) => b.floor(reps, warmup), [REPS, HOT_FLOOR_WARMUP]);
  const hotPageReadMs = await inPage(page, (b, [reps, warmup]) => b.pageRead(reps, warmup), [REPS, HOT_FLOOR_WARMUP]);
  await cdp.detach();

  await load(page, url, bundle);
  await inPage(page, (b) => b.prepare(1));
  const firstFloorMs = await inPage(page, (b) => b.firstFloor());
  const naive = await inPage(page, (b) => b.naive());
  return {
    file: entry.file.replace(/^pages\//, ''),
    bytes: entry.bytes,
    chars,
    extractMs,
    status: scan.status,
    findings: scan.findings,
    marks: scan.marks,
    floorMs,
    firstFloorMs,
    naiveMs: naive.ms,
    scanMs: scan.ms,
    rescanMs,
    hotRescanMs,
    hotFloorMs,
    hotPageReadMs,
    toggleMs: toggle.ms,
    longTaskMs: Math.max(scan.longTaskMs, toggle.longTaskMs),
    heapKB: (heapAfter - heapBefore) / 1024,
    restored: restored && restoredAgain,
  };
}

/** Articles far longer than any in the corpus, with something to flag in almost every sentence: megabytes of text. */
const SYNTHETIC_MB = [0.24, 0.96, 2.4];

function syntheticArticle(mb: number): string {
  const paragraphs: string[] = [];
  for (let n = 0, chars = 0; chars < mb * 1e6; n++) {
    const text = paragraph(n);
    paragraphs.push(`<p>${text}</p>`);
    chars += text.length;
  }
  return articlePage(`${mb} MB of article`, `<article><h1>${mb} MB of article</h1>${paragraphs.join('')}</article>`);
}

interface SyntheticResult {
  mb: number;
  findings: number;
  scanMs: number;
  toggleMs: number;
  longTaskMs: number;
  restored: boolean;
}

/** The first scan and a toggle on one synthetic article: the longest task says whether the page ever froze. */
async function measureSynthetic(page: Page, url: string, bundle: string, css: string, mb: number): Promise<SyntheticResult> {
  await load(page, url, bundle);
  await inPage(page, (b, c) => b.begin(c), css);
  const scan = await inPage(page, (b) => b.scan());
  const toggle = await inPage(page, (b) => b.toggle());
  const restored = await inPage(page, (b) => b.dispose());
  return { mb, findings: scan.findings, scanMs: scan.ms, toggleMs: toggle.ms, longTaskMs: Math.max(scan.longTaskMs, toggle.longTaskMs), restored };
}

/** The extension's settings in the shipped run: off on the bench's host, so that its own content script stays idle there. */
const SHIPPED_SETTINGS = storedSettings({ disabledSites: ['127.0.0.1'] });

/** A scan as shipped: the engine in the extension's background, the rest in the page. */
interface ShippedResult {
  file: string;
  status: string;
  findings: number;
  /** The first scan on a freshly loaded page, to highlights done, the messages to and from the background included. */
  scanMs: number;
  toggleMs: number;
  /** The longest task on the page's main thread during the scan and the toggle, from Chromium's trace. */
  longTaskMs: number;
  restored: boolean;
}

/**
 * What the trace records: the tasks Chromium's scheduler runs (category `toplevel`, one complete event per
 * task, with events nested in it) and the page's performance marks, whose thread is the page's main thread.
 * No more: recording DevTools' timeline (`disabled-by-default-devtools.timeline`) as well made the traced scan
 * itself 17 to 37 % slower (the median over the same pages of each page's ratio, in two runs), and a reader's
 * browser records nothing.
 */
const TASK_TRACE = ['toplevel', 'blink.user_timing'];
/** The performance mark the page sets as the traced scan starts. */
const SCAN_MARK = 'sourcelight-bench-scan';

/** The longest task, in milliseconds, on the thread that set `SCAN_MARK`: no event nested in a task outlasts it. */
function longestTraceTask(trace: Uint8Array): number {
  const events = (JSON.parse(Buffer.from(trace).toString('utf8')) as { traceEvents: any[] }).traceEvents;
  const mark = events.find((e) => e.name === SCAN_MARK);
  if (!mark) throw new Error("the trace does not show the page's main thread");
  const tasks = events.filter((e) => e.ph === 'X' && e.pid === mark.pid && e.tid === mark.tid && String(e.cat).split(',').includes('toplevel'));
  return Math.max(0, ...tasks.map((e) => (e.dur ?? 0) / 1000));
}

/** The page's content-script world of the loaded extension: the newest one made, once the extension has injected it. */
async function watchExtensionWorld(cdp: CDPSession): Promise<() => number | null> {
  let world: number | null = null;
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    if (context.auxData?.type === 'isolated' && context.origin.startsWith('chrome-extension://')) world = context.id;
  });
  cdp.on('Runtime.executionContextsCleared', () => (world = null));
  await cdp.send('Runtime.enable');
  return () => world;
}

const inWorld = async <T>(cdp: CDPSession, contextId: number, run: (bench: Bench, arg: any) => T, arg?: unknown): Promise<Awaited<T>> => {
  const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
    expression: `(${run.toString()})(globalThis.sourcelightBench, ${JSON.stringify(arg ?? null)})`,
    contextId,
    awaitPromise: true,
    returnByValue: true,
  });
  if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
  return result.value as Awaited<T>;
};

/**
 * The first scan and a toggle on a fresh load, run from the extension's content-script world with the engine in
 * its background. `beforeScan` runs once the page is ready, just before the scan.
 */
async function measureShipped(page: Page, cdp: CDPSession, world: () => number | null, url: string, bundle: string, css: string, file: string, beforeScan?: () => Promise<void>): Promise<ShippedResult> {
  await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
  const contextId = await waitFor(async () => world(), (id) => id !== null, "the extension's content-script world");
  await cdp.send('Runtime.evaluate', { expression: bundle, contextId: contextId! });
  await inWorld(cdp, contextId!, (b, c) => b.begin(c), css);
  await beforeScan?.();
  await page.tracing.start({ categories: TASK_TRACE });
  const scan = await inWorld(cdp, contextId!, (b, mark) => b.scan(true, mark), SCAN_MARK);
  const toggle = await inWorld(cdp, contextId!, (b) => b.toggle());
  const trace = await page.tracing.stop();
  const restored = await inWorld(cdp, contextId!, (b) => b.dispose());
  return { file, status: scan.status, findings: scan.findings, scanMs: scan.ms, toggleMs: toggle.ms, longTaskMs: trace ? longestTraceTask(trace) : NaN, restored };
}

const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
};
const median = (values: number[]) => quantile(values, 0.5);
const fixed = (n: number, digits = 1) => n.toFixed(digits);

function printTable(results: PageResult[]): void {
  const columns: [string, (r: PageResult) => number, number][] = [
    ['floor ms', (r) => r.floorMs, 2],
    ['first floor ms', (r) => r.firstFloorMs, 1],
    ['article detect ms', (r) => r.extractMs, 1],
    ['naive ms', (r) => r.naiveMs, 1],
    ['first scan ms', (r) => r.scanMs, 1],
    ['rescan ms', (r) => r.rescanMs, 1],
    ['toggle ms', (r) => r.toggleMs, 1],
    ['longest task ms', (r) => r.longTaskMs, 0],
    ['heap growth KB', (r) => r.heapKB, 0],
    ['hot rescan ms', (r) => r.hotRescanMs, 2],
    ['hot floor ms', (r) => r.hotFloorMs, 2],
    ['hot page read ms', (r) => r.hotPageReadMs, 2],
    ['first ÷ first floor', (r) => r.scanMs / r.firstFloorMs, 1],
    ['steady ÷ floor', (r) => r.rescanMs / r.floorMs, 1],
    ['hot ÷ hot floor', (r) => r.hotRescanMs / r.hotFloorMs, 1],
    ['page read ÷ floor', (r) => r.hotPageReadMs / r.hotFloorMs, 1],
    ['speedup vs naive', (r) => r.naiveMs / Math.max(r.scanMs, 0.1), 1],
  ];
  console.log(`${'figure'.padEnd(18)}${'median'.padStart(10)}${'p95'.padStart(10)}${'max'.padStart(10)}`);
  for (const [name, get, digits] of columns) {
    const values = results.map(get);
    console.log(`${name.padEnd(18)}${fixed(median(values), digits).padStart(10)}${fixed(quantile(values, 0.95), digits).padStart(10)}${fixed(Math.max(...values), digits).padStart(10)}`);
  }
  const stalled = results.filter((r) => r.longTaskMs > 50);
  console.log(`\npages with a main-thread task over 50 ms: ${stalled.length ? stalled.map((r) => `${r.file} (${Math.round(r.longTaskMs)} ms)`).join(', ') : 'none'}`);
  console.log('\nheaviest pages:');
  console.log(`${'page'.padEnd(48)}${'KB'.padStart(6)}${'chars'.padStart(8)}${'marks'.padStart(7)}${'detect'.padStart(8)}${'floor'.padStart(8)}${'naive'.padStart(9)}${'first'.padStart(8)}${'rescan'.padStart(8)}${'toggle'.padStart(8)}${'task'.padStart(6)}`);
  for (const r of [...results].sort((a, b) => b.bytes - a.bytes).slice(0, 12)) {
    console.log(
      `${r.file.slice(0, 47).padEnd(48)}${fixed(r.bytes / 1024, 0).padStart(6)}${String(r.chars).padStart(8)}${String(r.marks).padStart(7)}` +
        `${fixed(r.extractMs).padStart(8)}${fixed(r.floorMs, 2).padStart(8)}${fixed(r.naiveMs).padStart(9)}${fixed(r.scanMs).padStart(8)}${fixed(r.rescanMs).padStart(8)}${fixed(r.toggleMs).padStart(8)}${fixed(r.longTaskMs, 0).padStart(6)}`,
    );
  }
}

function printShipped(): void {
  const byFile = new Map(results.map((r) => [r.file, r]));
  const columns: [string, (r: ShippedResult) => number, number][] = [
    ['first scan ms', (r) => r.scanMs, 1],
    ['toggle ms', (r) => r.toggleMs, 1],
    ['longest task ms', (r) => r.longTaskMs, 0],
  ];
  const unscanned = shipped.filter((r) => r.status !== 'ready').map((r) => `${r.file} (${r.status})`);
  console.log(`\nas shipped, the engine in the extension's background: ${shipped.length} pages, ${shipped.length - unscanned.length} scanned${unscanned.length ? ` (not: ${unscanned.join(', ')})` : ''}, ${shipped.filter((r) => r.restored).length} restored exactly`);
  console.log(`${'figure'.padEnd(22)}${'median'.padStart(10)}${'p95'.padStart(10)}${'max'.padStart(10)}`);
  const rows: [string, number[], number][] = [
    ...columns.map(([name, get, digits]) => [name, shipped.map(get), digits] as [string, number[], number]),
    ['first ÷ first floor', shipped.flatMap((r) => (byFile.has(r.file) ? [r.scanMs / byFile.get(r.file)!.firstFloorMs] : [])), 2],
    ['first ÷ in-page first', shipped.flatMap((r) => (byFile.has(r.file) ? [r.scanMs / byFile.get(r.file)!.scanMs] : [])), 2],
  ];
  for (const [name, values, digits] of rows) {
    console.log(`${name.padEnd(22)}${fixed(median(values), digits).padStart(10)}${fixed(quantile(values, 0.95), digits).padStart(10)}${fixed(Math.max(...values), digits).padStart(10)}`);
  }
  const stalled = shipped.filter((r) => r.longTaskMs > 50);
  console.log(`pages with a main-thread task over 50 ms: ${stalled.length ? stalled.map((r) => `${r.file} (${Math.round(r.longTaskMs)} ms)`).join(', ') : 'none'}`);
  if (shippedColdStart) console.log(`first scan in a browser just started (its background too): ${fixed(shippedColdStart.scanMs)} ms, longest task ${fixed(shippedColdStart.longTaskMs, 0)} ms`);
  const asleepMs = shippedAsleep.map((r) => r.scanMs);
  console.log(
    `first scan with the background asleep (stopped before each page), ${shippedAsleep.length} pages: median ${fixed(median(asleepMs))} ms, ` +
      `max ${fixed(Math.max(...asleepMs))} ms, longest task ${fixed(Math.max(0, ...shippedAsleep.map((r) => r.longTaskMs)), 0)} ms`,
  );
  console.log('synthetic articles, as shipped:');
  console.table(shippedSynthetic.map((r) => ({ page: r.file, findings: r.findings, 'first scan ms': fixed(r.scanMs, 0), 'toggle ms': fixed(r.toggleMs, 0), 'longest task ms': fixed(r.longTaskMs, 0), restored: r.restored })));
}

const started = Date.now();
const buildDir = buildCopy();
const contentScript = readFileSync(join(buildDir, 'chrome-mv3/content-scripts/content.js'));
const css = readFileSync(join(buildDir, 'chrome-mv3/content-scripts/content.css'), 'utf8');
const contentScriptGzipBytes = gzipSync(contentScript).length;
// The engine runs in the background, loaded once per browser rather than into every page.
const backgroundGzipBytes = gzipSync(readFileSync(join(buildDir, 'chrome-mv3/background.js'))).length;
const bundle = await pageBundle();
const pages = pickPages();

const home = mkdtempSync(join(tmpdir(), 'sourcelight-bench-'));
const syntheticPages = Object.fromEntries(SYNTHETIC_MB.map((mb) => [`/synthetic-${mb}.html`, syntheticArticle(mb)]));
const server = await serveFixtures({ folder: join(corpus, 'pages'), pages: syntheticPages, headers: NO_PAGE_SCRIPTS });
const browser = await puppeteer.launch({
  executablePath: CHROMIUM_PATH,
  headless: true,
  pipe: true,
  userDataDir: join(home, 'profile'),
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const results: PageResult[] = [];
const synthetic: SyntheticResult[] = [];
const shipped: ShippedResult[] = [];
const shippedSynthetic: ShippedResult[] = [];
/** The first scan in a browser just started, its background too: what the first page of a session pays. */
let shippedColdStart: ShippedResult | null = null;
/**
 * First scans with the background's service worker stopped before each page, as Chrome stops it after 30 s
 * without events: what a reader who spent longer than that on the previous article waits for.
 */
const shippedAsleep: ShippedResult[] = [];
/** Pages, spread evenly over the sample, scanned with the background asleep. */
const ASLEEP_PAGES = 10;

/** The same pages and synthetic articles with the built extension loaded, its engine in its background. */
async function measureShippedPages(): Promise<void> {
  const extensionBrowser = await puppeteer.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    pipe: true,
    enableExtensions: [join(buildDir, 'chrome-mv3')],
    userDataDir: join(home, 'profile-shipped'),
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    const isWorker = (t: Target) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://');
    // Through a session closed afterwards: Chromium does not restart a stopped worker that DevTools is attached to.
    const workerSession = await (await extensionBrowser.waitForTarget(isWorker)).createCDPSession();
    await workerSession.send('Runtime.enable');
    // The worker's extension APIs are there once its script has run: until then, storing fails.
    const storeSettings = async () =>
      (await workerSession.send('Runtime.evaluate', { expression: `chrome.storage.local.set({ settings: ${JSON.stringify(SHIPPED_SETTINGS)} })`, awaitPromise: true }))
        .exceptionDetails?.exception?.description ?? null;
    await waitFor(storeSettings, (failure) => failure === null, 'the settings stored through the service worker');
    await workerSession.detach();
    const page = await extensionBrowser.newPage();
    const cdp = await page.createCDPSession();
    const world = await watchExtensionWorld(cdp);
    const scan = (path: string, beforeScan?: () => Promise<void>) => measureShipped(page, cdp, world, `${server.origin}/${path}`, bundle, css, path, beforeScan);
    shippedColdStart = await scan(pages[0]!.file.replace(/^pages\//, ''));
    for (const entry of pages) {
      try {
        shipped.push(await scan(entry.file.replace(/^pages\//, '')));
      } catch (error) {
        console.error(`skipped ${entry.file} (shipped): ${String(error).slice(0, 200)}`);
      }
    }
    console.error(`shipped extension: ${shipped.length} pages, ${Math.round((Date.now() - started) / 1000)} s`);
    for (const mb of SYNTHETIC_MB) shippedSynthetic.push(await scan(`synthetic-${mb}.html`));
    await cdp.send('ServiceWorker.enable');
    // Stopped once the page is ready, after the extension's own (idle) content script has told the background so.
    const stopWorker = async () => {
      await cdp.send('ServiceWorker.stopAllWorkers');
      if (extensionBrowser.targets().some(isWorker)) throw new Error("the extension's service worker did not stop");
    };
    for (let i = 0; i < ASLEEP_PAGES; i++) {
      const entry = pages[Math.floor((i * pages.length) / ASLEEP_PAGES)]!;
      try {
        shippedAsleep.push(await scan(entry.file.replace(/^pages\//, ''), stopWorker));
      } catch (error) {
        console.error(`skipped ${entry.file} (background asleep): ${String(error).slice(0, 200)}`);
      }
    }
  } finally {
    await extensionBrowser.close().catch(() => {});
  }
}

try {
  const page = await browser.newPage();
  // The first page once more up front, so that none of the measured pages pays for a cold JIT.
  await measure(page, `${server.origin}/${pages[0]!.file.replace(/^pages\//, '')}`, bundle, css, pages[0]!);
  for (const [i, entry] of pages.entries()) {
    try {
      results.push(await measure(page, `${server.origin}/${entry.file.replace(/^pages\//, '')}`, bundle, css, entry));
    } catch (error) {
      console.error(`skipped ${entry.file}: ${String(error).slice(0, 200)}`);
    }
    if ((i + 1) % 10 === 0) console.error(`${i + 1}/${pages.length} pages, ${Math.round((Date.now() - started) / 1000)} s`);
  }
  for (const mb of SYNTHETIC_MB) synthetic.push(await measureSynthetic(page, `${server.origin}/synthetic-${mb}.html`, bundle, css, mb));
  await browser.close();
  await measureShippedPages();
} finally {
  await browser.close().catch(() => {});
  await server.close();
  rmSync(home, { recursive: true, force: true });
  rmSync(buildDir, { recursive: true, force: true });
}
const node = await nodeThroughput();
const scaling = pathologicalScaling();
const cliPages = manifest.map((p) => join(corpus, p.file));
const cli = await measureCliThroughput(cliPages, { passes: CLI_PASSES });
const cliJobs2 = await measureCliThroughput(cliPages, { workers: 2 });

console.log(`\n${results.length} pages (every page over 1 MB, and an even sample of the rest), ${results.filter((r) => r.status === 'ready').length} scanned, ${results.filter((r) => r.restored).length} restored exactly\n`);
printTable(results);
console.log('\nsynthetic articles far longer than the corpus\'s (first scan, then highlights off and on):');
console.table(synthetic.map((r) => ({ MB: r.mb, findings: r.findings, 'first scan ms': fixed(r.scanMs, 0), 'toggle ms': fixed(r.toggleMs, 0), 'longest task ms': fixed(r.longTaskMs, 0), restored: r.restored })));
printShipped();
console.log(`\ncontent script: ${contentScript.length} bytes, ${contentScriptGzipBytes} gzipped; background (the engine): ${backgroundGzipBytes} gzipped`);
console.log(`engine in Node: ${fixed(node.engineMBps)} MB/s; retext-intensify ${fixed(node.retextMBps, 2)} MB/s (${fixed(node.mb, 2)} MB of article text)`);
console.log(
  `command line, HTML to findings to JSON, ${cliPages.length} corpus pages: ${fixed(cli.pagesPerSecond, 2)} pages/s in one process, ` +
    `${fixed(cliJobs2.pagesPerSecond, 2)} in two splitting the pages; parsing alone (parse5's own tree) ${fixed(cli.parseFloorPagesPerSecond, 2)} pages/s` +
    `${cli.failed + cliJobs2.failed ? `; ${cli.failed + cliJobs2.failed} pages failed` : ''}`,
);
console.log(
  `command line's memory over ${cli.pages} pages (the corpus ${CLI_PASSES} times): RSS ${fixed(cli.startRssMB, 0)} MB loaded, ` +
    `${fixed(cli.firstPassRssMB, 0)} MB after the first ${cliPages.length}, peak ${fixed(cli.peakRssMB, 0)} MB; ${fixed(cli.longRunPagesPerSecond, 2)} pages/s`,
);
console.log('\nengine on 1 MB pathological inputs (linear time: 1 MB takes about twice 0.5 MB):');
console.table(scaling.map((s) => ({ input: s.name, '0.5 MB ms': fixed(s.halfMs), '1 MB ms': fixed(s.fullMs), ratio: fixed(s.ratio, 2) })));
console.log(`done in ${Math.round((Date.now() - started) / 1000)} s\n`);
const ratios = (get: (r: PageResult) => number) => median(results.map(get));
console.log(
  JSON.stringify({
    pages: results.length,
    medianMsFloor: +fixed(median(results.map((r) => r.floorMs)), 3),
    medianMsSourcelight: +fixed(median(results.map((r) => r.scanMs)), 2),
    p95MsSourcelight: +fixed(quantile(results.map((r) => r.scanMs), 0.95), 2),
    ratioToFloor: +fixed(ratios((r) => r.scanMs / r.firstFloorMs), 2),
    steadyRatioToFloor: +fixed(ratios((r) => r.rescanMs / r.floorMs), 2),
    hotRatioToFloor: +fixed(ratios((r) => r.hotRescanMs / r.hotFloorMs), 2),
    medianMsFirstFloor: +fixed(median(results.map((r) => r.firstFloorMs)), 2),
    medianMsRescan: +fixed(median(results.map((r) => r.rescanMs)), 2),
    medianMsHotRescan: +fixed(median(results.map((r) => r.hotRescanMs)), 2),
    medianMsHotFloor: +fixed(median(results.map((r) => r.hotFloorMs)), 3),
    hotPageReadRatioToFloor: +fixed(ratios((r) => r.hotPageReadMs / r.hotFloorMs), 2),
    speedupVsNaive: +fixed(ratios((r) => r.naiveMs / Math.max(r.scanMs, 0.1)), 2),
    shippedPages: shipped.length,
    medianMsFirstScanShipped: +fixed(median(shipped.map((r) => r.scanMs)), 2),
    p95MsFirstScanShipped: +fixed(quantile(shipped.map((r) => r.scanMs), 0.95), 2),
    medianMsToggleShipped: +fixed(median(shipped.map((r) => r.toggleMs)), 2),
    maxLongTaskMsShipped: Math.round(Math.max(0, ...shipped.map((r) => r.longTaskMs))),
    syntheticMaxLongTaskMsShipped: Math.round(Math.max(0, ...shippedSynthetic.map((r) => r.longTaskMs))),
    coldStartMsShipped: shippedColdStart ? +fixed((shippedColdStart as ShippedResult).scanMs, 2) : null,
    asleepPagesShipped: shippedAsleep.length,
    medianMsFirstScanShippedAsleep: +fixed(median(shippedAsleep.map((r) => r.scanMs)), 2),
    restoredExactlyShipped: shipped.filter((r) => r.restored).length,
    maxLongTaskMs: Math.round(Math.max(0, ...results.map((r) => r.longTaskMs))),
    syntheticMaxLongTaskMs: Math.round(Math.max(0, ...synthetic.map((r) => r.longTaskMs))),
    toggleMedianMs: +fixed(median(results.map((r) => r.toggleMs)), 2),
    contentScriptGzipBytes,
    backgroundGzipBytes,
    engineMBps: +fixed(node.engineMBps, 2),
    retextIntensifyMBps: +fixed(node.retextMBps, 2),
    medianMsArticleDetection: +fixed(median(results.map((r) => r.extractMs)), 2),
    medianHeapGrowthKB: Math.round(median(results.map((r) => r.heapKB))),
    restoredExactly: results.filter((r) => r.restored).length,
    pathologicalMaxRatio: +fixed(Math.max(...scaling.map((s) => s.ratio)), 2),
    cliPagesPerSecond: +fixed(cli.pagesPerSecond, 2),
    cliPagesPerSecondJobs2: +fixed(cliJobs2.pagesPerSecond, 2),
    cliParseFloorPagesPerSecond: +fixed(cli.parseFloorPagesPerSecond, 2),
    cliLongRunPages: cli.pages,
    cliStartRssMB: Math.round(cli.startRssMB),
    cliPeakRssMB: Math.round(cli.peakRssMB),
  }),
);
