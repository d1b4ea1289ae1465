// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readability } from '@mozilla/readability';
import { describe, expect, it, test } from 'vitest';
import { buildText } from '../utils/article/build-text';
import { extractArticle, extractArticleSteps } from '../utils/article';
import { findArticleContent, inArticleContent } from '../utils/article/content-score';
import { runStepsInSlices } from '../utils/steps';

const page = (body: string) => new DOMParser().parseFromString(`<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`, 'text/html');

/** The text the content holds, as the scan reads it, on one line. */
function contentText(doc: Document): string {
  const content = findArticleContent(doc.body);
  return content ? buildText(content.scope, inArticleContent(content), true).text.replace(/\s+/g, ' ') : '';
}

const sentence = (topic: string) =>
  `The ${topic} committee met on Tuesday, and after a long debate, with several amendments, it approved the plan for next year.`;
/** A sentence of 81 to 99 characters with no comma: it scores too low for Readability to take its box as content. */
const CLAIM = 'The mayor of a small coastal town has spent more than half of the annual budget on statues.';
const paragraphs = (topic: string, n: number) => Array.from({ length: n }, (_, i) => `<p>${sentence(`${topic} ${i}`)}</p>`).join('');

describe('findArticleContent', () => {
  test.each([
    [
      'the block with the most paragraph text, not a sidebar of short links',
      `<div id="story">${paragraphs('story', 6)}</div><div id="rail"><p><a href="/a">Other news one, and more</a></p><p><a href="/b">Other news two, and more</a></p></div>`,
      ['story 0', 'story 5'],
      ['Other news'],
    ],
    [
      'text written in divs instead of paragraphs',
      `<div class="body">${Array.from({ length: 6 }, (_, i) => `<div>${sentence(`div ${i}`)}</div>`).join('')}</div><div><a href="/x">Home</a></div>`,
      ['div 0', 'div 5'],
      ['Home'],
    ],
    [
      'paragraphs separated by two line breaks',
      `<div class="post">${Array.from({ length: 6 }, (_, i) => sentence(`line ${i}`)).join('<br><br>')}</div><ul><li><a href="/x">Menu entry</a></li></ul>`,
      ['line 0', 'line 5'],
      ['Menu entry'],
    ],
    [
      'an article split into sibling blocks of the same class',
      `<main><div class="text">${paragraphs('first', 4)}</div><div class="ad-slot">Advert</div><div class="text">${paragraphs('second', 3)}</div></main>`,
      ['first 0', 'second 2'],
      ['Advert'],
    ],
    [
      'a lead paragraph wrapped in a div of its own, beside the body',
      `<section><div class="lead"><p>${sentence('lead')}</p></div><div class="text">${paragraphs('body', 5)}</div></section><p><a href="/n">Next story</a></p>`,
      ['lead committee', 'body 4'],
      ['Next story'],
    ],
    [
      'a summary written as a div of plain text, beside the body',
      `<div class="story"><div class="summary">${sentence('summary')}</div><div class="text">${paragraphs('body', 5)}</div><div class="tools">Follow us</div></div>`,
      ['summary committee', 'body 4'],
      ['Follow us'],
    ],
    [
      "a fact-check's claim in a box of its own under a label heading, beside the analysis",
      `<article><div class="claim-box"><h3>Claim</h3><div class="claim"><p>${CLAIM}</p></div></div><div class="analysis">${paragraphs('analysis', 5)}</div></article><p><a href="/n">Next story</a></p>`,
      ['Claim The mayor', 'analysis 4'],
      ['Next story'],
    ],
    [
      'the same claim box when its heading is left out as page chrome (class "card-header")',
      `<article><div class="claim-box"><h3 class="card-header">Claim</h3><div class="claim"><p>${CLAIM}</p></div></div><div class="analysis">${paragraphs('analysis', 5)}</div></article>`,
      ['The mayor', 'analysis 4'],
      ['Claim The mayor'],
    ],
    [
      'without a box beside the body whose one paragraph sits under a linked headline',
      `<article><div class="teaser"><h3><a href="/other">Another story from elsewhere on this site, with a long linked headline</a></h3><p>${CLAIM}</p></div><div class="analysis">${paragraphs('analysis', 5)}</div></article>`,
      ['analysis 0', 'analysis 4'],
      ['The mayor', 'Another story'],
    ],
    [
      'without a box beside the body that holds two blocks',
      `<article><div class="box"><p>${CLAIM}</p><ul><li>One item in a list</li></ul></div><div class="analysis">${paragraphs('analysis', 5)}</div></article>`,
      ['analysis 0', 'analysis 4'],
      ['The mayor'],
    ],
    [
      'without a teaser card whose headline links make it linky',
      `<div class="article">${paragraphs('body', 5)}<div class="card"><header><h3><a href="/other">Another story, elsewhere</a></h3></header><p>A teaser about that other story.</p></div></div>`,
      ['body 0', 'body 4'],
      ['teaser about'],
    ],
    [
      'without an unlikely box (class "sidebar") inside the article',
      `<div class="article">${paragraphs('body', 5)}<div class="sidebar"><p>${sentence('sidebar')}</p></div>${paragraphs('tail', 2)}</div>`,
      ['body 0', 'tail 1'],
      ['sidebar committee'],
    ],
    [
      'without a share box or a linky list of low weight',
      `<div class="article">${paragraphs('body', 5)}<div class="share-tools">Share on Facebook</div><div><p><a href="/1">Read this, also</a></p><p><a href="/2">and this</a> too</p></div></div>`,
      ['body 0', 'body 4'],
      ['Share on Facebook', 'Read this'],
    ],
    [
      'text that only an unlikely class holds, on the retry without that filter',
      `<div class="extra">${paragraphs('extra', 6)}</div>`,
      ['extra 0', 'extra 5'],
      [],
    ],
  ])('finds %s', (_, body, kept, left) => {
    const text = contentText(page(body));
    for (const k of kept) expect(text).toContain(k);
    for (const l of left) expect(text).not.toContain(l);
  });

  it('finds nothing on a page without text', () => {
    expect(findArticleContent(page('<div><img src="a.png"></div>').body)).toBeNull();
  });

  it('leaves the page exactly as it was', () => {
    const doc = page(`<div class="post">${sentence('a')}<br><br>${sentence('b')}<div><p>${sentence('c')}</p></div></div>`);
    const before = doc.documentElement.outerHTML;
    findArticleContent(doc.body);
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});

/** Share of one text's words (as 4-word runs) that the other has too. */
function overlap(a: string, b: string): number {
  const runs = (s: string) => {
    const words = s.match(/[\p{L}\p{N}]+/gu) ?? [];
    return new Set(words.slice(0, -3).map((_, i) => words.slice(i, i + 4).join(' ')));
  };
  const mine = runs(a);
  const theirs = runs(b);
  return [...mine].filter((r) => theirs.has(r)).length / Math.max(1, mine.size);
}

describe('on real pages, the same content Readability.js finds', () => {
  test.each([
    'corpus-aeb-bbc.com-70cb2d5bca.html',
    'corpus-aeb-nationalreview.com-f5c90a6d52.html',
    'corpus-aeb-nytimes.com-04a6711caa.html',
    'corpus-aeb-reuters.com-57d46c9d75.html',
    'corpus-readability-wapo-1.html',
  ])('%s', (name) => {
    const html = readFileSync(join(import.meta.dirname, 'fixtures', name), 'utf8');
    const ours = contentText(new DOMParser().parseFromString(html, 'text/html'));
    const readability = new Readability(new DOMParser().parseFromString(html, 'text/html')).parse()?.textContent ?? '';
    expect(ours.length).toBeGreaterThan(1000);
    expect(overlap(ours, readability)).toBeGreaterThan(0.9);
    expect(overlap(readability, ours)).toBeGreaterThan(0.9);
  }, 60_000);
});

describe('in slices', () => {
  const longPage = () => page(`<article><h1>Long</h1>${paragraphs('long', 1500)}</article>`);

  it('gives exactly what one straight run gives, pausing along the way', async () => {
    const doc = longPage();
    let pauses = 0;
    const sliced = await runStepsInSlices(extractArticleSteps(doc, {}), 0, async () => void pauses++);
    expect(sliced?.text).toBe(extractArticle(doc)?.text);
    expect(sliced?.text).toContain('long 1499');
    expect(pauses).toBeGreaterThan(10);
  });

  it('survives a page that removes what it was reading between two slices', async () => {
    const doc = longPage();
    const article = doc.querySelector('article')!;
    const result = await runStepsInSlices(extractArticleSteps(doc, { force: true }), 0, async () => {
      article.lastElementChild?.remove();
      article.firstElementChild?.nextElementSibling?.remove();
    });
    expect(result).not.toBeNull();
  });
});
