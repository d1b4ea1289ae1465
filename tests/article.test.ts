// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, test } from 'vitest';
import { extractArticle } from '../utils/article';
import { parseHtml } from '../utils/article/parse-html';
import { findSegmentViolations } from '../utils/article/segment-invariant';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, 'fixtures', name), 'utf8');
const SEED = fixture('seed-article.html');
const CORPUS_FIXTURES = [
  'corpus-aeb-bbc.com-70cb2d5bca.html',
  'corpus-aeb-nationalreview.com-f5c90a6d52.html',
  'corpus-aeb-nytimes.com-04a6711caa.html',
  'corpus-aeb-reuters.com-57d46c9d75.html',
  'corpus-readability-wapo-1.html',
];
// Real pages are large and jsdom is slow.
const SLOW = 60_000;

const collapse = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();

/** The same page as the browser would hold it, parsed by the test window's own DOMParser. */
const livePage = (html: string) => new DOMParser().parseFromString(html, 'text/html');

/** An article page long enough to be detected, with `extra` inserted in its body. */
function articleWith(extra: string): string {
  const paragraph = '<p>The council approved the new budget on Monday after a long debate, the mayor said in a statement.</p>';
  return `<!doctype html><html><head><title>Budget</title><meta property="og:type" content="article"></head>
    <body><article><h1>Budget passes</h1>${paragraph.repeat(4)}${extra}${paragraph.repeat(2)}</article></body></html>`;
}

describe('the seed article', () => {
  const doc = livePage(SEED);
  const article = extractArticle(doc)!;

  it('is detected as an article', () => {
    expect(article.mode).toBe('article');
    expect(article.title).toBe('Biden administration reviews expansion of intelligence cooperation with Taliban');
  });

  it('keeps all 12 article paragraphs, each as one line', () => {
    const paragraphs = Array.from(doc.querySelectorAll('article > p:not([class])'), (p) => collapse(p.textContent));
    expect(paragraphs).toHaveLength(12);
    const lines = article.text.split('\n');
    for (const paragraph of paragraphs) expect(lines).toContain(paragraph);
  });

  test.each([
    ['the navigation', 'Afghanistan World Opinion'],
    ['the ticker', 'sources confirm 3 delegations'],
    ['the aside', 'Most read'],
    ['the aside links', 'Officials familiar with the matter'],
    ['the contenteditable note', 'A reader note'],
    ['the comment heading', 'Leave a reply'],
    ['the textarea text', 'Sources said this was coming'],
    ['the comment prompt', 'Please enter your comment!'],
    ['the name prompt', 'Please enter your name here'],
    ['the submit button', 'Post comment'],
    ['the share buttons', 'Tweet'],
    ['the footer', 'Kabul Now Daily'],
    ['the page script', '__pageScriptRan'],
  ])('leaves out %s', (_, snippet) => {
    expect(article.text).not.toContain(snippet);
  });

  it('maps back to the live article element', () => {
    expect(article.root).toBe(doc.querySelector('article'));
    expect(findSegmentViolations(article)).toEqual([]);
  });

  it('gives the same text on the test window’s own document, and leaves it byte-identical', () => {
    document.documentElement.innerHTML = livePage(SEED).documentElement.innerHTML;
    const before = document.documentElement.outerHTML;
    expect(extractArticle(document)?.text).toBe(article.text);
    expect(document.documentElement.outerHTML).toBe(before);
  });
});

describe('every fixture', () => {
  test.each(['seed-article.html', ...CORPUS_FIXTURES])(
    '%s: article found, contract kept, document untouched',
    (name) => {
      const doc = parseHtml(fixture(name), 'https://example.com/article');
      const before = doc.documentElement.outerHTML;
      const article = extractArticle(doc);
      expect(article?.mode).toBe('article');
      expect(article!.text.length).toBeGreaterThan(1000);
      expect(findSegmentViolations(article!)).toEqual([]);
      expect(doc.documentElement.outerHTML).toBe(before);
    },
    SLOW,
  );

  it(
    'analyses the National Review page, whose CSS jsdom cannot parse',
    () => {
      const doc = parseHtml(fixture('corpus-aeb-nationalreview.com-f5c90a6d52.html'));
      expect(() => extractArticle(doc)).not.toThrow();
      expect(extractArticle(doc)?.text).toContain('impeachment');
    },
    SLOW,
  );

  it(
    'finds the same text on a page parsed by the test window as by parseHtml',
    () => {
      const html = fixture('corpus-aeb-reuters.com-57d46c9d75.html');
      expect(extractArticle(livePage(html))?.text).toBe(extractArticle(parseHtml(html))?.text);
    },
    SLOW,
  );
});

