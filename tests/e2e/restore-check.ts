// Highlights on, then off, must leave a page's body byte-identical: the check behind the restore tests
// and the corpus-wide sweep. Driven through the content script's own message protocol, from an
// extension page, exactly as the popup drives it.
import type { Page } from 'puppeteer-core';
import { FINDING_KINDS } from '../../utils/engine/types';
import { tabIdFor, waitFor, type BrowserUnderTest } from './harness';

/**
 * Corpus pages are saved copies: their own scripts must not change the DOM under the comparison, and
 * their images, fonts and frames point at hosts this offline machine cannot reach (loads that hang).
 */
export const NO_PAGE_SCRIPTS = { 'content-security-policy': "default-src 'self' data: 'unsafe-inline'; script-src 'none'" };

export interface RestoreResult {
  url: string;
  status: string;
  findings: number;
  marks: number;
  restored: boolean;
  error?: string;
}

export interface RestoreSession {
  check(url: string): Promise<RestoreResult>;
  close(): Promise<void>;
}

/** Settings as the extension stores them, every kind flagged and no phrases of the reader's own. */
export function storedSettings({ highlightByDefault = true, disabledSites = [] as string[] }) {
  return {
    version: 1,
    highlightByDefault,
    kinds: Object.fromEntries(FINDING_KINDS.map((k) => [k, true])),
    extraPhrases: Object.fromEntries(FINDING_KINDS.map((k) => [k, []])),
    ignorePhrases: [],
    disabledSites,
  };
}

/** Opens a page tab and a control page; settings are stored so that pages load without highlights. */
export async function openRestoreSession(subject: BrowserUnderTest, firstUrl: string): Promise<RestoreSession> {
  const control = await subject.openExtensionPage('popup.html');
  const settings = storedSettings({ highlightByDefault: false });
  await control.evaluate(async (value) => {
    const api = (globalThis as any).browser ?? (globalThis as any).chrome;
    await api.storage.local.set({ settings: value });
  }, settings);
  const page = await subject.browser.newPage();
  await page.goto(firstUrl, { waitUntil: 'domcontentloaded', timeout: 60_000 });
  const tabId = await tabIdFor(subject, '');

  const send = (message: unknown) =>
    control.evaluate(
      async (id, msg) => {
        const api = (globalThis as any).browser ?? (globalThis as any).chrome;
        return api.tabs.sendMessage(id, msg);
      },
      tabId,
      message as any,
    ) as Promise<{ status: string; findings?: unknown[] } | undefined>;

  const body = (target: Page) => target.evaluate(() => document.body?.innerHTML ?? '');

  return {
    async check(url) {
      const result: RestoreResult = { url, status: 'unloaded', findings: 0, marks: 0, restored: false };
      try {
        if (page.url() !== url) await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60_000 });
        // The content script has scanned once it answers with anything but "scanning".
        await waitFor(() => send({ type: 'get-status' }), (s) => !!s && s.status !== 'scanning', `the scan of ${url}`, 30_000);
        const before = await body(page);
        let status = await send({ type: 'set-highlights', on: true });
        if (status?.status === 'not-article') status = await send({ type: 'rescan', force: true });
        result.status = status?.status ?? 'no answer';
        result.findings = status?.findings?.length ?? 0;
        result.marks = await page.evaluate(() => document.querySelectorAll('sourcelight-mark').length);
        await send({ type: 'set-highlights', on: false });
        result.restored = (await body(page)) === before;
      } catch (error) {
        result.error = String(error).slice(0, 300);
      }
      return result;
    },
    async close() {
      await page.close().catch(() => {});
      await control.close().catch(() => {});
    },
  };
}
