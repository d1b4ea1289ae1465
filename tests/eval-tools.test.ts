// The pure parts of npm run eval, on small hand-made inputs.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { SCORE_CONSTANTS } from '../utils/engine/score';
import type { Finding, FindingKind, ParsedAttribution } from '../utils/engine/types';
import { eventArguments, parseAnn } from './tools/eval/brat';
import { calibrate, constantsAt, gridPoints, TODAY, type GridPoint } from './tools/eval/calibrate';
import { openSnapshot, type LabelledSentence } from './tools/eval/data';
import { balancedAccuracy, confusionOf, pairwiseAuc, prf, tally } from './tools/eval/metrics';
import { gradeReport, scoreSentenceSet, spanSplit, type ArticleRun } from './tools/eval/run';
import { renderAccuracySection, spanTargetsLine, withAccuracySection } from './tools/eval/readme-section';
import { countsByRow, kindsOverlapping, type Labels } from './tools/eval/sentence-labels';
import { scoreSpans, sourceShape, trimSpan } from './tools/eval/spans';

// Each finding its own words: the same words again would count as one source mentioned again (repeats.ts).
const finding = (kind: FindingKind, start: number, end: number, extra: Partial<Finding> = {}): Finding => ({
  kind,
  start,
  end,
  text: `${kind} ${start}`,
  reason: '',
  ...extra,
});
const labels = (...kinds: FindingKind[]): Labels => ({
  'anonymous-source': kinds.includes('anonymous-source') ? 1 : 0,
  'vague-attribution': kinds.includes('vague-attribution') ? 1 : 0,
  hedge: kinds.includes('hedge') ? 1 : 0,
  'unverified-figure': kinds.includes('unverified-figure') ? 1 : 0,
  'named-source': kinds.includes('named-source') ? 1 : 0,
});

describe('brat .ann parser', () => {
  const ann = [
    'T1\tSource 0 9\tThe mayor',
    'T2\tCue 10 14\tsaid',
    'T3\tContent 15 40;45 60\ttwo pieces',
    'of text that ran over a line',
    'T4\tAttribution 10 14\tsaid',
    'E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1',
    '#1\tAnnotatorNotes T3\ta note',
    'T5\tSource 70 80\tAides',
    'T6\tSource 85 90\tothers',
    'T7\tCue 91 95\twrote',
    'T8\tAttribution 91 95\twrote',
    'E2\tAttribution:T8 Cue:T7 Source:T5 Source2:T6 Source3:T1',
    'T9\tCue 100 104\tsaid',
    'T10\tAttribution-no-source 100 104\tsaid',
    'E3\tAttribution-no-source:T10 Cue:T9',
    'T11\tSource 120 125\tstray',
    '',
  ].join('\n');

  test('reads single and discontinuous spans, and skips notes and continuation lines', () => {
    const doc = parseAnn(ann);
    expect(doc.textBounds.get('T1')).toEqual({ id: 'T1', type: 'Source', fragments: [{ start: 0, end: 9 }] });
    expect(doc.textBounds.get('T3')!.fragments).toEqual([
      { start: 15, end: 40 },
      { start: 45, end: 60 },
    ]);
    expect(doc.textBounds.size).toBe(11);
    expect(doc.events.map((e) => [e.id, e.type, e.trigger, e.args.length])).toEqual([
      ['E1', 'Attribution', 'T4', 3],
      ['E2', 'Attribution', 'T8', 4],
      ['E3', 'Attribution-no-source', 'T10', 1],
    ]);
  });

  test('event arguments: numbered roles count, each annotation once, stray ones not at all', () => {
    const doc = parseAnn(ann);
    expect(eventArguments(doc, ['Attribution'], 'Source').map((t) => t.id)).toEqual(['T1', 'T5', 'T6']);
    expect(eventArguments(doc, ['Attribution'], 'Cue').map((t) => t.id)).toEqual(['T2', 'T7']);
    expect(eventArguments(doc, ['Attribution', 'Attribution-no-source'], 'Cue').map((t) => t.id)).toEqual(['T2', 'T7', 'T9']);
  });

  test('a malformed annotation line is an error that names the line', () => {
    expect(() => parseAnn('T1\tSource 0 9\tok\nT2\tSource nine ten\tbad', 'x.ann')).toThrow(/x\.ann, line 2/);
    expect(() => parseAnn('E1\tAttribution T4', 'y.ann')).toThrow(/y\.ann, line 1/);
  });
});

