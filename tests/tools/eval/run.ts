// The whole evaluation in one pass: the engine reads each article whole, then its findings are scored against
// the labelled sentences (dev.jsonl, and polnear-dev.jsonl given a PolNeAR snapshot), PolNeAR's annotated
// attribution spans (train and dev splits) and the editor's grades. Returns figures; printing is elsewhere.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { retext } from 'retext';
import retextIntensify from 'retext-intensify';
import { analyzeText, findAttributions, summarizeAttribution } from '../../../utils/engine/index';
import { findQuotations, quotationAround } from '../../../utils/engine/quotations';
import type { Finding, FindingKind, Grade, ParsedAttribution } from '../../../utils/engine/types';
import { eventArguments, parseAnn } from './brat';
import { openSnapshot, readGrades, readLabelledSentences, type EditorGrade, type GradeRecord, type LabelledSentence, type Snapshot } from './data';
import { balancedAccuracy, confusionOf, pairwiseAuc, type Confusion, type Counts } from './metrics';
import { countsByRow, kindsOverlapping, predictedOf, ROWS, truthOf, type Located, type Row } from './sentence-labels';
import {
  addSpanCounts,
  NO_SPANS,
  scoreSpans,
  SOURCE_SHAPES,
  sourceShape,
  type SourceShape,
  type SpanCounts,
} from './spans';

export interface EvalPaths {
  dev: string;
  /** The folder dev.jsonl's `file` paths are relative to. */
  corpus: string;
  grades: string;
  polnearDev: string;
  /** A PolNeAR snapshot: a checked-out folder or a bare git directory. */
  polnear?: string;
}

/** retext-intensify stands for vague attribution with its weasel words and for hedges with its hedges; it has nothing else. */
export const BASELINE_ROWS: readonly Row[] = ['anonymous+vague', 'vague-attribution', 'hedge'];

export interface SentenceError {
  id: string;
  row: Row;
  error: 'missed' | 'false';
}

export interface SentenceSetReport {
  name: string;
  /** Scored sentences (sure, and matching their article). */
  sentences: number;
  unsure: number;
  articles: number;
  /** Sentences whose text (or sha1) does not match their article at [start, end): left out, listed here. */
  mismatches: { id: string; reason: string }[];
  engine: Record<Row, Counts>;
  baseline: Partial<Record<Row, Counts>>;
  errors: SentenceError[];
}

export type SpanTotals = Record<'exact' | 'overlap' | 'words', SpanCounts>;
const NO_SPAN_TOTALS: SpanTotals = { exact: NO_SPANS, overlap: NO_SPANS, words: NO_SPANS };
const addTotals = (a: SpanTotals, b: SpanTotals): SpanTotals => ({
  exact: addSpanCounts(a.exact, b.exact),
  overlap: addSpanCounts(a.overlap, b.overlap),
  words: addSpanCounts(a.words, b.words),
});

export interface SpanSplitReport {
  split: 'train' | 'dev';
  articles: number;
  /** Articles with more than one annotator's file, of which the first alphabetically is used. */
  multiplyAnnotated: number;
  sources: SpanTotals;
  /** Null when no attribution carries a cue. */
  cues: SpanTotals | null;
  /** Attributions inside a direct quotation, left out of the check as out of the findings. */
  inQuotation: number;
  /** Gold sources inside a direct quotation as the engine finds them: the reason those are left out. */
  goldInQuotation: number;
  /** Attributions nested in the reported words of another of their sentence, left out as PolNeAR annotates none. */
  nested: number;
  /** Gold sources inside another attribution's annotated content: the reason nested ones are left out. */
  goldNested: number;
  /** Source spans with the nested attributions scored too, to show what leaving them out changes. */
  sourcesWithNested: SpanTotals;
  /** Gold sources no attribution touches, by how the phrase is built. */
  missedSources: Record<SourceShape, number>;
  /** Predicted sources that touch no gold source, by the finding's kind. */
  falseSources: Partial<Record<FindingKind, number>>;
  seconds: number;
}

export interface GradedArticle {
  file: string;
  editor: EditorGrade;
  ours: Grade;
  score: number;
}

export interface GradeReport {
  /** Articles graded strong, mixed or weak by the editor: the ones the figures are over. */
  graded: number;
  confusion: Confusion<Grade>;
  balancedAccuracy: number;
  auc: number;
  pairs: number;
  /** Articles the editor graded strong and we weak, or the other way round. */
  swaps: GradedArticle[];
  /** Articles the editor graded n/a (nothing to grade): left out of the figures; what we said of them. */
  notApplicable: { articles: number; ours: Record<Grade, number> };
  articles: GradedArticle[];
}

