// @vitest-environment jsdom
// A scan wakes the background before it reads the article, so that a sleeping service worker starts meanwhile.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { wakeBackground } from '../utils/ask-background';
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

test('the wake-up is a typed message whose failure (no background yet) is ignored', async () => {
  const sendMessage = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockRejectedValue(new Error('Could not establish connection.'));
  const unhandled = vi.fn();
  process.on('unhandledRejection', unhandled);
  wakeBackground();
  await new Promise((resolve) => setTimeout(resolve, 0));
  process.off('unhandledRejection', unhandled);
  expect(sendMessage).toHaveBeenCalledWith({ type: 'wake-background' });
  expect(unhandled).not.toHaveBeenCalled();
});
