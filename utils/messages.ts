// The message protocol between the extension's parts, in one place: each request's payload and reply.
import type { ScanMode } from './article/types';
import { FINDING_KINDS, type AnalyzeOptions, type AttributionSummary, type Finding, type FindingKind } from './engine/types';
import type { FindingContext } from './finding-context';

/** What the content script knows about its tab; the popup renders it and the badge summarises it. */
export type TabStatus =
  | { status: 'scanning' }
  | { status: 'not-article' }
  | { status: 'site-off'; site: string }
  | { status: 'error'; message: string }
  /** The article is in a language the engine does not read: neither graded nor highlighted. */
  | { status: 'other-language'; language: string; title: string }
  | {
      status: 'ready';
      highlightsOn: boolean;
      mode: ScanMode;
      title: string;
      /** The page's address, for the saved report: the popup is not always told it. */
      url: string;
      summary: AttributionSummary;
      findings: Finding[];
      /** A few words of each finding's sentence, in the findings' order. */
      contexts: FindingContext[];
      /** Kinds whose highlights the reader has hidden on this tab. */
      hiddenKinds: FindingKind[];
      /** The finding last scrolled to, if any. */
      focusedIndex: number | null;
    };

/** Requests sent to a tab's content script (by the popup, or the background for keyboard shortcuts), each answered with the tab's new status. */
export type ContentRequest =
  | { type: 'get-status' }
  | { type: 'set-highlights'; on: boolean }
  | { type: 'toggle-highlights' }
  | { type: 'rescan'; force: boolean }
  | { type: 'focus-finding'; index: number }
  | { type: 'step-finding'; direction: 1 | -1 }
  | { type: 'set-hidden-kinds'; kinds: FindingKind[] };

/** Sent by a content script whenever its status changes: the background updates the badge, an open popup re-renders. */
export interface TabStatusChanged {
  type: 'tab-status';
  status: TabStatus;
}

/**
 * Sent by a content script to the background, which runs the engine: the engine and its lexicons are too
 * large to load into every page, and the page's own thread never runs it. With `language` (a whole
 * article's text), the background first tells the text's language (the page's `<html lang>` is the hint),
 * in the same round trip, and runs the engine only on a language it reads: a second round trip for the
 * language alone made every scan wait for two. Sent on a port named `ANALYZE_PORT` and answered on it with
 * `AnalyzeTextReply`.
 */
export interface AnalyzeTextRequest {
  type: 'analyze-text';
  text: string;
  options: AnalyzeOptions;
  language?: { hint: string | null };
}

/**
 * The port a content script opens to the background as each scan starts, and sends its `AnalyzeTextRequest`
 * by once it has read the article. Opening it starts the background's service worker if it sleeps (it does
 * after 30 s without events, and starting one takes longer than the page takes to find its article), and the
 * request then needs no channel of its own: one channel per scan instead of a wake-up message and a request.
 */
export const ANALYZE_PORT = 'analyze-text';

/** What the engine made of a text: its findings or, asked the language of one the engine does not read, that language. */
export type TextReading = { findings: Finding[] } | { otherLanguage: string };

export type AnalyzeTextReply = TextReading | { error: string };

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

const isString = (value: unknown): value is string => typeof value === 'string';
const isIndex = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0;
const isKind = (value: unknown): value is FindingKind => (FINDING_KINDS as readonly unknown[]).includes(value);
const isKindList = (value: unknown): value is FindingKind[] => Array.isArray(value) && value.every(isKind);

/** Messages arrive untyped; anything that is not exactly a known request is ignored. */
export function parseContentRequest(message: unknown): ContentRequest | null {
  if (!isObject(message)) return null;
  switch (message.type) {
    case 'get-status':
    case 'toggle-highlights':
      return { type: message.type };
    case 'set-highlights':
      return typeof message.on === 'boolean' ? { type: 'set-highlights', on: message.on } : null;
    case 'rescan':
      return typeof message.force === 'boolean' ? { type: 'rescan', force: message.force } : null;
    case 'focus-finding':
      return isIndex(message.index) ? { type: 'focus-finding', index: message.index } : null;
    case 'step-finding':
      return message.direction === 1 || message.direction === -1 ? { type: 'step-finding', direction: message.direction } : null;
    case 'set-hidden-kinds':
      return isKindList(message.kinds) ? { type: 'set-hidden-kinds', kinds: [...message.kinds] } : null;
    default:
      return null;
  }
}