export interface PolnearReport {
  snapshot: string;
  all: SentenceSetReport;
  train: SentenceSetReport;
  dev: SentenceSetReport;
  annotatorPolicy: string;
  spans: { train: SpanSplitReport; dev: SpanSplitReport };
}

export interface EvalReport {
  dev: SentenceSetReport;
  polnear: PolnearReport | null;
  grades: GradeReport;
  seconds: Record<string, number>;
}

/** Our grades, nothing-to-grade included: the editor's are the first three. */
export const GRADES: readonly Grade[] = ['strong', 'mixed', 'weak', 'ungraded'];
// Nothing to grade sits between strong and weak: it is a miss, never a swap.
const GRADE_RANK: Record<Grade, number> = { strong: 2, mixed: 1, ungraded: 1, weak: 0 };
export const ANNOTATOR_POLICY =
  "one annotator per article: of an article's annotation files (one per annotator, named after the article and the annotator), the first by name";

export interface ArticleRun {
  text: string;
  findings: Finding[];
  /** retext-intensify's messages as findings of the kinds they stand for; only where a baseline is scored. */
  baseline?: Located[];
}

const processor = retext().use(retextIntensify);

function baselineOf(text: string): Located[] {
  return processor.processSync(text).messages.flatMap((m) => {
    const kind = m.ruleId === 'weasel' ? 'vague-attribution' : m.ruleId === 'hedge' ? 'hedge' : null;
    const place = m.place && 'start' in m.place ? m.place : null;
    const start = place?.start.offset;
    const end = place?.end.offset;
    return kind && start !== undefined && end !== undefined ? [{ kind, start, end }] : [];
  });
}

function runArticles(texts: Map<string, string>, withBaseline: boolean): Map<string, ArticleRun> {
  return new Map(
    [...texts].map(([file, text]) => [
      file,
      { text, findings: analyzeText(text), baseline: withBaseline ? baselineOf(text) : undefined },
    ]),
  );
}

const sha1Of = (text: string) => createHash('sha1').update(text, 'utf8').digest('hex').slice(0, 12);

/** Why a labelled sentence does not match its article, or null when it does. */
function mismatchOf(s: LabelledSentence, text: string | undefined): string | null {
  if (text === undefined) return `article ${s.file} not found`;
  if (s.end > text.length) return `offsets past the end of ${s.file}`;
  const slice = text.slice(s.start, s.end);
  if (s.text !== undefined && slice !== s.text) return 'text differs from the article at [start, end)';
  if (s.sha1 !== undefined && sha1Of(slice) !== s.sha1) return 'sha1 differs from the article at [start, end)';
  return null;
}

export function scoreSentenceSet(
  name: string,
  labelled: readonly LabelledSentence[],
  articles: ReadonlyMap<string, ArticleRun>,
): SentenceSetReport {
  const sure = labelled.filter((s) => !s.unsure);
  const mismatches: SentenceSetReport['mismatches'] = [];
  const scored = sure.flatMap((s) => {
    const run = articles.get(s.file);
    const problem = mismatchOf(s, run?.text);
    if (problem || !run) {
      mismatches.push({ id: s.id, reason: problem ?? 'no article' });
      return [];
    }
    const span = { start: s.start, end: s.end };
    return [{ s, kinds: kindsOverlapping(run.findings, span), baseline: kindsOverlapping(run.baseline ?? [], span) }];
  });
  const engine = countsByRow(scored.map(({ s, kinds }) => ({ labels: s.labels, kinds })));
  const baselineAll = countsByRow(scored.map(({ s, baseline }) => ({ labels: s.labels, kinds: baseline })));
  const errors = ROWS.flatMap((row) =>
    scored.flatMap(({ s, kinds }) => {
      const guess = predictedOf(kinds, row);
      return truthOf(s.labels, row) === guess ? [] : [{ id: s.id, row, error: guess ? ('false' as const) : ('missed' as const) }];
    }),
  );
  return {
    name,
    sentences: scored.length,
    unsure: labelled.length - sure.length,
    articles: new Set(labelled.map((s) => s.file)).size,
    mismatches,
    engine,
    baseline: Object.fromEntries(BASELINE_ROWS.map((row) => [row, baselineAll[row]])),
    errors,
  };
}

