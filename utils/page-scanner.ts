// Owns one tab's scan: runs the analysis on the live document, keeps the highlights, the tooltip and the
// page watcher, and answers the popup and the keyboard shortcuts. Article detection, the engine and
// highlighting run in slices of about 10 ms with the page's turn in between, so a huge article never
// blocks input or rendering for long.
import { analysisOf, type DocumentAnalysis } from './document-analysis';
import { extractArticleSteps } from './article';
import { findingContexts, type FindingContext } from './finding-context';
import { PAGE_LIMITS, PageTooLargeError } from './page-size';
import { addedArticleText } from './article/additions';
import type { AnalyzeOptions, Finding, FindingKind } from './engine/types';
import { combineHighlights, KIND_ATTRIBUTE, startHighlights, type Highlights } from './highlight/highlight';
import { focusFinding } from './highlight/navigate';
import { attachTooltip, type Tooltip } from './highlight/tooltip';
import { KIND_DESCRIPTIONS } from './kinds';
import type { TabStatus, TextReading } from './messages';
import { pageYielder, runStepsInSlices } from './steps';
import { watchPage, type PageWatcher } from './watch-page';

export const HIDDEN_ATTRIBUTE = 'data-sourcelight-hidden';

/** Work between two yields to the page: well under the 50 ms that makes a long task. */
const SLICE_MS = 10;

/**
 * Runs the engine on an article's text: in the extension, the background does (see `AnalyzeTextRequest`).
 * Given `language` (the page's `<html lang>` as a hint), it first tells the text's language: an article in a
 * language the engine does not read is neither graded nor highlighted. Without it, the text is read as English.
 */
export type AnalyzeArticleText = (text: string, options: AnalyzeOptions, language?: { hint: string | null }) => Promise<TextReading>;

export interface PageScannerOptions {
  engine: AnalyzeOptions;
  analyze: AnalyzeArticleText;
  highlightByDefault: boolean;
  /** Told about every status change (the badge and an open popup follow it). */
  onStatus: (status: TabStatus) => void;
  /** Rescan when the page changes (infinite scroll, single-page navigation). */
  watch?: boolean;
  /** Called as each scan starts, before the article is read: in the extension, wakes the background that will analyse it. */
  wake?: () => void;
}

/** Each action settles with the status once its work is done; meanwhile `status()` says 'scanning'. */
export interface PageScanner {
  status(): TabStatus;
  scan(force: boolean): Promise<TabStatus>;
  setHighlights(on: boolean): Promise<TabStatus>;
  setHiddenKinds(kinds: FindingKind[]): TabStatus;
  focus(index: number): Promise<TabStatus>;
  step(direction: 1 | -1): Promise<TabStatus>;
  /** New engine options (the reader changed their settings): rescan with them. */
  setEngineOptions(engine: AnalyzeOptions): Promise<TabStatus>;
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
  /** Bumped by every scan and by dispose: a scan that finds it changed has been superseded. */
  let generation = 0;
  let scanning = false;
  /** A sliced marking pass is under way (it may be yielding to the page). */
  let marking = false;
  let latestScan: Promise<TabStatus> = Promise.resolve(status);
  let disposed = false;
  const yieldToPage = pageYielder(doc.defaultView);

  const ownChange = <T>(change: () => T): T => (watcher ? watcher.withoutObserving(change) : change());

  const update = (next: TabStatus): TabStatus => {
    status = next;
    options.onStatus(status);
    return status;
  };

  /** Worked out once per analysis: every status the scanner sends carries them. */
  const contexts = new WeakMap<DocumentAnalysis, FindingContext[]>();
  const contextsOf = (current: DocumentAnalysis) => {
    let found = contexts.get(current);
    if (!found) contexts.set(current, (found = findingContexts(current.article.text, current.findings)));
    return found;
  };

