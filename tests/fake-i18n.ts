// The fake browser has no i18n: answer getMessage from the real English catalog, placeholders and all,
// so component tests read the words a reader sees.
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import catalog from '../public/_locales/en/messages.json';

type Entry = { message: string; placeholders?: Record<string, { content: string }> };

export function useEnglishMessages(): void {
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(((name: string, substitutions?: string | string[]) => {
    if (name === '@@bidi_dir') return 'ltr';
    const entry = (catalog as Record<string, Entry>)[name];
    if (!entry) return '';
    const values = typeof substitutions === 'string' ? [substitutions] : (substitutions ?? []);
    return entry.message.replace(/\$([A-Za-z0-9_]+)\$/g, (_, placeholder: string) => {
      const content = entry.placeholders?.[placeholder.toLowerCase()]?.content ?? '';
      return content.replace(/\$(\d)/g, (__, n: string) => values[Number(n) - 1] ?? '');
    });
  }) as never);
}
