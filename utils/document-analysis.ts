// An article and its verdict. Kept apart from the engine, which the content script does not load: it only
// scores the findings the background sends back.
import type { ArticleText } from './article/types';
import { summarizeAttribution } from './engine/score';
import type { AttributionSummary, Finding } from './engine/types';

export interface DocumentAnalysis {
  article: ArticleText;
  findings: Finding[];
  summary: AttributionSummary;
}

/** The verdict on an article, from its findings. */
export function analysisOf(article: ArticleText, findings: Finding[]): DocumentAnalysis {
  return { article, findings, summary: summarizeAttribution(findings) };
}
