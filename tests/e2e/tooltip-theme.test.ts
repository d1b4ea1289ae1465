// The tooltip stands out from the page under it, in real Chromium and Firefox: dark on a light page and
// light on a dark one, even when the system's theme says the opposite (Chromium).
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'puppeteer-core';
import { DARK_SEED_PATH, darkSeedArticle } from './dark-page';
import { BROWSERS, launch, serveFixtures, waitFor, type BrowserUnderTest, type FixtureServer } from './harness';

/** Hovers the highlight inside <em> and reads the tooltip's colours and the page's. */
async function tooltipColours(page: Page) {
  await page.$eval('em sourcelight-mark', (mark) => mark.scrollIntoView({ block: 'center' }));
  await new Promise((done) => setTimeout(done, 300)); // the tooltip hides on scroll
  await page.hover('em sourcelight-mark');
  return waitFor(
    () =>
      page.evaluate(() => {
        const tip = document.querySelector('sourcelight-ui')?.shadowRoot?.querySelector<HTMLElement>('.tip');
        if (!tip || tip.hidden) return null;
        const style = getComputedStyle(tip);
        // A page that paints no background shows the browser's canvas: white, as it asks for no dark scheme.
        const page = getComputedStyle(document.body).backgroundColor;
        return { tip: style.backgroundColor, text: style.color, page: page === 'rgba(0, 0, 0, 0)' ? 'rgb(255, 255, 255)' : page };
      }),
    Boolean,
    'the tooltip',
  );
}

/** WCAG relative luminance of "rgb(r, g, b)". */
function luminance(color: string): number {
  const [r, g, b] = color.match(/[\d.]+/g)!.slice(0, 3).map((c) => {
    const s = Number(c) / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};

describe.each(BROWSERS)('the tooltip in %s', (name) => {
  let subject: BrowserUnderTest;
  let server: FixtureServer;

  beforeAll(async () => {
    server = await serveFixtures({ pages: { [DARK_SEED_PATH]: darkSeedArticle() } });
    subject = await launch(name);
  });

  afterAll(async () => {
    await subject?.close();
    await server?.close();
  });

  test.each([
    ['a light page', '/seed-article.html', false],
    ['a dark page', DARK_SEED_PATH, true],
  ])('on %s stands out from the page and is legible', async (_, path, pageIsDark) => {
    const page = await subject.browser.newPage();
    // The system's theme the opposite of the page's (Firefox over WebDriver BiDi cannot emulate it: light there).
    if (name === 'chromium') await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: pageIsDark ? 'light' : 'dark' }]);
    await page.goto(`${server.origin}${path}`);
    await waitFor(() => page.evaluate(() => document.querySelectorAll('sourcelight-mark').length), (n) => n > 0, 'highlights');
    const colours = await tooltipColours(page);
    expect(luminance(colours!.page) < 0.18).toBe(pageIsDark);
    // Light on a dark page, dark on a light one: well apart from the page, and its text well apart from it.
    expect(luminance(colours!.tip) < 0.18).toBe(!pageIsDark);
    expect(contrast(colours!.tip, colours!.page)).toBeGreaterThan(7);
    expect(contrast(colours!.text, colours!.tip)).toBeGreaterThan(7);
    await page.close();
  });
});
