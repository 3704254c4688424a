import { describe, expect, it } from 'vitest';
import { buildCompanyIndex } from '@/lib/company-index';
import { buildDataset } from '@/scripts/build-dataset';
import { getUrlStatus, lookupPage, shouldAutoOpen, type LookupState } from '@/entrypoints/background/lookup';
import { activeMutes, addMute, DEFAULT_SETTINGS, removeMute, type Settings } from '@/lib/settings';
import { getSiteKey, isSiteCovered } from '@/lib/site';
import { describeRemaining } from '@/lib/time';

const index = buildCompanyIndex(buildDataset());
const NOW = Date.parse('2026-11-22T12:00:00Z');
const DAY = 86_400_000;
const fresh: LookupState = { now: NOW, dismissed: [], autoOpened: {} };
const withMute = (kind: 'site' | 'company', value: string, duration: 'day' | 'week' | 'always' = 'always'): Settings =>
  addMute(DEFAULT_SETTINGS, kind, value, duration, NOW);

describe('lookupPage', () => {
  it('opens the panel on a listed host with default settings', async () => {
    const result = (await lookupPage(index, 'https://www.wayfair.com/sofas', [], DEFAULT_SETTINGS, fresh));
    expect(result).toMatchObject({ status: 'show', open: true, match: { company: { id: 'wayfair' }, site: 'wayfair.com' } });
  });

  it('answers none for unlisted hosts', async () => {
    expect((await lookupPage(index, 'https://www.example.com/', [], DEFAULT_SETTINGS, fresh))).toEqual({ status: 'none' });
  });

  it('hides when alerts are off, the site or company is muted, dismissed, or in discreet mode', async () => {
    const url = 'https://aws.amazon.com/';
    expect((await lookupPage(index, url, [], { ...DEFAULT_SETTINGS, showAlerts: false }, fresh))).toMatchObject({ status: 'hidden', reason: 'alerts-off' });
    expect((await lookupPage(index, url, [], withMute('site', 'aws.amazon.com'), fresh))).toMatchObject({ status: 'hidden', reason: 'muted' });
    expect((await lookupPage(index, url, [], withMute('company', 'amazon'), fresh))).toMatchObject({ status: 'hidden', reason: 'muted' });
    expect((await lookupPage(index, url, [], DEFAULT_SETTINGS, { ...fresh, dismissed: [{ site: 'aws.amazon.com', company: 'amazon' }] }))).toMatchObject({ status: 'hidden', reason: 'dismissed' });
    // A dismissal is one company's: another company's panel on the same site still shows.
    expect((await lookupPage(index, url, [], DEFAULT_SETTINGS, { ...fresh, dismissed: [{ site: 'aws.amazon.com', company: 'palantir' }] })).status).toBe('show');
    expect((await lookupPage(index, url, [], { ...DEFAULT_SETTINGS, discreet: true }, fresh))).toMatchObject({ status: 'hidden', reason: 'discreet' });
    // "Show details" shows it anyway.
    expect((await lookupPage(index, url, [], { ...DEFAULT_SETTINGS, discreet: true }, fresh, true))).toMatchObject({ status: 'show', open: true });
  });

  it('a site without the small tab: nothing in the page unless the panel opens by itself; other sites keep it', async () => {
    const noTab = { ...DEFAULT_SETTINGS, noTabSites: ['amazon.com'] };
    const seen = { ...fresh, autoOpened: { 'aws.amazon.com amazon': new Date(NOW).toISOString() } };
    // Seen today: the tab would show, and the user took it off amazon.com (its subdomains too).
    expect(await lookupPage(index, 'https://aws.amazon.com/', [], noTab, seen)).toMatchObject({ status: 'hidden', reason: 'no-tab' });
    expect(await lookupPage(index, 'https://aws.amazon.com/', [], DEFAULT_SETTINGS, seen)).toMatchObject({ status: 'show', open: false });
    // Not seen yet today: the panel still opens by itself, as auto-open says.
    expect(await lookupPage(index, 'https://aws.amazon.com/', [], noTab, fresh)).toMatchObject({ status: 'show', open: true });
    // Another site keeps its tab; "Show details" always shows the panel.
    expect(await lookupPage(index, 'https://www.wayfair.com/', [], noTab, { ...fresh, autoOpened: { 'wayfair.com wayfair': new Date(NOW).toISOString() } })).toMatchObject({ status: 'show', open: false });
    expect(await lookupPage(index, 'https://aws.amazon.com/', [], noTab, seen, true)).toMatchObject({ status: 'show', open: true });
  });

  it('a brand hidden on a listed store leaves the store\'s own panel; hiding both hides everything', async () => {
    const url = 'https://www.amazon.com/Dell-Latitude-5440/dp/B0C1';
    const dell = [{ name: 'Dell', role: 'brand' as const, source: 'structured-data' as const }];
    expect(await lookupPage(index, url, dell, DEFAULT_SETTINGS, fresh)).toMatchObject({ status: 'show', match: { company: { id: 'dell' } } });
    const dismissedDell = { ...fresh, dismissed: [{ site: 'amazon.com', company: 'dell' }] };
    expect(await lookupPage(index, url, dell, DEFAULT_SETTINGS, dismissedDell)).toMatchObject({ status: 'show', match: { company: { id: 'amazon' } } });
    expect(await lookupPage(index, url, dell, withMute('company', 'dell'), fresh)).toMatchObject({ status: 'show', match: { company: { id: 'amazon' } } });
    const both = { ...fresh, dismissed: [...dismissedDell.dismissed, { site: 'amazon.com', company: 'amazon' }] };
    expect(await lookupPage(index, url, dell, DEFAULT_SETTINGS, both)).toMatchObject({ status: 'hidden', reason: 'dismissed', match: { company: { id: 'dell' } } });
  });

  it('a site mute does not hide another site of the same company; a company mute hides them all, and its subsidiaries', async () => {
    const site = withMute('site', 'aws.amazon.com');
    expect((await lookupPage(index, 'https://www.amazon.com/', [], site, fresh)).status).toBe('show');
    expect((await lookupPage(index, 'https://wholefoodsmarket.com/', [], site, fresh)).status).toBe('show');
    const company = withMute('company', 'microsoft');
    expect((await lookupPage(index, 'https://www.microsoft.com/', [], company, fresh)).status).toBe('hidden');
    expect((await lookupPage(index, 'https://github.com/', [], company, fresh)).status).toBe('hidden');
    expect((await lookupPage(index, 'https://www.wayfair.com/', [], company, fresh)).status).toBe('show');
  });

  it('mutes for a day or a week end by themselves', async () => {
    const settings = withMute('company', 'wayfair', 'day');
    expect((await lookupPage(index, 'https://www.wayfair.com/', [], settings, fresh)).status).toBe('hidden');
    expect((await lookupPage(index, 'https://www.wayfair.com/', [], settings, { ...fresh, now: NOW + DAY + 1 })).status).toBe('show');
    const week = withMute('site', 'wayfair.com', 'week');
    expect((await lookupPage(index, 'https://www.wayfair.com/', [], week, { ...fresh, now: NOW + 6 * DAY })).status).toBe('hidden');
    expect((await lookupPage(index, 'https://www.wayfair.com/', [], week, { ...fresh, now: NOW + 7 * DAY })).status).toBe('show');
    expect(activeMutes(week, NOW + 7 * DAY)).toEqual([]);
  });
});

