// @vitest-environment jsdom
import { beforeEach, expect, test } from 'vitest';
import { extractArticle } from '../utils/article';
import type { ExtractOptions } from '../utils/article/types';
import { PAGE_LIMITS, PageTooLargeError } from '../utils/page-size';
import { analyzeHere } from './analyze-here';
import { createPageScanner } from '../utils/page-scanner';

const limits = { elements: 50, textNodes: 80, characters: 2_000, depth: 20 };

beforeEach(() => {
  document.body.innerHTML = '';
});

/** Why the scan refuses the page, or null when it takes it on. */
function refusal(options: ExtractOptions = { force: true, limits }): string | null {
  try {
    extractArticle(document, options);
    return null;
  } catch (error) {
    if (error instanceof PageTooLargeError) return error.message;
    throw error;
  }
}

test('an ordinary article is fine', () => {
  document.body.innerHTML = '<article><h1>Title</h1>' + '<p>Officials said <em>so</em>.</p>'.repeat(10) + '</article>';
  expect(refusal()).toBeNull();
});

test.each([
  ['elements', () => '<p>x</p>'.repeat(60), /more than 50 elements/],
  ['characters', () => `<p>${'a'.repeat(2_500)}</p>`, /0\.0 million characters/],
  ['text nodes', () => '', /separate pieces of text/],
  ['depth', () => '<div>'.repeat(25) + 'deep' + '</div>'.repeat(25), /nested more than 20 deep/],
])('a page beyond the limit on %s is refused, saying why', (what, html, reason) => {
  document.body.innerHTML = html();
  if (what === 'text nodes') for (let i = 0; i < 100; i++) document.body.append(document.createTextNode('t'));
  expect(refusal()).toMatch(reason);
});

test('depth is measured without recursion on a 1,500-deep page', () => {
  let node: HTMLElement = document.body;
  for (let i = 0; i < 1_500; i++) node = node.appendChild(document.createElement('div'));
  node.textContent = 'Deep down, officials said so.';
  expect(refusal({ force: true, limits: PAGE_LIMITS })).toMatch(/nested more than 1,000 deep/);
});

test('without limits (the command line), the same page is read', () => {
  document.body.innerHTML = '<p>x</p>'.repeat(60);
  expect(refusal({ force: true })).toBeNull();
});

test('what the scan never reads does not count: scripts and hidden parts', () => {
  document.body.innerHTML = `<script>${'x'.repeat(5_000)}</script><div hidden>${'<p>x</p>'.repeat(60)}</div><p>Officials said so.</p>`;
  expect(refusal()).toBeNull();
});

test('the scanner tells the reader why it refused the page, and leaves it as it was', async () => {
  let node: HTMLElement = document.body;
  for (let i = 0; i < 1_001; i++) node = node.appendChild(document.createElement('div'));
  node.textContent = 'Deep down, officials said so.';
  const before = document.body.innerHTML;
  const scanner = createPageScanner(document, { engine: {}, analyze: analyzeHere, highlightByDefault: true, onStatus: () => {} });
  const status = await scanner.scan(true);
  expect(status).toEqual({ status: 'error', message: 'This page is too large to scan: its elements are nested more than 1,000 deep.' });
  expect(document.body.innerHTML).toBe(before);
  scanner.dispose();
});
