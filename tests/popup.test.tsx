// @vitest-environment jsdom
// Every state of the popup, rendered from props alone.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PopupView, type PopupActions, type PopupState } from '../components/PopupView';
import type { Finding, FindingKind } from '../utils/engine/types';
import { useEnglishMessages } from './fake-i18n';

const finding = (kind: FindingKind, text: string): Finding => ({ kind, text, start: 0, end: text.length, reason: `${text} is flagged.` });

const FINDINGS = [
  finding('anonymous-source', 'According to sources'),
  finding('anonymous-source', 'two informed sources'),
  finding('named-source', 'the NBC report'),
  finding('anonymous-source', 'a former US official'),
  finding('unverified-figure', 'numbering over 21'),
  finding('anonymous-source', 'A former US official'),
];

const CONTEXTS = [
  { before: '', after: ', the Taliban regime…' },
  { before: '…on Tuesday, 3rd, citing ', after: ' and a former US official that…' },
  { before: 'According to ', after: ', the report…' },
  { before: '…citing two informed sources and ', after: ' that the Biden…' },
  { before: '…the Islamic State’s affiliates, ', after: '.' },
  { before: 'Two informed sources and ', after: ' told that “Biden…' },
];

const NO_COUNTS = { 'anonymous-source': 0, 'vague-attribution': 0, hedge: 0, 'unverified-figure': 0, 'named-source': 0 };

const ready = (change: Partial<Extract<PopupState, { status: 'ready' }>> = {}): PopupState => ({
  status: 'ready',
  highlightsOn: true,
  mode: 'article',
  title: 'Biden administration reviews expansion',
  summary: {
    score: 23,
    grade: 'weak',
    counts: { 'anonymous-source': 4, 'vague-attribution': 0, hedge: 0, 'unverified-figure': 1, 'named-source': 1 },
    contributions: FINDINGS.map((f, index) => ({ index, points: f.kind === 'named-source' ? 6 : index === 5 ? -4 : -8.04 })),
  },
  findings: FINDINGS,
  contexts: CONTEXTS,
  url: 'https://example.com/story',
  hiddenKinds: [],
  focusedIndex: null,
  ...change,
});

let root: HTMLElement;
let actions: { [K in keyof PopupActions]: ReturnType<typeof vi.fn> };

function show(state: PopupState, extra: { busy?: boolean; site?: string | null; notice?: string | null } = {}) {
  act(() => render(<PopupView state={state} busy={extra.busy ?? false} site={extra.site ?? 'example.com'} notice={extra.notice ?? null} actions={actions as unknown as PopupActions} />, root));
}

const text = () => root.textContent ?? '';
const button = (name: string | RegExp) => {
  const found = [...root.querySelectorAll('button')].find((b) => (typeof name === 'string' ? b.textContent?.trim() === name : name.test(b.textContent ?? '')));
  if (!found) throw new Error(`no button ${name} in: ${text()}`);
  return found;
};
/** The list's row for a phrase (its context may mention other phrases). */
const row = (phrase: string) => {
  const found = [...root.querySelectorAll<HTMLButtonElement>('button.finding')].find((b) => b.querySelector('.finding-phrase')?.textContent?.toLowerCase() === phrase.toLowerCase());
  if (!found) throw new Error(`no row for ${phrase} in: ${text()}`);
  return found;
};
const click = (element: HTMLElement) => act(() => element.click());
const buttonNames = () => [...root.querySelectorAll('button')].map((b) => b.textContent?.trim());

beforeEach(() => {
  fakeBrowser.reset();
  useEnglishMessages();
  actions = { request: vi.fn(), setSiteOff: vi.fn(), copyReport: vi.fn(), saveReport: vi.fn(), openOptions: vi.fn() };
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  // Inside act, so Preact runs its pending effects now, not on a timer after the test's DOM is gone.
  act(() => render(null, root));
  root.remove();
});

