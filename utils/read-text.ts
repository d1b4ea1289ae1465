// What the background answers a page's analyze-text request with, apart from the messaging: the text's
// language when asked, then the engine's findings. Tests that drive a page scanner without a background run
// the same.
import { analyzeText } from './engine';
import type { AnalyzeOptions } from './engine/types';
import { detectLanguage } from './language/detect';
import type { TextReading } from './messages';

/** An article in a language the engine does not read gets no findings, only that language. */
export function readText(text: string, options: AnalyzeOptions, language?: { hint: string | null }): TextReading {
  const verdict = language && detectLanguage(text, language.hint);
  if (verdict && !verdict.supported) return { otherLanguage: verdict.language };
  return { findings: analyzeText(text, options) };
}
