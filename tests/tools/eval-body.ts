// npm run eval:body [-- corpusDir]
// How well the scanned text matches the human-annotated article bodies of the article-extraction-
// benchmark pages, next to Readability.js's own textContent, with the benchmark's metric; whether each
// annotated page's lede (the ground truth's first paragraph) and each page's `body_must_contain` snippets
// are in the scanned text; then a robustness run over every corpus page. Exits 1 below the F1 target, on
// more missed snippets than MAX_SNIPPETS_MISSED, or on any page error. Missed ledes are listed for a
// person to judge: some annotations open with a video's caption, which is not the article's text.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Readability } from '@mozilla/readability';
import { extractArticle } from '../../utils/article';
import { parseHtml } from '../../utils/article/parse-html';
import { findSegmentViolations } from '../../utils/article/segment-invariant';
import type { ArticleText } from '../../utils/article/types';

const F1_TARGET = 0.95;
const SHINGLE_SIZE = 4;
/** Snippets the corpus expects in the body that are not article text (see README, "Article detection"). */
const MAX_SNIPPETS_MISSED = 3;
/**
 * A lede counts as read when this share of its shingles is in the scanned text: quotes vary, and a few
 * annotations split words ("its Arte mis m oon program"), which breaks four shingles a word.
 */
const LEDE_COVERAGE = 0.75;
/** A lede is a sentence: shorter first lines of an annotation are labels, bylines or a video's title. */
const LEDE_MIN_WORDS = 10;

interface ManifestEntry {
  file: string;
  source: string;
  url: string | null;
  ground_truth: string | null;
  body_must_contain?: string[];
}

// ---- The benchmark's metric (scrapinghub/article-extraction-benchmark, evaluate.py) ----

type Counts = [tp: number, fp: number, fn: number];

/** Python's `re.findall(r'\w+', text)`: Unicode letters, numbers and underscore; case kept. */
function tokenize(text: string): string[] {
  return text.match(/[\p{L}\p{N}_]+/gu) ?? [];
}

/** 4-token shingles with counts; a text shorter than 4 tokens is one shorter shingle. */
function shingles(text: string): Map<string, number> {
  const tokens = tokenize(text);
  const counts = new Map<string, number>();
  for (let i = 0; i < Math.max(1, tokens.length - SHINGLE_SIZE + 1); i++) {
    const shingle = tokens.slice(i, i + SHINGLE_SIZE);
    if (shingle.length === 0) continue;
    const key = shingle.join('\u0000');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** TP, FP and FN over shingles, normalised to sum to 1 so that long pages weigh no more. */
function shingleCounts(truth: string, predicted: string): Counts {
  const t = shingles(truth);
  const p = shingles(predicted);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const key of new Set([...t.keys(), ...p.keys()])) {
    const tc = t.get(key) ?? 0;
    const pc = p.get(key) ?? 0;
    tp += Math.min(tc, pc);
    fp += Math.max(0, pc - tc);
    fn += Math.max(0, tc - pc);
  }
  const sum = tp + fp + fn;
  return sum > 0 ? [tp / sum, fp / sum, fn / sum] : [0, 0, 0];
}

function precisionOf([tp, fp, fn]: Counts): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fp === 0) return 0;
  return tp / (tp + fp);
}

function recallOf([tp, fp, fn]: Counts): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fn === 0) return 0;
  return tp / (tp + fn);
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

/** Precision and recall averaged over pages (a page counts only where it is defined), F1 of the averages. */
function corpusScore(pages: Counts[]) {
  const precision = mean(pages.filter(([tp, fp]) => tp + fp > 0).map(precisionOf));
  const recall = mean(pages.filter(([tp, , fn]) => tp + fn > 0).map(recallOf));
  return { f1: (2 * precision * recall) / (precision + recall), precision, recall };
}

const pageF1 = (c: Counts) => {
  const p = precisionOf(c);
  const r = recallOf(c);
  return p + r > 0 ? (2 * p * r) / (p + r) : 0;
};

// ---- Diagnosis helpers ----

/** A few word runs that one text has and the other lacks, to see what went wrong on a page. */
function sampleDifference(from: string, against: string, max = 2): string[] {
  const other = shingles(against);
  const lines = from.split(/\n+/).filter((line) => line.trim());
  const samples: string[] = [];
  for (const line of lines) {
    const keys = [...shingles(line).keys()];
    const missing = keys.filter((k) => !other.has(k)).length;
    if (keys.length > 0 && missing / keys.length > 0.8) samples.push(line.slice(0, 90));
    if (samples.length >= max) break;
  }
  return samples;
}

