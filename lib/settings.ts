/**
 * User settings, one versioned storage item validated with zod on every read (storage written by an
 * older version, or by hand, is untrusted). Session-only state (companies dismissed on a site until
 * the browser restarts, what each tab matched) lives in storage.session, which the browser clears on
 * restart.
 */
import * as z from 'zod/mini';
import { storage } from 'wxt/utils/storage';
import { Involvement } from '../data/schema';
import { isSiteCovered } from './site';
import { isMuteInForce } from './mutes';

export const UPDATE_PERIODS_HOURS = [6, 12, 24, 72, 168] as const;

export const UpdateSettings = z.object({
  /** Off: the extension makes no network request at all. */
  enabled: z._default(z.boolean(), true),
  periodHours: z._default(z.int().check(z.gte(6), z.lte(168)), 24),
});

export const Categories = z.object({
  /** Sites of listed companies (wayfair.com, aws.amazon.com …). */
  sites: z._default(z.boolean(), true),
  /** Employers named on job pages (Lever, Greenhouse, Workday, LinkedIn …). */
  jobs: z._default(z.boolean(), true),
  /** Brands of products on store pages (Amazon, Walmart, Target, Best Buy, eBay). */
  shopping: z._default(z.boolean(), true),
});
export type Categories = z.infer<typeof Categories>;

/** What a company does for ICE and CBP (data/schema.ts): alerts only for the kinds switched on. */
export const InvolvementFilter = z.object(
  Object.fromEntries(Involvement.options.map((kind) => [kind, z._default(z.boolean(), true)])) as Record<Involvement, z.ZodMiniDefault<z.ZodMiniBoolean>>,
);
export type InvolvementFilter = z.infer<typeof InvolvementFilter>;
const ALL_INVOLVEMENT = Object.fromEntries(Involvement.options.map((kind) => [kind, true])) as InvolvementFilter;

export const MUTE_DURATIONS = { day: 86_400_000, week: 7 * 86_400_000, always: null } as const;
export type MuteDuration = keyof typeof MUTE_DURATIONS;

/** "Don't show on this site" or "Don't show for this company", until a time or for good. */
export const Mute = z.strictObject({
  kind: z.enum(['site', 'company']),
  /** A site key (lib/site.ts) or a company id. */
  value: z.string().check(z.minLength(1), z.maxLength(253)),
  /** ISO time the mute ends; null: until undone. */
  until: z.nullable(z.iso.datetime()),
  /** What to call it in lists: the company's name when muted. */
  label: z.optional(z.string().check(z.maxLength(200))),
});
export type Mute = z.infer<typeof Mute>;

export const Settings = z.object({
  /** The master switch: off means no panel on the next page load. */
  showAlerts: z._default(z.boolean(), true),
  categories: z._default(Categories, { sites: true, jobs: true, shopping: true }),
  /** Kinds of work to alert about; a company is shown when any of its kinds is on. */
  involvement: z._default(InvolvementFilter, ALL_INVOLVEMENT),
  /**
   * How often the panel opens by itself for the same company; otherwise a small collapsed tab in the
   * corner opens it. Against alert fatigue.
   */
  autoOpen: z._default(z.enum(['every-visit', 'daily', 'weekly', 'never']), 'daily'),
  /** Neutral toolbar icon, grey badge, never opens by itself: details only on request. */
  discreet: z._default(z.boolean(), false),
  mutes: z._default(z.array(Mute), []),
  updates: z._default(UpdateSettings, { enabled: true, periodHours: 24 }),
  /**
   * Sites used all day (GitHub, Amazon) where the small collapsed tab stays out of the page; the
   * toolbar badge still marks the tab, and the panel still opens by itself as `autoOpen` says.
   */
  noTabSites: z._default(z.array(z.string().check(z.minLength(1), z.maxLength(253))).check(z.maxLength(500)), []),
});
export type Settings = z.infer<typeof Settings>;

export const DEFAULT_SETTINGS: Settings = Settings.parse({});

/**
 * Each stored version migrates to the next: v1 had no `updates`, v2 no `categories`, v3 kept muted
 * sites as a list of names (`mutedSites`), which become mutes without an end, v4 had no
 * `involvement` filter (everything on), v5 had one kind for running detention and the services
 * inside it, and none for construction and facility work (such awards were goods or services).
 */
export const SETTINGS_MIGRATIONS = {
  2: (v1: Record<string, unknown>) => ({ ...v1, updates: DEFAULT_SETTINGS.updates }),
  3: (v2: Record<string, unknown>) => ({ ...v2, categories: DEFAULT_SETTINGS.categories }),
  4: ({ mutedSites, ...v3 }: Record<string, unknown>) => ({
    ...v3,
    autoOpen: DEFAULT_SETTINGS.autoOpen,
    discreet: DEFAULT_SETTINGS.discreet,
    mutes: (Array.isArray(mutedSites) ? mutedSites : []).filter((v): v is string => typeof v === 'string').map((value) => ({ kind: 'site', value, until: null })),
  }),
  5: (v4: Record<string, unknown>) => ({ ...v4, involvement: DEFAULT_SETTINGS.involvement }),
  // The new kinds were carved out of old ones: each starts as the user left what it came from, so a
  // kind switched off keeps hiding the same companies ('construction-facilities' only when both the
  // goods and the services it came out of were on).
  6: (v5: Record<string, unknown>) => {
    const old = (v5.involvement && typeof v5.involvement === 'object' ? v5.involvement : {}) as Record<string, unknown>;
    const was = (kind: string) => old[kind] !== false;
    return {
      ...v5,
      involvement: {
        ...old,
        'detention-services': was('detention-operations'),
        'construction-facilities': was('equipment-supplies') && was('professional-services'),
      },
    };
  },
};

