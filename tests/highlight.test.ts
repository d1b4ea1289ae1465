// @vitest-environment jsdom
import { beforeEach, describe, expect, test, vi } from 'vitest';
import type { ArticleText, TextSegment } from '../utils/article/types';
import type { Finding, FindingKind } from '../utils/engine/types';
import { highlightFindings, JOIN_ATTRIBUTE, KIND_ATTRIBUTE, MARK_ELEMENT } from '../utils/highlight/highlight';

/** Every text node under `root`, one segment each, no separators: enough to drive the highlighter. */
function articleOf(root: Element): ArticleText {
  const segments: TextSegment[] = [];
  let text = '';
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (node.parentElement?.closest('script, style')) continue;
    segments.push({ start: text.length, end: text.length + node.data.length, node, nodeOffset: 0 });
    text += node.data;
  }
  return { text, segments, root, mode: 'article', title: '' };
}

function findingFor(article: ArticleText, phrase: string, kind: FindingKind = 'anonymous-source'): Finding {
  const start = article.text.indexOf(phrase);
  if (start < 0) throw new Error(`"${phrase}" is not in the text`);
  return { kind, start, end: start + phrase.length, text: phrase, reason: `${kind} reason` };
}

const marksText = () =>
  Array.from(document.querySelectorAll(MARK_ELEMENT)).map((el) => [el.getAttribute(KIND_ATTRIBUTE), el.textContent]);

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('highlightFindings', () => {
  test('walks text with TreeWalkers, which a document does not keep, and leaves the document as it was', () => {
    document.body.innerHTML = '<p>citing two informed sources.</p><p>A former US official said so.</p>';
    const article = articleOf(document.body);
    const nodeIterators = vi.spyOn(Document.prototype, 'createNodeIterator');
    const treeWalkers = vi.spyOn(Document.prototype, 'createTreeWalker');
    try {
      highlightFindings(article, [findingFor(article, 'two informed sources'), findingFor(article, 'A former US official')]);
      expect(nodeIterators).not.toHaveBeenCalled();
      expect(treeWalkers).toHaveBeenCalled();
    } finally {
      nodeIterators.mockRestore();
      treeWalkers.mockRestore();
    }
    expect(marksText()).toHaveLength(2);
    expect(Object.hasOwn(document, 'createNodeIterator')).toBe(false);
  });

  test('joins the pieces of a phrase split by a link, so they are drawn as one highlight', () => {
    document.body.innerHTML = '<p>The <a href="#">NBC report</a> indicates it. Officials said so.</p>';
    const article = articleOf(document.body);
    highlightFindings(article, [findingFor(article, 'The NBC report indicates', 'named-source'), findingFor(article, 'Officials said', 'vague-attribution')]);
    const pieces = [...document.querySelectorAll(MARK_ELEMENT)].map((mark) => [mark.textContent, mark.getAttribute(JOIN_ATTRIBUTE)]);
    expect(pieces).toEqual([
      ['The ', 'after'],
      ['NBC report', 'before after'],
      [' indicates', 'before'],
      ['Officials said', null],
    ]);
  });

  test('marks a phrase that crosses an inline element, in one element per text node', () => {
    document.body.innerHTML = '<p>citing two <em>informed</em> sources and a former US official.</p><script>var x = "sources";</script>';
    const article = articleOf(document.body);
    highlightFindings(article, [findingFor(article, 'two informed sources'), findingFor(article, 'a former US official')]);
    expect(marksText()).toEqual([
      ['anonymous-source', 'two '],
      ['anonymous-source', 'informed'],
      ['anonymous-source', ' sources'],
      ['anonymous-source', 'a former US official'],
    ]);
    expect(document.querySelector('em')!.firstElementChild!.tagName.toLowerCase()).toBe(MARK_ELEMENT);
  });

  test('marks several findings in one text node, including at its very start and end', () => {
    document.body.innerHTML = '<p>Reportedly, sources said 21 groups exist, reportedly</p>';
    const article = articleOf(document.body);
    const findings = [
      findingFor(article, 'Reportedly', 'hedge'),
      findingFor(article, 'sources said', 'anonymous-source'),
      findingFor(article, '21 groups', 'unverified-figure'),
      { ...findingFor(article, 'reportedly', 'hedge'), start: article.text.lastIndexOf('reportedly'), end: article.text.length },
    ];
    const highlights = highlightFindings(article, findings);
    expect(highlights.marks).toHaveLength(4);
    expect(marksText().map(([, text]) => text)).toEqual(['Reportedly', 'sources said', '21 groups', 'reportedly']);
  });

  test('decorate sees each finding and its index', () => {
    document.body.innerHTML = '<p>Officials said so, analysts say.</p>';
    const article = articleOf(document.body);
    const seen: string[] = [];
    highlightFindings(article, [findingFor(article, 'Officials said'), findingFor(article, 'analysts say', 'vague-attribution')], (el, finding, index) => {
      el.title = finding.reason;
      seen.push(`${index}:${finding.text}`);
    });
    expect(seen).toEqual(['0:Officials said', '1:analysts say']);
    expect(document.querySelector(MARK_ELEMENT)!.getAttribute('title')).toBe('anonymous-source reason');
  });

  test('a collapsed whitespace run inside a finding is marked whole, even after skipped text', () => {
    // As article detection scans it: the <textarea> is skipped and "\n  " collapses to one space.
    document.body.innerHTML = '<p><b>experts</b><textarea>x</textarea>\n  say so</p>';
    const before = document.body.innerHTML;
    const first = document.querySelector('b')!.firstChild as Text;
    const second = document.querySelector('p')!.lastChild as Text;
    const article: ArticleText = {
      text: 'experts say so',
      segments: [
        { start: 0, end: 7, node: first, nodeOffset: 0 },
        { start: 7, end: 8, node: second, nodeOffset: 0 },
        { start: 8, end: 14, node: second, nodeOffset: 3 },
      ],
      root: document.body,
      mode: 'article',
      title: '',
    };
    const highlights = highlightFindings(article, [findingFor(article, 'experts say', 'vague-attribution')]);
    expect(marksText().map(([, text]) => text)).toEqual(['experts', '\n  say']);
    highlights.clear();
    expect(document.body.innerHTML).toBe(before);
  });

  test('no findings, no change', () => {
    document.body.innerHTML = '<p>Nothing to see.</p>';
    const before = document.body.innerHTML;
    const highlights = highlightFindings(articleOf(document.body), []);
    expect(highlights.marks).toHaveLength(0);
    expect(document.body.innerHTML).toBe(before);
  });
});

