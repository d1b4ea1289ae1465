// Screenshots for the README, taken in headless Chromium with the built extension loaded.
// Run `npm run build` first; then `npm run screenshots`. Writes tests/screenshots/*.png.
import { mkdirSync } from 'node:fs';
import type { Page } from 'puppeteer-core';
import { launch, openPopupFor, serveFixtures, waitFor } from '../e2e/harness';

const OUT = 'tests/screenshots';

async function shootPopup(page: Page, file: string, dark: boolean) {
  await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: dark ? 'dark' : 'light' }]);
  await page.setViewport({ width: 360, height: 600, deviceScaleFactor: 2 });
  await page.evaluate(() => document.querySelector('details')?.setAttribute('open', ''));
  const height = await page.evaluate(() => Math.ceil(document.querySelector('main')!.getBoundingClientRect().height));
  await page.setViewport({ width: 360, height, deviceScaleFactor: 2 });
  await page.screenshot({ path: `${OUT}/${file}` });
}

async function main() {
  mkdirSync(OUT, { recursive: true });
  const server = await serveFixtures();
  const chromium = await launch('chromium');
  try {
    const page = await chromium.browser.newPage();
    await page.setViewport({ width: 1200, height: 900, deviceScaleFactor: 1 });
    const url = `${server.origin}/seed-article.html`;
    await page.goto(url);
    await waitFor(() => page.evaluate(() => document.querySelectorAll('sourcelight-mark').length), (n) => n > 0, 'highlights');
    await page.evaluate(() => document.querySelector('article p:nth-of-type(2)')?.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: `${OUT}/highlighted-article.png` });

    const popup = await openPopupFor(chromium, 'Biden administration reviews expansion of intelligence cooperation with Taliban');
    await waitFor(() => popup.evaluate(() => !!document.querySelector('.grade')), Boolean, 'the popup summary');
    await shootPopup(popup, 'popup-light.png', false);
    await shootPopup(popup, 'popup-dark.png', true);

    const options = await chromium.openExtensionPage('options.html');
    await options.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }]);
    await options.setViewport({ width: 900, height: 800, deviceScaleFactor: 1 });
    await options.screenshot({ path: `${OUT}/options.png`, fullPage: true });
    console.log(`screenshots written to ${OUT}/`);
  } finally {
    await chromium.close();
    await server.close();
  }
}

await main();
