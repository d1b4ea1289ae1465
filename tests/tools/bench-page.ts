// The in-page half of `npm run bench`: bundled into one script and evaluated in each corpus page, it runs
// the same modules the content script runs and times them there, beside the floor and naive mark.js.
// Evaluated in the extension's own content-script world, its scan asks the extension's background to run
// the engine, as the shipped content script does.
import Mark from 'mark.js';
import { extractArticle } from '../../utils/article';
import { analyzeInBackground, wakeBackground } from '../../utils/ask-background';
import { analyzeText } from '../../utils/engine';
import { ANONYMOUS_CROWDS, ATTRIBUTION_VERBS, CROWDS, PERSON_ROLES, SPOKESPEOPLE, VAGUE_DETERMINERS } from '../../utils/engine/lexicon';
import { PHRASE_RULES } from '../../utils/engine/phrases';
import type { TabStatus } from '../../utils/messages';
import { createPageScanner, type PageScanner } from '../../utils/page-scanner';
import { pageYielder } from '../../utils/steps';
import { analyzeInSlices } from '../analyze-here';

/** What a naive highlighter would look for: the lexicon's words of saying, crowds and roles, and the phrase rules' trigger words. */
const NAIVE_PHRASES = [
  ...new Set([
    ...ATTRIBUTION_VERBS, ...CROWDS, ...ANONYMOUS_CROWDS, ...PERSON_ROLES, ...SPOKESPEOPLE, ...VAGUE_DETERMINERS,
    ...PHRASE_RULES.flatMap((rule) => rule.triggers),
  ]),
];

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1] ?? 0;

/**
 * Milliseconds per run of `run`, timed as a batch of at least `reps` runs and 20 ms (one run can be near the
 * clock's 0.1 ms resolution), after `warmup` runs that are not timed.
 */
function batchMs(run: () => unknown, reps: number, warmup: number): number {
  for (let i = 0; i < warmup; i++) run();
  let runs = 0;
  const t0 = performance.now();
  while (runs < reps || performance.now() - t0 < 20) {
    run();
    runs++;
  }
  return (performance.now() - t0) / runs;
}

// Long tasks are reported asynchronously; keep them all and pick those inside a measured window.
const longTasks: PerformanceEntry[] = [];
new PerformanceObserver((list) => longTasks.push(...list.getEntries())).observe({ type: 'longtask', buffered: true });
const settle = () => new Promise((resolve) => setTimeout(resolve, 60));
const longestTaskIn = (from: number, to: number) =>
  Math.max(0, ...longTasks.filter((t) => t.startTime + t.duration >= from && t.startTime <= to).map((t) => t.duration));

let text = '';
let root: Element | null = null;
let scanner: PageScanner | null = null;
let latest: TabStatus = { status: 'scanning' };
let waiter: (() => void) | null = null;
let bodyBefore = '';

/** Resolves once the scanner's published status satisfies `done` (it may already have, synchronously). */
async function until(act: () => unknown, done: (s: TabStatus) => boolean): Promise<void> {
  const reached = new Promise<void>((resolve) => {
    waiter = () => {
      if (done(latest)) {
        waiter = null;
        resolve();
      }
    };
  });
  await act();
  waiter?.();
  await reached;
}

const finished = (s: TabStatus) => s.status !== 'scanning';
const highlighted = (s: TabStatus) => s.status !== 'scanning' && (s.status !== 'ready' || s.highlightsOn);