/** The editor's grades against ours, from each article's findings, scored as the command line scores them. */
export function gradeReport(articles: readonly { file: string; editor: EditorGrade; findings: Finding[] }[]): GradeReport {
  const all = articles.map(({ file, editor, findings }) => {
    const { score, grade } = summarizeAttribution(findings);
    return { file, editor, ours: grade, score };
  });
  const graded = all.filter((a): a is GradedArticle & { editor: Grade } => a.editor !== 'n/a');
  const confusion = confusionOf(
    graded.map((a) => ({ truth: a.editor, predicted: a.ours })),
    GRADES,
  );
  const { auc, pairs } = pairwiseAuc(graded.map((a) => ({ rank: GRADE_RANK[a.editor], score: a.score })));
  const na = all.filter((a) => a.editor === 'n/a');
  return {
    graded: graded.length,
    confusion,
    balancedAccuracy: balancedAccuracy(confusion, GRADES),
    auc,
    pairs,
    swaps: graded.filter((a) => Math.abs(GRADE_RANK[a.editor] - GRADE_RANK[a.ours]) === 2),
    notApplicable: {
      articles: na.length,
      ours: Object.fromEntries(GRADES.map((g) => [g, na.filter((a) => a.ours === g).length])) as Record<Grade, number>,
    },
    articles: all,
  };
}

/** Our corpus's articles that dev.jsonl and grades.jsonl refer to, read whole and analysed once. */
export function devArticles(paths: EvalPaths, files: Iterable<string>): Map<string, ArticleRun> {
  const texts = new Map<string, string>();
  for (const file of new Set(files)) {
    const path = join(paths.corpus, file);
    if (existsSync(path)) texts.set(file, readFileSync(path, 'utf8'));
  }
  return runArticles(texts, true);
}

export function gradedArticles(paths: EvalPaths, grades: readonly GradeRecord[], articles: ReadonlyMap<string, ArticleRun>) {
  return grades.map(({ file, grade }) => {
    const run = articles.get(file);
    if (!run) throw new Error(`${paths.grades}: article ${file} not found under ${paths.corpus}`);
    return { file, editor: grade, findings: run.findings };
  });
}

/**
 * Scores the attribution parser, as the literature scores extractors: the attributions it finds (`findAttributions`),
 * not the findings made of them. Scored are those that tie a source to a cue, as every PolNeAR attribution does
 * (a formula such as "widely believed" has no source phrase), outside direct quotations, inside which PolNeAR
 * annotates next to none (counted in `goldInQuotation`), and not nested in another's reported words: PolNeAR gives
 * each word one role in one attribution, so it annotates no attribution inside another's content (`goldNested`).
 * Tests pass attributions of their own.
 */
