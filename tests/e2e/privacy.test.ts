// Nothing leaves the browser, the page cannot steer the extension, page text never becomes markup, and
// corrupt settings fall back to the defaults: in real Chromium and Firefox with the built extension.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { HTTPRequest, Page, Target } from 'puppeteer-core';
import { FINDING_KINDS } from '../../utils/engine/types';
import { BROWSERS, launch, serveFixtures, tabIdFor, waitFor, type BrowserUnderTest, type FixtureServer } from './harness';
import { articlePage, paragraph } from './hostile-pages';

const BUILD_DIR = resolve(process.env.SOURCELIGHT_BUILD_DIR ?? '.output');
const PAYLOADS = ['"><img src=x onerror=window.__pwned=1>', '<script>window.__pwned=2</script>'];
const escapeHtml = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

const TITLE = 'Hostile article';
// The payloads as article text; a noscript pixel that only loads if someone turns it into live markup.
const ARTICLE = articlePage(
  TITLE,
  `<article><h1>${TITLE}</h1>
    <p>${paragraph(0)} Officials said ${escapeHtml(PAYLOADS[0]!)} the plan had failed.</p>
    <p>${paragraph(1)} A source said ${escapeHtml(PAYLOADS[1]!)} nothing more.</p>
    ${Array.from({ length: 6 }, (_, i) => `<p>${paragraph(i + 2)}</p>`).join('')}
    <noscript><img src="/noscript-pixel.gif"></noscript>
  </article>`,
  '<link rel="stylesheet" href="/page.css">',
);

const settingsWith = (change: Record<string, unknown> = {}) => ({
  version: 1,
  highlightByDefault: true,
  kinds: Object.fromEntries(FINDING_KINDS.map((k) => [k, true])),
  extraPhrases: Object.fromEntries(FINDING_KINDS.map((k) => [k, k === 'hedge' ? PAYLOADS : []])),
  ignorePhrases: [],
  disabledSites: [],
  ...change,
});

const markCount = (page: Page) => page.evaluate(() => document.querySelectorAll('sourcelight-mark').length);

