// Owns one tab's scan: runs the analysis on the live document, keeps the highlights, answers the popup.
import { analyzeDocument } from './analyze-document';
import { highlightFindings, type Highlights } from './highlight/highlight';
import { KIND_DESCRIPTIONS } from './kinds';
import type { TabStatus } from './messages';
import type { DocumentAnalysis } from './analyze-document';
import type { AnalyzeOptions } from './engine/types';

export interface PageScannerOptions {
  engine: AnalyzeOptions;
  highlightByDefault: boolean;
  /** Told about every status change (the badge and an open popup follow it). */
  onStatus: (status: TabStatus) => void;
}

export interface PageScanner {
  status(): TabStatus;
  scan(force: boolean): TabStatus;
  setHighlights(on: boolean): TabStatus;
  /** Removes every highlight; the page is left exactly as it was. */
  dispose(): void;
}

export function createPageScanner(doc: Document, options: PageScannerOptions): PageScanner {
  let status: TabStatus = { status: 'scanning' };
  let analysis: DocumentAnalysis | null = null;
  let highlights: Highlights | null = null;
  let highlightsOn = options.highlightByDefault;

  const update = (next: TabStatus): TabStatus => {
    status = next;
    options.onStatus(status);
    return status;
  };

  const clearHighlights = () => {
    highlights?.clear();
    highlights = null;
  };

  const showHighlights = () => {
    if (!analysis || highlights) return;
    highlights = highlightFindings(analysis.article, analysis.findings, (element, finding) => {
      element.title = `${KIND_DESCRIPTIONS[finding.kind].label}: ${finding.reason}`;
    });
  };

  const readyStatus = (current: DocumentAnalysis): TabStatus => ({
    status: 'ready',
    highlightsOn,
    mode: current.article.mode,
    title: current.article.title,
    summary: current.summary,
    findings: current.findings,
  });

  const scan = (force: boolean): TabStatus => {
    clearHighlights();
    try {
      analysis = analyzeDocument(doc, { ...options.engine, force });
      if (!analysis) return update({ status: 'not-article' });
      if (highlightsOn) showHighlights();
      return update(readyStatus(analysis));
    } catch (error) {
      clearHighlights();
      analysis = null;
      return update({ status: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  };

  return {
    status: () => status,
    scan,
    setHighlights(on) {
      highlightsOn = on;
      if (!analysis) return status;
      // The page may have changed while highlights were off: scan it afresh.
      if (on) return scan(analysis.article.mode === 'page');
      clearHighlights();
      return update(readyStatus(analysis));
    },
    dispose: clearHighlights,
  };
}