describe('span scoring', () => {
  //            0         1         2         3         4         5
  //            0123456789012345678901234567890123456789012345678901234
  const text = '"Yes," the mayor said. Two aides, who declined, agreed.';

  test('trimming drops whitespace and punctuation at the ends only', () => {
    expect(trimSpan(text, { start: 5, end: 17 })).toEqual({ start: 7, end: 16 }); // '" the mayor ' → 'the mayor'
    expect(trimSpan(text, { start: 0, end: 5 })).toEqual({ start: 1, end: 4 });
    expect(trimSpan(text, { start: 4, end: 6 })).toEqual({ start: 6, end: 6 });
  });

  test('exact needs the same trimmed span; overlapping needs one shared character', () => {
    const gold = [[{ start: 7, end: 16 }], [{ start: 23, end: 32 }]]; // 'the mayor', 'Two aides'
    const s = scoreSpans(text, gold, [
      { start: 6, end: 17 }, // ' the mayor ' → exact after trimming
      { start: 27, end: 32 }, // 'aides': overlaps only
      { start: 27, end: 32 }, // a duplicate counts once
      { start: 34, end: 37 }, // 'who': neither
    ]);
    expect(s.exact).toEqual({ predicted: 3, predictedRight: 1, gold: 2, goldFound: 1 });
    expect(s.overlap).toEqual({ predicted: 3, predictedRight: 2, gold: 2, goldFound: 2 });
    // Words: predicted the, mayor, aides, who; gold the, mayor, Two, aides.
    expect(s.words).toEqual({ predicted: 4, predictedRight: 3, gold: 4, goldFound: 3 });
    expect(s.wrongPredicted).toEqual([{ start: 34, end: 37 }]);
    expect(s.missedGold).toEqual([]);
  });

  test('a discontinuous gold span matches exactly by its extent, and overlaps by any fragment', () => {
    const gold = [[{ start: 23, end: 26 }, { start: 48, end: 55 }]]; // 'Two' … 'agreed.'
    expect(scoreSpans(text, gold, [{ start: 23, end: 55 }]).exact.goldFound).toBe(1);
    expect(scoreSpans(text, gold, [{ start: 23, end: 32 }]).exact.goldFound).toBe(0);
    expect(scoreSpans(text, gold, [{ start: 33, end: 46 }]).overlap.goldFound).toBe(0); // only the gap
    const missed = scoreSpans(text, gold, [{ start: 33, end: 46 }]);
    expect(missed.missedGold).toEqual([{ start: 23, end: 54 }]);
  });

  test('source shapes from the first word', () => {
    expect(sourceShape('he')).toBe('pronoun');
    expect(sourceShape('“The official')).toBe('definite description');
    expect(sourceShape('some economists')).toBe('unnamed or counted');
    expect(sourceShape('Two aides')).toBe('unnamed or counted');
    expect(sourceShape('Senator Smith')).toBe('capitalised name');
    expect(sourceShape('analysts')).toBe('other');
    expect(sourceShape('—')).toBe('other');
  });
});

