// @vitest-environment jsdom
// parseHtml builds the tree a browser builds: the same shape as jsdom's parser (the standard's algorithm)
// on markup that a lenient parser gets wrong, in linkedom's lighter nodes.
import { describe, expect, test } from 'vitest';
import { extractArticle } from '../utils/article';
import { parseHtml } from '../utils/article/parse-html';

/** Elements and text, as nested arrays; comments and empty text dropped, so that only structure is compared. */
function shape(node: Node): unknown {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent!.trim() || null;
  const children = Array.from(node.childNodes, shape).filter((child) => child !== null);
  return node.nodeType === Node.ELEMENT_NODE ? [(node as Element).localName, ...children] : children.length ? children : null;
}

const jsdomDocument = (html: string) => new DOMParser().parseFromString(html, 'text/html');

const CASES: [string, string][] = [
  ['no <html>, <head> or <body>, metadata first', '<meta property="og:type" content="article"><title>T</title><h1>Head</h1><p>One</p><p>Two'],
  ['paragraphs left open', '<body><p>One<p>Two<div>Block</div>Tail'],
  ['misnested inline tags', '<body><p><b>bold <i>both</b> italic</i> plain</p>'],
  ['a second <body> and a stray </html>', '<html><body><p>first</p></html><body class="x"><p>second</p>'],
  ['svg and math inside the text', '<body><p>a <svg><foreignObject><p>inside</p></foreignObject></svg> b <math><mi>x</mi></math></p>'],
  ['entities and a <br> closing tag', '<body><p>caf&eacute; &amp; &lt;b&gt; &nbsp;</br>x</p>'],
];

describe('parseHtml', () => {
  test.each(CASES)('builds the standard tree: %s', (_, html) => {
    expect(shape(parseHtml(html).documentElement)).toEqual(shape(jsdomDocument(html).documentElement));
  });

  test('puts text that stands inside a table before the table, as browsers do (jsdom appends it after)', () => {
    const doc = parseHtml('<body><table>stray text<tr><td>cell</td></tr></table>');
    expect(shape(doc.body)).toEqual(['body', 'stray text', ['table', ['tbody', ['tr', ['td', 'cell']]]]]);
  });

  test('keeps <template> content out of the page, as a browser does', () => {
    const doc = parseHtml('<body><p>seen</p><template><p>inert</p></template>');
    expect(doc.body.textContent).toBe('seen');
  });

  test('reads <noscript> as a browser with scripts on does: as text, not as elements', () => {
    const doc = parseHtml('<body><noscript><p>enable scripts</p></noscript>');
    expect(doc.querySelector('noscript')!.children).toHaveLength(0);
    expect(doc.querySelector('noscript')!.textContent).toBe('<p>enable scripts</p>');
  });

  test('gives the document the page address, and the attributes and classes written', () => {
    const doc = parseHtml('<body><div class="a  b" data-x="1&amp;2">x</div>', 'https://example.com/story');
    expect(doc.URL).toBe('https://example.com/story');
    const div = doc.querySelector('div.b')!;
    expect(div.getAttribute('data-x')).toBe('1&2');
    // linkedom keeps a class attribute as its words, one space apart; detection reads only the words.
    expect(div.getAttribute('class')).toBe('a b');
  });

  test('finds the same article as in a jsdom document of the same page', () => {
    const paragraphs = Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i}, which officials familiar with the matter described at length, with enough words to count.</p>`);
    const html = `<html><head><meta property="og:type" content="article"><title>T</title></head><body><nav><a href="/">Home</a></nav><article><h1>Title</h1>${paragraphs.join('')}</article><footer>© Paper</footer></body></html>`;
    const ours = extractArticle(parseHtml(html));
    expect(ours?.mode).toBe('article');
    expect(ours?.text).toBe(extractArticle(jsdomDocument(html))?.text);
  });
});
