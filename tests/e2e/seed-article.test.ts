// The foundation's acceptance, in real Chromium and real Firefox with the built extension loaded.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'puppeteer-core';
import { execFileSync } from 'node:child_process';
import { BROWSERS, launch, openPopupFor, serveFixtures, tabIdFor, waitFor, type BrowserUnderTest, type FixtureServer } from './harness';

const SEED_TITLE = 'Biden administration reviews expansion of intelligence cooperation with Taliban';

interface MarkedFinding {
  kind: string;
  text: string;
  insideEm: boolean;
}

/** The page's highlights, one entry per finding (a finding split over several text nodes is joined). */
const readFindings = (page: Page) =>
  page.evaluate(() => {
    const byIndex = new Map<string, { kind: string; text: string; insideEm: boolean }>();
    for (const mark of document.querySelectorAll('sourcelight-mark')) {
      const index = mark.getAttribute('data-sourcelight-index')!;
      const entry = byIndex.get(index) ?? { kind: mark.getAttribute('data-sourcelight-kind')!, text: '', insideEm: false };
      entry.text += mark.textContent;
      entry.insideEm ||= !!mark.closest('em');
      byIndex.set(index, entry);
    }
    return [...byIndex.values()];
  });

const markCount = (page: Page) => page.evaluate(() => document.querySelectorAll('sourcelight-mark').length);

describe.each(BROWSERS)('seed article in %s', (name) => {
  let subject: BrowserUnderTest;
  let server: FixtureServer;
  let page: Page;
  let url: string;

  beforeAll(async () => {
    server = await serveFixtures();
    subject = await launch(name);
    page = await subject.browser.newPage();
    // Before any scan: remember the body, and give a button a listener of the page's own.
    await page.evaluateOnNewDocument(() => {
      document.addEventListener('DOMContentLoaded', () => {
        const w = window as any;
        w.__bodyBefore = document.body.innerHTML;
        w.__clicks = 0;
        document.querySelector('.share button')!.addEventListener('click', () => w.__clicks++);
      });
    });
    url = `${server.origin}/seed-article.html`;
    await page.goto(url);
    await waitFor(() => markCount(page), (n) => n > 0, 'highlights');
  });

  afterAll(async () => {
    await subject?.close();
    await server?.close();
  });

  test('highlights each weak spot and the named source, with its kind', async () => {
    const findings: MarkedFinding[] = await readFindings(page);
    const has = (kind: string, phrase: string) =>
      findings.some((f) => f.kind === kind && f.text.toLowerCase().includes(phrase.toLowerCase()));
    expect(has('anonymous-source', 'According to sources')).toBe(true);
    expect(has('anonymous-source', 'two informed sources')).toBe(true);
    expect(has('anonymous-source', 'a former US official')).toBe(true);
    expect(has('vague-attribution', 'Russian officials')).toBe(true);
    expect(has('hedge', 'reportedly')).toBe(true);
    expect(has('unverified-figure', 'numbering over 21')).toBe(true);
    expect(has('named-source', 'NBC report')).toBe(true);
    // "two informed sources" sits inside an <em> in the page.
    expect(findings.some((f) => f.insideEm && f.text === 'two informed sources')).toBe(true);
    // Each highlight explains itself to assistive technology.
    const descriptions = await page.evaluate(() => [...document.querySelectorAll('sourcelight-mark')].map((m) => m.getAttribute('aria-description') ?? ''));
    expect(descriptions.every((d) => d.length > 10)).toBe(true);
  });

  test('hovering or focusing a highlight shows its kind, phrase and reason in a tooltip', async () => {
    const tooltipText = () =>
      page.evaluate(() => {
        const tip = document.querySelector('sourcelight-ui')?.shadowRoot?.querySelector('.tip') as HTMLElement | null;
        return tip && !tip.hidden ? tip.textContent : '';
      });
    await page.hover('em sourcelight-mark');
    const hovered = await waitFor(tooltipText, (t) => !!t, 'the tooltip');
    expect(hovered).toContain('Anonymous source');
    expect(hovered).toContain('two informed sources');
    expect(hovered).toMatch(/not named|why the source/);
    await page.mouse.move(0, 0);
    await waitFor(tooltipText, (t) => t === '', 'the tooltip to hide');
    // Keyboard: each finding is one tab stop, and focus shows the same explanation.
    await page.evaluate(() => (document.querySelector('sourcelight-mark[tabindex="0"]') as HTMLElement).focus());
    expect(await waitFor(tooltipText, (t) => !!t, 'the tooltip on focus')).toContain('According to sources');
    await page.evaluate(() => (document.activeElement as HTMLElement).blur());
  });

  test('the command line reports the same grade and findings as the extension', async () => {
    const tabId = await tabIdFor(subject, SEED_TITLE);
    const control = await subject.openExtensionPage('popup.html');
    const status = await control.evaluate(
      (id) => ((globalThis as any).browser ?? (globalThis as any).chrome).tabs.sendMessage(id, { type: 'get-status' }),
      tabId,
    );
    await control.close();
    const cli = JSON.parse(
      execFileSync('node_modules/.bin/tsx', ['utils/cli/main.ts', 'analyze', '--json', 'tests/fixtures/seed-article.html'], { encoding: 'utf8' }),
    );
    const essentials = (findings: { kind: string; start: number; end: number; text: string }[]) =>
      findings.map(({ kind, start, end, text }) => ({ kind, start, end, text }));
    expect(status.status).toBe('ready');
    expect({ grade: cli.grade, score: cli.score }).toEqual({ grade: status.summary.grade, score: status.summary.score });
    expect(cli.grade).toBe('weak');
    expect(essentials(cli.findings)).toEqual(essentials(status.findings));
  });

  test('never highlights the ticker, aside, comment form, editable note or footer', async () => {
    const outside = await page.evaluate(() =>
      [...document.querySelectorAll('sourcelight-mark')]
        .filter((m) => m.closest('header, .ticker, aside, .comments, footer, [contenteditable], textarea, .share'))
        .map((m) => m.textContent),
    );
    expect(outside).toEqual([]);
  });

  test('the popup says weak, and its switch turns highlights off (restoring the page exactly) and on again', async () => {
    const popup = await openPopupFor(subject, SEED_TITLE);
    const text = await waitFor(() => popup.evaluate(() => document.body.innerText), (t) => /Weak/.test(t), 'the grade in the popup');
    expect(text).toMatch(/\d+\s*\/100/);
    expect(text).toMatch(/Anonymous sources/);

    await popup.click('button[role="switch"]');
    await waitFor(() => markCount(page), (n) => n === 0, 'highlights to go');
    const restored = await page.evaluate(() => document.body.innerHTML === (window as any).__bodyBefore);
    expect(restored).toBe(true);
    await waitFor(() => popup.evaluate(() => document.querySelector('button[role="switch"]')!.getAttribute('aria-checked')), (v) => v === 'false', 'switch off');

    await popup.click('button[role="switch"]');
    await waitFor(() => markCount(page), (n) => n > 0, 'highlights to return');
    await popup.close();

    await page.click('.share button');
    const pageState = await page.evaluate(() => ({ ran: (window as any).__pageScriptRan, clicks: (window as any).__clicks }));
    expect(pageState).toEqual({ ran: true, clicks: 1 });
  });
});
