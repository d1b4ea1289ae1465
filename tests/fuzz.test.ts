// @vitest-environment jsdom
// Random pages through the whole path a tab takes: HTML → article text → findings → highlights → restore.
// tests/engine.test.ts already fuzzes analyzeText on plain text; here the input is markup, and the
// text is rich in what breaks offset arithmetic: emoji with joiners, combining marks, RTL and CJK.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { analyzeDocument } from '../utils/analyze-document';
import { parseHtml } from '../utils/article/parse-html';
import { findSegmentViolations } from '../utils/article/segment-invariant';
import { analyzeText, type Finding } from '../utils/engine';
import { highlightFindings, MARK_ELEMENT } from '../utils/highlight/highlight';

const PROSE = [
  'said', 'according to', 'sources', 'officials', 'reportedly', 'allegedly', '30 people', '$5 billion', 'a', 'the',
  'John Kirby', 'a spokesman', 'familiar with', 'the matter', 'killed', 'experts say', 'is believed to', 'at least',
  '.', ',', '“', '”', 'told Reuters', 'a senior official', 'who declined to be named',
];
const TRICKY = [
  '👩‍👩‍👧', '🏳️‍🌈', '👍🏽', '🇺🇦', '1️⃣', '😀', 'e\u0301', '\u200d', '\u200b', '\u00ad', '\ufeff',
  'قال مسؤولون', 'מקורות אמרו', '\u202e', '\u2066', '据消息人士称', '関係者によると', '한국',
  '&amp;', '&nbsp;', '&lt;script&gt;', '&#x1F600;', '\n', '\t', '  ',
];
const word = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...PROSE) },
  { weight: 3, arbitrary: fc.constantFrom(...TRICKY) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }).map((s) => s.replace(/[<&]/g, ' ')) },
);
const text = fc.array(word, { minLength: 1, maxLength: 25 }).map((words) => words.join(' '));

const BLOCKS = ['p', 'div', 'article', 'section', 'blockquote', 'li', 'h2', 'td', 'figcaption'];
const INLINES = ['span', 'em', 'b', 'a', 'q', 'bdi', 'small', 'sourcelight-mark'];
// Not <title>: an HTML title inside <body> is scanned but mark.js never marks inside one (see the report on this suite).
const OPAQUE = ['script', 'style', 'textarea', 'template', 'noscript', 'button', 'code'];
const attribute = fc.constantFrom('', ' class="byline"', ' hidden', ' dir="rtl"', ' lang="zh"', ' contenteditable', ' aria-hidden="true"', ' style="display:none"');

const { node } = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    text,
    fc.tuple(fc.constantFrom(...BLOCKS, ...INLINES), attribute, fc.array(tie('node'), { maxLength: 4 })).map(
      ([tag, attrs, children]) => `<${tag}${attrs}>${children.join('')}</${tag}>`,
    ),
    // Style text stays a CSS comment so that jsdom does not complain about the sheet on every run.
    fc.tuple(fc.constantFrom(...OPAQUE), text).map(([tag, inner]) => `<${tag}>${tag === 'style' ? `/*${inner.replaceAll('*/', '')}*/` : inner}</${tag}>`),
    fc.constantFrom('<br>', '<hr>', '<img alt="x">', '<wbr>', '</p>', '<p>', '<!-- c -->', '<![CDATA[x]]>'),
  ),
}));
const page = fc
  .tuple(fc.boolean(), fc.array(node, { minLength: 1, maxLength: 8 }))
  .map(([meta, body]) => `<!doctype html><html><head>${meta ? '<meta property="og:type" content="article">' : ''}<title>t</title></head><body><article>${body.join('')}</article></body></html>`);

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;
/** True when `at` falls between the two halves of a surrogate pair. */
const splitsPair = (s: string, at: number) => at > 0 && at < s.length && isHigh(s.charCodeAt(at - 1)) && isLow(s.charCodeAt(at));