describe('never scanned', () => {
  test.each([
    ['hidden attribute', '<p hidden>Secret sources said 40 things.</p>'],
    ['aria-hidden', '<p aria-hidden="true">Secret sources said 40 things.</p>'],
    ['display:none', '<p style="color: red; display: none">Secret sources said 40 things.</p>'],
    ['visibility:hidden', '<p style="visibility:hidden !important">Secret sources said 40 things.</p>'],
    ['contenteditable', '<div contenteditable>Secret sources said 40 things.</div>'],
    ['contenteditable plaintext', '<div contenteditable="plaintext-only">Secret sources said 40 things.</div>'],
    ['code', '<p>Run <code>Secret sources said 40 things</code> now.</p>'],
    ['pre', '<pre>Secret sources said 40 things.</pre>'],
    ['a comment section', '<section id="comments"><p>Secret sources said 40 things.</p></section>'],
    ['a disqus thread', '<div id="disqus_thread"><p>Secret sources said 40 things.</p></div>'],
    ['a nested aside', '<aside><p>Secret sources said 40 things.</p></aside>'],
    ['a nested nav', '<nav><p>Secret sources said 40 things.</p></nav>'],
    ['a comment form', '<form><p>Secret sources said 40 things.</p><input value="x"></form>'],
    ['a select', '<p>Pick <select><option>Secret sources said 40 things.</option></select></p>'],
    ['svg text', '<p>Chart <svg><text>Secret sources said 40 things.</text></svg></p>'],
    ['Sourcelight’s own UI', '<sourcelight-panel><p>Secret sources said 40 things.</p></sourcelight-panel>'],
    // A media player's controls: their hidden labels read "Loaded: 0%".
    ['a player’s progress bar', '<div role="slider" aria-label="Progress Bar"><span class="vjs-control-text">Secret loaded: 0%</span></div>'],
    ['a progress bar', '<div role="progressbar"><p>Secret sources said 40 things.</p></div>'],
  ])('%s', (_, extra) => {
    const article = extractArticle(livePage(articleWith(extra)), { force: true })!;
    expect(article.text).toContain('the mayor said in a statement.');
    expect(article.text).not.toContain('Secret');
    expect(findSegmentViolations(article)).toEqual([]);
  });

  it('keeps text whose contenteditable is "false"', () => {
    const article = extractArticle(livePage(articleWith('<p contenteditable="false">Kept sources said 40 things.</p>')))!;
    expect(article.text).toContain('Kept sources said 40 things.');
  });

  it('scans a page wrapped in one big form', () => {
    const html = articleWith('').replace('<body>', '<body><form action="/post">').replace('</body>', '</form></body>');
    expect(extractArticle(livePage(html))?.text).toContain('the mayor said in a statement.');
  });
});

describe('inside an article, not its text', () => {
  test.each([
    ['the headline', '<h1>Secret sources said 40 things.</h1>'],
    ['a figure caption', '<figure><img src="a.jpg" alt=""><figcaption>Secret sources said 40 things.</figcaption></figure>'],
    ['a caption by class', '<div class="image-caption">Secret sources said 40 things.</div>'],
    ['a byline', '<p class="article-byline">Secret sources said 40 things.</p>'],
    ['a newsletter box', '<div class="newsletter-signup"><p>Secret sources said 40 things.</p></div>'],
    ['a related-links list', '<ul><li><a href="/1">Secret sources said 40 things.</a></li><li><a href="/2">More</a></li></ul>'],
    ['a paragraph that is a link', '<p>Read: <a href="/1">Secret sources said 40 things about the budget</a></p>'],
  ])('%s', (_, extra) => {
    const article = extractArticle(livePage(articleWith(extra)))!;
    expect(article.mode).toBe('article');
    expect(article.text).not.toContain('Secret');
  });

  it('keeps a run of paragraphs whatever its class says', () => {
    const body = '<p>The council approved the new budget on Monday after a long debate, the mayor said.</p>'.repeat(3);
    const article = extractArticle(livePage(articleWith(`<div class="related-content">${body}</div>`)))!;
    expect(article.text.split('\n')).toHaveLength(9);
  });

  it('keeps an article whose wrapper’s class mentions comments', () => {
    const html = articleWith('').replace('<article>', '<article class="post has-comments">');
    expect(extractArticle(livePage(html))?.text).toContain('the mayor said in a statement.');
  });
});