// ---- The opening of the article ----

/** The ground truth's first paragraph that is a sentence. */
const ledeOf = (truth: string) => truth.split('\n').find((p) => tokenize(p).length >= LEDE_MIN_WORDS) ?? '';

/** Share of a passage's shingles that the scanned text has. */
function coverage(passage: string, scanned: string): number {
  const wanted = shingles(passage);
  const have = shingles(scanned);
  let found = 0;
  let total = 0;
  for (const [key, count] of wanted) {
    total += count;
    found += Math.min(count, have.get(key) ?? 0);
  }
  return total > 0 ? found / total : 1;
}

const squeeze = (text: string) => text.replace(/\s+/g, ' ').trim();

/** All the page's text outside scripts and styles: what any extraction could find in this saved copy. */
function pageText(doc: Document): string {
  const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, 4 /* NodeFilter.SHOW_TEXT */);
  const parts: string[] = [];
  while (walker.nextNode()) {
    if (!walker.currentNode.parentElement?.closest('script, style, noscript, template')) parts.push(walker.currentNode.nodeValue ?? '');
  }
  return squeeze(parts.join(' '));
}

// ---- Main ----

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const corpusDir = resolve(repoRoot, process.argv[2] ?? '../shared/corpus');
const manifest = JSON.parse(readFileSync(join(corpusDir, 'manifest.json'), 'utf8')) as ManifestEntry[];
const benchmark = manifest.filter((e) => e.file.startsWith('pages/aeb-') && e.ground_truth);

interface PageResult {
  file: string;
  ours: Counts;
  readability: Counts;
  truth: string;
  text: string;
  mode: string;
}

const results: PageResult[] = [];
const errors: string[] = [];
let parseSeconds = 0;
let ourSeconds = 0;
let readabilitySeconds = 0;
const seconds = (since: number) => (performance.now() - since) / 1000;

function loadPage(entry: ManifestEntry): Document {
  const started = performance.now();
  const doc = parseHtml(readFileSync(join(corpusDir, entry.file), 'utf8'), entry.url ?? undefined);
  parseSeconds += seconds(started);
  return doc;
}

/**
 * Extracts `doc` as the extension would (and with `force` when that finds no article), checking
 * that nothing throws, the contract holds and the page is left as it was. Force changes nothing
 * when an article is found, so it is only run when none is.
 */
function extractChecked(entry: ManifestEntry, doc: Document): { article: ArticleText | null; seconds: number } {
  const before = doc.documentElement.outerHTML;
  let article: ArticleText | null = null;
  let time = 0;
  for (const force of [false, true]) {
    try {
      const started = performance.now();
      article = extractArticle(doc, { force });
      if (!force) time = seconds(started);
      const problems = article ? findSegmentViolations(article) : force ? ['force returned null'] : [];
      if (problems.length) errors.push(`${entry.file} (force ${force}): ${problems.slice(0, 3).join('; ')}`);
    } catch (error) {
      errors.push(`${entry.file} (force ${force}): ${(error as Error).stack ?? error}`);
    }
    if (article?.mode === 'article') break;
  }
  if (doc.documentElement.outerHTML !== before) errors.push(`${entry.file}: the document was modified`);
  return { article, seconds: time };
}

for (const entry of benchmark) {
  const truth = readFileSync(join(corpusDir, entry.ground_truth!), 'utf8');
  const doc = loadPage(entry);

  const { article, seconds: extractionSeconds } = extractChecked(entry, doc);
  ourSeconds += extractionSeconds;
  // What the extension scans without "scan anyway": nothing when the page is not taken for an article.
  const text = article?.mode === 'article' ? article.text : '';

  const started = performance.now();
  let readabilityText = '';
  try {
    readabilityText = new Readability(doc.cloneNode(true) as Document).parse()?.textContent ?? '';
  } catch {
    // Counted as an empty extraction, as the benchmark does for a failed extractor.
  }
  readabilitySeconds += seconds(started);

  results.push({
    file: entry.file,
    truth,
    text,
    mode: article?.mode ?? 'null',
    ours: shingleCounts(truth, text),
    readability: shingleCounts(truth, readabilityText),
  });
}

const ledesMissed = results.filter((r) => coverage(ledeOf(r.truth), r.text) < LEDE_COVERAGE);

