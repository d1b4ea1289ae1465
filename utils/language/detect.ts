// Tells an article's language from its text with franc's guess (trigram profiles of 82 languages, about
// 55 KB gzipped: too large for the content script, so it runs in the background and the CLI).
import { guessLanguage } from './guess';
import { languageSample, languageVerdict, primaryLanguage, type LanguageVerdict } from '.';

/**
 * Below this many letters of Latin script a trigram guess is noise ("Apple unveils new iPhone" reads as
 * Italian): the page's `<html lang>` decides, and without one the text is taken for English, the language
 * the engine was made for, so a short English text is never refused.
 */
export const MIN_LETTERS = 200;
/** Text mostly in another script (Hangul, Cyrillic, Arabic…) is not English however short: franc tells it by its script. */
const MIN_OTHER_SCRIPT_LETTERS = 20;

/** `hint` is the page's `<html lang>`: trusted only when the text is too short to tell. */
export function detectLanguage(text: string, hint?: string | null): LanguageVerdict {
  const sample = languageSample(text);
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  // Latin letters are counted only when there are too few letters to tell by number alone (another pass over the sample).
  const mostlyOtherScript = () => {
    const latin = sample.match(/\p{Script=Latin}/gu)?.length ?? 0;
    return letters - latin >= MIN_OTHER_SCRIPT_LETTERS && latin < letters / 2;
  };
  const telling = letters >= MIN_LETTERS || mostlyOtherScript();
  // franc says 'und' of text in a script it has no profile for: then the hint is all there is, too.
  const guess = telling ? guessLanguage(sample) : 'und';
  return languageVerdict((guess !== 'und' && primaryLanguage(guess)) || primaryLanguage(hint) || 'en');
}
