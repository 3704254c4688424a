/**
 * The options page: every setting, the mutes with the time each has left and an undo, data updates,
 * settings export and import (a bad or foreign file is refused with a clear message and changes
 * nothing), and what ContractLens is, where its data comes from and what it keeps private.
 */
import { useEffect, useState } from 'preact/hooks';
import { activeMutes, getNow, getSettings, removeMute, setTabOnSite, settingsItem, updateSettings, type Settings } from '@/lib/settings';
import { describeChanges, exportSettings, importSettings, MAX_SETTINGS_FILE_BYTES, TOO_LARGE, type SettingsChanges } from '@/lib/settings-file';
import { formatNameList } from '@/lib/format';
import type { MessageKey } from '@/lib/i18n';
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

const SETTING_LABELS: Record<SettingsChanges['changed'][number], MessageKey> = {
  showAlerts: 'setShowAlerts',
  categories: 'setShowOn',
  involvement: 'setInvolvement',
  autoOpen: 'setAutoOpen',
  discreet: 'setDiscreet',
  updates: 'dataCheckFor',
  noTabSites: 'optNoTabSites',
};

const muteName = (m: Settings['mutes'][number]) => (m.kind === 'site' ? m.value : (m.label ?? m.value));

/** What an import would change, for the user to apply or cancel. */
function ImportReview({ file, changes, onApply, onCancel }: { file: string; changes: SettingsChanges; onApply: () => void; onCancel: () => void }) {
  const lines = [
    ...changes.changed.map((key) => t(SETTING_LABELS[key])),
    ...(changes.mutesAdded.length ? [t('optImportMutesAdded', formatNameList(changes.mutesAdded.map(muteName)))] : []),
    ...(changes.mutesRemoved.length ? [t('optImportMutesRemoved', formatNameList(changes.mutesRemoved.map(muteName)))] : []),
  ];
  return (
    <div class="import-review" data-testid="import-review" role="group" aria-label={t('optImportReview', file)}>
      <p>{lines.length ? t('optImportReview', file) : t('optImportSame', file)}</p>
      {lines.length ? (
        <ul>
          {lines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      ) : null}
      <button type="button" data-testid="import-apply" onClick={onApply} disabled={!lines.length}>
        {t('optImportApply')}
      </button>{' '}
      <button type="button" data-testid="import-cancel" onClick={onCancel}>
        {t('optImportCancel')}
      </button>
    </div>
  );
}

export function App() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [now, setNow] = useState(Date.now());
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [pending, setPending] = useState<{ file: string; settings: Settings; changes: SettingsChanges } | null>(null);

  useEffect(() => {
    void getNow().then(setNow);
    void getSettings().then(setSettings);
    return settingsItem.watch(() => void getSettings().then(setSettings));
  }, []);

  if (!settings) return <main class="options" />;

  return (
    <main class="options">
      <h1>{t('optTitle')}</h1>
      <p>
        <a href="/directory.html" data-testid="directory-link">
          {t('optDirectory')}
        </a>
        {' · '}
        <a href="/welcome.html" data-testid="welcome-link">
          {t('optWelcome')}
        </a>
      </p>

      <section aria-labelledby="alerts-title">
        <h2 id="alerts-title">{t('optAlerts')}</h2>
        <SettingsControls settings={settings} onChange={setSettings} />
      </section>

      <section aria-labelledby="mutes-title">
        <h2 id="mutes-title">{t('optMutes')}</h2>
        <MuteList mutes={activeMutes(settings, now)} now={now} onUndo={(m) => void updateSettings((s) => removeMute(s, m.kind, m.value)).then(setSettings)} />
        {settings.noTabSites.length ? (
          <>
            <h3>{t('optNoTabSites')}</h3>
            <ul class="muted-sites" data-testid="no-tab-sites">
              {settings.noTabSites.map((site) => (
                <li key={site}>
                  <span>{site}</span>
                  <button type="button" onClick={() => void updateSettings((s) => setTabOnSite(s, site, true)).then(setSettings)}>
                    {t('optShowTabAgain')}
                  </button>
                </li>
              ))}
            </ul>
          </>
        ) : null}
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
                setPending(null);
                if (!file) return;
                // Checked before reading: a huge file is never loaded into memory.
                const result = file.size > MAX_SETTINGS_FILE_BYTES ? TOO_LARGE : importSettings(await file.text());
                if (!result.ok) {
                  setMessage({ kind: 'error', text: t('optImportFailed', file.name, result.error) });
                  return;
                }
                setMessage(null);
                setPending({ file: file.name, settings: result.settings, changes: describeChanges(settings, result.settings) });
              }}
            />
          </label>
        </div>
        {pending ? (
          <ImportReview
            file={pending.file}
            changes={pending.changes}
            onApply={() => {
              void settingsItem.setValue(pending.settings).then(() => {
                setSettings(pending.settings);
                setPending(null);
                setMessage({ kind: 'ok', text: t('optImported', pending.file) });
              });
            }}
            onCancel={() => {
              setPending(null);
              setMessage({ kind: 'ok', text: t('optImportCancelled', pending.file) });
            }}
          />
        ) : null}
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
