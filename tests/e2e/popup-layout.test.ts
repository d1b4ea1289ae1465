// The popup fits the window the browser gives it, with "Why this score" open: the switch and the actions
// stay in view and only the list scrolls. Real Chromium and Firefox, at the largest popup and a small one.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'puppeteer-core';
import { BROWSERS, launch, openPopupFor, serveFixtures, setViewport, waitFor, type BrowserUnderTest, type FixtureServer } from './harness';

const SEED_TITLE = 'Biden administration reviews expansion of intelligence cooperation with Taliban';

/** Where the controls are, and whether the page itself (not only the list) would scroll. */
const layoutOf = (popup: Page) =>
  popup.evaluate(() => {
    const inView = (element: Element | null | undefined) => {
      const box = element?.getBoundingClientRect();
      return !!box && box.height > 0 && box.top >= 0 && box.bottom <= window.innerHeight + 0.5;
    };
    const buttons = [...document.querySelectorAll('button')];
    const named = (text: string) => buttons.find((b) => b.textContent?.trim().startsWith(text));
    const list = document.querySelector('.finding-groups')!;
    return {
      windowHeight: window.innerHeight,
      popupHeight: document.querySelector('main')!.getBoundingClientRect().height,
      pageScrolls: document.documentElement.scrollHeight > window.innerHeight + 1,
      listScrolls: list.scrollHeight > list.clientHeight,
      listHeight: list.clientHeight,
      controlsInView: {
        switch: inView(document.querySelector('[role="switch"]')),
        rescan: inView(named('Rescan')),
        copy: inView(named('Copy report')),
        save: inView(named('Save JSON')),
        turnOff: inView(named('Turn off on')),
      },
    };
  });

