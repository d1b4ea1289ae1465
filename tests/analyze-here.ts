// The engine run in the same thread, for tests and the bench that drive a page scanner without a background.
import { analyzeText, analyzeTextSteps } from '../utils/engine';
import type { AnalyzeArticleText } from '../utils/page-scanner';
import { runStepsInSlices } from '../utils/steps';

export const analyzeHere: AnalyzeArticleText = async (text, options) => analyzeText(text, options);

/** In slices of `sliceMs` with the page's turn in between, as a page that ran the engine itself would. */
export const analyzeInSlices =
  (sliceMs: number, yieldToPage: () => Promise<void>): AnalyzeArticleText =>
  (text, options) =>
    runStepsInSlices(analyzeTextSteps(text, options), sliceMs, yieldToPage);
