// @vitest-environment jsdom
// The tooltip stands out from the page it is on: dark on a light page, light on a dark one, whatever the
// system's theme says.
import { afterEach, describe, expect, test } from 'vitest';
import type { Finding } from '../utils/engine/types';
import { INDEX_ATTRIBUTE, MARK_ELEMENT } from '../utils/highlight/highlight';
import { backgroundBehind, isOnDarkBackground } from '../utils/highlight/page-background';
import { attachTooltip, UI_ELEMENT, type Tooltip } from '../utils/highlight/tooltip';

const FINDING: Finding = { kind: 'hedge', start: 0, end: 10, text: 'reportedly', reason: 'Passed on without a source.' };

let tooltip: Tooltip | null = null;
afterEach(() => {
  tooltip?.dispose();
  tooltip = null;
  document.head.innerHTML = '';
  document.body.innerHTML = '';
  document.documentElement.removeAttribute('style');
});

/** A page whose highlight sits in `html`'s element #here; returns the tooltip's classes once it shows. */
function hover(css: string, html: string): { dark: boolean; text: string } {
  document.head.innerHTML = `<style>${css}</style>`;
  document.body.innerHTML = html;
  const mark = document.createElement(MARK_ELEMENT);
  mark.setAttribute(INDEX_ATTRIBUTE, '0');
  mark.textContent = 'reportedly';
  document.getElementById('here')!.append(mark);
  tooltip = attachTooltip(document, () => FINDING);
  mark.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
  const tip = document.querySelector(UI_ELEMENT)!.shadowRoot!.querySelector<HTMLElement>('.tip')!;
  expect(tip.hidden).toBe(false);
  return { dark: tip.classList.contains('on-dark'), text: tip.textContent ?? '' };
}

describe('the tooltip on a page', () => {
  test.each([
    ['a page with no background of its own (white)', '', '<p id="here">It was </p>', false],
    ['a white page', 'body { background: #fff; color: #111 }', '<p id="here"></p>', false],
    ['a dark page', 'body { background: #15171a; color: #eee }', '<p id="here"></p>', true],
    ['a dark box on a white page', '.box { background-color: rgb(20, 24, 28) }', '<div class="box"><p id="here"></p></div>', true],
    ['a light card on a dark page', 'body { background: #000 } .card { background: #fafafa }', '<div class="card"><span id="here"></span></div>', false],
    ['a see-through dark layer over white, still light', '.veil { background: rgba(0, 0, 0, 0.1) }', '<div class="veil"><p id="here"></p></div>', false],
    ['a see-through light layer over black, still dark', 'body { background: #000 } .veil { background: rgba(255, 255, 255, 0.1) }', '<div class="veil"><p id="here"></p></div>', true],
    ['a page that asks for a dark colour scheme and paints nothing', ':root { color-scheme: dark }', '<p id="here"></p>', true],
  ])('%s', (_, css, html, dark) => {
    const shown = hover(css, html);
    expect(shown.dark).toBe(dark);
    expect(shown.text).toContain('reportedly');
  });
});

describe('backgroundBehind', () => {
  test('blends see-through layers over the first solid one', () => {
    document.body.innerHTML = '<div style="background-color: rgb(0, 0, 200)"><p id="p" style="background-color: rgba(255, 0, 0, 0.5)"></p></div>';
    expect(backgroundBehind(document.getElementById('p')!)).toEqual([127.5, 0, 100, 1]);
    expect(isOnDarkBackground(document.getElementById('p')!)).toBe(true);
  });
});