  const readyStatus = (current: DocumentAnalysis): TabStatus => ({
    status: 'ready',
    highlightsOn,
    mode: current.article.mode,
    title: current.article.title,
    url: doc.URL,
    summary: current.summary,
    findings: current.findings,
    contexts: contextsOf(current),
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

  /** Findings whose first piece already has a keyboard stop. */
  const stopped = new Set<number>();
  const decorate = (element: HTMLElement, finding: Finding, index: number) => {
    element.setAttribute('role', 'mark');
    element.setAttribute('aria-description', `${KIND_DESCRIPTIONS[finding.kind].label}: ${finding.reason}`);
    const first = !stopped.has(index);
    if (first) {
      stopped.add(index);
      tabStops.add(element);
    }
    const hidden = hiddenKinds.includes(finding.kind);
    if (hidden) element.setAttribute(HIDDEN_ATTRIBUTE, '');
    element.tabIndex = first && !hidden ? 0 : -1;
  };

  /** Marks every finding, a slice at a time; false if the highlights were cleared before it finished. */
  const showHighlights = async (): Promise<boolean> => {
    if (!analysis || highlights) return true;
    const { article, findings } = analysis;
    stopped.clear();
    tabStops.clear();
    const job = startHighlights(article, findings, decorate);
    highlights = job.highlights;
    watcher?.setMarkedTextNodes(job.highlights.splitTextNodes);
    tooltip ??= attachTooltip(doc, (index) => analysis?.findings[index]);
    marking = true;
    try {
      // Planning took a task's worth on a huge article: marking starts in the next.
      await yieldToPage();
      if (highlights !== job.highlights) return false;
      for (;;) {
        const more = ownChange(() => {
          const end = performance.now() + SLICE_MS;
          let left = job.markNext();
          while (left && performance.now() < end) left = job.markNext();
          return left;
        });
        if (!more) return true;
        await yieldToPage();
        if (highlights !== job.highlights) return false;
      }
    } finally {
      marking = false;
    }
  };

  /**
   * Scans only what the page appended to the article since the last scan, and marks only its findings.
   * False when the additions cannot simply be appended (placed earlier in the article, say): then the
   * whole article is scanned again.
   */
  const scanAdditions = async (added: readonly Node[]): Promise<boolean> => {
    if (!analysis || scanning || marking || analysis.article.mode !== 'article') return false;
    const { article } = analysis;
    const addition = addedArticleText(article.root, article.segments.at(-1)?.node, added);
    if (!addition) return false;
    if (!addition.text) return true;
    const offset = article.text.length + 1;
    const shift = <T extends { start: number; end: number }>(item: T): T => ({ ...item, start: item.start + offset, end: item.end + offset });
    const segments = addition.segments.map(shift);
    const run = generation;
    const reading = await options.analyze(addition.text, engine);
    // A full scan or another addition overtook this one while the engine ran: it reads the page afresh.
    if (run !== generation || !analysis || analysis.article !== article) return true;
    if (!('findings' in reading)) return false;
    const newFindings = reading.findings.map(shift);
    const findings = [...analysis.findings, ...newFindings];
    analysis = analysisOf({ ...article, text: `${article.text}\n${addition.text}`, segments: [...article.segments, ...segments] }, findings);
    if (highlights && newFindings.length) {
      // Only the added segments: earlier findings have no text there and are left as they are.
      const job = startHighlights({ ...article, segments }, findings, decorate);
      ownChange(() => {
        while (job.markNext());
      });
      highlights = combineHighlights(highlights, job.highlights);
      watcher?.setMarkedTextNodes(highlights.splitTextNodes);
    }
    update(readyStatus(analysis));
    return true;
  };

  /** What a scan that a newer one (or dispose) overtook settles with. */
  const superseded = (): Promise<TabStatus> | TabStatus => (disposed ? status : latestScan);

  const runScan = async (force: boolean): Promise<TabStatus> => {
    options.wake?.();
    const run = ++generation;
    clearHighlights();
    forced = force;
    focusedIndex = null;
    analysis = null;
    status = { status: 'scanning' };
    scanning = true;
    try {
      await yieldToPage();
      if (run !== generation) return superseded();
      const article = await runStepsInSlices(extractArticleSteps(doc, { force, limits: PAGE_LIMITS }), SLICE_MS, yieldToPage);
      if (run !== generation) return superseded();
      if (!article) return update({ status: 'not-article' });
      const reading = await options.analyze(article.text, engine, { hint: doc.documentElement.lang });
      if (run !== generation) return superseded();
      if (!('findings' in reading)) return update({ status: 'other-language', language: reading.otherLanguage, title: article.title });
      const { findings } = reading;
      // The verdict and the highlight plan each take tens of milliseconds on an article with tens of
      // thousands of findings: each gets a task of its own.
      await yieldToPage();
      if (run !== generation) return superseded();
      analysis = analysisOf(article, findings);
      await yieldToPage();
      if (run !== generation) return superseded();
      if (highlightsOn) await showHighlights();
      if (run !== generation) return superseded();
      return update(readyStatus(analysis));
    } catch (error) {
      if (run !== generation) return superseded();
      clearHighlights();
      analysis = null;
      if (error instanceof PageTooLargeError) return update({ status: 'error', message: `This page is too large to scan: ${error.message}.` });
      return update({ status: 'error', message: error instanceof Error ? error.message : String(error) });
    } finally {
      if (run === generation) scanning = false;
    }
  };

  const scan = (force: boolean): Promise<TabStatus> => {
    latestScan = runScan(force);
    return latestScan;
  };

  const focus = async (index: number): Promise<TabStatus> => {
    if (!analysis || scanning || index >= analysis.findings.length) return status;
    if (!highlightsOn) {
      highlightsOn = true;
      const current = analysis;
      if (!(await showHighlights()) || analysis !== current) return status;
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

  /** The addition being analysed, if any. */
  let adding: Promise<void> | null = null;

  if (options.watch) {
    watcher = watchPage(
      doc,
      function onPageChange(change) {
        // A scan under way may have read the page before this change: look again once it is done.
        if (scanning) return void latestScan.then(() => onPageChange(change));
        // One addition at a time: the next one starts from where this one leaves the article.
        if (adding) return void adding.then(() => onPageChange(change));
        if (!change.navigated && !change.touchedMarkedText && change.added && status.status === 'ready') {
          const added = change.added;
          adding = scanAdditions(added)
            .then((handled) => {
              if (!handled) void scan(forced);
            })
            .finally(() => {
              adding = null;
            });
          return;
        }
        // Not an article, or not in a language we read, before: only navigation or new content makes it worth another look.
        if ((status.status === 'not-article' || status.status === 'other-language') && !change.navigated && !change.added?.length) return;
        // Ready, unread or failed: anything but a first scan still to come.
        if (status.status !== 'scanning') {
          void scan(change.navigated ? false : forced);
        }
      },
      // A framework rewrote text we had split: take our stale pieces out at once, rescan shortly.
      clearHighlights,
    );
  }

  return {
    status: () => status,
    scan,
    async setHighlights(on) {
      highlightsOn = on;
      if (scanning) {
        // The scan under way stops marking, or goes on to, as the reader now wants.
        if (!on) clearHighlights();
        return latestScan;
      }
      if (!analysis) return status;
      if (!on) {
        clearHighlights();
        return update(readyStatus(analysis));
      }
      // The page may have changed while highlights were off: without a watcher to say it did not, scan it afresh.
      if (!watcher || watcher.hasPendingChange()) return scan(forced);
      const current = analysis;
      if (!(await showHighlights()) || analysis !== current) return status;
      return update(readyStatus(current));
    },
    setHiddenKinds(kinds) {
      hiddenKinds = kinds;
      ownChange(applyHiddenKinds);
      return analysis ? update(readyStatus(analysis)) : status;
    },
    focus,
    async step(direction) {
      if (!analysis) return status;
      const visible = analysis.findings.map((f, i) => (hiddenKinds.includes(f.kind) ? -1 : i)).filter((i) => i >= 0);
      if (visible.length === 0) return status;
      const at = focusedIndex === null ? -1 : visible.indexOf(focusedIndex);
      const next = at < 0 ? (direction === 1 ? 0 : visible.length - 1) : (at + direction + visible.length) % visible.length;
      return focus(visible[next]!);
    },
    async setEngineOptions(next) {
      engine = next;
      return analysis || status.status === 'not-article' ? scan(forced) : status;
    },
    dispose() {
      disposed = true;
      generation++;
      watcher?.disconnect();
      watcher = null;
      clearHighlights();
      tooltip?.dispose();
      tooltip = null;
    },
  };
}
