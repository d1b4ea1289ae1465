// @vitest-environment jsdom
// The popup's App against the fake browser: which state it lands in, what it stores, what it reports.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '../entrypoints/popup/App';
import { reportFileName, reportJson, reportMarkdown } from '../entrypoints/popup/report';
import type { TabStatus } from '../utils/messages';
import { loadSettings } from '../utils/settings';
import { rememberTabSite } from '../utils/tab-sites';
import { useEnglishMessages } from './fake-i18n';

const READY: Extract<TabStatus, { status: 'ready' }> = {
  status: 'ready',
  highlightsOn: true,
  mode: 'article',
  title: 'Biden administration reviews expansion',
  url: 'https://example.com/a',
  summary: {
    score: 23,
    grade: 'weak',
    counts: { 'anonymous-source': 1, 'vague-attribution': 0, hedge: 1, 'unverified-figure': 0, 'named-source': 1 },
    contributions: [
      { index: 0, points: -9 },
      { index: 1, points: 5.5 },
      { index: 2, points: -3 },
    ],
  },
  findings: [
    { kind: 'anonymous-source', text: 'two informed sources', start: 0, end: 20, reason: 'The sources are not named.' },
    { kind: 'named-source', text: 'the NBC report', start: 30, end: 44, reason: 'A named report.' },
    { kind: 'hedge', text: 'reportedly', start: 50, end: 60, reason: 'Passed on unverified.' },
  ],
  contexts: [
    { before: 'citing', after: 'and a former official' },
    { before: 'According to', after: '' },
    { before: 'The deal', after: 'collapsed.' },
  ],
  hiddenKinds: [],
  focusedIndex: null,
};

let root: HTMLElement;
const settle = () => act(() => new Promise((done) => setTimeout(done, 20)));

async function openPopup(tab: { id: number; url?: string }, answer: () => Promise<unknown>) {
  history.replaceState(null, '', `/popup.html?tab=${tab.id}`);
  vi.spyOn(fakeBrowser.tabs, 'get').mockResolvedValue(tab as never);
  const sendMessage = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(answer as never);
  act(() => render(<App />, root));
  await settle();
  await settle();
  return sendMessage;
}

beforeEach(() => {
  fakeBrowser.reset();
  useEnglishMessages();
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  // Inside act, so Preact runs its pending effects now, not on a timer after the test's DOM is gone.
  act(() => render(null, root));
  root.remove();
  vi.restoreAllMocks();
});

