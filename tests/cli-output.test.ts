import { describe, expect, test } from 'vitest';
import { tryAnalyze, type InputAnalysis } from '../utils/cli/analyze-input';
import { toAnalysisRecord } from '../utils/cli/json-record';
import { formatReport } from '../utils/cli/report';

const text = 'Two informed sources said 40 people attended, Reuters reported.';

// Built by hand so these tests do not depend on what the engine currently finds.
const analysis: InputAnalysis = {
  text,
  language: { language: 'en', supported: true },
  findings: [
    { kind: 'named-source', start: 46, end: 62, text: 'Reuters reported', reason: 'Named outlet.' },
    {
      kind: 'anonymous-source',
      start: 0,
      end: 20,
      text: 'Two informed sources',
      reason: 'Unnamed sources.',
      specificity: 'generic',
      anonymityReasonGiven: false,
    },
  ],
  summary: {
    score: 41,
    grade: 'mixed',
    counts: { 'anonymous-source': 1, 'vague-attribution': 0, hedge: 0, 'unverified-figure': 0, 'named-source': 1 },
    contributions: [
      { index: 0, points: 6 },
      { index: 1, points: -12 },
    ],
  },
};

const page = { title: 'A page', mode: 'page' as const };

describe('toAnalysisRecord', () => {
  test('keeps the text only when asked, and optional fields only when present', () => {
    const record = toAnalysisRecord(analysis, { includeText: true });
    expect(record).toEqual({
      language: 'en',
      languageSupported: true,
      score: 41,
      grade: 'mixed',
      counts: analysis.summary.counts,
      findings: [
        { kind: 'named-source', start: 46, end: 62, text: 'Reuters reported', reason: 'Named outlet.' },
        {
          kind: 'anonymous-source',
          start: 0,
          end: 20,
          text: 'Two informed sources',
          reason: 'Unnamed sources.',
          specificity: 'generic',
          anonymityReasonGiven: false,
        },
      ],
      text,
    });
    expect(toAnalysisRecord(analysis, { includeText: false })).not.toHaveProperty('text');
  });

  test('answers who said what: an attribution’s source and cue, with their words', () => {
    const withSpans: InputAnalysis = {
      ...analysis,
      findings: [{ ...(analysis.findings[0] as InputAnalysis['findings'][number]), source: { start: 46, end: 53 }, cue: { start: 54, end: 62 } }],
    };
    const [finding] = toAnalysisRecord(withSpans, { includeText: false }).findings;
    expect(finding?.source).toEqual({ start: 46, end: 53, text: 'Reuters' });
    expect(finding?.cue).toEqual({ start: 54, end: 62, text: 'reported' });
  });

  test('counts offsets in UTF-16 code units, as the README tells a Python reader', async () => {
    const input = 'The fair drew a crowd 🏳️‍🌈. “It was busy,” Ann Marsh said on Monday.';
    const outcome = await tryAnalyze('text', input);
    if (!outcome.ok) throw new Error(outcome.error);
    const [finding] = toAnalysisRecord(outcome.analysis, { includeText: false }).findings;
    expect(finding?.text).toBe('Ann Marsh said');
    expect(input.slice(finding?.start, finding?.end)).toBe('Ann Marsh said');
    // The flag is 4 code points and 6 code units: a code-point index would fall 2 short.
    expect([...input].slice(finding?.start, finding?.end).join('')).not.toBe('Ann Marsh said');
  });

  test('has no score when there is nothing to grade, and says when the language is not read', () => {
    const ungraded = { ...analysis, findings: [], summary: { ...analysis.summary, score: 75, grade: 'ungraded' as const, contributions: [] } };
    expect(toAnalysisRecord(ungraded, { includeText: false })).toMatchObject({ score: null, grade: 'ungraded', languageSupported: true });
    const french = { ...ungraded, language: { language: 'fr', supported: false } };
    expect(toAnalysisRecord(french, { includeText: false })).toMatchObject({ language: 'fr', languageSupported: false, score: null, findings: [] });
  });

  test('adds the scan mode for pages', () => {
    const record = toAnalysisRecord({ ...analysis, page }, { includeText: false });
    expect(record.mode).toBe('page');
  });
});

describe('formatReport', () => {
  test('gives grade, score, counts and findings in reading order with their points', () => {
    const report = formatReport('story.txt', analysis);
    expect(report).toContain('File:    story.txt');
    expect(report).toContain('Grade:   Mixed (score 41/100)');
    expect(report).toMatch(/Anonymous sources +1/);
    expect(report).toMatch(/Hedges +0/);
    expect(report).not.toContain('Scanned:');
    const anonymous = report.indexOf('1. Anonymous source "Two informed sources" (-12 points)');
    const named = report.indexOf('2. Named source "Reuters reported" (+6 points)');
    expect(anonymous).toBeGreaterThan(0);
    expect(named).toBeGreaterThan(anonymous);
    expect(report).toContain('specificity: generic; no reason given for anonymity');
  });

  test('says when a page was scanned anyway', () => {
    const report = formatReport('page.html', { ...analysis, page });
    expect(report).toContain('Title:   A page');
    expect(report).toContain('Scanned: the whole page (no article detected; scanned anyway)');
  });

  test('says when there is nothing to grade, without a score', () => {
    const empty = { ...analysis, findings: [], summary: { ...analysis.summary, score: 75, grade: 'ungraded' as const, contributions: [] } };
    const report = formatReport('empty.txt', empty);
    expect(report).toContain('Grade:   Nothing to grade (no sources and no figures found)');
    expect(report).not.toContain('/100');
    expect(report).toContain('No findings.');
  });

  test('says which language it does not read instead of grading', () => {
    const french = { ...analysis, language: { language: 'fr', supported: false }, findings: [] };
    const report = formatReport('article.html', french);
    expect(report).toContain('Grade:   not graded: the text is in French, and Sourcelight reads English only so far');
    expect(report).not.toContain('Counts');
    expect(report).not.toContain('/100');
  });
});
