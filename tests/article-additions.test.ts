// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { beforeEach, expect, test } from 'vitest';
import { extractArticle } from '../utils/article';
import { addedArticleText } from '../utils/article/additions';
import type { ArticleText } from '../utils/article/types';

let article: ArticleText;
const paragraphs = () => document.querySelectorAll('article > p');

beforeEach(() => {
  document.documentElement.innerHTML = readFileSync('tests/fixtures/seed-article.html', 'utf8').replace(/^<!doctype html>/i, '');
  article = extractArticle(document)!;
});

const addAfterLastParagraph = (html: string) => {
  const last = [...paragraphs()].filter((p) => p.textContent!.startsWith('International observers'))[0]!;
  last.insertAdjacentHTML('afterend', html);
  return last.nextElementSibling!;
};

test('text appended after the article is built with the article rules and maps back to its nodes', () => {
  const added = addAfterLastParagraph('<p>Officials familiar with the <em>talks</em> said 40 people attended.</p>');
  const result = addedArticleText(article.root, article.segments.at(-1)?.node, [added])!;
  expect(result.text).toBe('Officials familiar with the talks said 40 people attended.');
  for (const s of result.segments) {
    expect(result.text.slice(s.start, s.end)).toBe(s.node.data.slice(s.nodeOffset, s.nodeOffset + (s.end - s.start)));
  }
});

test('several additions come out in document order, one block each', () => {
  const first = addAfterLastParagraph('<p>First added.</p>');
  first.insertAdjacentHTML('afterend', '<p>Second added.</p>');
  const second = first.nextElementSibling!;
  expect(addedArticleText(article.root, article.segments.at(-1)?.node, [second, first])!.text).toBe('First added.\nSecond added.');
});

test('chrome added to the article (a comment section) contributes no text', () => {
  const added = addAfterLastParagraph('<section class="comments"><p>Sources said this was coming.</p></section>');
  expect(addedArticleText(article.root, article.segments.at(-1)?.node, [added])!.text).toBe('');
});

test('an addition placed before the scanned text, or outside the article, asks for a full rescan', () => {
  const first = paragraphs()[1]!;
  first.insertAdjacentHTML('beforebegin', '<p>Inserted early.</p>');
  expect(addedArticleText(article.root, article.segments.at(-1)?.node, [first.previousElementSibling!])).toBeNull();
  const outside = document.createElement('p');
  outside.textContent = 'In the footer.';
  document.querySelector('footer')!.append(outside);
  expect(addedArticleText(article.root, article.segments.at(-1)?.node, [outside])).toBeNull();
});