describe('clear', () => {
  test('restores the DOM byte for byte, keeping the original text nodes and their boundaries', () => {
    document.body.innerHTML = '<p id="p">According to sources, <a href="/x">two <em>informed</em> sources</a> said.</p>';
    const p = document.getElementById('p')!;
    // Two adjacent text nodes, as frameworks render `{a}{b}`: they must not be merged back into one.
    p.append(document.createTextNode(' Reportedly'), document.createTextNode(' 130 killed.'));
    const before = document.body.innerHTML;
    const nodesBefore = Array.from(p.childNodes);
    const textsBefore = nodesBefore.map((n) => n.textContent);

    const article = articleOf(document.body);
    const highlights = highlightFindings(article, [
      findingFor(article, 'According to sources'),
      findingFor(article, 'two informed sources'),
      findingFor(article, 'Reportedly', 'hedge'),
      findingFor(article, '130 killed', 'unverified-figure'),
    ]);
    expect(document.body.innerHTML).not.toBe(before);
    highlights.clear();

    expect(document.body.innerHTML).toBe(before);
    expect(Array.from(p.childNodes)).toEqual(nodesBefore);
    expect(Array.from(p.childNodes).map((n) => n.textContent)).toEqual(textsBefore);
    expect(document.querySelectorAll(MARK_ELEMENT)).toHaveLength(0);
  });

  test('listeners on marked elements keep working, and clearing twice is harmless', () => {
    document.body.innerHTML = '<p><button id="b">sources said</button> and more</p>';
    let clicks = 0;
    document.getElementById('b')!.addEventListener('click', () => clicks++);
    const before = document.body.innerHTML;
    const article = articleOf(document.body);
    const highlights = highlightFindings(article, [findingFor(article, 'sources said')]);
    document.getElementById('b')!.click();
    highlights.clear();
    highlights.clear();
    document.getElementById('b')!.click();
    expect(clicks).toBe(2);
    expect(document.body.innerHTML).toBe(before);
  });

  test('survives a page that removed or rewrote marked text in the meantime', () => {
    document.body.innerHTML = '<p id="a">sources said one thing</p><p id="b">officials said another</p>';
    const article = articleOf(document.body);
    const highlights = highlightFindings(article, [findingFor(article, 'sources said'), findingFor(article, 'officials said')]);
    document.getElementById('a')!.textContent = 'rewritten by the page';
    highlights.clear();
    expect(document.body.innerHTML).toBe('<p id="a">rewritten by the page</p><p id="b">officials said another</p>');
  });
});
