// Grades a reader can trust, in real Chromium and Firefox: a page in another language is neither graded
// nor highlighted, and a page with nothing attributed is not called strong.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'puppeteer-core';
import { BROWSERS, launch, openPopupFor, serveFixtures, tabIdFor, waitFor, type BrowserUnderTest, type FixtureServer } from './harness';

const FRENCH_TITLE = 'Le conseil municipal adopte le nouveau plan de circulation - Le Quotidien de la Vallée';
const ESSAY_TITLE = 'On walking to work in the rain - Morning Notes';

const markCount = (page: Page) => page.evaluate(() => document.querySelectorAll('sourcelight-mark').length);

describe.each(BROWSERS)('grades in %s', (name) => {
  let subject: BrowserUnderTest;
  let server: FixtureServer;

  beforeAll(async () => {
    server = await serveFixtures();
    subject = await launch(name);
  });

  afterAll(async () => {
    await subject?.close();
    await server?.close();
  });

  /** Opens a fixture page, waits for its scan to settle, and returns the popup for it and the toolbar badge. */
  async function visit(file: string, title: string) {
    const page = await subject.browser.newPage();
    await page.goto(`${server.origin}/${file}`);
    const tabId = await tabIdFor(subject, title);
    const popup = await openPopupFor(subject, title);
    const popupText = await waitFor(() => popup.evaluate(() => document.body.innerText), (t) => !/Reading the article/.test(t), 'the scan to settle');
    const badge = await popup.evaluate(async (id) => {
      const api = (globalThis as any).browser ?? (globalThis as any).chrome;
      const action = api.action ?? api.browserAction;
      return { text: await action.getBadgeText({ tabId: id }), title: await action.getTitle({ tabId: id }) };
    }, tabId);
    return { page, popup, popupText, badge };
  }

  test('a French page is neither graded nor highlighted, and the popup and badge say why', async () => {
    const { page, popup, popupText, badge } = await visit('french-article.html', FRENCH_TITLE);
    expect(popupText).toContain('This page is in French');
    expect(popupText).toContain('Sourcelight reads English only so far');
    expect(popupText).not.toMatch(/Strong|Mixed|Weak|\/100/);
    expect(await markCount(page)).toBe(0);
    expect(badge).toEqual({ text: 'FR', title: 'Sourcelight: this page is in French, which Sourcelight does not read yet' });
    await popup.close();
    await page.close();
  });

  test('a page with nothing attributed is not called strong', async () => {
    const { page, popup, popupText, badge } = await visit('essay-nothing-to-grade.html', ESSAY_TITLE);
    expect(popupText).toContain('Nothing to grade');
    expect(popupText).toContain('No sources and no figures found');
    expect(popupText).not.toMatch(/Strong|\/100/);
    expect(await markCount(page)).toBe(0);
    expect(badge).toEqual({ text: 'N/A', title: 'Sourcelight: no sources and no figures found, nothing to grade' });
    await popup.close();
    await page.close();
  });
});
