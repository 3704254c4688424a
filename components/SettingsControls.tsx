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

/** A fieldset of on/off switches over one record of settings (alert categories, kinds of work). */
function SwitchGroup<K extends string>(props: {
  legend: string;
  disabled: boolean;
  testId: string;
  options: Array<[K, MessageKey]>;
  values: Record<K, boolean>;
  onToggle: (key: K, on: boolean) => void;
}) {
  return (
    <fieldset class="categories" disabled={props.disabled}>
      <legend>{props.legend}</legend>
      {props.options.map(([key, label]) => (
        <label key={key} class="switch small-switch">
          <input
            type="checkbox"
            data-testid={`${props.testId}-${key}`}
            checked={props.values[key]}
            onChange={(event) => props.onToggle(key, (event.currentTarget as HTMLInputElement).checked)}
          />
          {t(label)}
        </label>
      ))}
    </fieldset>
  );
}

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
      <SwitchGroup
        legend={t('setShowOn')}
        disabled={!settings.showAlerts}
        testId="category"
        options={CATEGORY_LABELS}
        values={settings.categories}
        onToggle={(key, on) => change((s) => ({ ...s, categories: { ...s.categories, [key]: on } }))}
      />
      <SwitchGroup
        legend={t('setInvolvement')}
        disabled={!settings.showAlerts}
        testId="involvement"
        options={Object.entries(INVOLVEMENT_LABELS) as Array<[Involvement, MessageKey]>}
        values={settings.involvement}
        onToggle={(kind, on) => change((s) => ({ ...s, involvement: { ...s.involvement, [kind]: on } }))}
      />
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
