// Every user-facing string of the extension's pages goes through here, so a translation is one more
// `public/_locales/<lang>/messages.json`. `utils/kinds.ts` stays the English source for the command line.
import { browser } from 'wxt/browser';
import type { FindingKind, Grade } from './engine/types';
import type catalog from '../public/_locales/en/messages.json';

export type MessageKey = keyof typeof catalog;

/** The message in the browser's language, with `$1`… placeholders filled in order. */
export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  return browser.i18n.getMessage(key as never, substitutions.map(String));
}

type KindKeys = { plural: MessageKey; one: MessageKey; other: MessageKey };

const KIND_KEYS: Record<FindingKind, KindKeys> = {
  'anonymous-source': { plural: 'kindAnonymousSourcePlural', one: 'countAnonymousSourceOne', other: 'countAnonymousSourceOther' },
  'vague-attribution': { plural: 'kindVagueAttributionPlural', one: 'countVagueAttributionOne', other: 'countVagueAttributionOther' },
  hedge: { plural: 'kindHedgePlural', one: 'countHedgeOne', other: 'countHedgeOther' },
  'unverified-figure': { plural: 'kindUnverifiedFigurePlural', one: 'countUnverifiedFigureOne', other: 'countUnverifiedFigureOther' },
  'named-source': { plural: 'kindNamedSourcePlural', one: 'countNamedSourceOne', other: 'countNamedSourceOther' },
};

const GRADE_KEYS: Record<Grade, MessageKey> = { strong: 'gradeStrong', mixed: 'gradeMixed', weak: 'gradeWeak', ungraded: 'gradeUngraded' };

/** "Anonymous sources" */
export const kindPlural = (kind: FindingKind) => t(KIND_KEYS[kind].plural);
/** "1 anonymous source", "3 anonymous sources" (messages.json has the one/other forms only). */
export const kindCount = (kind: FindingKind, count: number) =>
  t(new Intl.PluralRules().select(count) === 'one' ? KIND_KEYS[kind].one : KIND_KEYS[kind].other, count);
export const gradeLabel = (grade: Grade) => t(GRADE_KEYS[grade]);
/** "a, b and c" in the browser's language. */
export const joinList = (items: string[]) => new Intl.ListFormat(undefined, { type: 'conjunction' }).format(items);

/** Titles the page and tells it the language and direction of the messages it shows. */
export function localizeDocument(doc: Document, title: MessageKey): void {
  doc.title = t(title);
  doc.documentElement.lang = t('pageLanguage');
  doc.documentElement.dir = browser.i18n.getMessage('@@bidi_dir');
}
