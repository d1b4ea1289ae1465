// Real browsers with the built extension loaded, driving pages served from 127.0.0.1.
// One driver (puppeteer-core) for both: Chromium over CDP, Firefox ESR over WebDriver BiDi.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { GECKO_ID } from '../../wxt.config';
import { CHROMIUM_PATH, FIREFOX_PATH } from './browser-paths';

export type BrowserName = 'chromium' | 'firefox';
export const BROWSERS: BrowserName[] = ['chromium', 'firefox'];

const FIREFOX_UUID = '5e1f7c1a-9b0d-4c3e-8a55-5017e5c0ffee';
// The built extension; SOURCELIGHT_BUILD_DIR points elsewhere when a copy must not change under a long run.
const BUILD_DIR = resolve(process.env.SOURCELIGHT_BUILD_DIR ?? '.output');
const OUTPUT = { chromium: join(BUILD_DIR, 'chrome-mv3'), firefox: join(BUILD_DIR, 'firefox-mv2') };

export interface BrowserUnderTest {
  name: BrowserName;
  browser: Browser;
  /** `chrome-extension://<id>` or `moz-extension://<uuid>` */
  extensionOrigin: string;
  /** Opens one of the extension's own pages in a tab and waits until it has rendered. */
  openExtensionPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

/** Polls `read` until `done` holds; page realms come and go during navigation, so errors are retried. */
export async function waitFor<T>(read: () => Promise<T>, done: (value: T) => boolean, what: string, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      last = await read();
      if (done(last)) return last;
    } catch (error) {
      lastError = error;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}; last value ${JSON.stringify(last)} ${lastError ? String(lastError) : ''}`);
}

/**
 * Sets a page's viewport in either browser. Puppeteer sends Firefox a screen-orientation command with the
 * viewport, which Firefox 140 ESR does not know: the viewport itself is set, and the command's refusal is
 * waited out until the page has the new size.
 */
export async function setViewport(page: Page, viewport: { width: number; height: number }): Promise<void> {
  try {
    await page.setViewport(viewport);
  } catch (error) {
    if (!/setScreenOrientationOverride|unknown command/i.test(String(error))) throw error;
    await waitFor(() => page.evaluate(() => window.innerWidth), (width) => width === viewport.width, `a ${viewport.width} px wide viewport`);
  }
}

export async function launch(name: BrowserName): Promise<BrowserUnderTest> {
  // The browsers write profiles and caches under HOME: keep them out of the real one.
  const home = mkdtempSync(join(tmpdir(), `sourcelight-${name}-`));
  process.env.HOME = home;
  let browser: Browser;
  let extensionOrigin: string;
  if (name === 'chromium') {
    browser = await puppeteer.launch({
      executablePath: CHROMIUM_PATH,
      headless: true,
      pipe: true,
      enableExtensions: [OUTPUT.chromium],
      userDataDir: join(home, 'profile'),
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    const worker = await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'));
    extensionOrigin = `chrome-extension://${new URL(worker.url()).host}`; // URL.origin is "null" for this scheme
  } else {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX_PATH,
      headless: true,
      userDataDir: join(home, 'profile'),
      args: ['--remote-allow-system-access'], // else moz-extension:// navigation is refused
      extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }) },
    });
    await browser.installExtension(OUTPUT.firefox);
    extensionOrigin = `moz-extension://${FIREFOX_UUID}`;
  }

  return {
    name,
    browser,
    extensionOrigin,
    async openExtensionPage(path) {
      const page = await browser.newPage();
      // Firefox loads moz-extension:// pages but never resolves goto(): don't wait on it, poll instead.
      page.goto(`${extensionOrigin}/${path}`, { timeout: 0 }).catch(() => {});
      await waitFor(() => page.evaluate(() => document.readyState === 'complete' && !!document.querySelector('main')), Boolean, `${path} to render`);
      return page;
    },
    async close() {
      await browser.close().catch(() => {});
      rmSync(home, { recursive: true, force: true });
    },
  };
}

/**
 * The id of the tab whose page title is `title`, found by asking each tab's content script for its status
 * from an extension page (Firefox hides tab URLs and titles from extensions without the "tabs" permission).
 */
export async function tabIdFor(subject: BrowserUnderTest, title: string): Promise<number> {
  const probe = await subject.openExtensionPage('popup.html');
  const id = await waitFor(
    () =>
      probe.evaluate(async (wanted) => {
        const api = (globalThis as any).browser ?? (globalThis as any).chrome;
        for (const tab of (await api.tabs.query({})) as { id: number }[]) {
          const status = await api.tabs.sendMessage(tab.id, { type: 'get-status' }).catch(() => undefined);
          if (status && (status.title === wanted || wanted === '')) return tab.id;
        }
        return 0;
      }, title),
    Boolean,
    `a tab titled "${title}"`,
  );
  await probe.close();
  return id;
}

/** Opens the popup's page for the tab with that page title: the same page the toolbar button opens. */
export async function openPopupFor(subject: BrowserUnderTest, title: string): Promise<Page> {
  const tabId = await tabIdFor(subject, title);
  return subject.openExtensionPage(`popup.html?tab=${tabId}`);
}

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.txt': 'text/plain; charset=utf-8', '.mjs': 'text/javascript', '.js': 'text/javascript' };

export interface FixtureServer {
  origin: string;
  close(): Promise<void>;
}

export interface ServeOptions {
  /** Folder whose files are served; default `tests/fixtures`. */
  folder?: string;
  /** Extra pages by path, served from memory. */
  pages?: Record<string, string>;
  /** Extra response headers for every page, e.g. a CSP that keeps a saved page's own scripts from running. */
  headers?: Record<string, string>;
}

/** Serves fixtures on 127.0.0.1, and nowhere else. */
export async function serveFixtures({ folder = resolve('tests/fixtures'), pages = {}, headers = {} }: ServeOptions = {}): Promise<FixtureServer> {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    try {
      const body = path in pages ? pages[path]! : readFileSync(join(folder, path.replace(/^\/+/, '').replace(/\.\.+/g, '')));
      response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'text/html; charset=utf-8', ...headers });
      response.end(body);
    } catch {
      response.writeHead(404).end('not found');
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