describe('a scanned article', () => {
  test('says the grade in words, the score, a gauge and why in one line', () => {
    show(ready());
    expect(root.querySelector('.grade-word')?.textContent).toBe('Weak');
    expect(root.querySelector('.grade-score')?.textContent).toBe('23/100');
    expect(root.querySelector('[role="meter"]')?.getAttribute('aria-valuenow')).toBe('23');
    expect(root.querySelector('.verdict')?.textContent).toBe('Leans on 4 anonymous sources and 1 unsourced figure; cites 1 named source');
  });

  test('counts each kind with the page’s own highlight as a swatch', () => {
    show(ready());
    const rows = [...root.querySelectorAll('.count-row')].map((row) => [row.querySelector('.count-label')?.textContent, row.querySelector('.count-value')?.textContent]);
    expect(rows).toEqual([
      ['Anonymous sources', '4'],
      ['Vague attributions', '0'],
      ['Hedges', '0'],
      ['Unsourced figures', '1'],
      ['Named sources', '1'],
    ]);
    expect(root.querySelectorAll('.count-row sourcelight-mark[data-sourcelight-kind]')).toHaveLength(5);
  });

  test('lists the findings grouped by kind, a source’s repeated mentions in one row; choosing one asks the page to scroll to it', () => {
    show(ready());
    const groups = [...root.querySelectorAll('.finding-group')].map((group) => [
      group.getAttribute('aria-label'),
      [...group.querySelectorAll('.finding-phrase')].map((q) => q.textContent),
    ]);
    expect(groups).toEqual([
      ['Anonymous sources', ['According to sources', 'two informed sources', 'a former US official']],
      ['Unsourced figures', ['numbering over 21']],
      ['Named sources', ['the NBC report']],
    ]);
    const toggle = root.querySelector<HTMLButtonElement>('.findings-toggle')!;
    expect(toggle.textContent).toBe('Why this score: 6 findings');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(root.querySelector<HTMLElement>('.finding-groups')!.hidden).toBe(true);
    click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(root.querySelector<HTMLElement>('.finding-groups')!.hidden).toBe(false);
    const former = row('a former US official');
    expect(former.tagName).toBe('BUTTON'); // Enter and Space work natively
    // Two mentions, their points together.
    expect(former.querySelector('.mentions')?.textContent).toBe('×2');
    expect(former.querySelector('.mentions')?.getAttribute('aria-label')).toBe('2 mentions');
    expect(former.querySelector('.points')?.textContent).toBe('-12');
    expect(row('two informed sources').querySelector('.mentions')).toBeNull();
    click(former);
    expect(actions.request).toHaveBeenCalledWith({ type: 'focus-finding', index: 3 });
  });

  test('shows each finding in a few words of its sentence, so rows are told apart', () => {
    show(ready());
    const rows = [...root.querySelectorAll('.finding-text')].map((row) => row.textContent);
    expect(rows).toContain('…on Tuesday, 3rd, citing two informed sources and a former US official that…');
    expect(rows).toContain('…citing two informed sources and a former US official that the Biden…');
    expect(new Set(rows).size).toBe(rows.length);
    // The phrase stands out from its context, and nothing is cut off with an ellipsis by the layout.
    expect(root.querySelector('.finding-text strong.finding-phrase')).not.toBeNull();
  });

  test('a long phrase is shown whole, to be wrapped rather than cut', () => {
    const long = 'a senior State Department official involved in the negotiations who was not authorised to speak publicly';
    show(ready({ findings: [finding('anonymous-source', long)], contexts: [{ before: '', after: '' }], summary: { score: 66, grade: 'mixed', counts: { ...NO_COUNTS, 'anonymous-source': 1 }, contributions: [{ index: 0, points: -9 }] } }));
    expect(root.querySelector('.finding-phrase')?.textContent).toBe(long);
  });

  test('a grouped row leads to each mention in turn, and says which one the page shows', () => {
    show(ready({ focusedIndex: 3 }));
    const former = row('a former US official');
    expect(former.getAttribute('aria-current')).toBe('true');
    expect(former.querySelector('.mentions')?.textContent).toBe('1/2');
    expect(former.querySelector('.mentions')?.getAttribute('aria-label')).toBe('mention 1 of 2');
    click(former);
    expect(actions.request).toHaveBeenLastCalledWith({ type: 'focus-finding', index: 5 });

    show(ready({ focusedIndex: 5 }));
    const second = row('a former US official');
    expect(second.querySelector('.mentions')?.textContent).toBe('2/2');
    // The sentence shown is the mention's own.
    expect(second.querySelector('.finding-text')?.textContent).toBe('Two informed sources and A former US official told that “Biden…');
    click(second);
    expect(actions.request).toHaveBeenLastCalledWith({ type: 'focus-finding', index: 3 });
  });

  test('marks the finding last scrolled to', () => {
    show(ready({ focusedIndex: 1 }));
    expect(root.querySelector('[aria-current="true"]')?.textContent).toContain('two informed sources');
  });

  test('hides and shows a kind on the page', () => {
    show(ready());
    click(root.querySelector<HTMLElement>('button[aria-label="Hide Anonymous sources on the page"]')!);
    expect(actions.request).toHaveBeenLastCalledWith({ type: 'set-hidden-kinds', kinds: ['anonymous-source'] });
    show(ready({ hiddenKinds: ['anonymous-source', 'hedge'] }));
    expect(root.querySelector('.count-row.hidden .count-label')?.textContent).toBe('Anonymous sources');
    expect(text()).toContain('hidden on the page');
    click(root.querySelector<HTMLElement>('button[aria-label="Show Anonymous sources on the page"]')!);
    expect(actions.request).toHaveBeenLastCalledWith({ type: 'set-hidden-kinds', kinds: ['hedge'] });
  });

  test('offers no show/hide for kinds with nothing found', () => {
    show(ready());
    expect(root.querySelectorAll('.counts .kind-toggle:is(button)')).toHaveLength(3);
  });

  test('the open list carries each kind’s count and show/hide, standing in for the counts it hides', () => {
    show(ready({ hiddenKinds: ['unverified-figure'] }));
    const heads = [...root.querySelectorAll('.finding-group-head')].map((head) => [head.querySelector('h3')?.textContent, head.querySelector('button')?.textContent]);
    expect(heads).toEqual([
      ['AaAnonymous sources4', 'Hide'],
      ['AaUnsourced figures1 · hidden on the page', 'Show'],
      ['AaNamed sources1', 'Hide'],
    ]);
    click(root.querySelector<HTMLElement>('.finding-group-head button[aria-label="Show Unsourced figures on the page"]')!);
    expect(actions.request).toHaveBeenLastCalledWith({ type: 'set-hidden-kinds', kinds: [] });
  });

  test('switches highlights, rescans, copies, saves, turns the site off and opens settings', () => {
    show(ready());
    click(root.querySelector<HTMLElement>('button[role="switch"]')!);
    expect(actions.request).toHaveBeenLastCalledWith({ type: 'set-highlights', on: false });
    click(button('Rescan'));
    expect(actions.request).toHaveBeenLastCalledWith({ type: 'rescan', force: false });
    click(button('Copy report'));
    expect(actions.copyReport).toHaveBeenCalled();
    click(button('Save JSON'));
    expect(actions.saveReport).toHaveBeenCalled();
    click(button('Turn off on example.com'));
    expect(actions.setSiteOff).toHaveBeenCalledWith(true);
    click(button('Settings'));
    expect(actions.openOptions).toHaveBeenCalled();
  });

  test('a page scanned without an article says so, and its rescan keeps scanning the whole page', () => {
    show(ready({ mode: 'page' }));
    expect(text()).toContain('Scanned the whole page: no article was detected.');
    click(button('Rescan'));
    expect(actions.request).toHaveBeenLastCalledWith({ type: 'rescan', force: true });
  });

  test('waits for a request before accepting another', () => {
    show(ready(), { busy: true });
    expect(button('Rescan').disabled).toBe(true);
    expect(root.querySelector<HTMLButtonElement>('button[role="switch"]')!.disabled).toBe(true);
  });

  test('reads out a confirmation', () => {
    show(ready(), { notice: 'Report copied as Markdown.' });
    expect(root.querySelector('[role="status"].notice')?.textContent).toBe('Report copied as Markdown.');
  });
});

