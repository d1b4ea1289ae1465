// @vitest-environment jsdom
// The tooltip's element is made when a highlight is first hovered or focused: a scan adds its highlights
// and nothing else to the page.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { MARK_ELEMENT } from '../utils/highlight/highlight';
import { UI_ELEMENT } from '../utils/highlight/tooltip';
import { createPageScanner, type PageScanner } from '../utils/page-scanner';
import { analyzeHere } from './analyze-here';

let scanner: PageScanner | undefined;
afterEach(() => scanner?.dispose());

test('the tooltip is made on the first hover or focus, once, and goes with the scanner', async () => {
  const page = readFileSync(join(import.meta.dirname, 'fixtures', 'seed-article.html'), 'utf8');
  document.documentElement.innerHTML = new DOMParser().parseFromString(page, 'text/html').documentElement.innerHTML;
  scanner = createPageScanner(document, { analyze: analyzeHere, engine: {}, highlightByDefault: true, onStatus: () => {} });
  const status = await scanner.scan(false);
  expect(status.status).toBe('ready');
  const marks = document.querySelectorAll(MARK_ELEMENT);
  expect(marks.length).toBeGreaterThan(1);
  expect(document.querySelector(UI_ELEMENT)).toBeNull();

  marks[0]!.dispatchEvent(new MouseEvent('mouseout', { bubbles: true }));
  document.dispatchEvent(new Event('scroll'));
  expect(document.querySelector(UI_ELEMENT)).toBeNull();

  marks[0]!.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
  const tip = () => document.querySelector(UI_ELEMENT)!.shadowRoot!.querySelector<HTMLElement>('.tip')!;
  const first = status.status === 'ready' ? status.findings[Number(marks[0]!.getAttribute('data-sourcelight-index'))]! : null;
  expect(tip().hidden).toBe(false);
  expect(tip().textContent).toContain(`“${first!.text}”`);
  marks[0]!.dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
  expect(tip().hidden).toBe(true);

  marks[1]!.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
  expect(tip().hidden).toBe(false);
  expect(document.querySelectorAll(UI_ELEMENT)).toHaveLength(1);

  scanner.dispose();
  scanner = undefined;
  expect(document.querySelector(UI_ELEMENT)).toBeNull();
});
