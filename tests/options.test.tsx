// @vitest-environment jsdom
// The options page against the fake browser's storage: what it saves, what it refuses, what it says.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '../entrypoints/options/App';
import { DEFAULT_SETTINGS, loadSettings, saveSettings, type Settings } from '../utils/settings';
import { useEnglishMessages } from './fake-i18n';

let root: HTMLElement;
const settle = () => act(() => new Promise((done) => setTimeout(done, 20)));
const MINE: Settings = { ...structuredClone(DEFAULT_SETTINGS), ignorePhrases: ['officials said'], disabledSites: ['example.com'] };

async function openOptions() {
  act(() => render(<App />, root));
  await settle();
}

const buttonNamed = (name: string) => [...root.querySelectorAll('button')].find((b) => b.textContent?.trim() === name)!;

async function importFile(name: string, content: string) {
  const input = root.querySelector<HTMLInputElement>('input[type="file"]')!;
  Object.defineProperty(input, 'files', { value: [new File([content], name, { type: 'application/json' })], configurable: true });
  await act(() => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await settle();
}

async function addTo(listLabel: string, text: string) {
  const field = root.querySelector<HTMLInputElement>(`input[aria-label="Add to ${listLabel}"]`)!;
  field.value = text;
  await act(() => field.form!.requestSubmit());
  await settle();
}

beforeEach(() => {
  fakeBrowser.reset();
  useEnglishMessages();
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  // Inside act, so Preact runs its pending effects now, not on a timer after the test's DOM is gone.
  act(() => render(null, root));
  root.remove();
});

describe('options page', () => {
  test('each kind’s own-phrases field shows an example of that kind, short enough to fit', async () => {
    await openOptions();
    const examples = ['Anonymous sources', 'Vague attributions', 'Hedges', 'Unsourced figures', 'Named sources'].map(
      (kind) => root.querySelector<HTMLInputElement>(`input[aria-label="Add to ${kind}"]`)!.placeholder,
    );
    expect(examples).toEqual(['e.g. a person close to him', 'e.g. critics argue', 'e.g. is rumoured to', 'e.g. dozens of', 'e.g. the ministry said']);
    // The half-width fields show about 30 characters.
    for (const example of examples) expect(example.length).toBeLessThanOrEqual(28);
  });

  test('shows the stored settings', async () => {
    await saveSettings(MINE);
    await openOptions();
    expect(root.querySelector('h1')?.textContent).toBe('Sourcelight settings');
    expect(root.querySelector('[aria-label="Phrases never to flag"]')?.textContent).toContain('officials said');
    expect(root.querySelector('[aria-label="Sites where Sourcelight is off"]')?.textContent).toContain('example.com');
    expect(root.querySelector('[role="alert"]')).toBeNull();
  });

  test('a corrupted stored value: the defaults are used and the page says what was wrong', async () => {
    await fakeBrowser.storage.local.set({ settings: { version: 1, highlightByDefault: 'yes' } });
    await openOptions();
    const banner = root.querySelector('.banner-error[role="alert"]');
    expect(banner?.textContent).toContain("Your saved settings couldn't be used");
    expect(banner?.textContent).toContain('"highlightByDefault" must be true or false');
    const checks = [...root.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
    expect(checks.every((box) => box.checked)).toBe(true);
    // Any change saves a fresh copy, and the notice goes.
    await act(() => checks[2]!.click());
    await settle();
    expect((await loadSettings()).problems).toEqual([]);
    expect(root.querySelector('.banner-error')).toBeNull();
  });

  test('which kinds to flag, saved at once', async () => {
    await openOptions();
    await act(() => root.querySelector<HTMLInputElement>('input[name="kind-hedge"]')!.click());
    await settle();
    expect((await loadSettings()).settings.kinds.hedge).toBe(false);
  });

  test('adds and removes phrases per kind, phrases to ignore and sites', async () => {
    await openOptions();
    await addTo('Anonymous sources', '  people   in the room ');
    await addTo('Phrases never to flag', 'officials said');
    await addTo('Sites where Sourcelight is off', 'https://www.Example.org/news/1');
    let { settings } = await loadSettings();
    expect(settings.extraPhrases['anonymous-source']).toEqual(['people in the room']);
    expect(settings.ignorePhrases).toEqual(['officials said']);
    expect(settings.disabledSites).toEqual(['example.org']);

    await act(() => root.querySelector<HTMLElement>('button[aria-label="Remove “officials said”"]')!.click());
    await settle();
    ({ settings } = await loadSettings());
    expect(settings.ignorePhrases).toEqual([]);
  });

  test('refuses a duplicate phrase or a site that is not one, saying why', async () => {
    await saveSettings(MINE);
    await openOptions();
    await addTo('Phrases never to flag', 'Officials Said');
    expect(root.textContent).toContain('“Officials Said” is already in the list.');
    await addTo('Sites where Sourcelight is off', 'not a site');
    expect(root.textContent).toContain("That isn't a site name.");
    expect((await loadSettings()).settings).toEqual(MINE);
  });

  test('an invalid import is rejected with a message naming the problem, and nothing is lost', async () => {
    await saveSettings(MINE);
    await openOptions();
    const bad = { ...MINE, kinds: { ...MINE.kinds, hedge: 'sometimes' }, disabledSites: 'all' };
    await importFile('old-settings.json', JSON.stringify(bad));
    const message = root.querySelector('.transfer-message')!.textContent!;
    expect(message).toContain("old-settings.json wasn't imported, and your settings are unchanged.");
    expect(message).toContain('"kinds.hedge" must be true or false');
    expect(message).toContain('"disabledSites" must be a list of site names');
    expect((await loadSettings()).settings).toEqual(MINE);
    expect(root.querySelector('[aria-label="Phrases never to flag"]')?.textContent).toContain('officials said');
  });

  test('a file that is not JSON is rejected and says so', async () => {
    await saveSettings(MINE);
    await openOptions();
    await importFile('notes.txt', 'ignorePhrases: officials said');
    expect(root.querySelector('.transfer-message')!.textContent).toContain('the file is not valid JSON');
    expect((await loadSettings()).settings).toEqual(MINE);
  });

  test('a valid import replaces the settings', async () => {
    await openOptions();
    await importFile('sourcelight-settings.json', JSON.stringify(MINE));
    expect(root.querySelector('.transfer-message')!.textContent).toContain('Imported the settings in sourcelight-settings.json.');
    expect((await loadSettings()).settings).toEqual(MINE);
  });

  test('reset to defaults asks first, then resets', async () => {
    await saveSettings(MINE);
    await openOptions();
    await act(() => buttonNamed('Reset to defaults').click());
    expect(root.textContent).toContain('Reset all settings, including your phrases and sites?');
    await act(() => buttonNamed('Cancel').click());
    expect((await loadSettings()).settings).toEqual(MINE);
    await act(() => buttonNamed('Reset to defaults').click());
    await act(() => buttonNamed('Reset').click());
    await settle();
    expect((await loadSettings()).settings).toEqual(DEFAULT_SETTINGS);
    expect(root.textContent).toContain('Settings are back to their defaults.');
  });

  test('follows changes made elsewhere (the popup’s “off on this site”)', async () => {
    await openOptions();
    await act(() => saveSettings({ ...structuredClone(DEFAULT_SETTINGS), disabledSites: ['news.example.net'] }).then(() => undefined));
    await settle();
    expect(root.querySelector('[aria-label="Sites where Sourcelight is off"]')?.textContent).toContain('news.example.net');
  });
});
