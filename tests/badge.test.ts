import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { badgeFor } from '../utils/badge';
import type { AttributionSummary, Grade } from '../utils/engine/types';
import type { TabStatus } from '../utils/messages';
import { useEnglishMessages } from './fake-i18n';

const summary = (grade: Grade, score: number): AttributionSummary => ({
  grade,
  score,
  counts: { 'anonymous-source': 0, 'vague-attribution': 0, hedge: 0, 'unverified-figure': 0, 'named-source': 0 },
  contributions: [],
});

const ready = (grade: Grade, score: number, highlightsOn = true): TabStatus => ({
  status: 'ready',
  highlightsOn,
  mode: 'article',
  title: 'A story',
  url: 'https://example.com/story',
  summary: summary(grade, score),
  findings: [],
  contexts: [],
  hiddenKinds: [],
  focusedIndex: null,
});

describe('badgeFor', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    useEnglishMessages();
  });

  test.each([
    ['weak', 32, 'WEAK', '#c92a2a', 'Sourcelight: Weak attribution, 32/100'],
    ['mixed', 55, 'MIX', '#d9480f', 'Sourcelight: Mixed attribution, 55/100'],
    ['strong', 90, 'OK', '#2b8a3e', 'Sourcelight: Strong attribution, 90/100'],
  ] as const)('a %s article shows its grade in colour and words', (grade, score, text, color, title) => {
    expect(badgeFor(ready(grade, score))).toEqual({ text, color, title });
  });

  test('with nothing to grade it says so, in grey, with no score', () => {
    expect(badgeFor(ready('ungraded', 75))).toEqual({ text: 'N/A', color: '#5c636a', title: 'Sourcelight: no sources and no figures found, nothing to grade' });
  });

  test('a page in another language shows the language, in grey', () => {
    expect(badgeFor({ status: 'other-language', language: 'fr', title: 'Le conseil' })).toEqual({
      text: 'FR',
      color: '#5c636a',
      title: 'Sourcelight: this page is in French, which Sourcelight does not read yet',
    });
  });

  test.each<[string, TabStatus, string]>([
    ['highlights are off', ready('weak', 32, false), 'Sourcelight: highlights are off on this page'],
    ['the site is off', { status: 'site-off', site: 'example.com' }, 'Sourcelight is off on example.com'],
    ['the page is not an article', { status: 'not-article' }, "Sourcelight: this page doesn't look like an article"],
    ['the page is being scanned', { status: 'scanning' }, 'Sourcelight'],
    ['the scan failed', { status: 'error', message: 'boom' }, 'Sourcelight'],
  ])('clears the badge when %s', (_, status, title) => {
    expect(badgeFor(status)).toEqual({ text: '', title });
  });
});