describe('metrics', () => {
  test('precision, recall and F1 from counts, 0 where there is nothing to divide', () => {
    const counts = tally([
      [true, true],
      [true, true],
      [true, false],
      [false, true],
      [false, false],
    ]);
    expect(counts).toEqual({ tp: 2, fp: 1, fn: 1 });
    expect(prf(counts)).toEqual({ p: 2 / 3, r: 2 / 3, f1: 2 / 3 });
    expect(prf({ tp: 0, fp: 0, fn: 3 })).toEqual({ p: 0, r: 0, f1: 0 });
  });

  test('balanced accuracy is the mean recall over the classes present', () => {
    const classes = ['strong', 'mixed', 'weak'] as const;
    const m = confusionOf(
      [
        { truth: 'strong', predicted: 'strong' },
        { truth: 'strong', predicted: 'strong' },
        { truth: 'strong', predicted: 'strong' },
        { truth: 'strong', predicted: 'mixed' },
        { truth: 'mixed', predicted: 'strong' },
        { truth: 'mixed', predicted: 'mixed' },
      ],
      classes,
    );
    expect(m.strong).toEqual({ strong: 3, mixed: 1, weak: 0 });
    // (3/4 + 1/2) / 2: no article is weak, so weak does not count.
    expect(balancedAccuracy(m, classes)).toBeCloseTo(0.625, 10);
  });

  test('pairwise AUC counts pairs with different ranks, ties half', () => {
    expect(pairwiseAuc([
      { rank: 2, score: 80 },
      { rank: 1, score: 60 },
      { rank: 0, score: 60 },
      { rank: 0, score: 70 },
    ])).toEqual({ auc: (3 + 0.5 + 0) / 5, pairs: 5 });
    // (2,1) ok, (2,0) ok, (2,0) ok, (1,0) tie, (1,0) wrong
  });
});

describe('sentence-level counting', () => {
  test('a finding counts for a sentence when it shares a character with it', () => {
    const findings = [finding('hedge', 0, 10), finding('named-source', 10, 20), finding('vague-attribution', 19, 25)];
    expect([...kindsOverlapping(findings, { start: 10, end: 19 })]).toEqual(['named-source']);
    expect([...kindsOverlapping(findings, { start: 9, end: 20 })].sort()).toEqual(['hedge', 'named-source', 'vague-attribution']);
    expect(kindsOverlapping(findings, { start: 25, end: 30 }).size).toBe(0);
  });

  test('anonymous + vague: positive if either label is, predicted if either kind is', () => {
    const counts = countsByRow([
      { labels: labels('anonymous-source'), kinds: new Set(['vague-attribution']) },
      { labels: labels('vague-attribution'), kinds: new Set() },
      { labels: labels(), kinds: new Set(['anonymous-source']) },
    ]);
    expect(counts['anonymous+vague']).toEqual({ tp: 1, fp: 1, fn: 1 });
    expect(counts['anonymous-source']).toEqual({ tp: 0, fp: 1, fn: 1 });
    expect(counts['vague-attribution']).toEqual({ tp: 0, fp: 1, fn: 1 });
  });

  test('a set of sentences on one article: unsure ones left out, mismatches listed and left out', () => {
    const text = 'Officials said so. It rose 5%. The mayor said it.';
    const sentence = (id: string, start: number, end: number, l: Labels, extra: Partial<LabelledSentence> = {}): LabelledSentence => ({
      id,
      file: 'a.txt',
      start,
      end,
      text: text.slice(start, end),
      labels: l,
      unsure: false,
      ...extra,
    });
    const run: ArticleRun = {
      text,
      findings: [finding('vague-attribution', 0, 14), finding('unverified-figure', 27, 29), finding('named-source', 31, 45)],
      baseline: [{ kind: 'vague-attribution', start: 0, end: 9 }],
    };
    const sha1 = (s: string) => createHash('sha1').update(s).digest('hex').slice(0, 12);
    const report = scoreSentenceSet('test', [
      sentence('s1', 0, 18, labels('vague-attribution')),
      sentence('s2', 19, 30, labels('unverified-figure'), { text: undefined, sha1: sha1('It rose 5%.') }),
      sentence('s3', 31, 49, labels('named-source'), { text: undefined, sha1: 'ffffffffffff' }),
      sentence('s4', 31, 49, labels('hedge'), { text: 'something else' }),
      sentence('s5', 31, 49, labels(), { unsure: true }),
    ], new Map([['a.txt', run]]));
    expect(report.sentences).toBe(2);
    expect(report.unsure).toBe(1);
    expect(report.mismatches.map((m) => m.id)).toEqual(['s3', 's4']);
    expect(report.engine['vague-attribution']).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(report.engine['unverified-figure']).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(report.baseline['anonymous+vague']).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(report.errors).toEqual([]);
  });
});

