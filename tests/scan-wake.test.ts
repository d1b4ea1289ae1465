// @vitest-environment jsdom
// A scan wakes the background before it reads the article, so that a sleeping service worker starts meanwhile,
// by opening the port its request then goes by.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { analyzeInBackground, wakeBackground } from '../utils/ask-background';
import { ANALYZE_PORT } from '../utils/messages';
import { createPageScanner, type PageScanner } from '../utils/page-scanner';
import { analyzeHere } from './analyze-here';

let scanner: PageScanner | undefined;
afterEach(() => scanner?.dispose());

test('each scan wakes the background once, before it asks for the analysis', async () => {
  const page = readFileSync(join(import.meta.dirname, 'fixtures', 'seed-article.html'), 'utf8');
  document.documentElement.innerHTML = new DOMParser().parseFromString(page, 'text/html').documentElement.innerHTML;
  const wake = vi.fn();
  const analyze = vi.fn(analyzeHere);
  scanner = createPageScanner(document, { analyze, engine: {}, highlightByDefault: true, onStatus: () => {}, wake });
  expect((await scanner.scan(false)).status).toBe('ready');
  expect(wake).toHaveBeenCalledTimes(1);
  expect(wake.mock.invocationCallOrder[0]).toBeLessThan(analyze.mock.invocationCallOrder[0]!);
  await scanner.scan(true);
  expect(wake).toHaveBeenCalledTimes(2);
});

/** A port to a background that answers each request with `answer` (or, given null, goes away unanswered). */
function fakePort(answer: unknown) {
  const onMessage: ((message: unknown) => void)[] = [];
  const onDisconnect: (() => void)[] = [];
  const port = {
    name: ANALYZE_PORT,
    posted: [] as unknown[],
    onMessage: { addListener: (listener: (message: unknown) => void) => onMessage.push(listener) },
    onDisconnect: { addListener: (listener: () => void) => onDisconnect.push(listener) },
    postMessage(message: unknown) {
      port.posted.push(message);
      queueMicrotask(() => (answer === null ? onDisconnect : onMessage).forEach((listener) => listener(answer)));
    },
    disconnect: vi.fn(),
  };
  return port;
}

test("the wake-up opens the port the scan's request then goes by: one channel per scan", async () => {
  const port = fakePort({ findings: [] });
  const connect = vi.spyOn(fakeBrowser.runtime, 'connect').mockReturnValue(port as never);
  wakeBackground();
  expect(connect).toHaveBeenCalledTimes(1);
  expect(connect).toHaveBeenCalledWith({ name: ANALYZE_PORT });
  expect(port.posted).toEqual([]);
  expect(await analyzeInBackground('Some text.', {}, { hint: 'en' })).toEqual({ findings: [] });
  expect(connect).toHaveBeenCalledTimes(1);
  expect(port.posted).toEqual([{ type: 'analyze-text', text: 'Some text.', options: {}, language: { hint: 'en' } }]);
  expect(port.disconnect).toHaveBeenCalledTimes(1);

  // A request with no wake-up before it (text the page added to the article) opens a port of its own.
  const another = fakePort({ findings: [] });
  connect.mockReturnValue(another as never);
  await analyzeInBackground('More text.', {});
  expect(connect).toHaveBeenCalledTimes(2);
  expect(another.posted).toEqual([{ type: 'analyze-text', text: 'More text.', options: {} }]);
  connect.mockRestore();
});

test('a background that goes away unanswered fails the scan with a message; a failed wake-up is ignored', async () => {
  const connect = vi.spyOn(fakeBrowser.runtime, 'connect').mockReturnValue(fakePort(null) as never);
  await expect(analyzeInBackground('Some text.', {})).rejects.toThrow('its engine did not answer');
  connect.mockImplementation(() => {
    throw new Error('Extension context invalidated.');
  });
  expect(() => wakeBackground()).not.toThrow();
  connect.mockRestore();
});
