// From a page to a verdict: the command line takes it in one call, the content script step by step
// (giving the page its turn between steps) with the same parts.
import { extractArticle } from './article';
import type { ArticleText } from './article/types';
import { analyzeText, summarizeAttribution } from './engine';
import type { AnalyzeOptions, AttributionSummary, Finding } from './engine/types';

export interface DocumentAnalysis {
  article: ArticleText;
  findings: Finding[];
  summary: AttributionSummary;
}

export interface AnalyzeDocumentOptions extends AnalyzeOptions {
  /** Scan the page even when it does not look like an article. */
  force?: boolean;
}

/** Returns null when the page is not an article and `force` is not set. */
export function analyzeDocument(doc: Document, options: AnalyzeDocumentOptions = {}): DocumentAnalysis | null {
  const article = extractArticle(doc, { force: options.force });
  return article && analysisOf(article, analyzeText(article.text, options));
}

/** The verdict on an article, from its findings. */
export function analysisOf(article: ArticleText, findings: Finding[]): DocumentAnalysis {
  return { article, findings, summary: summarizeAttribution(findings) };
}
