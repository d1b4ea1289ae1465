// How accurate the engine is, reading each article whole: sentence-level precision, recall and F1 per kind on
// dev.jsonl (and, with --polnear DIR, on polnear-dev.jsonl's train- and dev-split articles side by side), source
// and cue spans against PolNeAR's annotated attributions, the editor's grades, and the engine's throughput,
// with retext-intensify as the baseline.
// Usage: npm run eval [-- dev.jsonl] [-- --polnear DIR] [-- --json OUT] [-- --errors]
// Exits 1 when an F1 floor on dev.jsonl is missed or the engine is not faster than retext-intensify, so CI can run it.
import { writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { retext } from 'retext';
import retextIntensify from 'retext-intensify';
import { analyzeText } from '../../utils/engine/index';
import { parseEvalArgs, runTool } from './eval/args';
import { readLabelledSentences } from './eval/data';
import { prf } from './eval/metrics';
import { printGrades, printSentenceSet, printSpans, printTrainDev } from './eval/print';
import { runEvaluation, type SentenceSetReport } from './eval/run';
import type { Row } from './eval/sentence-labels';

// Floors on dev.jsonl only, read whole-article; set below the engine of the day with a margin, to catch
// regressions rather than to state the targets (those are in the README).
// The issue's targets, held on dev.jsonl (which the engine meets); the grades' targets too.
const FLOORS: Partial<Record<Row, number>> = {
  'anonymous+vague': 0.88,
  hedge: 0.9,
  'unverified-figure': 0.85,
  'named-source': 0.9,
};
const GRADES_BALANCED_ACCURACY_FLOOR = 0.8;
// Reported, not enforced: timings depend on the machine, so only the comparison with retext-intensify fails the run.
const THROUGHPUT_TARGET_MB_S = 10;

const args = runTool(() => parseEvalArgs(process.argv.slice(2)));
const t0 = performance.now();
const report = runTool(() => runEvaluation(args.paths));

printSentenceSet(report.dev, FLOORS);
if (report.polnear) {
  console.log(`\nPolNeAR snapshot (${report.polnear.snapshot}):`);
  printTrainDev(report.polnear.all, report.polnear.train, report.polnear.dev);
  console.log('\nAttribution spans against PolNeAR annotations (the attribution parser: every source it ties to a cue, outside quotations):');
  printSpans(report.polnear.spans.train, report.polnear.spans.dev, report.polnear.annotatorPolicy);
} else {
  console.log('\nPolNeAR parts skipped: give a snapshot with --polnear DIR to score polnear-dev.jsonl and the attribution spans.');
}
console.log('');
printGrades(report.grades);

// Throughput on plain text: the labelled sentences, one per line, repeated to about 4 MB. One untimed pass
// first, so the figure is the steady state a long-lived content script sees rather than JIT warm-up.
function timed(run: () => unknown): number {
  const start = performance.now();
  run();
  return (performance.now() - start) / 1000;
}
const block = readLabelledSentences(args.paths.dev).flatMap((s) => s.text ?? []).join('\n');
const big = Array.from({ length: Math.ceil(4_000_000 / block.length) }, () => block).join('\n');
const bigMB = Buffer.byteLength(big) / 1e6;
analyzeText(big);
// The better of two runs: other work on a shared machine only ever slows a run down.
const engineMBs = bigMB / Math.min(timed(() => analyzeText(big)), timed(() => analyzeText(big)));
const processor = retext().use(retextIntensify);
const sampleMB = Buffer.byteLength(block) / 1e6;
processor.processSync(block);
// The gate compares like with like: both on the same sentences, in turn (which goes first alternating, so that neither
// always pays for the other's garbage), the best of fifteen runs each: other work on the machine slows both alike
// rather than whichever ran while it was busy. Seven were too few on a loaded two-core machine: over five evals their
// best ranged 73–99 ms for the engine and 80–128 ms for retext-intensify, and one eval put them the wrong way round.
const GATE_ROUNDS = 15;
let engineBest = Infinity;
let retextBest = Infinity;
for (let round = 0; round < GATE_ROUNDS; round++) {
  const runEngine = () => (engineBest = Math.min(engineBest, timed(() => analyzeText(block))));
  const runRetext = () => (retextBest = Math.min(retextBest, timed(() => processor.processSync(block))));
  if (round % 2 === 0) {
    runEngine();
    runRetext();
  } else {
    runRetext();
    runEngine();
  }
}
const retextMBs = sampleMB / retextBest;
const engineSameMBs = sampleMB / engineBest;
// What this machine does with the simplest possible scan of the same text, to put the figures in context.
const loopMBs =
  bigMB /
  timed(() => {
    let spaces = 0;
    for (let i = 0; i < big.length; i++) if (big.charCodeAt(i) === 32) spaces++;
    return spaces;
  });
console.log(
  `\nthroughput: engine ${engineMBs.toFixed(1)} MB/s on ${bigMB.toFixed(1)} MB (target ${THROUGHPUT_TARGET_MB_S} MB/s${engineMBs < THROUGHPUT_TARGET_MB_S ? ', NOT MET on this machine' : ''}); ` +
    `retext-intensify ${retextMBs.toFixed(2)} MB/s on ${sampleMB.toFixed(2)} MB (the engine on the same, ${engineSameMBs.toFixed(2)} MB/s); a bare character loop ${loopMBs.toFixed(0)} MB/s`,
);
const seconds = { ...report.seconds, total: (performance.now() - t0) / 1000 };
console.log(`seconds: ${Object.entries(seconds).map(([k, v]) => `${k} ${v.toFixed(1)}`).join('; ')}`);

if (args.errors) {
  const sets: SentenceSetReport[] = [report.dev, ...(report.polnear ? [report.polnear.all] : [])];
  const texts = new Map(readLabelledSentences(args.paths.dev).map((s) => [s.id, s.text]));
  for (const set of sets) {
    console.log(`\n${set.name}: ${set.errors.length} errors`);
    for (const e of set.errors) console.log(`${e.error === 'false' ? 'FP' : 'FN'} ${e.row} ${e.id}${texts.has(e.id) ? `: ${texts.get(e.id)}` : ''}`);
  }
}

if (args.json) {
  writeFileSync(args.json, `${JSON.stringify({ ...report, seconds, throughput: { engineMBs, retextMBs, loopMBs, gate: { engineMBs: engineSameMBs, retextMBs, engineBestMs: engineBest * 1000, retextBestMs: retextBest * 1000 } } }, null, 2)}\n`);
  console.log(`figures written to ${args.json}`);
}

const failures = Object.entries(FLOORS).flatMap(([row, floor]) => {
  const f1 = prf(report.dev.engine[row as Row]).f1;
  return f1 < floor! ? [`dev.jsonl ${row} F1 ${f1.toFixed(2)} < ${floor!.toFixed(2)}`] : [];
});
if (report.grades.balancedAccuracy < GRADES_BALANCED_ACCURACY_FLOOR) {
  failures.push(`grades balanced accuracy ${report.grades.balancedAccuracy.toFixed(2)} < ${GRADES_BALANCED_ACCURACY_FLOOR.toFixed(2)}`);
}
if (report.grades.swaps.length) failures.push(`${report.grades.swaps.length} strong↔weak swaps against the editor`);
if (report.dev.mismatches.length) failures.push(`${report.dev.mismatches.length} dev.jsonl sentences do not match their article`);
if (engineBest >= retextBest) failures.push(`engine is not faster than retext-intensify on the same sentences (best of ${GATE_ROUNDS}: ${(engineBest * 1000).toFixed(0)} ms against ${(retextBest * 1000).toFixed(0)} ms)`);
if (failures.length) {
  console.error(`\nFAIL: ${failures.join('; ')}`);
  process.exit(1);
}
console.log('\nAll floors met.');
