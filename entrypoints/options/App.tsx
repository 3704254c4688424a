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
      <h1>ContractLens settings</h1>

      <section aria-labelledby="alerts-title">
        <h2 id="alerts-title">Alerts</h2>
        <SettingsControls settings={settings} onChange={setSettings} />
      </section>

      <section aria-labelledby="mutes-title">
        <h2 id="mutes-title">Muted sites and companies</h2>
        <MuteList mutes={activeMutes(settings, now)} now={now} onUndo={(m) => void updateSettings((s) => removeMute(s, m.kind, m.value)).then(setSettings)} />
      </section>

      <DataStatus />

      <section aria-labelledby="file-title">
        <h2 id="file-title">Your settings file</h2>
        <p class="muted">Move your settings to another browser: export them as a file, then import it there.</p>
        <div class="file-row">
          <button type="button" data-testid="export" onClick={() => download('contractlens-settings.json', exportSettings(settings, new Date(now).toISOString()))}>
            Export settings
          </button>
          <label>
            Import settings:{' '}
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
                  setMessage({ kind: 'error', text: `${file.name}: ${result.error} Nothing was changed.` });
                  return;
                }
                await settingsItem.setValue(result.settings);
                setSettings(result.settings);
                setMessage({ kind: 'ok', text: `Settings imported from ${file.name}.` });
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
        <h2 id="about-title">About ContractLens</h2>
        <p>
          ContractLens shows, while you browse, shop or look at jobs, when the company in front of you holds contracts tied to US
          immigration detention and enforcement, and what its own employees did about it, always with sources.
        </p>
        <h3>Where the data comes from</h3>
        <p>
          News reporting and public records, each fact with its source, publisher, date and the quote read there. Facts seen only
          second-hand are labelled “reported”. Every entry has a “Report a problem” link.
        </p>
        <h3>Privacy</h3>
        <p>
          Matching happens on your device. ContractLens has no telemetry and sends nothing about the pages you visit. The only network
          request it can make is fetching its data file, which you can switch off above (“Check for updates: never”).
        </p>
      </section>
    </main>
  );
}