export function spanSplit(
  snapshot: Snapshot,
  split: 'train' | 'dev',
  parse: (text: string) => ParsedAttribution[] = findAttributions,
): SpanSplitReport {
  const t0 = performance.now();
  const texts = snapshot.list(`data/${split}/text`).filter((p) => p.endsWith('.txt'));
  const annByArticle = new Map<string, string[]>();
  for (const ann of snapshot.list(`data/${split}/attributions`).filter((p) => p.endsWith('.ann'))) {
    const article = ann.slice(ann.lastIndexOf('/') + 1).replace(/_[^_]+\.ann$/, '');
    annByArticle.set(article, [...(annByArticle.get(article) ?? []), ann].sort());
  }
  const chosen = new Map<string, string>();
  for (const text of texts) {
    const article = text.slice(text.lastIndexOf('/') + 1).replace(/\.txt$/, '');
    const ann = annByArticle.get(article)?.[0];
    if (ann) chosen.set(text, ann);
  }
  const files = snapshot.readMany([...chosen.keys(), ...chosen.values()]);
  let sources = NO_SPAN_TOTALS;
  let cues = NO_SPAN_TOTALS;
  let cuesPredicted = 0;
  let inQuotation = 0;
  let goldInQuotation = 0;
  let nested = 0;
  let goldNested = 0;
  let sourcesWithNested = NO_SPAN_TOTALS;
  const missedSources = Object.fromEntries(SOURCE_SHAPES.map((s) => [s, 0])) as Record<SourceShape, number>;
  const falseSources: Partial<Record<FindingKind, number>> = {};
  for (const [textPath, annPath] of chosen) {
    const text = files.get(textPath)!;
    const doc = parseAnn(files.get(annPath)!, annPath);
    if (doc.events.length === 0) continue;
    const parsed = parse(text);
    const outside = parsed.filter((a) => a.cue && !a.inQuotation);
    const attributions = outside.filter((a) => !a.nested);
    inQuotation += parsed.filter((a) => a.inQuotation).length;
    nested += outside.length - attributions.length;
    const predictedSources = attributions.map((a) => ({ ...a.source, kind: a.kind }));
    const goldSources = eventArguments(doc, ['Attribution'], 'Source').map((b) => b.fragments);
    const quotations = findQuotations(text);
    goldInQuotation += goldSources.filter((g) => quotationAround(quotations, g[0]!.start, g[g.length - 1]!.end)).length;
    const contents = eventArguments(doc, ['Attribution', 'Attribution-no-source'], 'Content').flatMap((b) => b.fragments);
    goldNested += goldSources.filter((g) => contents.some((c) => c.start <= g[0]!.start && g[g.length - 1]!.end <= c.end)).length;
    const s = scoreSpans(text, goldSources, predictedSources);
    sources = addTotals(sources, s);
    sourcesWithNested = addTotals(sourcesWithNested, scoreSpans(text, goldSources, outside.map((a) => a.source)));
    for (const g of s.missedGold) missedSources[sourceShape(text.slice(g.start, g.end))]++;
    for (const w of s.wrongPredicted) {
      const kind = predictedSources.find((p) => p.start <= w.start && w.end <= p.end)?.kind;
      if (kind) falseSources[kind] = (falseSources[kind] ?? 0) + 1;
    }
    const predictedCues = attributions.flatMap((a) => a.cue ?? []);
    cuesPredicted += predictedCues.length;
    const c = scoreSpans(
      text,
      eventArguments(doc, ['Attribution', 'Attribution-no-source'], 'Cue').map((b) => b.fragments),
      predictedCues,
    );
    cues = addTotals(cues, c);
  }
  return {
    split,
    articles: chosen.size,
    multiplyAnnotated: [...chosen.keys()].filter((t) => {
      const article = t.slice(t.lastIndexOf('/') + 1).replace(/\.txt$/, '');
      return (annByArticle.get(article)?.length ?? 0) > 1;
    }).length,
    sources,
    cues: cuesPredicted ? cues : null,
    inQuotation,
    goldInQuotation,
    nested,
    goldNested,
    sourcesWithNested,
    missedSources,
    falseSources,
    seconds: (performance.now() - t0) / 1000,
  };
}

function polnearReport(paths: EvalPaths & { polnear: string }): PolnearReport {
  const snapshot = openSnapshot(paths.polnear);
  const labelled = readLabelledSentences(paths.polnearDev);
  const bad = labelled.find((s) => !/^data\/(train|dev)\/text\//.test(s.file));
  if (bad) throw new Error(`${paths.polnearDev}: sentence ${bad.id} points outside data/train/text and data/dev/text`);
  const articles = runArticles(snapshot.readMany([...new Set(labelled.map((s) => s.file))]), true);
  const inSplit = (split: string) => labelled.filter((s) => s.file.startsWith(`data/${split}/`));
  return {
    snapshot: snapshot.kind,
    all: scoreSentenceSet('polnear-dev.jsonl', labelled, articles),
    train: scoreSentenceSet('polnear-dev.jsonl, train-split articles', inSplit('train'), articles),
    dev: scoreSentenceSet('polnear-dev.jsonl, dev-split articles', inSplit('dev'), articles),
    annotatorPolicy: ANNOTATOR_POLICY,
    spans: { train: spanSplit(snapshot, 'train'), dev: spanSplit(snapshot, 'dev') },
  };
}

export function runEvaluation(paths: EvalPaths): EvalReport {
  const seconds: Record<string, number> = {};
  const timed = <T>(label: string, run: () => T): T => {
    const t0 = performance.now();
    const value = run();
    seconds[label] = (performance.now() - t0) / 1000;
    return value;
  };
  const labelled = readLabelledSentences(paths.dev);
  const grades = readGrades(paths.grades);
  const articles = timed('dev articles (engine and retext-intensify)', () =>
    devArticles(paths, [...labelled.map((s) => s.file), ...grades.map((g) => g.file)]),
  );
  const dev = scoreSentenceSet('dev.jsonl', labelled, articles);
  const gradeFigures = gradeReport(gradedArticles(paths, grades, articles));
  const polnear = paths.polnear
    ? timed('PolNeAR (polnear-dev.jsonl and the span check)', () => polnearReport({ ...paths, polnear: paths.polnear! }))
    : null;
  return { dev, polnear, grades: gradeFigures, seconds };
}
