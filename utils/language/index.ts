// Which languages the engine reads. Its lexicons and rules are English; a language joins
// `supportedLanguages` when it has lexicons and rules of its own. This module is light: the detector
// itself (`./detect`) is too large for the content script and runs in the background and the CLI.

export const supportedLanguages: readonly string[] = ['en'];

export interface LanguageVerdict {
  /** The primary language subtag ('en', 'fr', 'ko'), or 'und' when it cannot be told. */
  language: string;
  /** Whether the engine reads this language: if not, the article is neither graded nor highlighted. */
  supported: boolean;
}

/** What the detector reads of an article (franc reads no more): enough to tell its language, little to pass between processes. */
export const LANGUAGE_SAMPLE_CHARS = 2048;

export const languageSample = (text: string) => text.slice(0, LANGUAGE_SAMPLE_CHARS);

/** 'fr-CA' → 'fr'; anything that is not a language tag → null. */
export function primaryLanguage(tag: string | null | undefined): string | null {
  const primary = tag?.trim().split(/[-_]/)[0]?.toLowerCase();
  if (!primary || !/^[a-z]{2,3}$/.test(primary)) return null;
  try {
    return Intl.getCanonicalLocales(primary)[0] ?? null;
  } catch {
    return null;
  }
}

export const languageVerdict = (language: string): LanguageVerdict => ({ language, supported: supportedLanguages.includes(language) });

/** "French", in the reader's language (`locale`), or the code itself when there is no name for it. */
export function languageName(language: string, locale?: string): string {
  try {
    const name = new Intl.DisplayNames(locale ? [locale] : undefined, { type: 'language' }).of(language);
    return name && name !== 'root' ? name : language;
  } catch {
    return language;
  }
}
