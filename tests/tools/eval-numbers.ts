// The numbers stage against the labelled sentences, beside the engine's older figure finder (figures.ts).
// Usage: npm run eval:numbers [-- --polnear DIR] [-- --errors]
// For each set (dev.jsonl; polnear-dev.jsonl's train-split and dev-split rows when DIR is given) it reports:
// - evidence recall: of the labelled figure evidence (evidence of unverified-figure sentences that holds
//   digits or number words), the share a figure claim overlaps;
// - clean-sentence flags: of the sentences labelled with no figure and no named source (where any figure
//   claim would be an unverified figure), the share with a figure claim;
// - unverified-figure P/R/F1 by sentence, with the engine's own attributions deciding what is sourced
//   (a claim is unverified unless the attribution nearest to it is a named source).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeText } from '../../utils/engine/index';
import { findFigures } from '../../utils/engine/figures';
import { findNumbers, isFigureClaim } from '../../utils/engine/numbers';
import { tokenize } from '../../utils/engine/tokens';
import type { Span } from '../../utils/engine/sentences';
import type { FindingKind } from '../../utils/engine/types';

interface Row {
  id: string;
  file: string;
  start: number;
  end: number;
  text?: string;
  labels: Record<FindingKind, 0 | 1>;
  evidence: string[];
  unsure: boolean;
}

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const args = process.argv.slice(2);
const showErrors = args.includes('--errors');
const polnearAt = args.indexOf('--polnear');
const polnearDir = polnearAt >= 0 ? args[polnearAt + 1] : undefined;

const readRows = (path: string): Row[] =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Row)
    .filter((r) => !r.unsure);

// Each sentence is read inside its whole article, as the engine reads it: a day number may need the month
// that ended the sentence before ("Nov. 15, …").
const articles = new Map<string, string>();
const articleOf = (row: Row, dir: string): string => {
  const path = resolve(dir, row.file);
  let text = articles.get(path);
  if (text === undefined) articles.set(path, (text = readFileSync(path, 'utf8')));
  return text;
};

const NUMBER_EVIDENCE =
  /\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|trillions?|dozens?|half|quarters?|thirds?|twice|doubled|halved|tripled|scores)\b/i;

/** Figure claims in article[start, end), offsets relative to the sentence. */
type Finder = (article: string, start: number, end: number) => Span[];
const relative = (spans: Span[], start: number) => spans.map((s) => ({ start: s.start - start, end: s.end - start }));
const FINDERS: Record<string, Finder> = {
  'figures.ts': (article, start, end) => relative(findFigures(article, { start, end }, tokenize(article, start, end)), start),
  numbers: (article, start, end) => relative(findNumbers(article, start, end).filter(isFigureClaim), start),
};

const ATTRIBUTION_KINDS: FindingKind[] = ['anonymous-source', 'vague-attribution', 'hedge', 'named-source'];
const distance = (a: Span, b: Span) => Math.max(0, a.start - b.end, b.start - a.end);
const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

function measure(name: string, rows: Row[], dir: string) {
  const table: Record<string, Record<string, string>> = {};
  for (const [finder, find] of Object.entries(FINDERS)) {
    let evidence = 0, evidenceFound = 0, clean = 0, cleanFlagged = 0, tp = 0, fp = 0, fn = 0;
    const errors: string[] = [];
    for (const row of rows) {
      const article = articleOf(row, dir);
      const sentence = article.slice(row.start, row.end);
      if (row.text !== undefined && row.text !== sentence) throw new Error(`${row.id}: offsets do not match the article`);
      const claims = find(article, row.start, row.end);
      const attributions = analyzeText(sentence, { kinds: ATTRIBUTION_KINDS });
      const unverified = claims.some((c) => {
        let nearest: (typeof attributions)[number] | undefined;
        for (const a of attributions) if (!nearest || distance(a, c) < distance(nearest, c)) nearest = a;
        return nearest?.kind !== 'named-source';
      });
      const truth = row.labels['unverified-figure'] === 1;
      if (unverified && truth) tp++;
      else if (unverified) fp++;
      else if (truth) fn++;
      if (unverified !== truth) errors.push(`${truth ? 'FN' : 'FP'} ${claims.map((c) => `"${sentence.slice(c.start, c.end)}"`).join(', ')} in ${row.id}: ${sentence}`);
      if (truth) {
        for (const e of row.evidence) {
          if (!NUMBER_EVIDENCE.test(e)) continue;
          const at = sentence.indexOf(e);
          if (at < 0) continue;
          evidence++;
          if (claims.some((c) => overlaps(c, { start: at, end: at + e.length }))) evidenceFound++;
          else errors.push(`MISSED "${e}" in ${row.id}: ${sentence}`);
        }
      } else if (row.labels['named-source'] === 0) {
        clean++;
        if (claims.length) {
          cleanFlagged++;
          errors.push(`FLAGGED ${claims.map((c) => `"${sentence.slice(c.start, c.end)}"`).join(', ')} in ${row.id}: ${sentence}`);
        }
      }
    }
    const p = tp + fp ? tp / (tp + fp) : 0;
    const r = tp + fn ? tp / (tp + fn) : 0;
    table[finder] = {
      'evidence recall': `${(evidenceFound / evidence).toFixed(2)} (${evidenceFound}/${evidence})`,
      'clean sentences flagged': `${(cleanFlagged / clean).toFixed(3)} (${cleanFlagged}/${clean})`,
      'figure P': p.toFixed(2),
      'figure R': r.toFixed(2),
      'figure F1': (p + r ? (2 * p * r) / (p + r) : 0).toFixed(2),
    };
    if (showErrors) for (const e of errors) console.log(`${name} ${finder} ${e}`);
  }
  console.log(`\n${name}: ${rows.length} sentences (unsure ones left out)`);
  console.table(table);
}

measure('dev.jsonl', readRows(resolve(repoRoot, '../shared/eval/dev.jsonl')), resolve(repoRoot, '../shared/corpus'));
if (polnearDir) {
  const rows = readRows(resolve(repoRoot, '../shared/eval/polnear-dev.jsonl'));
  measure('polnear-dev.jsonl, train-split articles', rows.filter((r) => r.file.startsWith('data/train/')), polnearDir);
  measure('polnear-dev.jsonl, dev-split articles', rows.filter((r) => r.file.startsWith('data/dev/')), polnearDir);
}
