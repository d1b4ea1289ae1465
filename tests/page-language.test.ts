// @vitest-environment jsdom
// The scanner asks for the article's language before it grades or highlights anything.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, test, vi } from 'vitest';
import { detectLanguage } from '../utils/language/detect';
import type { LanguageVerdict } from '../utils/language';
import { createPageScanner, type PageScanner } from '../utils/page-scanner';
import { analyzeHere } from './analyze-here';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, 'fixtures', name), 'utf8');

let scanner: PageScanner | undefined;
afterEach(() => scanner?.dispose());

/** Loads a fixture page into the test's document and scans it as the content script does. */
async function scanPage(name: string, detect: (sample: string, hint: string | null) => Promise<LanguageVerdict | null>) {
  document.documentElement.innerHTML = new DOMParser().parseFromString(fixture(name), 'text/html').documentElement.innerHTML;
  document.documentElement.lang = /<html lang="([^"]+)"/.exec(fixture(name))?.[1] ?? '';
  const before = document.body.innerHTML;
  scanner = createPageScanner(document, {
    analyze: analyzeHere, engine: {}, highlightByDefault: true, onStatus: () => {}, detectLanguage: detect });
  const status = await scanner.scan(false);
  return { status, before };
}

test('a French article is neither graded nor highlighted, and the page is left as it was', async () => {
  const detect = vi.fn(async (sample: string, hint: string | null) => detectLanguage(sample, hint));
  const { status, before } = await scanPage('french-article.html', detect);
  expect(status).toEqual({ status: 'other-language', language: 'fr', title: expect.stringContaining('Le conseil municipal') });
  expect(detect).toHaveBeenCalledWith(expect.stringMatching(/^Après trois heures de débat/), 'fr');
  expect(document.querySelector('[data-sourcelight-kind]')).toBeNull();
  expect(document.body.innerHTML).toBe(before);
});

test('an English article is graded and highlighted as before', async () => {
  const { status } = await scanPage('seed-article.html', async (sample, hint) => detectLanguage(sample, hint));
  expect(status.status === 'ready' && status.summary.grade).toBe('weak');
  expect(document.querySelector('[data-sourcelight-kind]')).not.toBeNull();
});

test('when the language cannot be asked, the article is read as English', async () => {
  const { status } = await scanPage('seed-article.html', () => Promise.reject(new Error('no background')));
  expect(status.status).toBe('ready');
});