describe('grades', () => {
  const named = (n: number) => Array.from({ length: n }, (_, k) => finding('named-source', k, k + 1));
  const anonymous = (n: number) => Array.from({ length: n }, (_, k) => finding('anonymous-source', k, k + 1));

  test("n/a articles are left out of the figures and reported apart; swaps are strong↔weak only", () => {
    const report = gradeReport([
      { file: 'a', editor: 'strong', findings: named(5) },
      { file: 'b', editor: 'strong', findings: anonymous(12) },
      { file: 'c', editor: 'weak', findings: named(2) },
      { file: 'd', editor: 'mixed', findings: anonymous(1) },
      { file: 'e', editor: 'n/a', findings: [] },
    ]);
    // An article with no finding at all has nothing to grade, as the popup says.
    expect(report.articles.map((a) => a.ours)).toEqual(['strong', 'weak', 'strong', 'mixed', 'ungraded']);
    expect(report.graded).toBe(4);
    expect(report.swaps.map((s) => s.file)).toEqual(['b', 'c']);
    expect(report.notApplicable).toEqual({ articles: 1, ours: { strong: 0, mixed: 0, weak: 0, ungraded: 1 } });
    expect(report.balancedAccuracy).toBeCloseTo((1 / 2 + 1 + 0) / 3, 10);
  });
});

describe('calibration', () => {
  test("every setting of the grid keeps the score's rules, and today's constants are one of them", () => {
    let today = 0;
    let points = 0;
    const broken: GridPoint[] = [];
    for (const p of gridPoints()) {
      points++;
      const c = constantsAt(p);
      const caps = Object.values(c.cap);
      const keeps =
        c.strongFrom <= c.base &&
        c.weakBelow < c.strongFrom &&
        c.weight.bare > c.weight.generic &&
        c.weight.generic > c.weight.specific &&
        caps.every((cap, k) => cap <= 1 && (k === 0 || cap <= caps[k - 1]!));
      if (!keeps) broken.push(p);
      if (JSON.stringify(c) === JSON.stringify(SCORE_CONSTANTS)) today++;
    }
    expect(broken).toEqual([]);
    expect(points).toBeGreaterThan(1000);
    expect(today).toBe(1);
    expect(constantsAt(TODAY)).toEqual(SCORE_CONSTANTS);
  });

  test('finds thresholds that separate articles today’s constants grade alike', () => {
    // Today a (66) and b (59) both grade mixed; the editor calls a strong. c (45) is weak either way.
    const vague = (n: number) => Array.from({ length: n }, (_, k) => finding('vague-attribution', k, k + 1));
    const articles = [
      { file: 'a', editor: 'strong' as const, findings: [finding('named-source', 90, 91), ...vague(2)] },
      { file: 'b', editor: 'mixed' as const, findings: [finding('named-source', 90, 91), ...vague(4)] },
      { file: 'c', editor: 'weak' as const, findings: vague(8) },
    ];
    const thresholdsOnly = [...gridPoints()].filter((p) =>
      (Object.keys(TODAY) as (keyof GridPoint)[]).every((k) => k === 'strongFrom' || k === 'weakBelow' || p[k] === TODAY[k]),
    );
    const { results } = calibrate(articles, 3, thresholdsOnly);
    expect(results).toHaveLength(thresholdsOnly.length);
    const today = results.find((r) => r.changed === 0)!;
    expect(today.balancedAccuracy).toBeCloseTo(2 / 3, 10);
    expect(results[0]!.balancedAccuracy).toBe(1);
    expect(results[0]!.swaps).toBe(0);
  });
});

