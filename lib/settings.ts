/**
 * User settings, one versioned storage item validated with zod on every read (storage written by an
 * older version, or by hand, is untrusted). Session-only state (sites dismissed until the browser
 * restarts, what each tab matched) lives in storage.session, which the browser clears on restart.
 */
import { z } from 'zod';
import { storage } from 'wxt/utils/storage';
import { HostName } from '../data/schema';

export const UPDATE_PERIODS_HOURS = [6, 12, 24, 72, 168] as const;

export const UpdateSettings = z.object({
  /** Off: the extension makes no network request at all. */
  enabled: z.boolean().default(true),
  periodHours: z.number().int().min(6).max(168).default(24),
});

export const Categories = z.object({
  /** Sites of listed companies (wayfair.com, aws.amazon.com …). */
  sites: z.boolean().default(true),
  /** Employers named on job pages (Lever, Greenhouse, Workday, LinkedIn …). */
  jobs: z.boolean().default(true),
  /** Brands of products on store pages (Amazon, Walmart, Target, Best Buy, eBay). */
  shopping: z.boolean().default(true),
});
export type Categories = z.infer<typeof Categories>;

export const Settings = z.object({
  /** The master switch: off means no panel on the next page load. */
  showAlerts: z.boolean().default(true),
  categories: Categories.default({ sites: true, jobs: true, shopping: true }),
  /** Sites muted with "Don't show on this site" (see lib/site.ts). */
  mutedSites: z.array(HostName).default([]),
  updates: UpdateSettings.default({ enabled: true, periodHours: 24 }),
});
export type Settings = z.infer<typeof Settings>;

export const DEFAULT_SETTINGS: Settings = Settings.parse({});

/** Each stored version migrates to the next: v1 had no `updates`, v2 no `categories`. */
export const SETTINGS_MIGRATIONS = {
  2: (v1: Record<string, unknown>) => ({ ...v1, updates: DEFAULT_SETTINGS.updates }),
  3: (v2: Record<string, unknown>) => ({ ...v2, categories: DEFAULT_SETTINGS.categories }),
};

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 3,
  migrations: SETTINGS_MIGRATIONS,
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

/** What the last update checks did, for the popup. */
export const UpdateStatus = z.object({
  lastCheckAt: z.string().optional(),
  lastSuccessAt: z.string().optional(),
  lastError: z.object({ at: z.string(), code: z.string(), message: z.string() }).optional(),
  lastChange: z
    .object({ at: z.string(), version: z.number(), added: z.array(z.string()), removed: z.array(z.string()), changed: z.array(z.string()) })
    .optional(),
});
export type UpdateStatus = z.infer<typeof UpdateStatus>;

export const updateStatusItem = storage.defineItem<UpdateStatus>('local:updateStatus', { fallback: {} });

export async function getUpdateStatus(): Promise<UpdateStatus> {
  const parsed = UpdateStatus.safeParse(await updateStatusItem.getValue());
  return parsed.success ? parsed.data : {};
}

export const dismissedSitesItem = storage.defineItem<string[]>('session:dismissedSites', { fallback: [] });

export async function getDismissedSites(): Promise<string[]> {
  const parsed = z.array(z.string()).safeParse(await dismissedSitesItem.getValue());
  return parsed.success ? parsed.data : [];
}
