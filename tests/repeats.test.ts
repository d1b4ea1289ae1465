// Repeated mentions of one source: grouped by one key, and counted for less each time in the score.
import fc from 'fast-check';
import { SCORE_CONSTANTS } from '../utils/engine/score';
import { describe, expect, test } from 'vitest';
import { FINDING_KINDS, summarizeAttribution, WEAK_KINDS, type Finding, type FindingKind } from '../utils/engine';
import { repeatFactors, repeatKey } from '../utils/engine/repeats';

const finding = (kind: FindingKind, text: string, extra: Partial<Finding> = {}): Finding => ({
  kind, text, start: 0, end: text.length, reason: 'x.', ...(kind === 'anonymous-source' ? { specificity: 'generic', anonymityReasonGiven: false } : {}), ...extra,
});
const score = (findings: Finding[]) => summarizeAttribution(findings).score;

describe('repeatKey', () => {
  test.each([
    ['a former US official', 'A former  US official'],
    ['Two informed sources', 'two informed sources,'],
    ['“people close to the talks”', 'People close to the talks'],
    ['the company’s spokesman', "the company's spokesman"],
  ])('"%s" and "%s" are one source', (a, b) => {
    expect(repeatKey(finding('anonymous-source', a))).toBe(repeatKey(finding('anonymous-source', b)));
  });

  test('another kind or other words are another key', () => {
    expect(repeatKey(finding('anonymous-source', 'officials'))).not.toBe(repeatKey(finding('vague-attribution', 'officials')));
    expect(repeatKey(finding('anonymous-source', 'a former US official'))).not.toBe(repeatKey(finding('anonymous-source', 'a US official')));
  });
});

describe('the score', () => {
  const official = finding('anonymous-source', 'a former US official');
  const sources = finding('anonymous-source', 'two informed sources');

  test('a source mentioned again lowers the score, but less than another source would', () => {
    const once = score([official]);
    const twice = score([official, { ...official, text: 'A former US official' }]);
    const two = score([official, sources]);
    expect(twice).toBeLessThan(once);
    expect(twice).toBeGreaterThan(two);
  });

  test('the first mention costs the most; each further one half as much before rounding', () => {
    const mentions = [official, official, official];
    const factors = repeatFactors(mentions, () => 0.17);
    expect(factors).toEqual([1, 0.5, 0.25]);
    const points = summarizeAttribution(mentions).contributions.map((c) => c.points);
    expect(points[0]).toBeLessThan(points[1]!);
    expect(points[1]).toBeLessThanOrEqual(points[2]!);
  });

  test('the weightiest mention of a repeated source counts in full, whatever its place', () => {
    const explained = { ...official, anonymityReasonGiven: true };
    expect(repeatFactors([explained, official], (f) => (f.anonymityReasonGiven ? 0.1 : 0.2))).toEqual([0.5, 1]);
  });

  test('a named source cited again raises the score, but less than another named source', () => {
    const kirby = finding('named-source', 'John Kirby said');
    expect(score([kirby, kirby])).toBeGreaterThan(score([kirby]));
    expect(score([kirby, kirby, kirby, kirby])).toBeLessThan(score([kirby, finding('named-source', 'the NBC report'), finding('named-source', 'the UN said'), finding('named-source', 'Reuters reported')]));
  });

  test('hedges and figures qualify a claim each: repeated words count in full', () => {
    const hedge = finding('hedge', 'reportedly');
    expect(score([hedge, hedge])).toBe(score([hedge, finding('hedge', 'allegedly')]));
    const figure = finding('unverified-figure', '130 people');
    expect(score([figure, figure])).toBe(score([figure, finding('unverified-figure', '21 people')]));
  });

  // Few distinct phrases, so that random articles repeat sources often.
  const anyFinding = fc
    .record({
      kind: fc.constantFrom(...FINDING_KINDS),
      text: fc.constantFrom('sources', 'Sources', 'a former official', 'officials', 'x'),
      specificity: fc.constantFrom('bare' as const, 'generic' as const, 'specific' as const),
      anonymityReasonGiven: fc.boolean(),
    })
    .map(({ kind, text, specificity, anonymityReasonGiven }): Finding => ({
      kind, text, start: 0, end: text.length, reason: 'x.', ...(kind === 'anonymous-source' ? { specificity, anonymityReasonGiven } : {}),
    }));

  test('stays monotonic and adds up exactly with repeated sources', () => {
    fc.assert(
      fc.property(fc.array(anyFinding, { maxLength: 40 }), anyFinding, fc.nat(40), (findings, added, at) => {
        const before = summarizeAttribution(findings).score;
        const k = Math.min(at, findings.length);
        const after = summarizeAttribution([...findings.slice(0, k), added, ...findings.slice(k)]);
        if (WEAK_KINDS.includes(added.kind)) expect(after.score).toBeLessThanOrEqual(before);
        else expect(after.score).toBeGreaterThanOrEqual(before);
        expect(SCORE_CONSTANTS.base + after.contributions.reduce((sum, c) => sum + c.points, 0)).toBe(after.score);
      }),
    );
  });
});
