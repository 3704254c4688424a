/**
 * User settings, one versioned storage item validated with zod on every read (storage written by an
 * older version, or by hand, is untrusted). Session-only state (sites dismissed until the browser
 * restarts, what each tab matched) lives in storage.session, which the browser clears on restart.
 */
import { z } from 'zod';
import { storage } from 'wxt/utils/storage';
import { HostName } from '../data/schema';

export const Settings = z.object({
  /** The master switch: off means no panel on the next page load. */
  showAlerts: z.boolean().default(true),
  /** Sites muted with "Don't show on this site" (see lib/site.ts). */
  mutedSites: z.array(HostName).default([]),
});
export type Settings = z.infer<typeof Settings>;

export const DEFAULT_SETTINGS: Settings = Settings.parse({});

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

export async function getSettings(): Promise<Settings> {
  const parsed = Settings.safeParse(await settingsItem.getValue());
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
}

export async function updateSettings(change: (current: Settings) => Settings): Promise<Settings> {
  const next = Settings.parse(change(await getSettings()));
  await settingsItem.setValue(next);
  return next;
}

export const dismissedSitesItem = storage.defineItem<string[]>('session:dismissedSites', { fallback: [] });

export async function getDismissedSites(): Promise<string[]> {
  const parsed = z.array(z.string()).safeParse(await dismissedSitesItem.getValue());
  return parsed.success ? parsed.data : [];
}