export const bench = {
  /** Adds the content script's stylesheet and notes the page as it was, to check the restore against. */
  begin(css: string) {
    const style = document.createElement('style');
    style.textContent = css;
    document.documentElement.append(style);
    bodyBefore = document.body.innerHTML;
  },

  /** The article the scan uses and its rendered text, for the floor and naive mark.js; article detection timed alone. */
  prepare(reps: number) {
    const times: number[] = [];
    let article = null;
    for (let i = 0; i < reps; i++) {
      const t0 = performance.now();
      article = extractArticle(document, { force: true });
      times.push(performance.now() - t0);
    }
    root = article?.root ?? document.body;
    text = (root as HTMLElement).innerText ?? '';
    return { chars: text.length, extractMs: median(times) };
  },

  /** The engine's one pass over the article's text, no DOM work: the least any scan can cost. Timed as a batch. */
  floor(reps: number, warmup = 0) {
    return batchMs(() => analyzeText(text), reps, warmup);
  },

  /**
   * The least any reading of the page costs: a walk over every node that reads each element's class and id
   * and each text node's length, and does nothing else. Timed hot, as a batch.
   */
  pageRead(reps: number, warmup: number) {
    const walk = () => {
      let sum = 0;
      const body = document.body;
      let node: Node | null = body.firstChild;
      while (node) {
        if (node.nodeType === 1) sum += ((node as Element).getAttribute('class') ?? '').length + ((node as Element).getAttribute('id') ?? '').length;
        else if (node.nodeType === 3) sum += (node as Text).length;
        if (node.firstChild) {
          node = node.firstChild;
          continue;
        }
        while (node && node !== body && !node.nextSibling) node = node.parentNode;
        node = node && node !== body ? node.nextSibling : null;
      }
      return sum;
    };
    return batchMs(walk, reps, warmup);
  },

  /** One pass of the floor on a freshly loaded page: as cold as the first scan, to compare with it. */
  firstFloor() {
    const t0 = performance.now();
    analyzeText(text);
    return performance.now() - t0;
  },

  /**
   * The whole scan the content script runs, from start to highlights done: the first on the page, as a reader
   * meets it. `inBackground`: the engine and the language detector run in the extension's background, as
   * shipped (the page pays for the messages, not the engine); else the engine runs here, in the page's thread,
   * in slices: the page's own cost of the engine, as an upper bound. `mark`: a performance mark to set as it
   * starts, by which a Chromium trace of the scan tells the page's main thread.
   */
  async scan(inBackground = false, mark?: string) {
    scanner = createPageScanner(document, {
      engine: {},
      analyze: inBackground ? analyzeInBackground : analyzeInSlices(10, pageYielder(window)),
      wake: inBackground ? wakeBackground : undefined,
      highlightByDefault: true,
      watch: true,
      onStatus: (s) => {
        latest = s;
        waiter?.();
      },
    });
    if (mark) performance.mark(mark);
    const t0 = performance.now();
    await until(() => scanner!.scan(true), finished);
    const t1 = performance.now();
    await settle();
    return {
      ms: t1 - t0,
      status: latest.status,
      findings: latest.status === 'ready' ? latest.findings.length : 0,
      marks: document.querySelectorAll('sourcelight-mark').length,
      longTaskMs: longestTaskIn(t0, t1),
    };
  },

  /**
   * The same scan again, `reps` times (each clears the highlights and scans afresh), after `warmup` that
   * are not timed: its cost once warm, like the floor's.
   */
  async rescan(reps: number, warmup = 0) {
    for (let i = 0; i < warmup; i++) await until(() => scanner!.scan(true), finished);
    const times: number[] = [];
    for (let i = 0; i < reps; i++) {
      const t0 = performance.now();
      await until(() => scanner!.scan(true), finished);
      times.push(performance.now() - t0);
    }
    return median(times);
  },

  /** Highlights off, then on again (which rescans, as the page may have changed meanwhile). */
  async toggle() {
    const t0 = performance.now();
    await until(() => scanner!.setHighlights(false), finished);
    await until(() => scanner!.setHighlights(true), highlighted);
    const t1 = performance.now();
    await settle();
    return { ms: t1 - t0, longTaskMs: longestTaskIn(t0, t1) };
  },

  /** Removes everything; the page must be byte-identical to before the scan. */
  dispose() {
    scanner?.dispose();
    scanner = null;
    return document.body.innerHTML === bodyBefore;
  },

  /** How extensions usually use mark.js: one mark() call per phrase, each a walk over the article (on a freshly loaded page, as the first scan). */
  naive() {
    const t0 = performance.now();
    const instance = new Mark(root as HTMLElement);
    for (const phrase of NAIVE_PHRASES) instance.mark(phrase, { separateWordSearch: false, accuracy: 'exactly' });
    return { ms: performance.now() - t0, phrases: NAIVE_PHRASES.length, marks: document.querySelectorAll('mark[data-markjs]').length };
  },
};

(globalThis as unknown as { sourcelightBench: typeof bench }).sourcelightBench = bench;
