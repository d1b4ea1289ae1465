// @vitest-environment jsdom
// Page text is data, never markup; the page has no channel to the extension; the extension has no
// channel to the network. Checked on the source and on the real scan → highlight → tooltip → popup path.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeAll, describe, expect, test } from 'vitest';
import { PopupView, type PopupActions } from '../components/PopupView';
import { MARK_ELEMENT } from '../utils/highlight/highlight';
import { UI_ELEMENT } from '../utils/highlight/tooltip';
import type { TabStatus } from '../utils/messages';
import { analyzeHere } from './analyze-here';
import { createPageScanner, type PageScanner } from '../utils/page-scanner';
import { useEnglishMessages } from './fake-i18n';

const ROOT = join(import.meta.dirname, '..');
/** Code that ships in the extension (the command line and Node-only parsing do not). */
const SHIPPED = ['entrypoints', 'components', 'utils'];
const NODE_ONLY = ['utils/cli/', 'utils/article/parse-html.ts'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

const shipped = SHIPPED.flatMap((dir) => sourceFiles(join(ROOT, dir)))
  .map((path) => relative(ROOT, path))
  .filter((path) => !NODE_ONLY.some((prefix) => path.startsWith(prefix)));

const offending = (pattern: RegExp) =>
  shipped.flatMap((path) =>
    readFileSync(join(ROOT, path), 'utf8')
      .split('\n')
      .flatMap((line, i) => (pattern.test(line) ? [`${path}:${i + 1}: ${line.trim()}`] : [])),
  );

describe('the shipped source', () => {
  test('is found', () => {
    expect(shipped).toContain('entrypoints/content.ts');
    expect(shipped).toContain('utils/highlight/tooltip.ts');
  });

  test('has no HTML sinks: page text can only ever become text', () => {
    expect(offending(/innerHTML|outerHTML|insertAdjacentHTML|dangerouslySetInnerHTML|document\.write|srcdoc|createContextualFragment|DOMParser|\beval\(|new Function/)).toEqual([]);
  });

  test('opens no network channel', () => {
    expect(offending(/\bfetch\(|XMLHttpRequest|WebSocket|sendBeacon|EventSource|importScripts|RTCPeerConnection/)).toEqual([]);
  });

  test('listens to no page channel: only the browser’s runtime messages reach the content script', () => {
    // `port.postMessage` is a runtime port's, between the content script and the background (`ANALYZE_PORT`).
    expect(offending(/addEventListener\(\s*['"]message['"]|\bonmessage\b|(?<!\bport\.)postMessage|externally_connectable|onMessageExternal|onConnectExternal/)).toEqual([]);
    expect(offending(/\bport\.postMessage/).map((line) => line.split(':')[0])).toEqual(['entrypoints/background.ts', 'utils/ask-background.ts']);
    expect(offending(/runtime\.connect\(/).every((line) => line.includes('runtime.connect({ name: ANALYZE_PORT })'))).toBe(true);
  });
});

const PAYLOADS = ['"><img src=x onerror=window.__pwned=1>', '<script>window.__pwned=2</script>'];
const hostileArticle = () => {
  const html = readFileSync(join(ROOT, 'tests/fixtures/seed-article.html'), 'utf8');
  const escaped = PAYLOADS.map((p) => p.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;'));
  return html
    .replace(/<script[\s\S]*?<\/script>/g, '')
    .replace('</h1>', `</h1>\n<p>Officials said ${escaped[0]} the plan had failed, and a source said ${escaped[1]} nothing more.</p>`);
};

describe('hostile article text', () => {
  let scanner: PageScanner;
  let status: TabStatus;
  let bodyBefore: string;

  beforeAll(async () => {
    useEnglishMessages();
    document.documentElement.innerHTML = hostileArticle().replace(/^<!doctype html>\s*<html[^>]*>/i, '').replace('</html>', '');
    bodyBefore = document.body.innerHTML;
    scanner = createPageScanner(document, {
      analyze: analyzeHere,
      engine: { extraPhrases: { hedge: PAYLOADS } },
      highlightByDefault: true,
      onStatus: () => {},
    });
    status = await scanner.scan(false);
  });

  test('is found and highlighted as text', () => {
    expect(status.status).toBe('ready');
    const texts = status.status === 'ready' ? status.findings.map((f) => f.text) : [];
    expect(texts).toEqual(expect.arrayContaining(PAYLOADS));
    const marked = Array.from(document.querySelectorAll(MARK_ELEMENT), (m) => m.textContent);
    expect(marked).toEqual(expect.arrayContaining(PAYLOADS));
    expect(document.querySelectorAll('article img, article script')).toHaveLength(0);
  });

  test.each(PAYLOADS)('the tooltip shows %s as text', (payload) => {
    const mark = Array.from(document.querySelectorAll(MARK_ELEMENT)).find((m) => m.textContent === payload)!;
    mark.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    const shadow = document.querySelector(UI_ELEMENT)!.shadowRoot!;
    expect(shadow.querySelector('.tip')!.textContent).toContain(`“${payload}”`);
    expect(shadow.querySelectorAll('img, script')).toHaveLength(0);
    expect((window as any).__pwned).toBeUndefined();
  });

  test('the popup shows finding text, title and error message as text', () => {
    const root = document.body.appendChild(document.createElement('div'));
    root.id = 'popup-root';
    const actions = Object.fromEntries(['request', 'setSiteOff', 'copyReport', 'saveReport', 'openOptions'].map((name) => [name, () => {}])) as unknown as PopupActions;
    const ready = status as Extract<TabStatus, { status: 'ready' }>;
    const show = (state: TabStatus) => act(() => render(h(PopupView, { state, busy: false, site: PAYLOADS[0]!, notice: PAYLOADS[1]!, actions }), root));

    show({ ...ready, title: PAYLOADS[1]! });
    for (const payload of PAYLOADS) expect(root.textContent).toContain(payload);
    show({ status: 'error', message: PAYLOADS[0]! });
    expect(root.textContent).toContain(PAYLOADS[0]);
    show({ status: 'site-off', site: PAYLOADS[1]! });
    expect(root.textContent).toContain(PAYLOADS[1]);
    expect(root.querySelectorAll('img:not([src^="/icon/"]), script')).toHaveLength(0);
    expect((window as any).__pwned).toBeUndefined();
  });

  test('clearing restores the page exactly', () => {
    document.getElementById('popup-root')?.remove();
    scanner.dispose();
    expect(document.querySelector(UI_ELEMENT)).toBeNull();
    expect(document.body.innerHTML).toBe(bodyBefore);
  });
});