describe('the auto-open guard', () => {
  const opened = { 'wayfair.com wayfair': new Date(NOW).toISOString() };
  it('opens once per company and site per day by default, then offers the collapsed tab', async () => {
    expect(shouldAutoOpen(DEFAULT_SETTINGS, 'wayfair.com wayfair', { now: NOW + 23 * 3_600_000, autoOpened: opened })).toBe(false);
    expect(shouldAutoOpen(DEFAULT_SETTINGS, 'wayfair.com wayfair', { now: NOW + DAY, autoOpened: opened })).toBe(true);
    expect(shouldAutoOpen(DEFAULT_SETTINGS, 'amazon.com amazon', { now: NOW + 1, autoOpened: opened })).toBe(true);
    expect((await lookupPage(index, 'https://www.wayfair.com/', [], DEFAULT_SETTINGS, { ...fresh, autoOpened: opened }))).toMatchObject({ status: 'show', open: false });
  });

  it('is kept per site: a page naming another site\'s company neither reads nor spends that site\'s record (issue 30, N3)', async () => {
    const dell = [{ name: 'Dell', role: 'brand' as const, source: 'structured-data' as const, product: 'Dell Latitude 5440 Laptop' }];
    const onDellCom = { 'dell.com dell': new Date(NOW).toISOString() };
    // Seen on dell.com today: a store naming Dell still opens its panel (it learns nothing of dell.com) …
    expect(await lookupPage(index, 'https://www.amazon.com/dp/1', dell, DEFAULT_SETTINGS, { ...fresh, autoOpened: onDellCom })).toMatchObject({ status: 'show', match: { company: { id: 'dell' } }, open: true });
    // … and a panel seen on the store is the store's record, not dell.com's.
    const onAmazon = { 'amazon.com dell': new Date(NOW).toISOString() };
    expect(await lookupPage(index, 'https://www.dell.com/', [], DEFAULT_SETTINGS, { ...fresh, autoOpened: onAmazon })).toMatchObject({ status: 'show', open: true });
    expect(await lookupPage(index, 'https://www.amazon.com/dp/1', dell, DEFAULT_SETTINGS, { ...fresh, autoOpened: onAmazon })).toMatchObject({ open: false });
  });
  it('every visit, once a week, never; discreet never opens by itself', async () => {
    const at = (autoOpen: Settings['autoOpen'], now: number, discreet = false) => shouldAutoOpen({ ...DEFAULT_SETTINGS, autoOpen, discreet }, 'wayfair.com wayfair', { now, autoOpened: opened });
    expect(at('every-visit', NOW + 1)).toBe(true);
    expect(at('weekly', NOW + 6 * DAY)).toBe(false);
    expect(at('weekly', NOW + 7 * DAY)).toBe(true);
    expect(at('never', NOW + 100 * DAY)).toBe(false);
    expect(at('every-visit', NOW + 1, true)).toBe(false);
  });
});