/** A portal's front page: links and headlines, no article. */
const FRONT_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Front page</title></head><body>
<nav><a href="/a">World</a> <a href="/b">Business</a> <a href="/c">Sport</a></nav>
<ul>${Array.from({ length: 12 }, (_, k) => `<li><a href="/story-${k}">Headline number ${k + 1} about the day's events</a></li>`).join('')}</ul>
</body></html>`;

const ALL_IN_VIEW = { switch: true, rescan: true, copy: true, save: true, turnOff: true };

describe.each(BROWSERS)('the popup’s layout in %s', (name) => {
  let subject: BrowserUnderTest;
  let server: FixtureServer;
  let popup: Page;

  beforeAll(async () => {
    server = await serveFixtures({ pages: { '/front-page.html': FRONT_PAGE } });
    subject = await launch(name);
    const page = await subject.browser.newPage();
    await page.goto(`${server.origin}/seed-article.html`);
    await waitFor(() => page.evaluate(() => document.querySelectorAll('sourcelight-mark').length), (n) => n > 0, 'highlights');
    popup = await openPopupFor(subject, SEED_TITLE);
    await waitFor(() => popup.evaluate(() => !!document.querySelector('.grade-word')), Boolean, 'the grade');
    await popup.click('.findings-toggle');
  });

  afterAll(async () => {
    await subject?.close();
    await server?.close();
  });

  // Small first: the popup must grow back to the largest size once its window does.
  test.each([
    ['a small popup (360 × 480)', 360, 480],
    ['the largest popup (800 × 600)', 800, 600],
  ])('with "Why this score" open, %s keeps every control in view and scrolls only the list', async (_, width, height) => {
    await setViewport(popup, { width, height });
    // The window's new height shows before the layout inside it has followed: read until two readings agree.
    let previous = '';
    const { layout } = await waitFor(
      async () => {
        const reading = await layoutOf(popup);
        const key = JSON.stringify(reading);
        const settled = key === previous;
        previous = key;
        return { layout: reading, settled };
      },
      ({ layout: l, settled }) => settled && !l.pageScrolls && l.windowHeight === height,
      'the popup to settle in its window',
    );
    expect(layout.popupHeight).toBeLessThanOrEqual(Math.min(600, height));
    expect(layout.controlsInView).toEqual(ALL_IN_VIEW);
    expect(layout.listScrolls).toBe(true);
    // Room for a few rows, not a sliver.
    expect(layout.listHeight).toBeGreaterThanOrEqual(height === 600 ? 250 : 120);
  });

  test('a page that is not an article gets a compact popup, its button in view', async () => {
    const page = await subject.browser.newPage();
    await page.goto(`${server.origin}/front-page.html`);
    const tabId = await waitFor(
      () =>
        popup.evaluate(async () => {
          const api = (globalThis as any).browser ?? (globalThis as any).chrome;
          for (const tab of (await api.tabs.query({})) as { id: number }[]) {
            const status = await api.tabs.sendMessage(tab.id, { type: 'get-status' }).catch(() => undefined);
            if (status?.status === 'not-article') return tab.id as number;
          }
          return 0;
        }),
      Boolean,
      'the front page’s tab',
    );
    const other = await subject.openExtensionPage(`popup.html?tab=${tabId}`);
    await setViewport(other, { width: 360, height: 600 });
    // The popup first shows that it is reading the page; measure once the not-an-article state is in.
    const { height, scanAnyway } = await waitFor(
      () =>
        other.evaluate(() => {
          const button = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Scan anyway');
          return {
            height: document.querySelector('main')?.getBoundingClientRect().height ?? 0,
            scanAnyway: button ? button.getBoundingClientRect().bottom : -1,
          };
        }),
      (m) => m.height > 0 && m.scanAnyway >= 0,
      'the popup’s not-an-article state',
    );
    expect(height).toBeLessThan(260);
    expect(scanAnyway).toBeLessThan(height);
    await other.close();
    await page.close();
  });

  test('a repeated source is one row with a count, and no two rows read alike', async () => {
    const rows = await popup.evaluate(() =>
      [...document.querySelectorAll('button.finding')].map((row) => ({
        phrase: row.querySelector('.finding-phrase')?.textContent?.toLowerCase(),
        mentions: row.querySelector('.mentions')?.textContent ?? null,
        context: row.querySelector('.finding-text')?.textContent ?? '',
      })),
    );
    const former = rows.filter((row) => row.phrase === 'a former us official');
    expect(former).toHaveLength(1);
    expect(former[0]!.mentions).toBe('×2');
    // Each row reads as a piece of its sentence, and no two rows read alike.
    expect(former[0]!.context.length).toBeGreaterThan('a former US official'.length);
    expect(new Set(rows.map((row) => row.context)).size).toBe(rows.length);
  });
});

// Chromium's own toolbar popup, which the browser sizes itself: opened on the article's tab.
describe('the toolbar popup in chromium', () => {
  let subject: BrowserUnderTest;
  let server: FixtureServer;

  beforeAll(async () => {
    server = await serveFixtures();
    subject = await launch('chromium');
  });

  afterAll(async () => {
    await subject?.close();
    await server?.close();
  });

  test('opened over an article, with "Why this score" open, is no taller than allowed and keeps its controls in view', async () => {
    const page = await subject.browser.newPage();
    await page.goto(`${server.origin}/seed-article.html`);
    await waitFor(() => page.evaluate(() => document.querySelectorAll('sourcelight-mark').length), (n) => n > 0, 'highlights');
    await page.bringToFront();
    const worker = await (await subject.browser.waitForTarget((t) => t.type() === 'service_worker')).worker();
    await worker!.evaluate(() => (globalThis as any).chrome.action.openPopup());
    const target = await subject.browser.waitForTarget((t) => t.url().endsWith('/popup.html'));
    const popup = (await target.asPage())!;
    await waitFor(() => popup.evaluate(() => !!document.querySelector('.grade-word')), Boolean, 'the grade');
    await popup.click('.findings-toggle');
    const layout = await waitFor(() => layoutOf(popup), (l) => l.listScrolls && !l.pageScrolls, 'the open list to fit');
    expect(layout.windowHeight).toBeLessThanOrEqual(600);
    expect(layout.controlsInView).toEqual(ALL_IN_VIEW);
    // Opened from the toolbar, the saved report still carries the page's address.
    const url = await popup.evaluate(async () => {
      const api = (globalThis as any).chrome;
      const [tab] = await api.tabs.query({ active: true, currentWindow: true });
      return (await api.tabs.sendMessage(tab.id, { type: 'get-status' })).url;
    });
    expect(url).toBe(`${server.origin}/seed-article.html`);
  });
});
