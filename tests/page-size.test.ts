// @vitest-environment jsdom
import { beforeEach, expect, test } from 'vitest';
import { pageTooLarge } from '../utils/page-size';

const limits = { elements: 50, textNodes: 80, characters: 2_000, depth: 20 };

beforeEach(() => {
  document.body.innerHTML = '';
});

test('an ordinary article is fine', () => {
  document.body.innerHTML = '<article><h1>Title</h1>' + '<p>Officials said <em>so</em>.</p>'.repeat(10) + '</article>';
  expect(pageTooLarge(document, limits)).toBeNull();
});

test.each([
  ['elements', () => '<p>x</p>'.repeat(60), /more than 50 elements/],
  ['characters', () => `<p>${'a'.repeat(2_500)}</p>`, /0\.0 million characters/],
  ['text nodes', () => '', /separate pieces of text/],
  ['depth', () => '<div>'.repeat(25) + 'deep' + '</div>'.repeat(25), /nested more than 20 deep/],
])('a page beyond the limit on %s is refused, saying why', (what, html, reason) => {
  document.body.innerHTML = html();
  if (what === 'text nodes') for (let i = 0; i < 100; i++) document.body.append(document.createTextNode('t'));
  expect(pageTooLarge(document, limits)).toMatch(reason);
});

test('depth is measured without recursion on a 1,500-deep page', () => {
  let node: HTMLElement = document.body;
  for (let i = 0; i < 1_500; i++) node = node.appendChild(document.createElement('div'));
  expect(pageTooLarge(document)).toMatch(/nested more than 1,000 deep/);
});
