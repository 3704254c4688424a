/**
 * The options page: every setting, the mutes with the time each has left and an undo, data updates,
 * settings export and import (a bad or foreign file is refused with a clear message and changes
 * nothing), and what ContractLens is, where its data comes from and what it keeps private.
 */
import { useEffect, useState } from 'preact/hooks';
import { activeMutes, getNow, getSettings, removeMute, settingsItem, updateSettings, type Settings } from '@/lib/settings';
import { exportSettings, importSettings } from '@/lib/settings-file';
import { SettingsControls } from '@/components/SettingsControls';
import { MuteList } from '@/components/MuteList';
import { DataStatus } from '@/components/DataStatus';
import { t } from '@/lib/i18n';

function download(name: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function App() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [now, setNow] = useState(Date.now());
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);

  useEffect(() => {
    void getNow().then(setNow);
    void getSettings().then(setSettings);
    return settingsItem.watch(() => void getSettings().then(setSettings));
  }, []);

  if (!settings) return <main class="options" />;

  return (
    <main class="options">
      <h1>{t('optTitle')}</h1>

      <section aria-labelledby="alerts-title">
        <h2 id="alerts-title">{t('optAlerts')}</h2>
        <SettingsControls settings={settings} onChange={setSettings} />
      </section>

      <section aria-labelledby="mutes-title">
        <h2 id="mutes-title">{t('optMutes')}</h2>
        <MuteList mutes={activeMutes(settings, now)} now={now} onUndo={(m) => void updateSettings((s) => removeMute(s, m.kind, m.value)).then(setSettings)} />
      </section>

      <DataStatus />

      <section aria-labelledby="file-title">
        <h2 id="file-title">{t('optFile')}</h2>
        <p class="muted">{t('optFileHelp')}</p>
        <div class="file-row">
          <button type="button" data-testid="export" onClick={() => download('contractlens-settings.json', exportSettings(settings, new Date(now).toISOString()))}>
            {t('optExport')}
          </button>
          <label>
            {t('optImport')}{' '}
            <input
              type="file"
              accept="application/json,.json"
              data-testid="import"
              onChange={async (event) => {
                const input = event.currentTarget as HTMLInputElement;
                const file = input.files?.[0];
                input.value = '';
                if (!file) return;
                const result = importSettings(await file.text());
                if (!result.ok) {
                  setMessage({ kind: 'error', text: t('optImportFailed', file.name, result.error) });
                  return;
                }
                await settingsItem.setValue(result.settings);
                setSettings(result.settings);
                setMessage({ kind: 'ok', text: t('optImported', file.name) });
              }}
            />
          </label>
        </div>
        {message ? (
          <p class={`message ${message.kind}`} role="status" data-testid="import-message">
            {message.text}
          </p>
        ) : null}
      </section>

      <section aria-labelledby="about-title">
        <h2 id="about-title">{t('optAbout')}</h2>
        <p>{t('optAboutText')}</p>
        <h3>{t('optSourcesTitle')}</h3>
        <p>{t('optSourcesText')}</p>
        <h3>{t('optPrivacyTitle')}</h3>
        <p>{t('optPrivacyText')}</p>
      </section>
    </main>
  );
}
