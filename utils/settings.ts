// The reader's settings: defined once, versioned, validated on every read. A corrupted stored value
// never throws in the page: it falls back to the defaults and says so.
import { storage } from 'wxt/utils/storage';
import { FINDING_KINDS, type AnalyzeOptions, type FindingKind } from './engine/types';

export const SETTINGS_VERSION = 1;

export interface Settings {
  version: typeof SETTINGS_VERSION;
  /** Highlight findings as soon as an article is scanned. */
  highlightByDefault: boolean;
  /** Which kinds to flag. */
  kinds: Record<FindingKind, boolean>;
  /** The reader's own phrases, flagged as that kind. */
  extraPhrases: Record<FindingKind, string[]>;
  /** Phrases never to flag. */
  ignorePhrases: string[];
  /** Host names where Sourcelight stays off, e.g. "example.com". */
  disabledSites: string[];
}

const perKind = <T>(make: () => T) =>
  Object.fromEntries(FINDING_KINDS.map((kind) => [kind, make()])) as Record<FindingKind, T>;

export const DEFAULT_SETTINGS: Settings = {
  version: SETTINGS_VERSION,
  highlightByDefault: true,
  kinds: perKind(() => true),
  extraPhrases: perKind(() => []),
  ignorePhrases: [],
  disabledSites: [],
};

export type SettingsCheck = { ok: true; settings: Settings } | { ok: false; problems: string[] };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isStringList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');

/** Checks a value read from storage or an import, naming every problem it finds. */
export function checkSettings(value: unknown): SettingsCheck {
  if (!isRecord(value)) return { ok: false, problems: ['settings must be a JSON object'] };
  const problems: string[] = [];
  if (value.version !== SETTINGS_VERSION) {
    problems.push(`"version" must be ${SETTINGS_VERSION}, not ${JSON.stringify(value.version) ?? 'missing'}`);
  }
  if (typeof value.highlightByDefault !== 'boolean') problems.push('"highlightByDefault" must be true or false');
  for (const [field, check, wanted] of [
    ['kinds', (v: unknown) => typeof v === 'boolean', 'true or false'],
    ['extraPhrases', isStringList, 'a list of phrases'],
  ] as const) {
    const map = value[field];
    if (!isRecord(map)) {
      problems.push(`"${field}" must be an object with one entry per kind`);
      continue;
    }
    for (const kind of FINDING_KINDS) if (!check(map[kind])) problems.push(`"${field}.${kind}" must be ${wanted}`);
    for (const key of Object.keys(map)) if (!(FINDING_KINDS as readonly string[]).includes(key)) problems.push(`"${field}.${key}" is not a kind`);
  }
  if (!isStringList(value.ignorePhrases)) problems.push('"ignorePhrases" must be a list of phrases');
  if (!isStringList(value.disabledSites)) problems.push('"disabledSites" must be a list of site names');
  return problems.length ? { ok: false, problems } : { ok: true, settings: value as unknown as Settings };
}

export const settingsItem = storage.defineItem<unknown>('local:settings', { fallback: DEFAULT_SETTINGS });

export interface LoadedSettings {
  settings: Settings;
  /** Problems with the stored value, when it was corrupted and the defaults are used instead. */
  problems: string[];
}

function loaded(value: unknown): LoadedSettings {
  const check = checkSettings(value);
  return check.ok ? { settings: check.settings, problems: [] } : { settings: DEFAULT_SETTINGS, problems: check.problems };
}

export async function loadSettings(): Promise<LoadedSettings> {
  try {
    return loaded(await settingsItem.getValue());
  } catch (error) {
    return { settings: DEFAULT_SETTINGS, problems: [`settings could not be read: ${String(error)}`] };
  }
}

/** Stores settings after checking them; invalid settings are refused and nothing changes. */
export async function saveSettings(settings: Settings): Promise<SettingsCheck> {
  const check = checkSettings(settings);
  if (check.ok) await settingsItem.setValue(check.settings);
  return check;
}

/** Calls back with the checked settings whenever they change; returns the function that stops watching. */
export function watchSettings(callback: (loaded: LoadedSettings) => void): () => void {
  return settingsItem.watch((value) => callback(loaded(value)));
}

/** What the engine needs to know of the settings. */
export function engineOptions(settings: Settings): AnalyzeOptions {
  return {
    kinds: FINDING_KINDS.filter((kind) => settings.kinds[kind]),
    extraPhrases: settings.extraPhrases,
    ignorePhrases: settings.ignorePhrases,
  };
}

/** Whether Sourcelight is off on this host (a listed site also covers its subdomains). */
export function isSiteDisabled(settings: Settings, hostname: string): boolean {
  const host = hostname.toLowerCase();
  return settings.disabledSites.some((site) => host === site || host.endsWith(`.${site}`));
}

/**
 * The site a reader means by what they typed or by a page's address: its lower-case host name, without
 * "www." (a listed site covers its subdomains anyway). Null when it is not a host name.
 */
export function siteFromInput(input: string): string | null {
  const text = input.trim().toLowerCase();
  if (!text) return null;
  let host: string;
  try {
    host = new URL(/^[a-z][a-z0-9+.-]*:\/\//.test(text) ? text : `http://${text}`).hostname;
  } catch {
    return null;
  }
  host = host.replace(/^www\./, '').replace(/\.$/, '');
  return /^[a-z0-9-]+(\.[a-z0-9-]+)*$/.test(host) || /^\[[0-9a-f:.]+\]$/.test(host) ? host : null;
}

/** The settings with Sourcelight off on this host. */
export function withSiteOff(settings: Settings, hostname: string): Settings {
  const site = siteFromInput(hostname) ?? hostname;
  if (isSiteDisabled(settings, hostname)) return settings;
  return { ...settings, disabledSites: [...settings.disabledSites, site] };
}

/** The settings with Sourcelight on for this host again: every listed site that covers it is removed. */
export function withSiteOn(settings: Settings, hostname: string): Settings {
  const host = hostname.toLowerCase();
  return { ...settings, disabledSites: settings.disabledSites.filter((site) => !(host === site || host.endsWith(`.${site}`))) };
}