/** Mutes still in force at `now` (ms). */
export function activeMutes(settings: Settings, now: number): Mute[] {
  return settings.mutes.filter((m) => isMuteInForce(m.until, now));
}

export function addMute(settings: Settings, kind: Mute['kind'], value: string, duration: MuteDuration, now: number, label?: string): Settings {
  const ms = MUTE_DURATIONS[duration];
  const until = ms === null ? null : new Date(now + ms).toISOString();
  // Expired mutes are dropped whenever the list changes.
  const others = activeMutes(settings, now).filter((m) => !(m.kind === kind && m.value === value));
  return { ...settings, mutes: [...others, { kind, value, until, ...(label ? { label } : {}) }] };
}

export function removeMute(settings: Settings, kind: Mute['kind'], value: string): Settings {
  return { ...settings, mutes: settings.mutes.filter((m) => !(m.kind === kind && m.value === value)) };
}

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 6,
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
  /** When the worker first ran with updates on: the first check waits FIRST_CHECK_DELAY_MS after it. */
  firstSeenAt: z.optional(z.string()),
  lastCheckAt: z.optional(z.string()),
  lastSuccessAt: z.optional(z.string()),
  lastError: z.optional(z.object({ at: z.string(), code: z.string(), message: z.string(), detail: z.optional(z.string()) })),
  lastChange: z.optional(
    z.object({ at: z.string(), version: z.number(), added: z.array(z.string()), removed: z.array(z.string()), changed: z.array(z.string()) }),
  ),
});
export type UpdateStatus = z.infer<typeof UpdateStatus>;

export const updateStatusItem = storage.defineItem<UpdateStatus>('local:updateStatus', { fallback: {} });

export async function getUpdateStatus(): Promise<UpdateStatus> {
  const parsed = UpdateStatus.safeParse(await updateStatusItem.getValue());
  return parsed.success ? parsed.data : {};
}

/**
 * A panel dismissed (×, Escape, "Hide"): that company on that site (its subdomains too), until the
 * browser restarts. Never the whole site: a job board, a store or a search engine shows many
 * companies, and hiding Booz Allen must not hide Palantir on the next posting. Silencing a whole site
 * is a mute, chosen and confirmed apart.
 */
export const Dismissal = z.strictObject({ site: z.string().check(z.minLength(1), z.maxLength(253)), company: z.string().check(z.minLength(1), z.maxLength(200)) });
export type Dismissal = z.infer<typeof Dismissal>;

export const dismissedItem = storage.defineItem<Dismissal[]>('session:dismissed', { fallback: [] });

export async function getDismissed(): Promise<Dismissal[]> {
  const parsed = z.array(Dismissal).safeParse(await dismissedItem.getValue());
  return parsed.success ? parsed.data : [];
}

/** Whether `company` was dismissed on the site of `host` (a dismissal on a site covers its subdomains). */
export function isDismissed(dismissed: readonly Dismissal[], host: string, company: string): boolean {
  return dismissed.some((d) => d.company === company && isSiteCovered(host, [d.site]));
}

/**
 * When the panel last opened by itself, per site and company (for the auto-open guard; key:
 * autoOpenKey). Per site: a page that names another site's companies neither reads (collapsed tab or
 * open panel) nor spends the user's record of that site. Kept apart from the settings: it is state,
 * not a choice, and is not exported with them.
 */
export const autoOpenedItem = storage.defineItem<Record<string, string>>('local:autoOpened', { fallback: {} });

/** The auto-open record's key for a company's panel on a site ("linkedin.com palantir"). */
export function autoOpenKey(site: string, companyId: string): string {
  return `${site} ${companyId}`;
}

/**
 * The time, for everything that depends on it (mute expiry, the auto-open guard). In test builds
 * only (`wxt build --mode test`, and Vitest), tests set `local:nowOverride` (ms since the epoch) from
 * an extension page, because a test cannot move the service worker's clock otherwise; a release build
 * compiles the override out and reads the clock.
 */
export const nowOverrideItem = /* @__PURE__ */ storage.defineItem<number | null>('local:nowOverride', { fallback: null });

export async function getNow(): Promise<number> {
  if (import.meta.env.MODE !== 'test') return Date.now();
  const override = await nowOverrideItem.getValue();
  return typeof override === 'number' && Number.isFinite(override) ? override : Date.now();
}

/** The collapsed tab on a site (`site`: the host without "www."), on or off. */
export function setTabOnSite(settings: Settings, site: string, on: boolean): Settings {
  const others = settings.noTabSites.filter((s) => s !== site);
  return { ...settings, noTabSites: on ? others : [...others, site] };
}
