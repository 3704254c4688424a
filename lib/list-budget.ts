/**
 * How many result-list names and hosts the worker looks up for a site: a page whose list holds every
 * listed company could otherwise learn, by which results get no marker, every company and site the
 * user muted and every kind of work switched off, in seconds. The budget bounds that by what a person
 * reads: a page load gets what a few result pages show, a site (its registrable domain) what a long day
 * of searching shows, counted in the worker, so that reloading the page or opening it in more tabs
 * buys nothing. Markers for the day then stop on that site; the page's own panel is not affected.
 * Kept with the day it counts (the UTC date): a new day starts afresh. No browser API: tested in Node.
 */
import * as z from 'zod/mini';

/** Names and hosts one page load may have looked up: about eight pages of 25 job results. */
export const LIST_KEYS_PER_PAGE = 200;
/** Names and hosts one site may have looked up in a day, over all its pages and tabs. */
export const LIST_KEYS_PER_SITE_DAY = 400;

export const ListBudget = z.strictObject({
  day: z.string(),
  /** Keys looked up today, per site. */
  sites: z.record(z.string(), z.number()),
});
export type ListBudget = z.infer<typeof ListBudget>;

export const dayOf = (now: number) => new Date(now).toISOString().slice(0, 10);

/**
 * How many of `wanted` keys a page load that has already used `pageUsed` may look up now, and the
 * budget after it. Zero when the page load or the site has used its share.
 */
export function grantListKeys(budget: ListBudget | undefined, site: string, now: number, wanted: number, pageUsed: number): { granted: number; budget: ListBudget } {
  const day = dayOf(now);
  const sites = budget?.day === day ? budget.sites : {};
  const siteUsed = sites[site] ?? 0;
  const granted = Math.max(0, Math.min(wanted, LIST_KEYS_PER_PAGE - pageUsed, LIST_KEYS_PER_SITE_DAY - siteUsed));
  return { granted, budget: { day, sites: { ...sites, [site]: siteUsed + granted } } };
}

/** Whether a site has used its share today (the popup says markers are paused there). */
export function listBudgetSpent(budget: ListBudget | undefined, site: string, now: number): boolean {
  return budget?.day === dayOf(now) && (budget.sites[site] ?? 0) >= LIST_KEYS_PER_SITE_DAY;
}
