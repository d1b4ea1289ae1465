// npm run eval:readme [-- --polnear DIR]: runs the evaluation and rewrites the README's "How accurate is it"
// section from its figures.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseEvalArgs, runTool, repoRoot } from './eval/args';
import { readLabelledSentences } from './eval/data';
import { renderAccuracySection, withAccuracySection } from './eval/readme-section';
import { runEvaluation } from './eval/run';

const args = runTool(() => parseEvalArgs(process.argv.slice(2), ['--polnear']));
if (!args.paths.polnear) console.warn('no --polnear DIR given: the section will say PolNeAR was not measured');
const report = runTool(() => runEvaluation(args.paths));
const devTexts = new Map(readLabelledSentences(args.paths.dev).flatMap((s) => (s.text ? [[s.id, s.text] as const] : [])));
const section = renderAccuracySection(report, devTexts, new Date().toISOString().slice(0, 10));
const readmePath = resolve(repoRoot, 'README.md');
writeFileSync(readmePath, withAccuracySection(readFileSync(readmePath, 'utf8'), section));
console.log(`README.md: "How accurate is it" regenerated (${section.split('\n').length} lines)`);
