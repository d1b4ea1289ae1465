// The score's two rules for articles with little or nothing to weigh; tests/engine.test.ts proves the
// score monotonic and exactly explained with these rules in place.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { summarizeAttribution, WEAK_KINDS, type Finding, type FindingKind } from '../utils/engine';
import { SCORE_CONSTANTS } from '../utils/engine/score';

const { base: BASE, strongFrom: STRONG_FROM } = SCORE_CONSTANTS;

const finding = (kind: FindingKind): Finding => ({
  kind, start: 0, end: 1, text: 'x', reason: 'x.',
  ...(kind === 'anonymous-source' ? { specificity: 'specific' as const, anonymityReasonGiven: true } : {}),
});
const named = finding('named-source');
const weakFinding = fc.constantFrom(...WEAK_KINDS).map(finding);
const sum = (points: { points: number }[]) => points.reduce((a, c) => a + c.points, 0);

describe('nothing to grade', () => {
  test('with no finding at all there is no grade', () => {
    expect(summarizeAttribution([]).grade).toBe('ungraded');
  });

  test('one finding of any kind is enough to grade', () => {
    expect(summarizeAttribution([named]).grade).toBe('strong');
    for (const kind of WEAK_KINDS) expect(summarizeAttribution([finding(kind)]).grade).not.toBe('ungraded');
  });
});

describe('an article that cites no one', () => {
  test('a single light weakness with no named source is mixed, not strong', () => {
    // Without the rule one unsourced figure would cost a point or two and leave the article strong.
    const summary = summarizeAttribution([finding('unverified-figure')]);
    expect(summary.score).toBe(STRONG_FROM - 1);
    expect(summary.grade).toBe('mixed');
    expect(BASE + sum(summary.contributions)).toBe(STRONG_FROM - 1);
  });

  test('the same weakness beside a named source is graded on the usual rules', () => {
    const summary = summarizeAttribution([finding('unverified-figure'), named]);
    const [figurePoints, namedPoints] = summary.contributions.map((c) => c.points);
    expect(figurePoints).toBeGreaterThan(-3);
    expect(namedPoints).toBeGreaterThan(0);
    expect(summary.score).toBe(BASE + sum(summary.contributions));
    expect(summary.grade).toBe('strong');
  });

  test('is never strong, however few or light its weaknesses', () => {
    fc.assert(
      fc.property(fc.array(weakFinding, { minLength: 1, maxLength: 40 }), (findings) => {
        const summary = summarizeAttribution(findings);
        expect(summary.grade).not.toBe('strong');
        expect(summary.score).toBeLessThan(STRONG_FROM);
        expect(BASE + sum(summary.contributions)).toBe(summary.score);
        expect(summary.contributions.every((c) => c.points <= 0)).toBe(true);
      }),
    );
  });

  test('many weaknesses and no one cited go on down to weak', () => {
    // Twelve different phrases: a phrase said again would count for less (repeats.ts).
    const distinct = (f: Finding, k: number): Finding => ({ ...f, text: `phrase ${k}` });
    const findings = [...Array(6)].map(() => finding('anonymous-source')).concat([...Array(6)].map(() => finding('vague-attribution'))).map(distinct);
    expect(summarizeAttribution(findings).grade).toBe('weak');
  });

  test('citing someone never makes it worse', () => {
    fc.assert(
      fc.property(fc.array(weakFinding, { minLength: 1, maxLength: 40 }), (findings) => {
        expect(summarizeAttribution([...findings, named]).score).toBeGreaterThan(summarizeAttribution(findings).score);
      }),
    );
  });
});

describe('the README documents the constants in use', () => {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  test('weights of the weak kinds and the grade bands', () => {
    const { weight, strongFrom, weakBelow } = SCORE_CONSTANTS;
    expect(readme).toContain(`vague attribution ${weight['vague-attribution']}; hedge ${weight.hedge}; unverified figure ${weight['unverified-figure']}.`);
    expect(readme).toContain(`**strong** ≥ ${strongFrom}, **mixed** ${weakBelow}–${strongFrom - 1}, **weak** < ${weakBelow}.`);
  });
});
