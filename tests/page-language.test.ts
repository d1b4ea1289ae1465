// @vitest-environment jsdom
// The scanner asks for the article's language, with its findings, before it grades or highlights anything.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, test, vi } from 'vitest';
import { createPageScanner, type AnalyzeArticleText, type PageScanner } from '../utils/page-scanner';
import { analyzeHere } from './analyze-here';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, 'fixtures', name), 'utf8');

let scanner: PageScanner | undefined;
afterEach(() => scanner?.dispose());

/** Loads a fixture page into the test's document and scans it as the content script does. */
async function scanPage(name: string, analyze: AnalyzeArticleText) {
  document.documentElement.innerHTML = new DOMParser().parseFromString(fixture(name), 'text/html').documentElement.innerHTML;
  document.documentElement.lang = /<html lang="([^"]+)"/.exec(fixture(name))?.[1] ?? '';
  const before = document.body.innerHTML;
  scanner = createPageScanner(document, { analyze, engine: {}, highlightByDefault: true, onStatus: () => {} });
  const status = await scanner.scan(false);
  return { status, before };
}

test('a French article is neither graded nor highlighted, and the page is left as it was', async () => {
  const analyze = vi.fn(analyzeHere);
  const { status, before } = await scanPage('french-article.html', analyze);
  expect(status).toEqual({ status: 'other-language', language: 'fr', title: expect.stringContaining('Le conseil municipal') });
  // One question for both: the article's text with the page's own language as the hint.
  expect(analyze).toHaveBeenCalledTimes(1);
  expect(analyze).toHaveBeenCalledWith(expect.stringMatching(/^Après trois heures de débat/), {}, { hint: 'fr' });
  expect(document.querySelector('[data-sourcelight-kind]')).toBeNull();
  expect(document.body.innerHTML).toBe(before);
});

test('an English article is graded and highlighted as before', async () => {
  const { status } = await scanPage('seed-article.html', analyzeHere);
  expect(status.status === 'ready' && status.summary.grade).toBe('weak');
  expect(document.querySelector('[data-sourcelight-kind]')).not.toBeNull();
});
