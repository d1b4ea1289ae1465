// The console view of an EvalReport: the same figures as the JSON, in tables.
import { prf, type Counts, type Prf } from './metrics';
import { ROWS } from './sentence-labels';
import { spanPrf, type SpanCounts } from './spans';
import { GRADES, type EvalReport, type SentenceSetReport, type SpanSplitReport, type SpanTotals } from './run';

export const TRAIN_DEV_GAP_TARGET = 0.05;

/** The span table's lines: label, which spans, which measure. Cue lines only once attributions carry cues. */
export const SPAN_LINES: [string, 'sources' | 'cues', keyof SpanTotals][] = [
  ['source, exact', 'sources', 'exact'],
  ['source, overlapping', 'sources', 'overlap'],
  ['source words (Citron overlap)', 'sources', 'words'],
  ['cue, exact', 'cues', 'exact'],
  ['cue, overlapping', 'cues', 'overlap'],
  ['cue words (Citron overlap)', 'cues', 'words'],
];
const fmt = (n: number) => n.toFixed(2);
const fmt3 = (n: number) => n.toFixed(3);
const cells = (label: string, s: Prf) => ({ [`${label} P`]: fmt(s.p), [`${label} R`]: fmt(s.r), [`${label} F1`]: fmt(s.f1) });
const gapOf = (train: Prf, dev: Prf) => {
  const gap = train.f1 - dev.f1;
  return { 'gap F1': `${gap >= 0 ? '+' : ''}${fmt(gap)}${Math.abs(gap) > TRAIN_DEV_GAP_TARGET ? ' !' : ''}` };
};

function describeSet(set: SentenceSetReport): string {
  const mismatched = set.mismatches.length
    ? `; ${set.mismatches.length} left out as they do not match their article: ${set.mismatches.map((m) => `${m.id} (${m.reason})`).join(', ')}`
    : '; every sentence matches its article';
  return `${set.name}: ${set.sentences} sentences from ${set.articles} articles (${set.unsure} unsure left out${mismatched})`;
}

export function printSentenceSet(set: SentenceSetReport, floors: Partial<Record<string, number>> = {}): void {
  console.log(describeSet(set));
  console.table(
    ROWS.map((row) => {
      const baseline = set.baseline[row];
      return {
        kind: row,
        ...cells('engine', prf(set.engine[row])),
        floor: floors[row] === undefined ? '' : fmt(floors[row]!),
        ...(baseline ? cells('retext', prf(baseline)) : { 'retext P': '—', 'retext R': '—', 'retext F1': '—' }),
      };
    }),
  );
}

const positives = (c: Counts) => c.tp + c.fn;

/** The whole set, then its train- and dev-split articles side by side with the gap between them. */
export function printTrainDev(all: SentenceSetReport, train: SentenceSetReport, dev: SentenceSetReport): void {
  for (const set of [all, train, dev]) console.log(describeSet(set));
  console.table(
    ROWS.map((row) => {
      const t = prf(train.engine[row]);
      const d = prf(dev.engine[row]);
      const baseline = all.baseline[row] as Counts | undefined;
      return {
        kind: row,
        ...cells('all', prf(all.engine[row])),
        'retext F1': baseline ? fmt(prf(baseline).f1) : '—',
        'train F1': fmt(t.f1),
        'dev F1': fmt(d.f1),
        ...gapOf(t, d),
        'positives train/dev': `${positives(train.engine[row])} / ${positives(dev.engine[row])}`,
      };
    }),
  );
  console.log(`(gap = train − dev F1; "!" marks a gap over ${TRAIN_DEV_GAP_TARGET}; with few positives a gap is mostly chance)`);
}

export function printSpans(train: SpanSplitReport, dev: SpanSplitReport, policy: string): void {
  const lines = SPAN_LINES.flatMap(([label, part, key]): [string, SpanCounts, SpanCounts][] => {
    const t = train[part];
    const d = dev[part];
    return t && d ? [[label, t[key], d[key]]] : [];
  });
  for (const s of [train, dev]) {
    console.log(
      `PolNeAR ${s.split}: ${s.articles} articles (${s.multiplyAnnotated} with several annotators), ` +
        `${s.sources.exact.gold} gold source spans, ${s.sources.exact.predicted} predicted; ${s.seconds.toFixed(1)} s`,
    );
  }
  console.log(`annotator policy: ${policy}`);
  console.log(
    'scored: the attribution parser (findAttributions), not the findings: every source it ties to a cue, outside direct ' +
      `quotations, inside which PolNeAR annotates next to no source (train ${train.goldInQuotation} of ${train.sources.exact.gold}, ` +
      `dev ${dev.goldInQuotation} of ${dev.sources.exact.gold}); left out there: train ${train.inQuotation}, dev ${dev.inQuotation} attributions`,
  );
  console.log(
    'and not nested in the reported words of another attribution of their sentence ("Reid says he voted", "…, according to the poll"): ' +
      `PolNeAR gives each word one role in one attribution, so annotates none inside another's content (train ${train.goldNested} of ` +
      `${train.sources.exact.gold}, dev ${dev.goldNested} of ${dev.sources.exact.gold}); left out: train ${train.nested}, dev ${dev.nested}. ` +
      `Source F1 with them scored too, to three places: overlapping train ${fmt3(spanPrf(train.sourcesWithNested.overlap).f1)}, dev ${fmt3(spanPrf(dev.sourcesWithNested.overlap).f1)} ` +
      `(without them ${fmt3(spanPrf(train.sources.overlap).f1)}, ${fmt3(spanPrf(dev.sources.overlap).f1)}); exact train ${fmt3(spanPrf(train.sourcesWithNested.exact).f1)}, ` +
      `dev ${fmt3(spanPrf(dev.sourcesWithNested.exact).f1)} (without them ${fmt3(spanPrf(train.sources.exact).f1)}, ${fmt3(spanPrf(dev.sources.exact).f1)})`,
  );
  console.table(
    lines.map(([label, t, d]) => ({ spans: label, ...cells('train', spanPrf(t)), ...cells('dev', spanPrf(d)), ...gapOf(spanPrf(t), spanPrf(d)) })),
  );
  if (!train.cues || !dev.cues) console.log('cue spans: not scored, as no attribution carries a cue');
  console.log(`dev gold sources no attribution touches, by shape: ${JSON.stringify(dev.missedSources)}`);
  console.log(`dev predicted sources touching no gold source, by kind: ${JSON.stringify(dev.falseSources)}`);
}

export function printGrades(report: EvalReport['grades']): void {
  console.log(
    `grades: ${report.graded} articles graded strong/mixed/weak by the editor; balanced accuracy ${fmt(report.balancedAccuracy)} ` +
      `(target 0.80), pairwise AUC of the score ${fmt(report.auc)} over ${report.pairs} pairs, ` +
      `strong↔weak swaps ${report.swaps.length}${report.swaps.length ? ` (${report.swaps.map((s) => s.file).join(', ')})` : ''}`,
  );
  console.table(
    GRADES.map((editor) => ({
      'editor ↓ / ours →': editor,
      ...Object.fromEntries(GRADES.map((ours) => [ours, report.confusion[editor][ours]])),
    })),
  );
  const na = report.notApplicable;
  console.log(
    `n/a (the editor found nothing to grade; left out of the figures above): ${na.articles} articles, ` +
      `which we graded ${GRADES.map((g) => `${g} ${na.ours[g]}`).join(', ')}`,
  );
}
