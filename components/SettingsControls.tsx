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

/** One on/off switch with its label. */
function Switch(props: { testId: string; checked: boolean; small?: boolean; label: string; onToggle: (on: boolean) => void }) {
  return (
    <label class={props.small ? 'switch small-switch' : 'switch'}>
      <input
        type="checkbox"
        data-testid={props.testId}
        checked={props.checked}
        onChange={(event) => props.onToggle((event.currentTarget as HTMLInputElement).checked)}
      />
      {props.label}
    </label>
  );
}

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
        <Switch key={key} small testId={`${props.testId}-${key}`} checked={props.values[key]} label={t(label)} onToggle={(on) => props.onToggle(key, on)} />
      ))}
    </fieldset>
  );
}

/**
 * The master switch, then which pages and kinds of work, auto-open and discreet mode. `folded` (the
 * popup) keeps the master switch in view and folds the rest under one line, so the popup opens on
 * what this page shows and the search.
 */
export function SettingsControls({ settings, onChange, folded = false }: { settings: Settings; onChange: (next: Settings) => void; folded?: boolean }) {
  const change = (update: (s: Settings) => Settings) => void updateSettings(update).then(onChange);
  const master = <Switch testId="show-alerts" checked={settings.showAlerts} label={t('setShowAlerts')} onToggle={(showAlerts) => change((s) => ({ ...s, showAlerts }))} />;
  const rest = <MoreSettings settings={settings} change={change} />;
  if (folded) {
    return (
      <div class="settings-controls">
        {master}
        <details class="more-settings" data-testid="more-settings">
          <summary>{t('popupMoreSettings')}</summary>
          {rest}
        </details>
      </div>
    );
  }
  return (
    <div class="settings-controls">
      {master}
      {rest}
    </div>
  );
}

function MoreSettings({ settings, change }: { settings: Settings; change: (update: (s: Settings) => Settings) => void }) {
  return (
    <>
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
      <Switch small testId="discreet" checked={settings.discreet} label={t('setDiscreet')} onToggle={(discreet) => change((s) => ({ ...s, discreet }))} />
    </>
  );
}