describe('PolNeAR snapshot', () => {
  const root = mkdtempSync(join(tmpdir(), 'eval-snapshot-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const folder = join(root, 'checkout');
  for (const split of ['dev', 'test']) {
    mkdirSync(join(folder, 'data', split, 'text'), { recursive: true });
    writeFileSync(join(folder, 'data', split, 'text', 'a.txt'), `an article of ${split} — with a dash`);
    writeFileSync(join(folder, 'data', split, 'text', 'b.txt'), 'another');
  }

  test('a checked-out folder and its bare git directory read the same', () => {
    const git = (...args: string[]) => expect(spawnSync('git', args, { cwd: folder }).status).toBe(0);
    git('init', '-q');
    git('add', '-A');
    git('-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-qm', 'snapshot');
    expect(spawnSync('git', ['clone', '-q', '--bare', folder, join(root, 'bare.git')]).status).toBe(0);
    for (const snapshot of [openSnapshot(folder), openSnapshot(join(root, 'bare.git'))]) {
      expect(snapshot.list('data/dev/text')).toEqual(['data/dev/text/a.txt', 'data/dev/text/b.txt']);
      expect([...snapshot.readMany(['data/dev/text/b.txt', 'data/dev/text/a.txt'])]).toEqual([
        ['data/dev/text/b.txt', 'another'],
        ['data/dev/text/a.txt', 'an article of dev — with a dash'],
      ]);
    }
  });

  test('span check: one annotator per article, the first file by name; unannotated articles left out', () => {
    const split = join(root, 'spans');
    mkdirSync(join(split, 'data', 'dev', 'text'), { recursive: true });
    mkdirSync(join(split, 'data', 'dev', 'attributions'), { recursive: true });
    const text = 'The mayor said the plan would work. Two aides disagreed, she added.';
    writeFileSync(join(split, 'data', 'dev', 'text', 'story.txt'), text);
    writeFileSync(join(split, 'data', 'dev', 'text', 'other.txt'), 'Nothing annotated here.');
    const event = (n: number, source: [number, number], cue: [number, number]) =>
      [
        `T${n}\tSource ${source[0]} ${source[1]}\t${text.slice(...source)}`,
        `T${n + 1}\tCue ${cue[0]} ${cue[1]}\t${text.slice(...cue)}`,
        `T${n + 2}\tAttribution ${cue[0]} ${cue[1]}\t${text.slice(...cue)}`,
        `E${n}\tAttribution:T${n + 2} Source:T${n} Cue:T${n + 1}`,
      ].join('\n');
    // Annotator "aa" marks two attributions, "zz" one: the policy takes "aa".
    writeFileSync(join(split, 'data', 'dev', 'attributions', 'story_zz.ann'), `${event(1, [0, 9], [10, 14])}\n`);
    writeFileSync(
      join(split, 'data', 'dev', 'attributions', 'story_aa.ann'),
      // The last attribution's content, "Two aides disagreed", holds another's source: one annotated as nested.
      `${event(1, [0, 9], [10, 14])}\n${event(5, [36, 45], [46, 55])}\n${event(9, [57, 60], [61, 66])} Content:T20\nT20\tContent 36 55\t${text.slice(36, 55)}\n`,
    );
    const report = spanSplit(openSnapshot(split), 'dev');
    expect(report.articles).toBe(1);
    expect(report.multiplyAnnotated).toBe(1);
    expect(report.sources.exact.gold).toBe(3);
    expect(report.sources.overlap.goldFound).toBeLessThanOrEqual(3);
    expect(Object.values(report.missedSources).reduce((a, b) => a + b, 0)).toBe(3 - report.sources.overlap.goldFound);

    // Attributions are scored by their source and cue spans; one inside a quotation, one nested in another's reported
    // words, or one with no cue, is left out.
    const attributions = (): ParsedAttribution[] => [
      { kind: 'named-source', source: { start: 0, end: 9 }, cue: { start: 10, end: 14 }, inQuotation: false, narrative: false, nested: false },
      { kind: 'vague-attribution', source: { start: 40, end: 45 }, cue: { start: 46, end: 55 }, inQuotation: false, narrative: false, nested: false },
      { kind: 'named-source', source: { start: 57, end: 66 }, cue: { start: 61, end: 66 }, inQuotation: false, narrative: false, nested: false },
      { kind: 'named-source', source: { start: 15, end: 23 }, cue: { start: 24, end: 29 }, inQuotation: true, narrative: false, nested: false },
      { kind: 'vague-attribution', source: { start: 15, end: 35 }, inQuotation: false, narrative: false, nested: false },
      { kind: 'named-source', source: { start: 15, end: 23 }, cue: { start: 24, end: 29 }, inQuotation: false, narrative: false, nested: true },
    ];
    const scored = spanSplit(openSnapshot(split), 'dev', attributions);
    expect(scored.inQuotation).toBe(1);
    expect(scored.goldInQuotation).toBe(0);
    expect(scored.nested).toBe(1);
    expect(scored.goldNested).toBe(1);
    expect(scored.sourcesWithNested.overlap).toEqual({ predicted: 4, predictedRight: 3, gold: 3, goldFound: 3 });
    expect(scored.sources.exact).toEqual({ predicted: 3, predictedRight: 1, gold: 3, goldFound: 1 });
    expect(scored.sources.overlap).toEqual({ predicted: 3, predictedRight: 3, gold: 3, goldFound: 3 });
    expect(scored.cues!.exact).toEqual({ predicted: 3, predictedRight: 3, gold: 3, goldFound: 3 });
    expect(scored.falseSources).toEqual({});
    expect(scored.missedSources).toEqual({ pronoun: 0, 'definite description': 0, 'unnamed or counted': 0, 'capitalised name': 0, other: 0 });
  });

  test('the test split is never read, and a folder that is neither says so', () => {
    expect(() => openSnapshot(folder).readMany(['data/test/text/a.txt'])).toThrow(/test split/);
    expect(() => openSnapshot(folder).list('./data/test/text')).toThrow(/test split/);
    expect(() => openSnapshot(join(root, 'nowhere'))).toThrow(/no such folder/);
    mkdirSync(join(root, 'empty'));
    expect(() => openSnapshot(join(root, 'empty'))).toThrow(/neither a PolNeAR folder/);
  });
});

describe('README section', () => {
  const readme = '# Title\n\n## How the score works\n\nscore text\n\n## Performance\n\nfast\n';

  test('placed after "How the score works" the first time, replaced in place after that', () => {
    const once = withAccuracySection(readme, '## How accurate is it\n\nfirst figures\n');
    expect(once).toBe('# Title\n\n## How the score works\n\nscore text\n\n## How accurate is it\n\nfirst figures\n\n## Performance\n\nfast\n');
    const twice = withAccuracySection(once, '## How accurate is it\n\nnew figures\n');
    expect(twice).toBe(once.replace('first figures', 'new figures'));
    expect(() => withAccuracySection('# Title\n', '## How accurate is it\n')).toThrow(/How the score works/);
  });

  test('the targeted span F1s are written to four places, so that a miss is not rounded up to its target', () => {
    // 797 of 1000 predicted right and 797 of 1000 gold found: F1 0.7970, which two places would show as 0.80.
    const counts = (right: number) => ({ predicted: 1000, predictedRight: right, gold: 1000, goldFound: right });
    const totals = (overlap: number, exact: number) => ({ overlap: counts(overlap), exact: counts(exact), words: counts(overlap) });
    expect(spanTargetsLine(totals(799, 735), totals(797, 749))).toBe(
      'Source F1 on the dev split to four places: overlapping **0.7970** (target 0.80: not met), exact **0.7490** (target 0.70: met); train split 0.7990 and 0.7350.',
    );
    expect(spanTargetsLine(totals(799, 735), totals(800, 700))).toContain('overlapping **0.8000** (target 0.80: met), exact **0.7000** (target 0.70: met)');
  });

  test('rendered from a report: the figures in tables, and a plain note when PolNeAR was not measured', () => {
    const set = scoreSentenceSet(
      'dev.jsonl',
      [{ id: 'x1', file: 'a.txt', start: 0, end: 15, text: 'Critics say so.', labels: labels('vague-attribution'), unsure: false }],
      new Map([['a.txt', { text: 'Critics say so.', findings: [], baseline: [] }]]),
    );
    const grades = gradeReport([
      { file: 'a.txt', editor: 'strong', findings: [finding('named-source', 0, 1)] },
      { file: 'b.txt', editor: 'weak', findings: [finding('named-source', 0, 1)] },
    ]);
    const section = renderAccuracySection({ dev: set, polnear: null, grades, seconds: {} }, new Map([['x1', 'Critics say so.']]), '2000-01-01');
    expect(section.startsWith('## How accurate is it\n')).toBe(true);
    expect(section).toContain('| anonymous + vague | 0.00 / 0.00 / **0.00** | 0.00 | ≥ 0.88 |');
    expect(section).toContain('PolNeAR: not measured in this run');
    expect(section).toContain('Missed vague-attribution, for example: "Critics say so." (x1)');
    expect(section).toContain('strong↔weak swaps **1**');
    expect(section).not.toMatch(/\n\n\n/);
  });
});
