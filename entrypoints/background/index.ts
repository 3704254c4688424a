/**
 * Background wiring: the dataset service (bundled data, or the last accepted update), the panel's
 * run-time registration, messaging, and, in builds with an update channel, the periodic refresh.
 * Listeners are registered synchronously so that events waking the worker are not lost.
 */
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { BUNDLED_DATASET_FILE, BUNDLED_META } from '@/lib/bundled-dataset-file';
import { UPDATE_CONFIG } from '@/lib/updates/update-config';
import { autoOpenedItem, dismissedItem, getSettings, settingsItem, updateStatusItem } from '@/lib/settings';
import { createDatasetService } from './dataset-service';
import { registerMessaging } from './messaging';
import { ALWAYS_ON, syncPanelRegistration } from './panel-registration';
import { createRefresher, REFRESH_ALARM, scheduleRefresh } from './refresh';
import { setToolbarIcon } from './badge';
import { syncFastCards } from './fast-cards';
import { registerFirstRun } from './first-run';

export default defineBackground(() => {
  // The bundled dataset is a file of the extension (wxt.config.ts), read when the worker first needs it.
  const readBundled = async (): Promise<unknown> => {
    const response = await fetch((browser.runtime.getURL as (path: string) => string)(`/${BUNDLED_DATASET_FILE}`));
    if (!response.ok || !response.body) throw new Error(`${BUNDLED_DATASET_FILE}: HTTP ${response.status}`);
    return new Response(response.body.pipeThrough(new DecompressionStream('gzip'))).json();
  };
  const service = createDatasetService(readBundled, UPDATE_CONFIG?.publicKeys ?? [], BUNDLED_META);
  const refresher = UPDATE_CONFIG ? createRefresher(UPDATE_CONFIG, service) : undefined;
  // The answers kept for listed sites (fast-cards.ts) follow every change they depend on.
  const syncCards = () => (ALWAYS_ON ? Promise.resolve() : syncFastCards(async () => (await service.get()).index));
  // Messaging awaits the rewrite after recording a dismissal, a mute or an auto-opened panel (the
  // next page must see it); the watchers also catch these records written by any other context.
  registerMessaging({ service, refresher, onStateChange: syncCards, ...(UPDATE_CONFIG ? { updateUrl: UPDATE_CONFIG.url } : {}) });
  registerFirstRun();
  autoOpenedItem.watch(() => void syncCards());
  dismissedItem.watch(() => void syncCards());
  // A data update (its record of what changed is new).
  updateStatusItem.watch((next, previous) => {
    if (next?.lastChange?.at !== previous?.lastChange?.at) void syncCards();
  });

  // Sites the user allows (or withdraws) in the popup or options page get (or lose) the panel now.
  const resync = async () => syncPanelRegistration((await service.get()).index);
  browser.permissions.onAdded.addListener(() => void resync());
  browser.permissions.onRemoved.addListener(() => void resync());

  browser.alarms?.onAlarm.addListener((alarm) => {
    if (alarm.name === REFRESH_ALARM) void refresher?.run();
  });
  settingsItem.watch(async () => {
    void syncCards();
    const settings = await getSettings();
    await setToolbarIcon(settings.discreet);
    await scheduleRefresh(UPDATE_CONFIG, settings);
  });

  // Every worker start: make sure the panel is registered for the dataset in use, the refresh alarm
  // matches the settings, and a check runs if one is overdue.
  void (async () => {
    await syncPanelRegistration((await service.get()).index);
    await syncCards();
    const settings = await getSettings();
    if (settings.discreet) await setToolbarIcon(true);
    if (UPDATE_CONFIG) {
      await scheduleRefresh(UPDATE_CONFIG, settings);
      await refresher?.runIfDue();
    }
  })();
});
