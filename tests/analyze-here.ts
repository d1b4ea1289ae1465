// The engine run in the same thread, for tests and the bench that drive a page scanner without a background.
import { analyzeTextSteps } from '../utils/engine';
import type { AnalyzeArticleText } from '../utils/page-scanner';
import { readText } from '../utils/read-text';
import { runStepsInSlices } from '../utils/steps';

/** What the background would answer, language included. */
export const analyzeHere: AnalyzeArticleText = async (text, options, language) => readText(text, options, language);

/**
 * In slices of `sliceMs` with the page's turn in between, as a page that ran the engine itself would. It does
 * not tell the language (the detector is not in the page's bundle): the text is read as English.
 */
export const analyzeInSlices =
  (sliceMs: number, yieldToPage: () => Promise<void>): AnalyzeArticleText =>
  async (text, options) => ({ findings: await runStepsInSlices(analyzeTextSteps(text, options), sliceMs, yieldToPage) });
