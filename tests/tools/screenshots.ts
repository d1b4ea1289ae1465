// Screenshots for the README, taken in headless Chromium with the built extension loaded.
// Run `npm run build` first; then `npm run screenshots`. Writes tests/screenshots/*.png.
import { mkdirSync } from 'node:fs';
import type { Page } from 'puppeteer-core';
import { DARK_SEED_PATH, darkSeedArticle } from '../e2e/dark-page';
import { launch, openPopupFor, serveFixtures, waitFor } from '../e2e/harness';
import { NO_PAGE_SCRIPTS } from '../e2e/restore-check';

const OUT = 'tests/screenshots';
/** A saved news page from the corpus, shown as saved: its own scripts, stylesheets and images do not load. */
const CORPUS_PAGE = 'corpus-readability-wapo-1.html';

/**
 * The popup as a window of `windowHeight` pixels shows it (600 is the most a browser allows), with "Why this
 * score" open or closed; the shot is as tall as the popup.
 */
async function shootPopup(page: Page, file: string, { dark, open, windowHeight = 600 }: { dark: boolean; open: boolean; windowHeight?: number }) {
  // Reduced motion: the list's disclosure arrow is shot where it ends, not half-turned.
  await page.emulateMediaFeatures([
    { name: 'prefers-color-scheme', value: dark ? 'dark' : 'light' },
    { name: 'prefers-reduced-motion', value: 'reduce' },
  ]);
  await page.setViewport({ width: 360, height: windowHeight, deviceScaleFactor: 2 });
  // A popup without a grade has no list to open.
  const toggle = await page.$('.findings-toggle');
  if (toggle && (await toggle.evaluate((t) => t.getAttribute('aria-expanded') === 'true')) !== open) {
    await page.click('.findings-toggle');
    // Off the list, whose rows move under the pointer as it opens: none of them shot in its hover state.
    await page.mouse.move(0, 0);
  }
  // The popup fits itself to a window shorter than its content once the window has settled.
  const height = await waitFor(
    () => page.evaluate(() => (document.documentElement.scrollHeight > innerHeight + 1 ? 0 : Math.ceil(document.querySelector('main')!.getBoundingClientRect().height))),
    Boolean,
    'the popup to fit its window',
  );
  await page.setViewport({ width: 360, height, deviceScaleFactor: 2 });
  await page.screenshot({ path: `${OUT}/${file}` });
}

const marksOn = (page: Page) =>
  waitFor(() => page.evaluate(() => document.querySelectorAll('sourcelight-mark').length), (n) => n > 0, 'highlights');

/**
 * Moves each edge (a y in viewport pixels) up (-1) or down (+1) until it falls between lines of text, so a
 * clip there cuts no line, highlight or underline in half.
 */
function clearOfText(page: Page, edges: [number, 1 | -1][]): Promise<number[]> {
  // (No named functions in page code: the script runner would wrap them in a helper the page lacks.)
  return page.evaluate((edges) => {
    // Each piece of text as tall as its line (half-leading above and below), plus a little for underlines.
    const lines: { top: number; bottom: number }[] = [];
    const text = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    while (text.nextNode()) {
      range.selectNodeContents(text.currentNode);
      const style = getComputedStyle(text.currentNode.parentElement!);
      const lineHeight = parseFloat(style.lineHeight) || 1.2 * parseFloat(style.fontSize);
      for (const r of range.getClientRects()) {
        const leading = Math.max(0, (lineHeight - r.height) / 2) + 2;
        if (r.height > 0) lines.push({ top: r.top - leading, bottom: r.bottom + leading });
      }
    }
    return edges.map(([start, step]) => {
      let y = start;
      for (let moved = true; moved; ) {
        moved = false;
        for (const line of lines) {
          if (line.top < y && y < line.bottom) {
            y = step > 0 ? line.bottom + 1 : line.top - 1;
            moved = true;
          }
        }
      }
      return y;
    });
  }, edges);
}

/** A clip in page coordinates (what screenshots take) from viewport edges. */
async function clipOf(page: Page, left: number, top: number, right: number, bottom: number) {
  const [scrollX, scrollY] = await page.evaluate(() => [window.scrollX, window.scrollY]);
  return { x: Math.floor(left + scrollX!), y: Math.floor(top + scrollY!), width: Math.ceil(right - left), height: Math.ceil(bottom - top) };
}

/**
 * The viewport, scrolled so the paragraph holding the first highlight sits near the top (the busiest
 * stretch of an article), ending at the last whole line that fits.
 */
async function shootFirstHighlights(page: Page, file: string) {
  const { width, height } = await page.evaluate(() => {
    const mark = document.querySelector('sourcelight-mark')!;
    const block = mark.closest('p, li, blockquote') ?? mark;
    window.scrollTo(0, Math.max(0, block.getBoundingClientRect().top + window.scrollY - 12));
    return { width: document.documentElement.clientWidth, height: window.innerHeight };
  });
  const [top, bottom] = await clearOfText(page, [
    [0, 1],
    [height, -1],
  ]);
  // Within the viewport as it is: capturing beyond it would resize the page.
  await page.screenshot({ path: `${OUT}/${file}`, clip: await clipOf(page, 0, Math.max(0, top!), width, bottom!), captureBeyondViewport: false });
}

/**
 * Hovers a highlight and shoots it with its tooltip: the article's column, from the gap above the
 * highlight's paragraph to the first gap between lines below the tooltip.
 */
