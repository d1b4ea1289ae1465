import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  checkSettings,
  DEFAULT_SETTINGS,
  isSiteDisabled,
  loadSettings,
  saveSettings,
  siteFromInput,
  withSiteOff,
  withSiteOn,
  type Settings,
} from '../utils/settings';

const settings = (change: Partial<Settings> = {}): Settings => ({ ...structuredClone(DEFAULT_SETTINGS), ...change });

describe('checkSettings', () => {
  test('accepts the defaults', () => {
    expect(checkSettings(structuredClone(DEFAULT_SETTINGS))).toEqual({ ok: true, settings: DEFAULT_SETTINGS });
  });

  test.each<[string, unknown, string[]]>([
    ['not an object', '[]', ['settings must be a JSON object']],
    ['a list', [], ['settings must be a JSON object']],
    ['a wrong version', { ...DEFAULT_SETTINGS, version: 9 }, ['"version" must be 1, not 9']],
    ['a kind switch that is not a boolean', { ...DEFAULT_SETTINGS, kinds: { ...DEFAULT_SETTINGS.kinds, hedge: 'yes' } }, ['"kinds.hedge" must be true or false']],
    ['an unknown kind', { ...DEFAULT_SETTINGS, kinds: { ...DEFAULT_SETTINGS.kinds, rumour: true } }, ['"kinds.rumour" is not a kind']],
    ['phrases that are not a list', { ...DEFAULT_SETTINGS, ignorePhrases: 'officials said' }, ['"ignorePhrases" must be a list of phrases']],
    ['sites with a number', { ...DEFAULT_SETTINGS, disabledSites: ['example.com', 4] }, ['"disabledSites" must be a list of site names']],
  ])('names the problem with %s', (_, value, problems) => {
    expect(checkSettings(value)).toEqual({ ok: false, problems });
  });

  test('names every problem at once', () => {
    const check = checkSettings({ version: 1 });
    expect(check.ok).toBe(false);
    expect(!check.ok && check.problems).toHaveLength(5);
  });
});

describe('stored settings', () => {
  beforeEach(() => fakeBrowser.reset());

  test('are the defaults until saved, then what was saved', async () => {
    expect(await loadSettings()).toEqual({ settings: DEFAULT_SETTINGS, problems: [] });
    const mine = settings({ ignorePhrases: ['officials said'] });
    expect((await saveSettings(mine)).ok).toBe(true);
    expect(await loadSettings()).toEqual({ settings: mine, problems: [] });
  });

  test('a corrupted value falls back to the defaults and says what was wrong', async () => {
    await fakeBrowser.storage.local.set({ settings: { version: 1, kinds: 'all' } });
    const loaded = await loadSettings();
    expect(loaded.settings).toEqual(DEFAULT_SETTINGS);
    expect(loaded.problems).toContain('"kinds" must be an object with one entry per kind');
  });

  test('invalid settings are refused and nothing changes', async () => {
    const mine = settings({ disabledSites: ['example.com'] });
    await saveSettings(mine);
    const refused = await saveSettings({ ...mine, highlightByDefault: 'sometimes' } as unknown as Settings);
    expect(refused).toEqual({ ok: false, problems: ['"highlightByDefault" must be true or false'] });
    expect((await loadSettings()).settings).toEqual(mine);
  });
});

describe('sites', () => {
  test.each([
    ['example.com', 'example.com'],
    ['  WWW.Example.COM ', 'example.com'],
    ['https://news.example.co.uk/world/story?id=1', 'news.example.co.uk'],
    ['example.com/path', 'example.com'],
    ['127.0.0.1', '127.0.0.1'],
    ['localhost', 'localhost'],
    ['', null],
    ['not a site', null],
    ['exa_mple.com', null],
  ])('siteFromInput(%j) is %j', (input, site) => {
    expect(siteFromInput(input)).toBe(site);
  });

  test('off on a site covers its subdomains; on again removes every entry that covers the host', () => {
    const off = withSiteOff(settings(), 'www.example.com');
    expect(off.disabledSites).toEqual(['example.com']);
    expect(isSiteDisabled(off, 'news.example.com')).toBe(true);
    expect(isSiteDisabled(off, 'example.org')).toBe(false);
    expect(withSiteOff(off, 'news.example.com')).toBe(off);
    const on = withSiteOn(settings({ disabledSites: ['example.com', 'news.example.com', 'example.org'] }), 'news.example.com');
    expect(on.disabledSites).toEqual(['example.org']);
  });
});