describe('popup App', () => {
  test('asks the tab for its status and shows it', async () => {
    const sendMessage = await openPopup({ id: 5, url: 'https://news.example.com/a' }, async () => READY);
    expect(sendMessage).toHaveBeenCalledWith(5, { type: 'get-status' });
    expect(root.querySelector('.grade-word')?.textContent).toBe('Weak');
    expect(root.textContent).toContain('Turn off on news.example.com');
  });

  test.each([
    ['a browser page', 'chrome://settings', "Sourcelight can't read this page"],
    ['a web page open before the install', 'https://example.com/', 'Reload the page to scan it'],
    ['a page whose address the browser withholds', undefined, 'Reload the page to scan it'],
  ])('no content script on %s', async (_, url, title) => {
    await openPopup({ id: 5, url }, () => Promise.reject(new Error('Could not establish connection')));
    expect(root.querySelector('h2')?.textContent).toBe(title);
  });

  test('off on this site: stores the host, shows the site-off state, and turns it back on', async () => {
    // The browser withholds the address here, so the site comes from what the background learned.
    await rememberTabSite(5, 'http://www.example.com/story');
    await openPopup({ id: 5 }, async () => READY);
    await act(() => root.querySelector<HTMLElement>('.popup-footer button')!.click());
    await settle();
    expect((await loadSettings()).settings.disabledSites).toEqual(['example.com']);
    expect(root.querySelector('h2')?.textContent).toBe('Sourcelight is off on www.example.com');

    const turnOn = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Turn on for this site')!;
    await act(() => turnOn.click());
    await settle();
    expect((await loadSettings()).settings.disabledSites).toEqual([]);
    expect(root.textContent).toContain('Reading the article…');
  });

  test('copies the report as Markdown to the clipboard and says so', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await openPopup({ id: 5, url: 'https://example.com/a' }, async () => READY);
    const copy = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Copy report')!;
    await act(() => copy.click());
    await settle();
    expect(writeText).toHaveBeenCalledWith(reportMarkdown(READY));
    expect(root.querySelector('.notice')?.textContent).toBe('Report copied as Markdown.');
  });

  test('saves the report with the page address, which the content script gives when the browser does not', async () => {
    const saved: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => (saved.push(blob as Blob), 'blob:report'));
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    await openPopup({ id: 5 }, async () => READY);
    await act(() => [...root.querySelectorAll('button')].find((b) => b.textContent === 'Save JSON')!.click());
    expect(JSON.parse(await saved[0]!.text()).url).toBe('https://example.com/a');
    expect(root.querySelector('.notice')?.textContent).toBe('Report saved to your downloads.');
  });

  test('a notice about the report goes when the site is turned off', async () => {
    vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:report');
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    await openPopup({ id: 5, url: 'https://example.com/a' }, async () => READY);
    await act(() => [...root.querySelectorAll('button')].find((b) => b.textContent === 'Save JSON')!.click());
    expect(root.querySelector('.notice')?.textContent).toBe('Report saved to your downloads.');
    await act(() => root.querySelector<HTMLElement>('.popup-footer button')!.click());
    await settle();
    expect(root.querySelector('h2')?.textContent).toBe('Sourcelight is off on example.com');
    expect(root.querySelector('.notice')?.textContent).toBe('');
  });
});

describe('the report', () => {
  test('in Markdown: title, address, grade, verdict, findings by kind', () => {
    expect(reportMarkdown(READY)).toBe(
      [
        '# Biden administration reviews expansion',
        '',
        '<https://example.com/a>',
        '',
        '**Weak** · 23/100 · Attribution strength',
        '',
        'Leans on 1 anonymous source and 1 hedge; cites 1 named source',
        '',
        '## Anonymous sources (1)',
        '',
        '- “two informed sources” (-9): The sources are not named.',
        '',
        '## Hedges (1)',
        '',
        '- “reportedly” (-3): Passed on unverified.',
        '',
        '## Named sources (1)',
        '',
        '- “the NBC report” (+5.5): A named report.',
        '',
        '_Report by Sourcelight: attribution highlighted, not fact-checked._',
        '',
      ].join('\n'),
    );
  });

  test('in JSON, with the page address and a file name from the title', () => {
    const report = JSON.parse(reportJson(READY));
    expect(report).toMatchObject({ title: READY.title, url: 'https://example.com/a', grade: 'weak', score: 23 });
    expect(report.findings[1]).toEqual({ kind: 'named-source', text: 'the NBC report', reason: 'A named report.', points: 5.5 });
    expect(reportFileName(READY)).toBe('sourcelight-biden-administration-reviews-expansion.json');
  });

  test.each([
    ['Biden administration reviews expansion of intelligence cooperation with Taliban', 'sourcelight-biden-administration-reviews-expansion-of.json'],
    ['Ein Donaudampfschifffahrtsgesellschaftskapitänsmützenhersteller sagt', 'sourcelight-ein.json'],
    ['Donaudampfschifffahrtsgesellschaftskapitänsmützenhersteller', 'sourcelight-donaudampfschifffahrtsgesellschaftskapitänsmütze.json'],
    ['«  »', 'sourcelight-report.json'],
  ])('the file name of "%s" ends on a whole word', (title, name) => {
    expect(reportFileName({ ...READY, title })).toBe(name);
  });
});
