// The popup and the options page acting on a real page, in real Chromium and real Firefox.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'puppeteer-core';
import { BROWSERS, launch, openPopupFor, serveFixtures, setViewport, tabIdFor, waitFor, type BrowserUnderTest, type FixtureServer } from './harness';

const SEED_TITLE = 'Biden administration reviews expansion of intelligence cooperation with Taliban';

/** Text of each highlighted finding on the page, joined across its pieces, with its kind. */
const markedFindings = (page: Page) =>
  page.evaluate(() => {
    const byIndex = new Map<string, { kind: string; text: string }>();
    for (const mark of document.querySelectorAll('sourcelight-mark')) {
      const index = mark.getAttribute('data-sourcelight-index')!;
      const entry = byIndex.get(index) ?? { kind: mark.getAttribute('data-sourcelight-kind')!, text: '' };
      entry.text += mark.textContent;
      byIndex.set(index, entry);
    }
    return [...byIndex.values()];
  });

const markCount = (page: Page) => page.evaluate(() => document.querySelectorAll('sourcelight-mark').length);
const bodyText = (page: Page) => page.evaluate(() => document.body.innerText);

/** Clicks inside the page's own script: the popup or options tab need not be in front. */
const clickButton = (page: Page, selector: string, text?: string) =>
  waitFor(
    () =>
      page.evaluate(
        (selector, text) => {
          const button = [...document.querySelectorAll<HTMLElement>(selector)].find((b) => text === null || b.textContent?.trim() === text);
          button?.click();
          return !!button;
        },
        selector,
        text ?? null,
      ),
    Boolean,
    `${selector} ${text ?? ''}`,
  );

/** Adds an entry to one of the options page's lists, the way a reader types it and presses Enter. */
const addToList = (options: Page, listLabel: string, entry: string) =>
  options.evaluate(
    (listLabel, entry) => {
      const field = document.querySelector<HTMLInputElement>(`input[aria-label="Add to ${listLabel}"]`)!;
      field.value = entry;
      field.form!.requestSubmit();
    },
    listLabel,
    entry,
  );

const storedSettings = (extensionPage: Page) =>
  extensionPage.evaluate(async () => {
    const api = (globalThis as any).browser ?? (globalThis as any).chrome;
    return (await api.storage.local.get('settings')).settings;
  });

