// npm run eval:calibrate [-- dev.jsonl]: which settings of the score's documented constants make its grades
// agree best with the editor's on grades.jsonl, for the engine as it stands. Reports only; score.ts is unchanged.
import { parseEvalArgs, runTool } from './eval/args';
import { calibrate, GRID, type CalibrationResult } from './eval/calibrate';
import { readGrades, readLabelledSentences } from './eval/data';
import { devArticles, gradedArticles } from './eval/run';

const SHOWN = 10;

const args = runTool(() => parseEvalArgs(process.argv.slice(2), []));
const t0 = performance.now();
const articles = runTool(() => {
  const grades = readGrades(args.paths.grades);
  const files = [...readLabelledSentences(args.paths.dev).map((s) => s.file), ...grades.map((g) => g.file)];
  return gradedArticles(args.paths, grades, devArticles(args.paths, files));
});
const { results, crossValidated } = calibrate(articles);

const row = (r: CalibrationResult) => ({
  rank: results.indexOf(r) + 1,
  'bal. acc.': r.balancedAccuracy.toFixed(3),
  AUC: r.auc.toFixed(3),
  swaps: r.swaps,
  base: r.constants.base,
  named: r.constants.namedWeight,
  'anon bare/gen/spec': `${r.constants.weight.bare}/${r.constants.weight.generic}/${r.constants.weight.specific}`,
  vague: r.constants.weight['vague-attribution'],
  hedge: r.constants.weight.hedge,
  figure: r.constants.weight['unverified-figure'],
  'caps anon/vague/hedge/fig': Object.values(r.constants.cap).join('/'),
  'strong ≥': r.constants.strongFrom,
  'weak <': r.constants.weakBelow,
  changed: r.changed,
});
const graded = articles.filter((a) => a.editor !== 'n/a').length;
console.log(
  `${results.length} settings tried on ${graded} graded articles (n/a left out) in ${((performance.now() - t0) / 1000).toFixed(1)} s.\n` +
    `grid: ${JSON.stringify(GRID)} (anonymous weights and caps: scales of today's values)`,
);
console.log('\nbest by balanced accuracy, then fewer strong↔weak swaps, AUC, smaller change ("changed": grid constants off today\'s):');
console.table(results.slice(0, SHOWN).map(row));
console.log('best with no strong↔weak swap:');
console.table(results.filter((r) => r.swaps === 0).slice(0, SHOWN).map(row));
console.log("today's constants:");
console.table([row(results.find((r) => r.changed === 0)!)]);
console.log(
  `${crossValidated.folds}-fold cross-validated (each article graded by the best setting chosen without it): balanced accuracy ` +
    `${crossValidated.balancedAccuracy.toFixed(3)}, strong↔weak swaps ${crossValidated.swaps}. ` +
    `The best figures above are chosen on the same ${graded} articles and flatter; rerun after the engine changes.`,
);