function expectFindingsWithin(scanned: string, findings: Finding[]): void {
  let lastEnd = 0;
  for (const f of findings) {
    expect(Number.isInteger(f.start) && Number.isInteger(f.end)).toBe(true);
    expect(f.start).toBeGreaterThanOrEqual(lastEnd);
    expect(f.end).toBeGreaterThan(f.start);
    expect(f.end).toBeLessThanOrEqual(scanned.length);
    expect(scanned.slice(f.start, f.end)).toBe(f.text);
    expect(splitsPair(scanned, f.start) || splitsPair(scanned, f.end)).toBe(false);
    lastEnd = f.end;
  }
}

describe('random pages', () => {
  test('never throw; the scanned text keeps its contract; offsets lie inside it; deterministic', () => {
    fc.assert(
      fc.property(page, fc.boolean(), (html, force) => {
        const doc = parseHtml(html);
        const analysis = analyzeDocument(doc, { force });
        if (force) expect(analysis).not.toBeNull();
        if (!analysis) return;
        expect(findSegmentViolations(analysis.article)).toEqual([]);
        expectFindingsWithin(analysis.article.text, analysis.findings);
        const again = analyzeDocument(doc, { force })!;
        expect(again.article.text).toBe(analysis.article.text);
        expect(again.findings).toEqual(analysis.findings);
        expect(again.summary).toEqual(analysis.summary);
      }),
      // Article extraction takes about 0.1 s a page in jsdom: few runs, but each a whole page.
      { numRuns: 40 },
    );
  }, 60_000);

  test('highlighting marks exactly each finding’s text, never half an emoji, and clearing restores the body', () => {
    fc.assert(
      fc.property(page, (html) => {
        document.documentElement.innerHTML = html.replace(/^<!doctype html><html>|<\/html>$/g, '');
        const before = document.body.innerHTML;
        const analysis = analyzeDocument(document, { force: true })!;
        const highlights = highlightFindings(analysis.article, analysis.findings);
        const marked = new Map<number, string>();
        for (const mark of document.querySelectorAll(`${MARK_ELEMENT}[data-sourcelight-index]`)) {
          const index = Number(mark.getAttribute('data-sourcelight-index'));
          marked.set(index, (marked.get(index) ?? '') + mark.textContent);
          const piece = mark.textContent ?? '';
          expect(isLow(piece.charCodeAt(0)) || isHigh(piece.charCodeAt(piece.length - 1))).toBe(false);
        }
        // Whitespace runs scan as one space: compare with runs collapsed.
        const collapse = (s: string) => s.replace(/\s+/g, ' ');
        for (const [index, markedText] of marked) expect(collapse(markedText)).toBe(collapse(analysis.findings[index]!.text));
        highlights.clear();
        expect(document.body.innerHTML).toBe(before);
      }),
      { numRuns: 40 },
    );
  }, 60_000);
});

describe('surrogate pairs', () => {
  const emoji = fc.constantFrom('👩‍👩‍👧', '🏳️‍🌈', '👍🏽', '🇺🇦', '😀', '𝒜', '𠀋');
  const prose = fc.constantFrom(...PROSE);
  const mixed = fc.array(fc.oneof(emoji, prose), { minLength: 1, maxLength: 40 }).chain((parts) =>
    fc.constantFrom(parts.join(' '), parts.join(''), parts.join('\u200d')),
  );

  test('the engine never begins or ends a finding inside a pair, even with emoji glued to words or in the reader’s phrases', () => {
    fc.assert(
      fc.property(mixed, fc.array(fc.constantFrom('😀 said', 'said 😀', '👍🏽', '🏳️‍🌈'), { maxLength: 2 }), (body, extra) => {
        expectFindingsWithin(body, analyzeText(body, { extraPhrases: { hedge: extra } }));
      }),
      { numRuns: 500 },
    );
  });
});
