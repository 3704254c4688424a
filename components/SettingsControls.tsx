/** The alert settings shared by the popup and the options page. */
import { updateSettings, type Settings } from '@/lib/settings';
import { t, type MessageKey } from '@/lib/i18n';
import { INVOLVEMENT_LABELS } from '@/lib/format';
import type { Involvement } from '@/data/schema';

const CATEGORY_LABELS: Array<[keyof Settings['categories'], MessageKey]> = [
  ['sites', 'catSites'],
  ['jobs', 'catJobs'],
  ['shopping', 'catShopping'],
];

export function SettingsControls({ settings, onChange }: { settings: Settings; onChange: (next: Settings) => void }) {
  const change = (update: (s: Settings) => Settings) => void updateSettings(update).then(onChange);
  return (
    <div class="settings-controls">
      <label class="switch">
        <input
          type="checkbox"
          data-testid="show-alerts"
          checked={settings.showAlerts}
          onChange={(event) => {
            const showAlerts = (event.currentTarget as HTMLInputElement).checked;
            change((s) => ({ ...s, showAlerts }));
          }}
        />
        {t('setShowAlerts')}
      </label>
      <fieldset class="categories" disabled={!settings.showAlerts}>
        <legend>{t('setShowOn')}</legend>
        {CATEGORY_LABELS.map(([key, label]) => (
          <label key={key} class="switch small-switch">
            <input
              type="checkbox"
              data-testid={`category-${key}`}
              checked={settings.categories[key]}
              onChange={(event) => {
                const on = (event.currentTarget as HTMLInputElement).checked;
                change((s) => ({ ...s, categories: { ...s.categories, [key]: on } }));
              }}
            />
            {t(label)}
          </label>
        ))}
      </fieldset>
      <fieldset class="categories" disabled={!settings.showAlerts}>
        <legend>{t('setInvolvement')}</legend>
        {(Object.entries(INVOLVEMENT_LABELS) as Array<[Involvement, MessageKey]>).map(([kind, label]) => (
          <label key={kind} class="switch small-switch">
            <input
              type="checkbox"
              data-testid={`involvement-${kind}`}
              checked={settings.involvement[kind]}
              onChange={(event) => {
                const on = (event.currentTarget as HTMLInputElement).checked;
                change((s) => ({ ...s, involvement: { ...s.involvement, [kind]: on } }));
              }}
            />
            {t(label)}
          </label>
        ))}
      </fieldset>
      <label class="row">
        {t('setAutoOpen')}
        <select
          data-testid="auto-open"
          value={settings.autoOpen}
          onChange={(e) => {
            const autoOpen = (e.currentTarget as HTMLSelectElement).value as Settings['autoOpen'];
            change((s) => ({ ...s, autoOpen }));
          }}
        >
          <option value="every-visit">{t('autoEveryVisit')}</option>
          <option value="daily">{t('autoDaily')}</option>
          <option value="weekly">{t('autoWeekly')}</option>
          <option value="never">{t('autoNever')}</option>
        </select>
      </label>
      <label class="switch small-switch">
        <input
          type="checkbox"
          data-testid="discreet"
          checked={settings.discreet}
          onChange={(e) => {
            const discreet = (e.currentTarget as HTMLInputElement).checked;
            change((s) => ({ ...s, discreet }));
          }}
        />
        {t('setDiscreet')}
      </label>
    </div>
  );
}