describe('getUrlStatus', () => {
  it('reports the match and the mutes in force', async () => {
    const status = (await getUrlStatus(index, 'https://github.com/', [], withMute('site', 'github.com'), fresh));
    expect(status.match?.company.id).toBe('github');
    expect(status.match?.parents).toEqual([{ id: 'microsoft', name: 'Microsoft' }]);
    expect(status.mutes).toEqual([{ kind: 'site', value: 'github.com', until: null }]);
    expect((await getUrlStatus(index, 'https://www.hp.com/', [], DEFAULT_SETTINGS, fresh))).toEqual({ match: null, mutes: [], dismissed: false });
  });
});

describe('mutes and sites', () => {
  it('adding a mute replaces the same one and drops expired ones; removing undoes it', async () => {
    let s = addMute(DEFAULT_SETTINGS, 'site', 'old.example', 'day', NOW - 2 * DAY);
    s = addMute(s, 'site', 'wayfair.com', 'day', NOW);
    s = addMute(s, 'site', 'wayfair.com', 'always', NOW);
    expect(s.mutes).toEqual([{ kind: 'site', value: 'wayfair.com', until: null }]);
    expect(removeMute(s, 'site', 'wayfair.com').mutes).toEqual([]);
  });
  it('says how long a mute still lasts', async () => {
    expect(describeRemaining(null, NOW)).toBe('until you undo it');
    expect(describeRemaining(new Date(NOW + 3_600_000).toISOString(), NOW)).toBe('for 1 more hour');
    expect(describeRemaining(new Date(NOW + 6.5 * DAY).toISOString(), NOW)).toBe('for 7 more days');
  });
  it('drops a leading www. and covers subdomains, not lookalikes', async () => {
    expect(getSiteKey('www.wayfair.com')).toBe('wayfair.com');
    expect(getSiteKey('aws.amazon.com')).toBe('aws.amazon.com');
    expect(isSiteCovered('www.wayfair.com', ['wayfair.com'])).toBe(true);
    expect(isSiteCovered('notwayfair.com', ['wayfair.com'])).toBe(false);
    expect(isSiteCovered('amazon.com', ['aws.amazon.com'])).toBe(false);
  });
});

describe('the involvement filter', () => {
  it('alerts only about companies doing a kind of work that is switched on', async () => {
    const only = (kinds: string[]) => ({
      ...DEFAULT_SETTINGS,
      involvement: Object.fromEntries(Object.keys(DEFAULT_SETTINGS.involvement).map((k) => [k, kinds.includes(k)])) as typeof DEFAULT_SETTINGS.involvement,
    });
    // Wayfair sold furniture (equipment and supplies); Amazon hosts systems (IT and cloud).
    const detentionAndSurveillance = only(['detention-operations', 'surveillance-data']);
    expect((await lookupPage(index, 'https://www.wayfair.com/', [], detentionAndSurveillance, fresh)).status).toBe('none');
    expect((await lookupPage(index, 'https://aws.amazon.com/', [], detentionAndSurveillance, fresh)).status).toBe('none');
    expect((await lookupPage(index, 'https://www.geogroup.com/', [], detentionAndSurveillance, fresh)).status).not.toBe('none');
    expect((await lookupPage(index, 'https://aws.amazon.com/', [], only(['it-cloud']), fresh)).status).toBe('show');
    // "Show details" from the popup ignores the filter.
    expect((await lookupPage(index, 'https://www.wayfair.com/', [], detentionAndSurveillance, fresh, true)).status).toBe('show');
  });
});