describe('text and segments', () => {
  it('separates blocks by one newline and collapses whitespace runs to one mapped space', () => {
    const extra = '<div>Line  one\n\t<b>bold</b>&nbsp;end<br>after   break</div><ul><li> item </li><li>two</li></ul>';
    const article = extractArticle(livePage(articleWith(extra)))!;
    expect(article.text).toContain('\nLine one bold end\nafter break\nitem\ntwo\n');
    expect(findSegmentViolations(article)).toEqual([]);
    const space = article.segments.find((s) => s.node.data.startsWith('Line') && s.end - s.start === 1);
    expect(space?.nodeOffset).toBe(4);
  });

  it('keeps the contract around empty and blank text nodes left by scripts', () => {
    const doc = livePage(articleWith('<p id="x">Before</p>'));
    const p = doc.getElementById('x')!;
    p.append(doc.createTextNode(''), doc.createTextNode(' \n '), doc.createTextNode(''), doc.createTextNode('after'));
    const article = extractArticle(doc)!;
    expect(article.text).toContain('\nBefore after\n');
    expect(findSegmentViolations(article)).toEqual([]);
  });

  it('maps back to live nodes when Readability re-parses the page to retry', () => {
    // Readability first strips the "unlikely" box, finds too little text, and retries on a fresh parse.
    const sentence = 'The bridge on Route 9 will close for repairs from Monday, the state transport department said. ';
    const paragraph = `<p>${sentence.repeat(2)}</p>`;
    const html = `<!doctype html><html><head><title>Bridge</title><meta property="og:type" content="article"></head>
      <body><nav><a href="/">Home</a></nav><div class="extra">${paragraph.repeat(3)}</div></body></html>`;
    const doc = livePage(html);
    const article = extractArticle(doc)!;
    expect(article.mode).toBe('article');
    expect(article.text).toBe(Array(3).fill(sentence.repeat(2).trim()).join('\n'));
    expect(article.root).toBe(doc.querySelector('.extra'));
    expect(findSegmentViolations(article)).toEqual([]);
  });

  it('reads sourcelight-mark as if it were not there', () => {
    const doc = livePage(SEED);
    const plain = extractArticle(doc)!;
    const paragraph = doc.querySelectorAll('article > p:not([class])').item(7);
    const textNode = paragraph.firstChild as Text;
    const range = doc.createRange();
    const start = textNode.data.indexOf('Russian officials');
    range.setStart(textNode, start);
    range.setEnd(textNode, start + 'Russian officials'.length);
    range.surroundContents(doc.createElement('sourcelight-mark'));
    const marked = extractArticle(doc)!;
    expect(marked.text).toBe(plain.text);
    expect(findSegmentViolations(marked)).toEqual([]);
    const at = marked.text.indexOf('Russian officials');
    const inMark = marked.segments.find((s) => s.start === at);
    expect(inMark?.node.parentElement?.localName).toBe('sourcelight-mark');
  });
});

describe('pages that are not articles', () => {
  const LOGIN = `<!doctype html><html><head><title>Sign in</title></head><body>
    <header><a href="/">Home</a></header>
    <main><h1>Sign in to your account</h1>
      <form><label>Email <input name="email" value="me@example.com"></label>
        <label>Password <input type="password" name="pw"></label><button>Sign in</button></form>
      <p>Forgot your password? Reset it here.</p></main>
    <footer>© Example</footer></body></html>`;
  const LINKS = `<!doctype html><html><head><title>Latest news</title></head><body><main><h1>Latest</h1><ul>${Array.from(
    { length: 30 },
    (_, i) => `<li><a href="/story/${i}">Officials say story number ${i} is developing as reports suggest more to come</a></li>`,
  ).join('')}</ul></main></body></html>`;

  test.each([
    ['a login form', LOGIN],
    ['a list of links', LINKS],
  ])('%s returns null', (_, html) => {
    expect(extractArticle(livePage(html))).toBeNull();
  });

  it('with force, scans the visible page minus chrome', () => {
    const page = extractArticle(livePage(LOGIN), { force: true })!;
    expect(page.mode).toBe('page');
    expect(page.text).toBe('Sign in to your account\nForgot your password? Reset it here.');
    expect(findSegmentViolations(page)).toEqual([]);
  });

  it('with force, still reports an article as an article', () => {
    expect(extractArticle(livePage(SEED), { force: true })?.mode).toBe('article');
  });

  it('with force, never returns null, even for an empty page', () => {
    const page = extractArticle(livePage('<!doctype html><title>Empty</title>'), { force: true });
    expect(page).toMatchObject({ text: '', segments: [], mode: 'page', title: 'Empty' });
  });
});

afterEach(() => {
  document.documentElement.innerHTML = '<head></head><body></body>';
});