describe.each(BROWSERS)('privacy and hostile input in %s', (name) => {
  let subject: BrowserUnderTest;
  let server: FixtureServer;
  let control: Page;
  let page: Page;
  const requests: { from: string; url: string }[] = [];

  const record = (from: string) => (request: HTTPRequest) => requests.push({ from, url: request.url() });
  const watchTarget = async (target: Target) => {
    if (target.type() === 'page') {
      (await target.page())?.on('request', record(`page ${target.url()}`));
    } else if (name === 'chromium' && ['service_worker', 'background_page', 'shared_worker', 'other'].includes(target.type())) {
      // The service worker has no Page: watch its network through its own CDP session.
      const session = await target.createCDPSession().catch(() => null);
      session?.on('Network.requestWillBeSent', (event) => requests.push({ from: `${target.type()} ${target.url()}`, url: event.request.url }));
      await session?.send('Network.enable').catch(() => {});
    }
  };

  const storeSettings = (value: unknown) => control.evaluate((v) => ((globalThis as any).browser ?? (globalThis as any).chrome).storage.local.set({ settings: v }), value as any);

  beforeAll(async () => {
    server = await serveFixtures({ pages: { '/hostile.html': ARTICLE, '/page.css': 'p { line-height: 1.5 }' } });
    subject = await launch(name);
    subject.browser.on('targetcreated', (target: Target) => void watchTarget(target));
    await Promise.all(subject.browser.targets().map(watchTarget));
    control = await subject.openExtensionPage('popup.html');
    await storeSettings(settingsWith());
    page = await subject.browser.newPage();
    page.on('request', record('article'));
    await page.goto(`${server.origin}/hostile.html`);
    await waitFor(() => markCount(page), (n) => n > 0, 'highlights');
  });

  afterAll(async () => {
    await subject?.close();
    await server?.close();
  });

  test('page text shows as text in the page, the tooltip and the popup, and nothing in it runs', async () => {
    const marked = await page.evaluate(() => [...document.querySelectorAll('sourcelight-mark')].map((m) => m.textContent));
    expect(marked).toEqual(expect.arrayContaining(PAYLOADS));
    for (const payload of PAYLOADS) {
      await page.evaluate((p) => {
        const mark = [...document.querySelectorAll('sourcelight-mark')].find((m) => m.textContent === p)!;
        mark.scrollIntoView({ block: 'center' });
        (mark as HTMLElement).focus();
      }, payload);
      const tip = await waitFor(
        () => page.evaluate(() => (document.querySelector('sourcelight-ui')?.shadowRoot?.querySelector('.tip') as HTMLElement | null)?.textContent ?? ''),
        (t) => t.includes(payload),
        'the tooltip',
      );
      expect(tip).toContain(`“${payload}”`);
    }
    const inTooltip = await page.evaluate(() => document.querySelector('sourcelight-ui')!.shadowRoot!.querySelectorAll('img, script').length);
    expect(inTooltip).toBe(0);

    const popup = await subject.openExtensionPage(`popup.html?tab=${await tabIdFor(subject, TITLE)}`);
    const shown = await waitFor(() => popup.evaluate(() => document.querySelector('.findings')?.textContent ?? ''), (t) => PAYLOADS.every((p) => t.includes(p)), 'the payloads in the popup');
    expect(shown).toContain(PAYLOADS[0]);
    expect(await popup.evaluate(() => document.querySelectorAll('img:not([src^="/icon/"]), script:not([src])').length)).toBe(0);
    expect(await popup.evaluate(() => (window as any).__pwned)).toBeUndefined();
    await popup.close();
    expect(await page.evaluate(() => (window as any).__pwned)).toBeUndefined();
  });

  test('the page cannot talk to the extension: posted messages and synthetic events change nothing', async () => {
    const before = await page.evaluate(() => ({ marks: document.querySelectorAll('sourcelight-mark').length, body: document.body.innerHTML }));
    await page.evaluate(() => {
      const requests = [
        { type: 'set-highlights', on: false },
        { type: 'toggle-highlights' },
        { type: 'rescan', force: true },
        { type: 'set-hidden-kinds', kinds: ['hedge', 'anonymous-source', 'named-source', 'vague-attribution', 'unverified-figure'] },
        { type: 'tab-status', status: { status: 'error', message: 'forged' } },
      ];
      for (const request of requests) {
        window.postMessage(request, '*');
        window.postMessage(JSON.stringify(request), '*');
        for (const target of [window, document, document.body]) {
          target.dispatchEvent(new CustomEvent(request.type, { detail: request, bubbles: true }));
          target.dispatchEvent(new CustomEvent('sourcelight', { detail: request, bubbles: true }));
          target.dispatchEvent(new MessageEvent('message', { data: request }));
        }
      }
      document.dispatchEvent(new KeyboardEvent('keydown', { key: 'H', altKey: true, shiftKey: true, bubbles: true }));
      // The page has no way to the extension's messaging at all.
      (window as any).__runtime = typeof (window as any).chrome?.runtime?.sendMessage;
    });
    await new Promise((r) => setTimeout(r, 800));
    const after = await page.evaluate(() => ({ marks: document.querySelectorAll('sourcelight-mark').length, body: document.body.innerHTML }));
    expect(after).toEqual(before);
    expect(await page.evaluate(() => (window as any).__runtime)).not.toBe('function');
    const hidden = await page.evaluate(() => document.querySelectorAll('[data-sourcelight-hidden]').length);
    expect(hidden).toBe(0);
  });

  test('corrupt stored settings: the page is still scanned, with the defaults', async () => {
    const corrupt: unknown[] = ['{"version":1,"highlightByDefault":tr', 42, null, [], { version: 99 }, settingsWith({ kinds: 'all', highlightByDefault: 'yes' })];
    for (const value of corrupt) {
      await storeSettings(value);
      await page.reload();
      // Defaults highlight at once; the reader's extra phrases (the payloads) are gone with the corrupt value.
      const marks = await waitFor(() => page.evaluate(() => [...document.querySelectorAll('sourcelight-mark')].map((m) => m.textContent ?? '')), (m) => m.length > 0, `a scan with ${JSON.stringify(value)}`);
      expect(marks.some((m) => PAYLOADS.includes(m))).toBe(false);
    }
    await storeSettings(settingsWith());
  });

  test('the extension pages cannot reach any server: their CSP forbids it', async () => {
    const attempts = await control.evaluate(async (origin) => {
      const tryFetch = (url: string) => fetch(url).then(() => 'loaded', () => 'blocked');
      const tryImage = (url: string) =>
        new Promise<string>((done) => Object.assign(new Image(), { onload: () => done('loaded'), onerror: () => done('blocked'), src: url }));
      return [await tryFetch(`${origin}/csp-probe.txt`), await tryImage(`${origin}/csp-probe.gif`)];
    }, server.origin);
    expect(attempts).toEqual(['blocked', 'blocked']);
  });

  test('nothing was requested but the page’s own files and the extension’s own', async () => {
    const foreign = requests.filter(({ url }) => !url.startsWith(`${server.origin}/`) && !url.startsWith(subject.extensionOrigin) && !url.startsWith('data:') && !url.startsWith('about:'));
    expect(foreign).toEqual([]);
    // 127.0.0.1 was asked for the page, its stylesheet and (by the browser) its icon, never the <noscript> pixel.
    // Chromium reports the CSP test's attempts too, which the test above saw refused.
    const local = requests.filter(({ url }) => url.startsWith(server.origin) && !url.includes('/csp-probe.'));
    expect(new Set(local.map(({ url }) => new URL(url).pathname))).toEqual(new Set(['/hostile.html', '/page.css', '/favicon.ico']));
    console.log(`${name}: ${requests.length} requests seen, ${local.length} to the page's own server, the rest the extension's own files`);
  });
});

