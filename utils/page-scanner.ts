// Owns one tab's scan: runs the analysis on the live document, keeps the highlights, the tooltip and the
// page watcher, and answers the popup and the keyboard shortcuts.
import { analyzeDocument, type DocumentAnalysis } from './analyze-document';
import type { AnalyzeOptions, FindingKind } from './engine/types';
import { highlightFindings, KIND_ATTRIBUTE, type Highlights } from './highlight/highlight';
import { focusFinding } from './highlight/navigate';
import { attachTooltip, type Tooltip } from './highlight/tooltip';
import { KIND_DESCRIPTIONS } from './kinds';
import type { TabStatus } from './messages';
import { watchPage, type PageWatcher } from './watch-page';

export const HIDDEN_ATTRIBUTE = 'data-sourcelight-hidden';

export interface PageScannerOptions {
  engine: AnalyzeOptions;
  highlightByDefault: boolean;
  /** Told about every status change (the badge and an open popup follow it). */
  onStatus: (status: TabStatus) => void;
  /** Rescan when the page changes (infinite scroll, single-page navigation). */
  watch?: boolean;
}

export interface PageScanner {
  status(): TabStatus;
  scan(force: boolean): TabStatus;
  setHighlights(on: boolean): TabStatus;
  setHiddenKinds(kinds: FindingKind[]): TabStatus;
  focus(index: number): TabStatus;
  step(direction: 1 | -1): TabStatus;
  /** New engine options (the reader changed their settings): rescan with them. */
  setEngineOptions(engine: AnalyzeOptions): TabStatus;
  /** Removes every highlight and listener; the page is left exactly as it was. */
  dispose(): void;
}

export function createPageScanner(doc: Document, options: PageScannerOptions): PageScanner {
  let engine = options.engine;
  let status: TabStatus = { status: 'scanning' };
  let analysis: DocumentAnalysis | null = null;
  let forced = false;
  let highlights: Highlights | null = null;
  let highlightsOn = options.highlightByDefault;
  let hiddenKinds: FindingKind[] = [];
  let focusedIndex: number | null = null;
  let tooltip: Tooltip | null = null;
  let watcher: PageWatcher | null = null;

  const ownChange = <T>(change: () => T): T => (watcher ? watcher.withoutObserving(change) : change());

  const update = (next: TabStatus): TabStatus => {
    status = next;
    options.onStatus(status);
    return status;
  };

  const readyStatus = (current: DocumentAnalysis): TabStatus => ({
    status: 'ready',
    highlightsOn,
    mode: current.article.mode,
    title: current.article.title,
    summary: current.summary,
    findings: current.findings,
    hiddenKinds,
    focusedIndex,
  });

  const clearHighlights = () => {
    if (!highlights) return;
    const current = highlights;
    highlights = null;
    ownChange(() => current.clear());
    watcher?.setMarkedTextNodes(new Set());
  };

  /** The first piece of each finding's highlight: its one keyboard stop. */
  const tabStops = new Set<HTMLElement>();

  const applyHiddenKinds = () => {
    for (const mark of highlights?.marks ?? []) {
      const hidden = hiddenKinds.includes(mark.getAttribute(KIND_ATTRIBUTE) as FindingKind);
      mark.toggleAttribute(HIDDEN_ATTRIBUTE, hidden);
      mark.tabIndex = tabStops.has(mark) && !hidden ? 0 : -1;
    }
  };

  const showHighlights = () => {
    if (!analysis || highlights) return;
    const { article, findings } = analysis;
    const seen = new Set<number>();
    tabStops.clear();
    highlights = ownChange(() =>
      highlightFindings(article, findings, (element, finding, index) => {
        element.setAttribute('role', 'mark');
        element.setAttribute('aria-description', `${KIND_DESCRIPTIONS[finding.kind].label}: ${finding.reason}`);
        if (!seen.has(index)) {
          seen.add(index);
          tabStops.add(element);
        }
      }),
    );
    ownChange(applyHiddenKinds);
    watcher?.setMarkedTextNodes(highlights.splitTextNodes);
    tooltip ??= ownChange(() => attachTooltip(doc, (index) => analysis?.findings[index]));
  };

  const scan = (force: boolean): TabStatus => {
    clearHighlights();
    forced = force;
    focusedIndex = null;
    try {
      analysis = analyzeDocument(doc, { ...engine, force });
      if (!analysis) return update({ status: 'not-article' });
      if (highlightsOn) showHighlights();
      return update(readyStatus(analysis));
    } catch (error) {
      clearHighlights();
      analysis = null;
      return update({ status: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  };

  const focus = (index: number): TabStatus => {
    if (!analysis || index >= analysis.findings.length) return status;
    if (!highlightsOn) {
      highlightsOn = true;
      showHighlights();
    }
    const kind = analysis.findings[index]!.kind;
    if (hiddenKinds.includes(kind)) {
      hiddenKinds = hiddenKinds.filter((k) => k !== kind);
      ownChange(applyHiddenKinds);
    }
    focusedIndex = index;
    ownChange(() => focusFinding(highlights?.marks ?? [], index));
    return update(readyStatus(analysis));
  };

  if (options.watch) {
    watcher = watchPage(
      doc,
      (change) => {
        // Not an article before (or the reader forced a page scan): only navigation makes it worth another look.
        if (status.status === 'not-article' && !change.navigated) return;
        if (status.status === 'ready' || status.status === 'not-article' || status.status === 'error') {
          scan(change.navigated ? false : forced);
        }
      },
      // A framework rewrote text we had split: take our stale pieces out at once, rescan shortly.
      clearHighlights,
    );
  }

  return {
    status: () => status,
    scan,
    setHighlights(on) {
      highlightsOn = on;
      if (!analysis) return status;
      // The page may have changed while highlights were off: scan it afresh.
      if (on) return scan(forced);
      clearHighlights();
      return update(readyStatus(analysis));
    },
    setHiddenKinds(kinds) {
      hiddenKinds = kinds;
      ownChange(applyHiddenKinds);
      return analysis ? update(readyStatus(analysis)) : status;
    },
    focus,
    step(direction) {
      if (!analysis) return status;
      const visible = analysis.findings.map((f, i) => (hiddenKinds.includes(f.kind) ? -1 : i)).filter((i) => i >= 0);
      if (visible.length === 0) return status;
      const at = focusedIndex === null ? -1 : visible.indexOf(focusedIndex);
      const next = at < 0 ? (direction === 1 ? 0 : visible.length - 1) : (at + direction + visible.length) % visible.length;
      return focus(visible[next]!);
    },
    setEngineOptions(next) {
      engine = next;
      return analysis || status.status === 'not-article' ? scan(forced) : status;
    },
    dispose() {
      watcher?.disconnect();
      watcher = null;
      clearHighlights();
      tooltip?.dispose();
      tooltip = null;
    },
  };
}
