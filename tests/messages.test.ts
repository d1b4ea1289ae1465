// The protocol between the extension's parts: anything that is not exactly a known message is refused,
// so a malformed message can neither act on a page nor throw in the background or the popup.
import { beforeAll, describe, expect, test } from 'vitest';
import { analyzeText, summarizeAttribution } from '../utils/engine';
import { findingContexts } from '../utils/finding-context';
import { badgeFor } from '../utils/badge';
import { parseAnalyzeTextReply, parseAnalyzeTextRequest, parseContentRequest, parseTabStatusChanged, type TabStatus } from '../utils/messages';
import { useEnglishMessages } from './fake-i18n';

describe('parseContentRequest', () => {
  test.each<[string, unknown]>([
    ['get-status', { type: 'get-status' }],
    ['toggle-highlights', { type: 'toggle-highlights' }],
    ['set-highlights', { type: 'set-highlights', on: false }],
    ['rescan', { type: 'rescan', force: true }],
    ['focus-finding', { type: 'focus-finding', index: 0 }],
    ['step-finding back', { type: 'step-finding', direction: -1 }],
    ['set-hidden-kinds', { type: 'set-hidden-kinds', kinds: ['hedge', 'named-source'] }],
    ['set-hidden-kinds, none', { type: 'set-hidden-kinds', kinds: [] }],
  ])('accepts %s', (_, message) => {
    expect(parseContentRequest(message)).toEqual(message);
  });

  test('keeps only the known fields, and copies lists', () => {
    const kinds = ['hedge'];
    const parsed = parseContentRequest({ type: 'set-hidden-kinds', kinds, extra: '<img src=x>' });
    expect(parsed).toEqual({ type: 'set-hidden-kinds', kinds: ['hedge'] });
    expect(parsed && 'kinds' in parsed && parsed.kinds).not.toBe(kinds);
    expect(parseContentRequest({ type: 'get-status', on: true, __proto__: { x: 1 } })).toEqual({ type: 'get-status' });
  });

  test.each<[string, unknown]>([
    ['undefined', undefined],
    ['null', null],
    ['a string', 'get-status'],
    ['a number', 7],
    ['an array', [{ type: 'get-status' }]],
    ['no type', {}],
    ['an unknown type', { type: 'tab-status' }],
    ['a type in the wrong case', { type: 'GET-STATUS' }],
    ['a type that is not a string', { type: ['get-status'] }],
    ['set-highlights without on', { type: 'set-highlights' }],
    ['set-highlights with a string', { type: 'set-highlights', on: 'true' }],
    ['set-highlights with a number', { type: 'set-highlights', on: 1 }],
    ['rescan without force', { type: 'rescan' }],
    ['rescan with null', { type: 'rescan', force: null }],
    ['focus-finding, negative', { type: 'focus-finding', index: -1 }],
    ['focus-finding, fractional', { type: 'focus-finding', index: 1.5 }],
    ['focus-finding, NaN', { type: 'focus-finding', index: Number.NaN }],
    ['focus-finding, infinite', { type: 'focus-finding', index: Number.POSITIVE_INFINITY }],
    ['focus-finding, a string', { type: 'focus-finding', index: '2' }],
    ['step-finding, zero', { type: 'step-finding', direction: 0 }],
    ['step-finding, two', { type: 'step-finding', direction: 2 }],
    ['step-finding, a string', { type: 'step-finding', direction: '1' }],
    ['set-hidden-kinds, a string', { type: 'set-hidden-kinds', kinds: 'hedge' }],
    ['set-hidden-kinds, an unknown kind', { type: 'set-hidden-kinds', kinds: ['hedge', 'rumour'] }],
    ['set-hidden-kinds, null inside', { type: 'set-hidden-kinds', kinds: [null] }],
    ['set-hidden-kinds, an object', { type: 'set-hidden-kinds', kinds: { 0: 'hedge', length: 1 } }],
  ])('refuses %s', (_, message) => {
    expect(parseContentRequest(message)).toBeNull();
  });
});

const TEXT = 'According to sources, the deal reportedly collapsed. John Kirby, a Pentagon spokesman, said 30 people were hurt.';
const findings = analyzeText(TEXT);
const READY: TabStatus = {
  status: 'ready',
  highlightsOn: true,
  mode: 'article',
  title: 'A title',
  url: 'https://example.com/a',
  summary: summarizeAttribution(findings),
  findings,
  contexts: findingContexts(TEXT, findings),
  hiddenKinds: [],
  focusedIndex: null,
};
const ready = (change: Record<string, unknown>) => ({ type: 'tab-status', status: { ...READY, ...change } });
const summary = (change: Record<string, unknown>) => ready({ summary: { ...READY.summary, ...change } });
const finding = (change: Record<string, unknown>) => ready({ findings: [{ ...findings[0], ...change }], contexts: findingContexts(TEXT, findings).slice(0, 1) });

