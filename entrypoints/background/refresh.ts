/**
 * Periodic dataset refresh: a browser alarm every `periodHours` (6 h to 7 days, default 24 h), and a
 * check at worker start when the last one is older than the period. The very first check waits an
 * hour after install (FIRST_CHECK_DELAY_MS), so the welcome page's "Check for updates: never" comes
 * before any request, not after one; "Check now" is never held back. The time of each attempt is
 * recorded before the network is touched, so a failing server or a worker that keeps being stopped
 * is retried once per period, never in a loop. One check runs at a time.
 */
import { browser } from 'wxt/browser';
import { checkForUpdate, UpdateError, type UpdateConfig } from '@/lib/updates/dataset-update';
import { getNow, getSettings, getUpdateStatus, updateStatusItem, type Settings, type UpdateStatus } from '@/lib/settings';
import type { DatasetService } from './dataset-service';
import { syncPanelRegistration } from './panel-registration';

export const REFRESH_ALARM = 'dataset-refresh';
/** How long after install the first check waits (the welcome page is read, its choices made). */
export const FIRST_CHECK_DELAY_MS = 3_600_000;

async function patchStatus(patch: Partial<UpdateStatus>): Promise<UpdateStatus> {
  const next = { ...(await getUpdateStatus()), ...patch };
  await updateStatusItem.setValue(next);
  return next;
}

export async function scheduleRefresh(config: UpdateConfig | null, settings: Settings): Promise<void> {
  if (!config || !settings.updates.enabled) {
    await browser.alarms.clear(REFRESH_ALARM);
    return;
  }
  const periodInMinutes = settings.updates.periodHours * 60;
  const existing = await browser.alarms.get(REFRESH_ALARM);
  if (existing?.periodInMinutes !== periodInMinutes) {
    await browser.alarms.create(REFRESH_ALARM, { periodInMinutes, delayInMinutes: periodInMinutes });
  }
}

export function createRefresher(config: UpdateConfig | null, service: DatasetService) {
  let running: Promise<UpdateStatus> | undefined;

  async function check(): Promise<UpdateStatus> {
    // Updates off: no network request at all, whatever triggered the check (a late alarm, a message).
    if (!config || !(await getSettings()).updates.enabled) return getUpdateStatus();
    const now = new Date().toISOString();
    await patchStatus({ lastCheckAt: now });
    const current = await service.get();
    try {
      const result = await checkForUpdate({ config, current: { index: current.index }, now: await getNow() });
      if (result.outcome === 'not-modified') return await patchStatus({ lastSuccessAt: now, lastError: undefined });
      const accepted = await service.accept(result.dataset, result.publicKey);
      await syncPanelRegistration(accepted.index);
      return await patchStatus({
        lastSuccessAt: now,
        lastError: undefined,
        lastChange: { at: now, version: result.dataset.index.version, ...result.change },
      });
    } catch (error) {
      const code = error instanceof UpdateError ? error.code : 'internal';
      const detail = error instanceof UpdateError ? error.detail : (error as Error).message;
      return patchStatus({ lastError: { at: now, code, message: (error as Error).message, detail } });
    }
  }

  return {
    /** Runs a check now (the popup's "Check now", the alarm); joins one already running. */
    run(): Promise<UpdateStatus> {
      return (running ??= check().finally(() => (running = undefined)));
    },
    /**
     * At worker start (and from the alarm): check only if updates are on and the last attempt is older
     * than the period; never within the first hour after install.
     */
    async runIfDue(now = Date.now()): Promise<void> {
      const settings = await getSettings();
      if (!config || !settings.updates.enabled) return;
      const { lastCheckAt: last, firstSeenAt } = await getUpdateStatus();
      if (!last) {
        if (!firstSeenAt) await patchStatus({ firstSeenAt: new Date(now).toISOString() });
        if (!firstSeenAt || now - Date.parse(firstSeenAt) < FIRST_CHECK_DELAY_MS) return;
      }
      if (!last || now - Date.parse(last) >= settings.updates.periodHours * 3_600_000) await this.run();
    },
  };
}

export type Refresher = ReturnType<typeof createRefresher>;