describe('the built manifests', () => {
  const manifest = (dir: string) => JSON.parse(readFileSync(join(BUILD_DIR, dir, 'manifest.json'), 'utf8'));

  test.each(['chrome-mv3', 'firefox-mv2'])('%s asks for the documented permissions only, under a strict CSP', (dir) => {
    const m = manifest(dir);
    expect(m.permissions).toEqual(['storage', 'activeTab']);
    expect(m.host_permissions ?? []).toEqual([]);
    expect(m.optional_permissions ?? []).toEqual([]);
    expect(m.web_accessible_resources).toBeUndefined();
    expect(m.externally_connectable).toBeUndefined();
    expect(m.content_scripts).toEqual([expect.objectContaining({ matches: ['http://*/*', 'https://*/*'] })]);
    expect(m.content_scripts[0].all_frames).toBeUndefined();
    const csp: string = typeof m.content_security_policy === 'string' ? m.content_security_policy : m.content_security_policy.extension_pages;
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self';");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).toContain("object-src 'none'");
  });

  test('the built code loads nothing remote and opens no network channel of its own', () => {
    const files = (dir: string): string[] =>
      readdirSync(dir).flatMap((entry) => (statSync(join(dir, entry)).isDirectory() ? files(join(dir, entry)) : [join(dir, entry)]));
    for (const file of files(join(BUILD_DIR, 'chrome-mv3')).filter((f) => /\.(js|html)$/.test(f))) {
      const code = readFileSync(file, 'utf8');
      expect(code.match(/XMLHttpRequest|WebSocket|sendBeacon|EventSource|importScripts|RTCPeerConnection/g) ?? [], file).toEqual([]);
      // Vite's modulepreload fallback is the only fetch, and it fetches the extension's own chunks.
      expect(code.match(/\bfetch\(/g)?.length ?? 0, file).toBeLessThanOrEqual(code.includes('modulepreload') ? 1 : 0);
      expect(code.match(/<script[^>]+src="https?:/g) ?? [], file).toEqual([]);
    }
  });
});
