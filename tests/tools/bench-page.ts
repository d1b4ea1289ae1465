// The in-page half of `npm run bench`: bundled into one script and evaluated in each corpus page, it runs
// the same modules the content script runs and times them there, beside the floor and naive mark.js.
import Mark from 'mark.js';
import { extractArticle } from '../../utils/article';
import { analyzeText } from '../../utils/engine';
import { ANONYMOUS_CROWDS, ATTRIBUTION_VERBS, CROWDS, PERSON_ROLES, SPOKESPEOPLE, VAGUE_DETERMINERS } from '../../utils/engine/lexicon';
import { PHRASE_RULES } from '../../utils/engine/phrases';
import type { TabStatus } from '../../utils/messages';
import { createPageScanner, type PageScanner } from '../../utils/page-scanner';

/** What a naive highlighter would look for: the lexicon's words of saying, crowds and roles, and the phrase rules' trigger words. */
const NAIVE_PHRASES = [
  ...new Set([
    ...ATTRIBUTION_VERBS, ...CROWDS, ...ANONYMOUS_CROWDS, ...PERSON_ROLES, ...SPOKESPEOPLE, ...VAGUE_DETERMINERS,
    ...PHRASE_RULES.flatMap((rule) => rule.triggers),
  ]),
];

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1] ?? 0;

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
  /** The article the scan will use and its rendered text; `css` is the content script's. Article detection is timed on its own, cold, as a page meets it. */
  prepare(css: string) {
    const style = document.createElement('style');
    style.textContent = css;
    document.documentElement.append(style);
    const t0 = performance.now();
    const article = extractArticle(document, { force: true });
    const extractMs = performance.now() - t0;
    root = article?.root ?? document.body;
    text = (root as HTMLElement).innerText ?? '';
    bodyBefore = document.body.innerHTML;
    return { chars: text.length, extractMs };
  },

  /** The engine's one pass over the article's text, no DOM work: the least any scan can cost. */
  floor(reps: number) {
    const times: number[] = [];
    for (let i = 0; i < reps; i++) {
      const t0 = performance.now();
      analyzeText(text);
      times.push(performance.now() - t0);
    }
    return median(times);
  },

  /** The whole scan the content script runs, from start to highlights done. */
  async scan() {
    scanner = createPageScanner(document, {
      engine: {},
      highlightByDefault: true,
      watch: true,
      onStatus: (s) => {
        latest = s;
        waiter?.();
      },
    });
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

  /** How extensions usually use mark.js: one mark() call per phrase, each a walk over the article. */
  naive() {
    const t0 = performance.now();
    const instance = new Mark(root as HTMLElement);
    for (const phrase of NAIVE_PHRASES) instance.mark(phrase, { separateWordSearch: false, accuracy: 'exactly' });
    return { ms: performance.now() - t0, phrases: NAIVE_PHRASES.length, marks: document.querySelectorAll('mark[data-markjs]').length };
  },
};

(globalThis as unknown as { sourcelightBench: typeof bench }).sourcelightBench = bench;
