// @vitest-environment jsdom
// The whole story, where pages lay it out in pieces: the opening is where sourcing matters most.
import { expect, test } from 'vitest';
import { extractArticle } from '../utils/article';
import { findSegmentViolations } from '../utils/article/segment-invariant';

const page = (body: string) =>
  new DOMParser().parseFromString(
    `<!doctype html><html><head><title>Story</title><meta property="og:type" content="article"></head><body>${body}</body></html>`,
    'text/html',
  );

const paragraphs = (prefix: string, count: number) =>
  Array.from({ length: count }, (_, i) => `<p class="story-text__paragraph">${prefix} ${i + 1}: the committee met on Tuesday, and its members, who had argued for weeks, finally agreed on a plan for the harbour.</p>`).join('');

const related = '<aside class="related"><ul><li><a href="/a">Another story about the harbour</a></li><li><a href="/b">More on the committee</a></li></ul></aside>';

test('a lede in a container of its own, apart from the rest of the story, is read first', () => {
  // As Politico lays it out: the lede's paragraphs in one div.story-text, an ad row, the rest in another.
  const doc = page(`
    <header><nav><a href="/">Home</a><a href="/news">News</a></nav></header>
    <section class="row"><div class="column"><h1>Harbour plan agreed</h1></div><div class="column"><div class="story-text">${paragraphs('Lede', 2)}</div></div></section>
    <section class="row"><div class="ad-slot">Advertisement</div></section>
    <section class="row main"><div class="column"><div class="story-text">${paragraphs('Body', 8)}</div></div>${related}</section>
    <footer>© The Harbour Times</footer>`);
  const article = extractArticle(doc)!;
  expect(article.mode).toBe('article');
  expect(article.text.startsWith('Lede 1: the committee met on Tuesday')).toBe(true);
  expect(article.text).toContain('Body 8: the committee');
  expect(article.text).not.toMatch(/Advertisement|Another story|Home|Harbour Times/);
  expect(findSegmentViolations(article)).toEqual([]);
});

test('a long table inside the publisher’s marked article body does not stand in for the article', () => {
  // As the Daily Mail's page: a table of every MP's address inside the story outscores its paragraphs.
  const rows = Array.from({ length: 650 }, (_, i) => `<tr><td>Constituency ${i}, North, East</td><td>Member ${i}, MP, Party</td><td>member${i}.mp@parliament.example</td></tr>`).join('');
  const doc = page(`
    <div class="article-text"><h1>Chefs urge a ban on cheap imports</h1>
      <div itemprop="articleBody">${paragraphs('Story', 5)}<div class="news"><table class="mol-table"><tbody>${rows}</tbody></table></div>${paragraphs('End', 3)}</div>
    </div>${related}`);
  const article = extractArticle(doc)!;
  expect(article.text.startsWith('Story 1: the committee met on Tuesday')).toBe(true);
  expect(article.text).toContain('Story 5: the committee');
  expect(article.text).not.toContain('Another story');
  expect(findSegmentViolations(article)).toEqual([]);
}, 30_000);