describe('the other states', () => {
  test.each<[string, PopupState]>([
    ['connecting', { status: 'connecting' }],
    ['scanning', { status: 'scanning' }],
  ])('%s: the result’s own layout, waiting, so nothing moves when it arrives', (_, state) => {
    show(state);
    expect(text()).toContain('Reading the article…');
    expect(root.querySelector('.grade[aria-busy="true"]')).not.toBeNull();
    expect([...root.querySelectorAll('.count-value')].map((v) => v.textContent)).toEqual(['–', '–', '–', '–', '–']);
  });

  test('no findings: nothing to grade, no score, says why and offers a rescan', () => {
    show(ready({ findings: [], summary: { score: 75, grade: 'ungraded', counts: { 'anonymous-source': 0, 'vague-attribution': 0, hedge: 0, 'unverified-figure': 0, 'named-source': 0 }, contributions: [] } }));
    expect(root.querySelector('.grade-word')?.textContent).toBe('Nothing to grade');
    expect(root.querySelector('.verdict')?.textContent).toBe('No sources and no figures found');
    expect(text()).not.toMatch(/Strong|\/100/);
    expect(root.querySelector('[role="meter"]')).toBeNull();
    expect(text()).toContain('Why there is no score');
    expect(root.querySelector('.finding')).toBeNull();
    expect(buttonNames()).toContain('Rescan');
  });

  test('another language: says which, and that it is neither graded nor highlighted', () => {
    show({ status: 'other-language', language: 'fr', title: 'Le conseil municipal' });
    expect(root.querySelector('h2')?.textContent).toBe('This page is in French');
    expect(text()).toContain('Sourcelight reads English only so far, so it neither grades nor highlights this page');
    expect(root.querySelector('.grade')).toBeNull();
    expect(buttonNames()).toEqual(['Settings', 'Turn off on example.com']);
  });

  test.each<[string, PopupState, string]>([
    ['off on this site', { status: 'site-off', site: 'example.com' }, 'Settings lists every site where it is off.'],
    ['not an article', { status: 'not-article' }, "You can still scan the page's visible text."],
  ])('%s: a compact message, not a result’s worth of empty space', (_, state, help) => {
    show(state);
    expect(root.querySelector('.popup-body')!.classList.contains('result')).toBe(false);
    expect(text()).toContain(help);
    show(ready());
    expect(root.querySelector('.popup-body')!.classList.contains('result')).toBe(true);
  });

  test('not an article: offers to scan anyway', () => {
    show({ status: 'not-article' });
    expect(text()).toContain("This page doesn't look like an article");
    click(button('Scan anyway'));
    expect(actions.request).toHaveBeenCalledWith({ type: 'rescan', force: true });
    expect(buttonNames()).toContain('Turn off on example.com');
  });

  test('a browser page: explains that extensions cannot run there, and offers nothing that cannot work', () => {
    show({ status: 'unsupported' }, { site: null });
    expect(text()).toContain("Sourcelight can't read this page");
    expect(text()).toContain('PDF files');
    expect(buttonNames()).toEqual(['Settings']);
  });

  test('a page open before the install: asks for a reload', () => {
    show({ status: 'unreachable' });
    expect(text()).toContain('Reload the page to scan it');
    expect(buttonNames()).toEqual(['Settings']);
  });

  test('off on this site: says so and offers to turn it back on', () => {
    show({ status: 'site-off', site: 'example.com' });
    expect(root.querySelector('h2')?.textContent).toBe('Sourcelight is off on example.com');
    expect(buttonNames()).not.toContain('Turn off on example.com');
    click(button('Turn on for this site'));
    expect(actions.setSiteOff).toHaveBeenCalledWith(false);
  });

  test('an error: shows it as an alert and offers to try again', () => {
    show({ status: 'error', message: 'The page changed while it was read.' });
    const alert = root.querySelector('[role="alert"]');
    expect(alert?.textContent).toContain("Sourcelight couldn't scan this page");
    expect(alert?.textContent).toContain('The page changed while it was read.');
    click(button('Try again'));
    expect(actions.request).toHaveBeenCalledWith({ type: 'rescan', force: false });
  });
});
