// The reader's settings: defined once, versioned, validated on every read. A corrupted stored value
// never throws in the page: it falls back to the defaults and says so.
import { storage } from 'wxt/utils/storage';
import { FINDING_KINDS, type FindingKind } from './engine/types';

export const SETTINGS_VERSION = 1;

export interface Settings {
  version: typeof SETTINGS_VERSION;
  /** Highlight findings as soon as an article is scanned. */
  highlightByDefault: boolean;
  /** Which kinds to flag. */
  kinds: Record<FindingKind, boolean>;
}

export const DEFAULT_SETTINGS: Settings = {
  version: SETTINGS_VERSION,
  highlightByDefault: true,
  kinds: Object.fromEntries(FINDING_KINDS.map((kind) => [kind, true])) as Record<FindingKind, boolean>,
};

export type SettingsCheck = { ok: true; settings: Settings } | { ok: false; problems: string[] };

/** Checks a value read from storage or an import; names every problem it finds. */
export function checkSettings(value: unknown): SettingsCheck {
  const problems: string[] = [];
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, problems: ['settings must be an object'] };
  }
  const record = value as Record<string, unknown>;
  if (record.version !== SETTINGS_VERSION) problems.push(`unknown settings version ${JSON.stringify(record.version)}`);
  if (typeof record.highlightByDefault !== 'boolean') problems.push('"highlightByDefault" must be true or false');
  const kinds = record.kinds as Record<string, unknown> | undefined;
  if (typeof kinds !== 'object' || kinds === null) {
    problems.push('"kinds" must be an object');
  } else {
    for (const kind of FINDING_KINDS) {
      if (typeof kinds[kind] !== 'boolean') problems.push(`"kinds.${kind}" must be true or false`);
    }
  }
  return problems.length ? { ok: false, problems } : { ok: true, settings: value as Settings };
}

const settingsItem = storage.defineItem<unknown>('local:settings', { fallback: DEFAULT_SETTINGS });

export interface LoadedSettings {
  settings: Settings;
  /** Problems with the stored value, when it was corrupted and the defaults were used instead. */
  problems: string[];
}

export async function loadSettings(): Promise<LoadedSettings> {
  try {
    const check = checkSettings(await settingsItem.getValue());
    return check.ok ? { settings: check.settings, problems: [] } : { settings: DEFAULT_SETTINGS, problems: check.problems };
  } catch (error) {
    return { settings: DEFAULT_SETTINGS, problems: [`settings could not be read: ${String(error)}`] };
  }
}

export function enabledKinds(settings: Settings): FindingKind[] {
  return FINDING_KINDS.filter((kind) => settings.kinds[kind]);
}