const ours = corpusScore(results.map((r) => r.ours));
const theirs = corpusScore(results.map((r) => r.readability));
const row = (name: string, s: typeof ours, secs: number) =>
  `${name.padEnd(16)} ${s.f1.toFixed(3).padStart(6)} ${s.precision.toFixed(3).padStart(10)} ${s.recall.toFixed(3).padStart(8)} ${secs.toFixed(1).padStart(9)}`;

console.log(`Article body vs ground truth, ${results.length} benchmark pages (4-token shingles)\n`);
console.log(`${''.padEnd(16)} ${'F1'.padStart(6)} ${'precision'.padStart(10)} ${'recall'.padStart(8)} ${'seconds'.padStart(9)}`);
console.log(row('Sourcelight', ours, ourSeconds));
console.log(row('Readability.js', theirs, readabilitySeconds));
console.log(`(parsing the pages: ${parseSeconds.toFixed(1)} s, not counted above)`);
const notArticles = results.filter((r) => r.mode !== 'article');
if (notArticles.length) console.log(`Not detected as articles: ${notArticles.map((r) => r.file).join(', ')}`);

console.log('\n10 worst pages (Sourcelight F1, precision, recall; Readability F1):');
for (const r of [...results].sort((a, b) => pageF1(a.ours) - pageF1(b.ours)).slice(0, 10)) {
  console.log(
    `  ${pageF1(r.ours).toFixed(2)}  P ${precisionOf(r.ours).toFixed(2)}  R ${recallOf(r.ours).toFixed(2)}  ` +
      `(Readability ${pageF1(r.readability).toFixed(2)})  ${r.file}`,
  );
  for (const s of sampleDifference(r.truth, r.text)) console.log(`      missed: ${s}`);
  for (const s of sampleDifference(r.text, r.truth)) console.log(`      extra:  ${s}`);
}

console.log(`\nLedes: ${results.length - ledesMissed.length} of ${results.length} annotated pages have their first paragraph in the scanned text`);
for (const r of ledesMissed) {
  console.log(`  missed ${(100 * coverage(ledeOf(r.truth), r.text)).toFixed(0)}%: ${r.file}: ${ledeOf(r.truth).slice(0, 90)}`);
}

const others = manifest.filter((e) => !benchmark.includes(e));
const othersStarted = performance.now();
const snippetsMissed: string[] = [];
const snippetsNotOnPage: string[] = [];
let snippets = 0;
const otherModes = others.map((entry) => {
  const doc = loadPage(entry);
  // A page not taken for an article (a paywall stub) is read as "Scan anyway" reads it.
  const article = extractChecked(entry, doc).article;
  const scanned = squeeze(article?.text ?? '');
  const onPage = entry.body_must_contain ? pageText(doc) : '';
  for (const snippet of entry.body_must_contain ?? []) {
    snippets++;
    const where = `${entry.file}${article?.mode === 'article' ? '' : ' (scanned anyway)'}: "${snippet}"`;
    if (scanned.includes(squeeze(snippet))) continue;
    if (onPage.includes(squeeze(snippet))) snippetsMissed.push(where);
    else snippetsNotOnPage.push(where);
  }
  return article?.mode ?? 'null';
});
console.log(
  `\nAll ${manifest.length} pages: the ${others.length} others in ${seconds(othersStarted).toFixed(1)} s with parsing, ` +
    `${otherModes.filter((m) => m === 'article').length} taken for articles; ${errors.length} errors`,
);
for (const e of errors) console.log(`  ${e}`);
const snippetsRead = snippets - snippetsMissed.length - snippetsNotOnPage.length;
console.log(`\nMust-contain snippets: ${snippetsRead} of ${snippets} in the scanned text; ${snippetsMissed.length} missed (at most ${MAX_SNIPPETS_MISSED} may be)`);
for (const s of snippetsMissed) console.log(`  missed: ${s}`);
if (snippetsNotOnPage.length) console.log(`  and ${snippetsNotOnPage.length} not in the saved page's text at all (a script renders them; no extraction can find them):`);
for (const s of snippetsNotOnPage) console.log(`    ${s}`);

const verdict = `F1 ${ours.f1.toFixed(3)} (target ${F1_TARGET}), ${ledesMissed.length} ledes and ${snippetsMissed.length} snippets missed, ${errors.length} errors`;
if (ours.f1 < F1_TARGET || errors.length > 0 || snippetsMissed.length > MAX_SNIPPETS_MISSED) {
  console.log(`\nFAIL: ${verdict}`);
  process.exit(1);
}
console.log(`\nOK: ${verdict}`);
