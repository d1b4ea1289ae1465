import { useEffect, useState } from 'preact/hooks';
import { OptionsView, type OptionsMessage } from '../../components/OptionsView';
import { downloadText } from '../../utils/download';
import { t } from '../../utils/i18n';
import { checkSettings, DEFAULT_SETTINGS, loadSettings, saveSettings, watchSettings, type LoadedSettings, type Settings } from '../../utils/settings';

const EXPORT_FILE = 'sourcelight-settings.json';

/** Reads an import: the settings, or every reason it cannot be used. */
async function readImport(file: File): Promise<{ ok: true; settings: Settings } | { ok: false; problems: string[] }> {
  let value: unknown;
  try {
    value = JSON.parse(await file.text());
  } catch (error) {
    return { ok: false, problems: [t('importNotJson', error instanceof Error ? error.message : String(error))] };
  }
  return checkSettings(value);
}

export function App() {
  const [loaded, setLoaded] = useState<LoadedSettings | null>(null);
  const [message, setMessage] = useState<OptionsMessage | null>(null);
  const [confirmingReset, setConfirmingReset] = useState(false);

  useEffect(() => {
    void loadSettings().then(setLoaded);
    // The popup changes settings too ("off on this site"): follow it.
    return watchSettings(setLoaded);
  }, []);

  if (!loaded) return <main class="options" aria-busy="true" />;

  const save = async (settings: Settings) => {
    const saved = await saveSettings(settings);
    // A refused save changes nothing; the checks name what was wrong.
    if (saved.ok) setLoaded({ settings: saved.settings, problems: [] });
    else setMessage({ tone: 'error', text: t('settingsNotSaved'), problems: saved.problems });
    return saved.ok;
  };

  return (
    <OptionsView
      settings={loaded.settings}
      storedProblems={loaded.problems}
      message={message}
      confirmingReset={confirmingReset}
      onChange={(settings) => void save(settings)}
      onExport={() => {
        downloadText(EXPORT_FILE, JSON.stringify(loaded.settings, null, 2) + '\n');
        setMessage({ tone: 'ok', text: t('exported', EXPORT_FILE) });
      }}
      onImportFile={async (file) => {
        const imported = await readImport(file);
        if (!imported.ok) return setMessage({ tone: 'error', text: t('importRejected', file.name), problems: imported.problems });
        if (await save(imported.settings)) setMessage({ tone: 'ok', text: t('imported', file.name) });
      }}
      onResetRequest={() => setConfirmingReset(true)}
      onResetCancel={() => setConfirmingReset(false)}
      onResetConfirm={async () => {
        setConfirmingReset(false);
        if (await save(structuredClone(DEFAULT_SETTINGS))) setMessage({ tone: 'ok', text: t('resetDone') });
      }}
    />
  );
}
