// From a page to a verdict in one call, for the command line: article detection, the engine and the score.
// The extension runs the same parts, the engine in its background (see page-scanner.ts).
import { extractArticle } from './article';
import { analysisOf, type DocumentAnalysis } from './document-analysis';
import { analyzeText } from './engine';
import type { AnalyzeOptions } from './engine/types';

export interface AnalyzeDocumentOptions extends AnalyzeOptions {
  /** Scan the page even when it does not look like an article. */
  force?: boolean;
}

/** Returns null when the page is not an article and `force` is not set. */
export function analyzeDocument(doc: Document, options: AnalyzeDocumentOptions = {}): DocumentAnalysis | null {
  const article = extractArticle(doc, { force: options.force });
  return article && analysisOf(article, analyzeText(article.text, options));
}