describe.each(BROWSERS)('popup and settings in %s', (name) => {
  let subject: BrowserUnderTest;
  let server: FixtureServer;
  let page: Page;
  let url: string;

  beforeAll(async () => {
    server = await serveFixtures();
    subject = await launch(name);
    page = await subject.browser.newPage();
    await setViewport(page, { width: 1000, height: 700 });
    url = `${server.origin}/seed-article.html`;
    await page.goto(url);
    await waitFor(() => markCount(page), (n) => n > 0, 'highlights');
  });

  afterAll(async () => {
    await subject?.close();
    await server?.close();
  });

  /** The options page once it has read the stored settings: until then it shows an empty, busy frame. */
  const openOptions = async () => {
    const options = await subject.openExtensionPage('options.html');
    await waitFor(() => options.evaluate(() => !!document.querySelector('main.options:not([aria-busy="true"])')), Boolean, 'the options to read the settings');
    return options;
  };

  test('choosing a finding in the list scrolls the page to it and emphasises it', async () => {
    const popup = await openPopupFor(subject, SEED_TITLE);
    await waitFor(() => bodyText(popup), (t) => /Leans on/.test(t), 'the verdict');
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    await popup.click('.findings-toggle');
    // A finding further down the page than the first screen.
    // The real popup floats over a visible page; a tab in the background is not scrolled, so show it.
    await page.bringToFront();
    // By its phrase: other rows' sentences may hold the same words.
    await waitFor(
      () =>
        popup.evaluate(() => {
          const row = [...document.querySelectorAll<HTMLElement>('button.finding')].find((b) => b.querySelector('.finding-phrase')?.textContent === 'numbering over 21');
          row?.click();
          return !!row;
        }),
      Boolean,
      'the finding’s row in the opened list',
    );
    const focused = await waitFor(
      () => page.evaluate(() => [...document.querySelectorAll('sourcelight-mark[data-sourcelight-focus]')].map((m) => m.textContent).join('')),
      (text) => text.includes('numbering over 21'),
      'the emphasised finding',
    );
    expect(focused).toContain('numbering over 21');
    await waitFor(() => page.evaluate(() => window.scrollY), (y) => y > 0, 'the page to scroll');
    await waitFor(() => popup.evaluate(() => document.querySelector('[aria-current="true"] .finding-phrase')?.textContent ?? ''), (t) => t === 'numbering over 21', 'the list to mark it');
    await popup.close();
  });

  test('hiding a kind hides its highlights, and showing it brings them back', async () => {
    const popup = await openPopupFor(subject, SEED_TITLE);
    const hiddenAnonymous = () =>
      page.evaluate(() => {
        const marks = [...document.querySelectorAll('sourcelight-mark[data-sourcelight-kind="anonymous-source"]')];
        return { all: marks.length, hidden: marks.filter((m) => m.hasAttribute('data-sourcelight-hidden')).length, others: document.querySelectorAll('sourcelight-mark:not([data-sourcelight-kind="anonymous-source"])[data-sourcelight-hidden]').length };
      });
    await clickButton(popup, 'button[aria-label="Hide Anonymous sources on the page"]');
    const hidden = await waitFor(hiddenAnonymous, (c) => c.all > 0 && c.hidden === c.all, 'anonymous sources to hide');
    expect(hidden.others).toBe(0);
    await clickButton(popup, 'button[aria-label="Show Anonymous sources on the page"]');
    await waitFor(hiddenAnonymous, (c) => c.hidden === 0, 'anonymous sources to show again');
    await popup.close();
  });

  test('a phrase added in the options is highlighted on the next scan; an ignored phrase no longer is', async () => {
    const has = (kind: string, phrase: string) => (findings: { kind: string; text: string }[]) =>
      findings.some((f) => f.kind === kind && f.text.toLowerCase() === phrase);
    expect(has('vague-attribution', 'widespread opposition')(await markedFindings(page))).toBe(false);
    expect((await markedFindings(page)).some((f) => f.text.toLowerCase().includes('reportedly'))).toBe(true);

    const options = await openOptions();
    await addToList(options, 'Vague attributions', 'widespread opposition');
    await waitFor(() => markedFindings(page), has('vague-attribution', 'widespread opposition'), 'the reader’s phrase to be highlighted');

    await addToList(options, 'Phrases never to flag', 'reportedly');
    await waitFor(() => markedFindings(page), (f) => !f.some((m) => m.text.toLowerCase().includes('reportedly')), '“reportedly” to go');
    await options.close();
  });

  test('an invalid settings import is rejected, naming the problem, and nothing is lost', async () => {
    const options = await openOptions();
    const before = await storedSettings(options);
    expect(before.ignorePhrases).toEqual(['reportedly']);
    await options.evaluate(() => {
      const broken = { version: 1, highlightByDefault: true, kinds: { hedge: 'maybe' }, ignorePhrases: [], disabledSites: [] };
      const input = document.querySelector<HTMLInputElement>('input[type="file"]')!;
      const transfer = new DataTransfer();
      transfer.items.add(new File([JSON.stringify(broken)], 'broken-settings.json', { type: 'application/json' }));
      input.files = transfer.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    const message = await waitFor(() => options.evaluate(() => document.querySelector('.transfer-message')?.textContent ?? ''), (t) => t.length > 0, 'the import message');
    expect(message).toContain("broken-settings.json wasn't imported, and your settings are unchanged.");
    expect(message).toContain('"kinds.hedge" must be true or false');
    expect(message).toContain('"extraPhrases" must be an object with one entry per kind');
    expect(await storedSettings(options)).toEqual(before);
    expect(await bodyText(options)).toContain('widespread opposition');
    await options.close();
  });

  test('off on this site survives a reload, and the popup turns it back on', async () => {
    const popup = await openPopupFor(subject, SEED_TITLE);
    await clickButton(popup, '.popup-footer button', 'Turn off on 127.0.0.1');
    await waitFor(() => markCount(page), (n) => n === 0, 'highlights to go');
    await popup.close();

    await page.goto(url);
    // Give the content script time to have highlighted, had it been on.
    await new Promise((done) => setTimeout(done, 1500));
    expect(await markCount(page)).toBe(0);

    // The status of an off site carries no page title: the article's tab is the only one that answers.
    const tabId = await tabIdFor(subject, '');
    const offPopup = await subject.openExtensionPage(`popup.html?tab=${tabId}`);
    await waitFor(() => bodyText(offPopup), (t) => t.includes('Sourcelight is off on 127.0.0.1'), 'the popup to say off');
    await clickButton(offPopup, 'button', 'Turn on for this site');
    await waitFor(() => markCount(page), (n) => n > 0, 'highlights to return');
    await waitFor(() => bodyText(offPopup), (t) => /Weak/.test(t), 'the popup to grade again');
    await offPopup.close();
  });
});
