// The one path from a page to a verdict, shared by the content script and the command line.
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
  return article && analyzeArticle(article, options);
}

/** The second half of `analyzeDocument`, for a caller that gives the page its turn in between. */
export function analyzeArticle(article: ArticleText, options: AnalyzeOptions = {}): DocumentAnalysis {
  const findings = analyzeText(article.text, options);
  return { article, findings, summary: summarizeAttribution(findings) };
}