const isContext = (value: unknown): value is FindingContext => isObject(value) && isString(value.before) && isString(value.after);

const isFinding = (value: unknown): value is Finding =>
  isObject(value) && isKind(value.kind) && isIndex(value.start) && isIndex(value.end) && isString(value.text) && isString(value.reason);

// What the badge and the popup read of a summary: a half-formed one would throw in the background or blank the popup.
const isSummary = (value: unknown): value is AttributionSummary =>
  isObject(value) &&
  typeof value.score === 'number' &&
  ['strong', 'mixed', 'weak', 'ungraded'].includes(value.grade as string) &&
  isObject(value.counts) &&
  FINDING_KINDS.every((kind) => typeof (value.counts as Record<string, unknown>)[kind] === 'number') &&
  Array.isArray(value.contributions) &&
  value.contributions.every((c) => isObject(c) && isIndex(c.index) && typeof c.points === 'number');

function isTabStatus(status: unknown): status is TabStatus {
  if (!isObject(status)) return false;
  switch (status.status) {
    case 'scanning':
    case 'not-article':
      return true;
    case 'site-off':
      return isString(status.site);
    case 'error':
      return isString(status.message);
    case 'other-language':
      return isString(status.language) && isString(status.title);
    case 'ready':
      return (
        typeof status.highlightsOn === 'boolean' &&
        (status.mode === 'article' || status.mode === 'page') &&
        isString(status.title) &&
        isString(status.url) &&
        isSummary(status.summary) &&
        Array.isArray(status.findings) &&
        status.findings.every(isFinding) &&
        Array.isArray(status.contexts) &&
        status.contexts.length === status.findings.length &&
        status.contexts.every(isContext) &&
        isKindList(status.hiddenKinds) &&
        (status.focusedIndex === null || isIndex(status.focusedIndex))
      );
    default:
      return false;
  }
}

export function parseTabStatusChanged(message: unknown): TabStatusChanged | null {
  if (!isObject(message) || message.type !== 'tab-status' || !isTabStatus(message.status)) return null;
  return { type: 'tab-status', status: message.status };
}

const isStringList = (value: unknown): value is string[] => Array.isArray(value) && value.every(isString);

/** The engine options a page may ask for, rebuilt field by field; anything else in the message is dropped. */
function parseAnalyzeOptions(value: unknown): AnalyzeOptions | null {
  if (!isObject(value)) return null;
  const options: AnalyzeOptions = {};
  if (value.kinds !== undefined) {
    if (!isKindList(value.kinds)) return null;
    options.kinds = [...value.kinds];
  }
  if (value.ignorePhrases !== undefined) {
    if (!isStringList(value.ignorePhrases)) return null;
    options.ignorePhrases = [...value.ignorePhrases];
  }
  if (value.extraPhrases !== undefined) {
    const extra = value.extraPhrases;
    if (!isObject(extra) || !Object.entries(extra).every(([kind, list]) => isKind(kind) && isStringList(list))) return null;
    options.extraPhrases = Object.fromEntries(Object.entries(extra).map(([kind, list]) => [kind, [...(list as string[])]]));
  }
  return options;
}

export function parseAnalyzeTextRequest(message: unknown): AnalyzeTextRequest | null {
  if (!isObject(message) || message.type !== 'analyze-text' || !isString(message.text)) return null;
  const options = parseAnalyzeOptions(message.options);
  if (!options) return null;
  const request: AnalyzeTextRequest = { type: 'analyze-text', text: message.text, options };
  if (isObject(message.language)) request.language = { hint: isString(message.language.hint) ? message.language.hint : null };
  return request;
}

/** The background's answer, checked like every message: findings whose offsets fit the text, another language, or an error. */
export function parseAnalyzeTextReply(reply: unknown, text: string): AnalyzeTextReply | null {
  if (!isObject(reply)) return null;
  if (isString(reply.error)) return { error: reply.error };
  if (isString(reply.otherLanguage)) return { otherLanguage: reply.otherLanguage };
  if (!Array.isArray(reply.findings) || !reply.findings.every((f) => isFinding(f) && f.end <= text.length && f.start < f.end)) return null;
  return { findings: reply.findings };
}
