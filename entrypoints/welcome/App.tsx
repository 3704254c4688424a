/**
 * The first-run page, opened once when the extension is installed (not on updates; the options page
 * links to it): what ContractLens shows and why, where its data comes from, the privacy promise, and
 * the choices people make first (which alerts, how often the panel opens by itself, discreet mode),
 * saved as they are made, then a way to try it: the directory.
 */
import { useEffect, useState } from 'preact/hooks';
import { getSettings, settingsItem, type Settings } from '@/lib/settings';
import { SettingsControls } from '@/components/SettingsControls';
import { t } from '@/lib/i18n';

export function App() {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    document.documentElement.lang = t('locale');
    document.title = t('welcomeTitle');
    void getSettings().then(setSettings);
    return settingsItem.watch(() => void getSettings().then(setSettings));
  }, []);
  return (
    <main class="options welcome">
      <h1>{t('welcomeTitle')}</h1>
      <p>{t('optAboutText')}</p>
      <p>{t('welcomeHow')}</p>

      <section aria-labelledby="sources-title">
        <h2 id="sources-title">{t('welcomeSourcesTitle')}</h2>
        <p>{t('welcomeSources')}</p>
      </section>

      <section aria-labelledby="privacy-title">
        <h2 id="privacy-title">{t('optPrivacyTitle')}</h2>
        <ul data-testid="privacy-promise">
          <li>{t('welcomePrivacy1')}</li>
          <li>{t('welcomePrivacy2')}</li>
          <li>{t('welcomePrivacy3')}</li>
        </ul>
      </section>

      <section aria-labelledby="choices-title">
        <h2 id="choices-title">{t('welcomeChoicesTitle')}</h2>
        <p class="muted">{t('welcomeChoicesText')}</p>
        {settings ? <SettingsControls settings={settings} onChange={setSettings} /> : null}
      </section>

      <section aria-labelledby="try-title">
        <h2 id="try-title">{t('welcomeTryTitle')}</h2>
        <p>
          <a href="/directory.html" data-testid="welcome-directory">
            {t('welcomeTry')}
          </a>
        </p>
        <p class="muted">{t('welcomeTryText')}</p>
      </section>
    </main>
  );
}