describe('parseTabStatusChanged', () => {
  beforeAll(useEnglishMessages);

  test.each<[string, TabStatus]>([
    ['scanning', { status: 'scanning' }],
    ['not-article', { status: 'not-article' }],
    ['site-off', { status: 'site-off', site: 'example.com' }],
    ['error', { status: 'error', message: 'Too large' }],
    ['other-language', { status: 'other-language', language: 'fr', title: 'Le conseil' }],
    ['ready', READY],
    ['ready with nothing to grade', { ...READY, findings: [], contexts: [], summary: summarizeAttribution([]) }],
    ['ready with a focused finding and hidden kinds', { ...READY, focusedIndex: 1, hiddenKinds: ['hedge'] }],
  ])('accepts %s, and the badge can be drawn from it', (_, status) => {
    const parsed = parseTabStatusChanged({ type: 'tab-status', status });
    expect(parsed).toEqual({ type: 'tab-status', status });
    expect(() => badgeFor(parsed!.status)).not.toThrow();
  });

  test.each<[string, unknown]>([
    ['null', null],
    ['a request', { type: 'get-status' }],
    ['no status', { type: 'tab-status' }],
    ['a status that is a string', { type: 'tab-status', status: 'ready' }],
    ['an unknown status', { type: 'tab-status', status: { status: 'done' } }],
    ['site-off without a site', { type: 'tab-status', status: { status: 'site-off' } }],
    ['other-language without a language', { type: 'tab-status', status: { status: 'other-language', title: 'x' } }],
    ['error with an object for a message', { type: 'tab-status', status: { status: 'error', message: { html: '<b>' } } }],
    ['ready without highlightsOn', ready({ highlightsOn: undefined })],
    ['ready with an unknown mode', ready({ mode: 'frame' })],
    ['ready with a title that is not a string', ready({ title: 42 })],
    ['ready with an empty summary', ready({ summary: {} })],
    ['ready with an unknown grade', summary({ grade: 'excellent' })],
    ['ready with a score that is a string', summary({ score: '90' })],
    ['ready with counts missing a kind', summary({ counts: { hedge: 1 } })],
    ['ready with contributions that are not a list', summary({ contributions: null })],
    ['ready with a malformed contribution', summary({ contributions: [{ index: -1, points: 2 }] })],
    ['ready with findings that are not a list', ready({ findings: {} })],
    ['ready with a finding of an unknown kind', finding({ kind: 'rumour' })],
    ['ready with a finding whose text is not a string', finding({ text: ['<img src=x>'] })],
    ['ready with a finding at a negative offset', finding({ start: -3 })],
    ['ready with a finding without a reason', finding({ reason: undefined })],
    ['ready without an address', ready({ url: undefined })],
    ['ready without contexts', ready({ contexts: undefined })],
    ['ready with a context for each finding but one', ready({ contexts: findingContexts(TEXT, findings).slice(1) })],
    ['ready with a context that is not text', ready({ contexts: findingContexts(TEXT, findings).map((c) => ({ ...c, before: 1 })) })],
    ['ready with hidden kinds that are not kinds', ready({ hiddenKinds: ['rumour'] })],
    ['ready with a fractional focused index', ready({ focusedIndex: 0.5 })],
  ])('refuses %s', (_, message) => {
    expect(parseTabStatusChanged(message)).toBeNull();
  });

  test('returns a message of its own, not the one it was given', () => {
    const message = { type: 'tab-status', status: { status: 'scanning' }, extra: true };
    expect(parseTabStatusChanged(message)).toEqual({ type: 'tab-status', status: { status: 'scanning' } });
  });
});

describe('analyze-text', () => {
  const text = 'Officials said 40 people died.';
  test('a request keeps only the engine options it knows, checked field by field', () => {
    expect(parseAnalyzeTextRequest({ type: 'analyze-text', text, options: { kinds: ['hedge'], ignorePhrases: ['x'], extraPhrases: { hedge: ['y'] }, evil: 1 } })).toEqual({
      type: 'analyze-text',
      text,
      options: { kinds: ['hedge'], ignorePhrases: ['x'], extraPhrases: { hedge: ['y'] } },
    });
    expect(parseAnalyzeTextRequest({ type: 'analyze-text', text, options: { extraPhrases: { nonsense: ['y'] } } })).toBeNull();
    expect(parseAnalyzeTextRequest({ type: 'analyze-text', text: 5, options: {} })).toBeNull();
  });

  test('a request asks the language only when it says so, with a hint that is a string or none', () => {
    expect(parseAnalyzeTextRequest({ type: 'analyze-text', text, options: {}, language: { hint: 'fr', extra: 1 } })).toEqual({
      type: 'analyze-text',
      text,
      options: {},
      language: { hint: 'fr' },
    });
    expect(parseAnalyzeTextRequest({ type: 'analyze-text', text, options: {}, language: { hint: 42 } })?.language).toEqual({ hint: null });
    expect(parseAnalyzeTextRequest({ type: 'analyze-text', text, options: {}, language: 'fr' })).not.toHaveProperty('language');
    expect(parseAnalyzeTextRequest({ type: 'analyze-text', text, options: {} })).not.toHaveProperty('language');
  });

  test('a reply is findings that fit the text, another language, or an error', () => {
    const finding = { kind: 'vague-attribution', start: 0, end: 9, text: 'Officials', reason: 'Vague.' };
    expect(parseAnalyzeTextReply({ findings: [finding] }, text)).toEqual({ findings: [finding] });
    expect(parseAnalyzeTextReply({ findings: [{ ...finding, end: 999 }] }, text)).toBeNull();
    expect(parseAnalyzeTextReply({ otherLanguage: 'fr', extra: 1 }, text)).toEqual({ otherLanguage: 'fr' });
    expect(parseAnalyzeTextReply({ otherLanguage: 7 }, text)).toBeNull();
    expect(parseAnalyzeTextReply({ error: 'boom' }, text)).toEqual({ error: 'boom' });
    expect(parseAnalyzeTextReply(undefined, text)).toBeNull();
  });
});
