// Pages that change under Sourcelight: infinite scroll, constant re-rendering, a framework that updates
// the very text nodes we marked, and single-page navigation. In both browsers.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'puppeteer-core';
import { BROWSERS, launch, openPopupFor, serveFixtures, waitFor, type BrowserUnderTest, type FixtureServer } from './harness';

const markTexts = (page: Page) =>
  page.evaluate(() => [...document.querySelectorAll('sourcelight-mark')].map((m) => m.textContent ?? ''));

describe.each(BROWSERS)('live pages in %s', (name) => {
  let subject: BrowserUnderTest;
  let server: FixtureServer;

  beforeAll(async () => {
    server = await serveFixtures({
      pages: {
        '/vendor/preact.mjs': readFileSync('node_modules/preact/dist/preact.mjs', 'utf8'),
        '/vendor/hooks.mjs': readFileSync('node_modules/preact/hooks/dist/hooks.mjs', 'utf8'),
      },
    });
    subject = await launch(name);
  });
  afterAll(async () => {
    await subject?.close();
    await server?.close();
  });

  test('infinite scroll: text added later is scanned, and the popup follows', async () => {
    const page = await subject.browser.newPage();
    await page.goto(`${server.origin}/live/infinite-scroll.html`);
    await waitFor(() => markTexts(page), (t) => t.some((x) => x.includes('Mayor Ana Ruiz')), 'first highlights');
    await page.evaluate(() => ((window as any).__firstMark = document.querySelector('sourcelight-mark')));
    const popup = await openPopupFor(subject, 'Harbour expansion approved after long review');
    // Chromium does not deliver clicks to a tab behind the popup's tab.
    await page.bringToFront();
    await page.click('#more');
    await waitFor(() => markTexts(page), (t) => t.some((x) => /Officials familiar with the negotiations/.test(x)), 'the added paragraph highlighted');
    // Only the addition was scanned: the earlier highlights are the very same elements, not re-created.
    expect(await page.evaluate(() => document.querySelector('sourcelight-mark') === (window as any).__firstMark)).toBe(true);
    await waitFor(() => popup.evaluate(() => document.body.innerText), (t) => /Anonymous sources\s*1/.test(t), 'the popup to count it');
    await page.click('#more');
    await waitFor(() => markTexts(page), (t) => t.includes('reportedly'), 'the next part highlighted');
    await popup.close();
    await page.close();
  });

  test('a page that re-renders its article every 200 ms keeps running, and Sourcelight backs off', async () => {
    const page = await subject.browser.newPage();
    await page.evaluateOnNewDocument(() => {
      // Count our scans from the page's side. Marking runs in slices that yield to the page, so the
      // batches of new marks that arrive within 150 ms of each other are one rescan.
      const w = window as any;
      w.__markBatches = 0;
      let last = -Infinity;
      new MutationObserver((records) => {
        if (!records.some((r) => [...r.addedNodes].some((n) => n.nodeName.toLowerCase() === 'sourcelight-mark'))) return;
        if (performance.now() - last > 150) w.__markBatches++;
        last = performance.now();
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(`${server.origin}/live/rerender.html`);
    const start = Number(await page.evaluate(() => document.getElementById('ticks')!.textContent));
    await new Promise((r) => setTimeout(r, 8000));
    const { ticks, batches } = await page.evaluate(() => ({
      ticks: Number(document.getElementById('ticks')!.textContent),
      batches: (window as any).__markBatches as number,
    }));
    // The page's own timer kept its pace (40 renders in 8 s; allow for a slow shared machine)...
    expect(ticks - start).toBeGreaterThanOrEqual(20);
    // ...while rescans backed off: 400 ms, then doubling, so a handful rather than one per render.
    expect(batches).toBeGreaterThanOrEqual(1);
    expect(batches).toBeLessThanOrEqual(8);
    await page.close();
  });

  test('a framework page keeps working and never shows doubled text, with highlights on, off and on', async () => {
    const page = await subject.browser.newPage();
    await page.goto(`${server.origin}/live/framework.html`);
    await waitFor(() => markTexts(page), (t) => t.includes('Reportedly'), 'highlights on the rendered article');
    const texts = () =>
      page.evaluate(() => ({
        dynamic: document.getElementById('dynamic')!.textContent,
        split: document.getElementById('split')!.textContent,
      }));
    const expected = (n: number) => ({
      dynamic: `Reportedly ${n} councillors asked for more time before the vote on the new bridge.`,
      split: `Officials familiar with the matter said the vote had been delayed ${n} times so far.`,
    });

    for (let n = 1; n <= 3; n++) {
      await page.click('#delay');
      expect(await waitFor(texts, (t) => t.dynamic === expected(n).dynamic && t.split === expected(n).split, `render ${n}`)).toEqual(expected(n));
    }
    // After the rescan the highlights are back on the updated text, and the text is still right.
    await waitFor(() => markTexts(page), (t) => t.includes('Reportedly'), 'highlights after re-renders');
    expect(await texts()).toEqual(expected(3));

    const popup = await openPopupFor(subject, 'Council delays the vote on the bridge');
    await popup.click('button[role="switch"]');
    await waitFor(() => markTexts(page), (t) => t.length === 0, 'highlights off');
    await page.bringToFront();
    await page.click('#delay');
    await waitFor(texts, (t) => t.dynamic === expected(4).dynamic, 'render 4');
    await popup.bringToFront();
    await popup.click('button[role="switch"]');
    await waitFor(() => markTexts(page), (t) => t.includes('Reportedly'), 'highlights on again');
    await page.bringToFront();
    await page.click('#delay');
    expect(await waitFor(texts, (t) => t.dynamic === expected(5).dynamic && t.split === expected(5).split, 'render 5')).toEqual(expected(5));
    await popup.close();
    await page.close();
  });

  test('single-page navigation rescans the new story', async () => {
    const page = await subject.browser.newPage();
    await page.goto(`${server.origin}/live/spa.html`);
    await waitFor(() => markTexts(page), (t) => t.some((x) => /sources/i.test(x)), 'first story highlighted');
    await page.click('#next');
    const after = await waitFor(() => markTexts(page), (t) => t.some((x) => /senior union official/i.test(x)), 'second story highlighted');
    expect(after.some((x) => /^sources/i.test(x))).toBe(false);
    const popup = await openPopupFor(subject, 'Rail strike called off at the last minute');
    await waitFor(() => popup.evaluate(() => document.body.innerText), (t) => /Anonymous sources\s*1/.test(t), 'the popup on the new story');
    await popup.close();
    await page.close();
  });
});
