// The background in the fake browser: badges follow each tab's status, shortcuts reach the active tab.
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../entrypoints/background';
import { ANALYZE_PORT } from '../utils/messages';
import { readText } from '../utils/read-text';
import { tabSite } from '../utils/tab-sites';
import { useEnglishMessages } from './fake-i18n';

vi.mock('../utils/read-text', async (original) => {
  const actual = await original<typeof import('../utils/read-text')>();
  return { ...actual, readText: vi.fn(actual.readText) };
});

type CommandListener = (command: string, tab?: { id?: number }) => Promise<void>;
type ConnectListener = (port: unknown) => void;

describe('background', () => {
  let onCommand: CommandListener;
  let onConnect: ConnectListener;
  const sendMessage = vi.fn();
  const setBadgeText = vi.fn();
  const setTitle = vi.fn();

  beforeEach(() => {
    fakeBrowser.reset();
    useEnglishMessages();
    vi.clearAllMocks();
    vi.spyOn(fakeBrowser.commands.onCommand, 'addListener').mockImplementation(((listener: CommandListener) => {
      onCommand = listener;
    }) as never);
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(sendMessage.mockResolvedValue(undefined));
    vi.spyOn(fakeBrowser.action, 'setBadgeText').mockImplementation(setBadgeText.mockResolvedValue(undefined));
    vi.spyOn(fakeBrowser.action, 'setBadgeBackgroundColor').mockResolvedValue(undefined);
    vi.spyOn(fakeBrowser.action, 'setTitle').mockImplementation(setTitle.mockResolvedValue(undefined));
    vi.spyOn(fakeBrowser.runtime.onConnect, 'addListener').mockImplementation(((listener: ConnectListener) => {
      onConnect = listener;
    }) as never);
    background.main();
  });

  /** What the background answers `message` sent on a port of `name` opened by `sender`. */
  function ask(message: unknown, sender: object, name = ANALYZE_PORT): unknown[] {
    const replies: unknown[] = [];
    const listeners: ((message: unknown) => void)[] = [];
    onConnect({
      name,
      sender,
      onMessage: { addListener: (listener: (message: unknown) => void) => listeners.push(listener) },
      onDisconnect: { addListener() {} },
      postMessage: (reply: unknown) => replies.push(reply),
      disconnect() {},
    });
    for (const listener of listeners) listener(message);
    return replies;
  }

  test.each([
    ['toggle-highlights', { type: 'toggle-highlights' }],
    ['next-finding', { type: 'step-finding', direction: 1 }],
    ['previous-finding', { type: 'step-finding', direction: -1 }],
  ])('the %s shortcut asks the active tab', async (command, request) => {
    await onCommand(command, { id: 7 });
    expect(sendMessage).toHaveBeenCalledWith(7, request);
  });

  test('an unknown command sends nothing', async () => {
    await onCommand('something-else', { id: 7 });
    expect(sendMessage).not.toHaveBeenCalled();
  });

  test("a tab's status sets its badge and title, and the background remembers the tab's site", async () => {
    await fakeBrowser.runtime.onMessage.trigger(
      { type: 'tab-status', status: { status: 'site-off', site: 'example.com' } },
      { tab: { id: 3 } as never, frameId: 0, url: 'https://www.example.com/story' },
      () => {},
    );
    expect(setBadgeText).toHaveBeenCalledWith({ tabId: 3, text: '' });
    expect(setTitle).toHaveBeenCalledWith({ tabId: 3, title: 'Sourcelight is off on example.com' });
    await vi.waitFor(async () => expect(await tabSite(3)).toBe('www.example.com'));
  });

  test('a page’s content script gets its article analysed on its port, and only a page’s', () => {
    const text = 'Two informed sources said the talks had stalled, Reuters reported.';
    const request = { type: 'analyze-text', text, options: { kinds: ['anonymous-source'] } };
    const tab = { tab: { id: 3 } as never, frameId: 0 };
    expect(ask(request, tab)).toEqual([{ findings: [expect.objectContaining({ kind: 'anonymous-source', text: 'Two informed sources' })] }]);
    expect(ask(request, {})).toEqual([]);
    expect(ask(request, tab, 'another-port')).toEqual([]);
    expect(ask({ ...request, options: { kinds: ['nonsense'] } }, tab)).toEqual([]);
  });

  test.each([
    ['the browser starts', () => fakeBrowser.runtime.onStartup.trigger()],
    ['the extension is installed', () => fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' })],
  ])('when %s, the worker reads a short English text with the detector and the engine, before any page asks', async (_, start) => {
    await start();
    expect(readText).toHaveBeenCalledTimes(1);
    const reading = vi.mocked(readText).mock.results[0]!.value;
    // Read as English, so the engine ran too, and on findings of most kinds.
    expect(new Set(reading.findings.map((f: { kind: string }) => f.kind)).size).toBeGreaterThanOrEqual(4);
  });

  test('asked the language too, the background answers an English article with its findings and another with its language', () => {
    const sender = { tab: { id: 3 } as never, frameId: 0 };
    const english = 'Two informed sources said the talks had stalled, Reuters reported.';
    const [read] = ask({ type: 'analyze-text', text: english, options: {}, language: { hint: null } }, sender);
    expect(read).toEqual({ findings: expect.arrayContaining([expect.objectContaining({ kind: 'anonymous-source' })]) });
    const german = 'Zwei gut informierte Quellen sagten am Dienstag, die Gespräche über den Haushalt seien ins Stocken geraten. '.repeat(4);
    const [unread] = ask({ type: 'analyze-text', text: german, options: {}, language: { hint: 'en' } }, sender);
    expect(unread).toEqual({ otherLanguage: 'de' });
  });
});