async function shootTooltip(page: Page, selector: string, file: string) {
  await page.$eval(selector, (mark) => mark.scrollIntoView({ block: 'center' }));
  // The tooltip hides on scroll: let the scroll settle before the mouse arrives.
  await new Promise((done) => setTimeout(done, 300));
  await page.hover(selector);
  const box = await waitFor(
    () =>
      page.evaluate((selector) => {
        const tip = document.querySelector('sourcelight-ui')?.shadowRoot?.querySelector<HTMLElement>('.tip');
        if (!tip || tip.hidden) return undefined;
        const mark = document.querySelector(selector)!;
        const block = (mark.closest('p, li, blockquote') ?? mark).getBoundingClientRect();
        const column = (mark.closest('article') ?? mark.closest('p, li, blockquote') ?? mark).getBoundingClientRect();
        const tipBox = tip.getBoundingClientRect();
        return {
          left: Math.max(0, Math.min(column.left, tipBox.left) - 24),
          right: Math.min(document.documentElement.clientWidth, Math.max(column.right, tipBox.right) + 24),
          top: block.top - 8,
          bottom: tipBox.bottom + 16,
          height: window.innerHeight,
        };
      }, selector),
    Boolean,
    'the tooltip',
  );
  const [top, bottom] = await clearOfText(page, [
    [box!.top, -1],
    [box!.bottom, 1],
  ]);
  const clip = await clipOf(page, box!.left, Math.max(0, top!), box!.right, Math.min(box!.height, bottom!));
  await page.screenshot({ path: `${OUT}/${file}`, clip, captureBeyondViewport: false });
}

async function main() {
  mkdirSync(OUT, { recursive: true });
  const server = await serveFixtures({ pages: { [DARK_SEED_PATH]: darkSeedArticle() } });
  const corpus = await serveFixtures({ folder: 'tests/fixtures', headers: NO_PAGE_SCRIPTS });
  const chromium = await launch('chromium');
  try {
    const page = await chromium.browser.newPage();
    await page.setViewport({ width: 1200, height: 900, deviceScaleFactor: 1 });
    const url = `${server.origin}/seed-article.html`;
    await page.goto(url);
    await marksOn(page);
    await page.evaluate(() => document.querySelector('article p:nth-of-type(2)')?.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: `${OUT}/highlighted-article.png` });

    const saved = await chromium.browser.newPage();
    await saved.setViewport({ width: 1200, height: 900, deviceScaleFactor: 1 });
    await saved.goto(`${corpus.origin}/${CORPUS_PAGE}`);
    await marksOn(saved);
    await shootFirstHighlights(saved, 'highlighted-corpus-page.png');
    await saved.close();

    const hover = await chromium.browser.newPage();
    await hover.setViewport({ width: 1200, height: 900, deviceScaleFactor: 2 });
    await hover.goto(url);
    await marksOn(hover);
    await shootTooltip(hover, 'em sourcelight-mark', 'tooltip.png');
    // The same on a dark site, with the system's theme light: the page decides the tooltip's colours.
    await hover.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }]);
    await hover.goto(`${server.origin}${DARK_SEED_PATH}`);
    await marksOn(hover);
    await shootTooltip(hover, 'em sourcelight-mark', 'tooltip-dark-page.png');
    await hover.close();

    const popup = await openPopupFor(chromium, 'Biden administration reviews expansion of intelligence cooperation with Taliban');
    await waitFor(() => popup.evaluate(() => !!document.querySelector('.grade')), Boolean, 'the popup summary');
    await shootPopup(popup, 'popup-light.png', { dark: false, open: false });
    await shootPopup(popup, 'popup-dark.png', { dark: true, open: false });
    await shootPopup(popup, 'popup-open-light.png', { dark: false, open: true });
    await shootPopup(popup, 'popup-open-dark.png', { dark: true, open: true });
    await shootPopup(popup, 'popup-open-small.png', { dark: false, open: true, windowHeight: 480 });

    // The two states without a grade: a page in a language Sourcelight does not read, and nothing to grade.
    for (const [file, title, shot] of [
      ['french-article.html', 'Le conseil municipal adopte le nouveau plan de circulation - Le Quotidien de la Vallée', 'popup-other-language'],
      ['essay-nothing-to-grade.html', 'On walking to work in the rain - Morning Notes', 'popup-nothing-to-grade'],
    ]) {
      const tab = await chromium.browser.newPage();
      await tab.goto(`${server.origin}/${file}`);
      const ungraded = await openPopupFor(chromium, title!);
      await waitFor(() => ungraded.evaluate(() => !!document.querySelector('.status h2, .grade-ungraded')), Boolean, `the popup on ${file}`);
      await shootPopup(ungraded, `${shot}-light.png`, { dark: false, open: false });
      await shootPopup(ungraded, `${shot}-dark.png`, { dark: true, open: false });
      await ungraded.close();
      await tab.close();
    }

    const options = await chromium.openExtensionPage('options.html');
    await options.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }]);
    await options.setViewport({ width: 900, height: 800, deviceScaleFactor: 1 });
    await options.screenshot({ path: `${OUT}/options.png`, fullPage: true });
    console.log(`screenshots written to ${OUT}/`);
  } finally {
    await chromium.close();
    await server.close();
    await corpus.close();
  }
}

await main();
