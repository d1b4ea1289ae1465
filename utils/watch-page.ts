// Watches a live page for changes worth a rescan: new article text (infinite scroll, late rendering) or
// single-page navigation. Our own marks and UI never trigger it, and a page that rewrites itself
// constantly is rescanned ever less often instead of driving the CPU.
import { MARK_ELEMENT } from './highlight/highlight';
import { UI_ELEMENT } from './highlight/tooltip';

export interface PageChange {
  /** The address changed since the last scan: single-page navigation. */
  navigated: boolean;
  /** Some text node the highlighter had split was rewritten by the page (a framework re-render). */
  touchedMarkedText: boolean;
  /** The nodes the page added, when adding was all it did; null when it also removed or rewrote something. */
  added: Node[] | null;
}

export interface PageWatcher {
  /** Runs our own DOM changes with the observer disconnected, so we never react to ourselves. */
  withoutObserving<T>(change: () => T): T;
  /** A change was seen and its rescan is still due: an analysis from before it may be stale. */
  hasPendingChange(): boolean;
  /** Tells the watcher which text nodes the current highlights split. */
  setMarkedTextNodes(nodes: ReadonlySet<Node>): void;
  disconnect(): void;
}

/** The first rescan waits this long after a change, to let a burst of changes settle. */
const QUIET_MS = 400;
/** Each rescan that follows its predecessor within this long counts as churn and doubles the wait. */
const CHURN_WINDOW_MS = 3000;
const MAX_WAIT_MS = 30_000;

const isOurs = (node: Node | null): boolean => {
  const element = node instanceof Element ? node : node?.parentElement;
  return !!element && (element.localName === UI_ELEMENT || !!element.closest(MARK_ELEMENT));
};

export function watchPage(doc: Document, onChange: (change: PageChange) => void, onMarkedTextRewritten: () => void): PageWatcher {
  const view = doc.defaultView!;
  let markedTextNodes: ReadonlySet<Node> = new Set();
  let lastUrl = doc.location?.href ?? '';
  let timer: number | undefined;
  let lastRescan = 0;
  let wait = QUIET_MS;
  let touchedMarkedText = false;
  let added: Node[] = [];
  let onlyAdded = true;

  const schedule = () => {
    if (timer !== undefined) return; // A rescan is already due: bursts don't postpone it forever.
    timer = view.setTimeout(() => {
      timer = undefined;
      const now = Date.now();
      wait = now - lastRescan < CHURN_WINDOW_MS ? Math.min(wait * 2, MAX_WAIT_MS) : QUIET_MS;
      lastRescan = now;
      const url = doc.location?.href ?? '';
      const change = { navigated: url !== lastUrl, touchedMarkedText, added: onlyAdded ? added : null };
      lastUrl = url;
      touchedMarkedText = false;
      added = [];
      onlyAdded = true;
      onChange(change);
    }, wait);
  };

  const observer = new view.MutationObserver((records) => {
    let relevant = false;
    for (const record of records) {
      if (record.type === 'characterData') {
        if (markedTextNodes.has(record.target)) {
          touchedMarkedText = true;
          relevant = true;
          onlyAdded = false;
        } else if (!isOurs(record.target)) {
          relevant = true;
          onlyAdded = false;
        }
        continue;
      }
      const pageAdded = Array.from(record.addedNodes).filter((node) => !isOurs(node));
      if (pageAdded.length) {
        added.push(...pageAdded);
        relevant = true;
      }
      if (Array.from(record.removedNodes).some((node) => !isOurs(node))) {
        onlyAdded = false;
        relevant = true;
      }
    }
    if (touchedMarkedText) onMarkedTextRewritten();
    if (relevant) schedule();
  });
  const observe = () => observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });

  // Single-page navigation without DOM changes still deserves a rescan.
  const onPopState = () => {
    onlyAdded = false;
    schedule();
  };
  view.addEventListener('popstate', onPopState);
  observe();

  return {
    withoutObserving(change) {
      observer.disconnect();
      try {
        return change();
      } finally {
        observer.takeRecords();
        observe();
      }
    },
    hasPendingChange: () => timer !== undefined,
    setMarkedTextNodes(nodes) {
      markedTextNodes = nodes;
    },
    disconnect() {
      observer.disconnect();
      view.removeEventListener('popstate', onPopState);
      if (timer !== undefined) view.clearTimeout(timer);
    },
  };
}
