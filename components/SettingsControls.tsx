/** The alert settings shared by the popup and the options page. */
import { updateSettings, type Settings } from '@/lib/settings';

const CATEGORY_LABELS: Array<[keyof Settings['categories'], string]> = [
  ['sites', 'Company sites'],
  ['jobs', 'Job pages (employers)'],
  ['shopping', 'Shopping (brands)'],
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
        Show alerts
      </label>
      <fieldset class="categories" disabled={!settings.showAlerts}>
        <legend>Show alerts on</legend>
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
            {label}
          </label>
        ))}
      </fieldset>
      <label class="row">
        Open the panel by itself
        <select
          data-testid="auto-open"
          value={settings.autoOpen}
          onChange={(e) => {
            const autoOpen = (e.currentTarget as HTMLSelectElement).value as Settings['autoOpen'];
            change((s) => ({ ...s, autoOpen }));
          }}
        >
          <option value="every-visit">on every visit</option>
          <option value="daily">once a day per company</option>
          <option value="weekly">once a week per company</option>
          <option value="never">never (small tab only)</option>
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
        Discreet mode: neutral icon, nothing on the page until you ask
      </label>
    </div>
  );
}
