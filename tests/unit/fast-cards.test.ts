/**
 * The answers the worker keeps for listed sites (entrypoints/background/fast-cards.ts), which a page
 * shows before waking the worker: the same as lookupPage's, only for a company's own sites (never a
 * store or a job board), none where the settings say nothing is shown, and never held past a mute's end.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { buildFastCards, FAST_CARD_HOURS, syncFastCards } from '@/entrypoints/background/fast-cards';
import { lookupPage } from '@/entrypoints/background/lookup';
import { buildCompanyIndex } from '@/lib/company-index';
import { FAST_COMPANY, FAST_HOST, FAST_KEYS, type FastCompany, type FastHost } from '@/lib/fast-cards-keys';
import { addMute, autoOpenedItem, DEFAULT_SETTINGS, dismissedItem, settingsItem, type Dismissal } from '@/lib/settings';
import { buildDataset } from '@/scripts/build-dataset';
import { readFastCard } from '@/entrypoints/panel.content/fast-card';

const dataset = buildDataset();
const index = buildCompanyIndex(dataset);
const NOW = Date.parse('2026-12-05T12:00:00Z');
const state = { now: NOW, dismissed: [] as Dismissal[], autoOpened: {} as Record<string, string> };
const host = (cards: Record<string, unknown>, name: string) => cards[`${FAST_HOST}${name}`] as FastHost | undefined;

describe('fast cards', () => {
  beforeEach(() => fakeBrowser.reset());

  it('hold, for each listed site and its www. host, what lookupPage answers, and the company card once', async () => {
    const cards = await buildFastCards(index, DEFAULT_SETTINGS, state);
    const wayfair = host(cards, 'www.wayfair.com')!;
    const answer = await lookupPage(index, 'https://www.wayfair.com/', [], DEFAULT_SETTINGS, state);
    expect(answer.status).toBe('show');
    if (answer.status !== 'show') return;
    expect(wayfair).toEqual({ company: 'wayfair', why: answer.match.why, site: answer.match.site, open: answer.open, until: NOW + FAST_CARD_HOURS * 3_600_000 });
    expect(host(cards, 'wayfair.com')?.company).toBe('wayfair');
    expect((cards[`${FAST_COMPANY}wayfair`] as FastCompany).company).toEqual(answer.match.company);
    expect(host(cards, 'www.github.com')?.company).toBe('github');
    expect((cards[`${FAST_COMPANY}github`] as FastCompany).parents.map((p) => p.id)).toEqual(['microsoft']);
  });

  it('leave out stores and job boards, where the page\'s own brand or employer decides', async () => {
    const cards = await buildFastCards(index, DEFAULT_SETTINGS, state);
    expect(host(cards, 'www.amazon.com')).toBeUndefined();
    expect(host(cards, 'www.amazon.de')).toBeUndefined();
    expect(host(cards, 'amazon.jobs')?.company).toBe('amazon');
  });

  it('hold nothing with alerts off, in discreet mode, for a dismissed or muted site, a muted company or a category switched off', async () => {
    expect(await buildFastCards(index, { ...DEFAULT_SETTINGS, showAlerts: false }, state)).toEqual({});
    expect(await buildFastCards(index, { ...DEFAULT_SETTINGS, discreet: true }, state)).toEqual({});
    expect(await buildFastCards(index, { ...DEFAULT_SETTINGS, categories: { ...DEFAULT_SETTINGS.categories, sites: false } }, state)).toEqual({});
    expect(host(await buildFastCards(index, DEFAULT_SETTINGS, { ...state, dismissed: [{ site: 'wayfair.com', company: 'wayfair' }] }), 'www.wayfair.com')).toBeUndefined();
    const mutedCompany = await buildFastCards(index, addMute(DEFAULT_SETTINGS, 'company', 'microsoft', 'always', NOW), state);
    expect(host(mutedCompany, 'www.github.com')).toBeUndefined(); // a parent's mute covers it
  });

  it('end with the first mute that ends, and with the auto-open guard\'s period', async () => {
    const muted = addMute(DEFAULT_SETTINGS, 'site', 'palantir.com', 'day', NOW);
    // A day's mute ends after the longest an answer is trusted: that bound holds.
    expect(host(await buildFastCards(index, muted, state), 'www.wayfair.com')!.until).toBe(NOW + FAST_CARD_HOURS * 3_600_000);
    const soon = { ...muted, mutes: muted.mutes.map((m) => ({ ...m, until: new Date(NOW + 60_000).toISOString() })) };
    expect(host(await buildFastCards(index, soon, state), 'www.wayfair.com')!.until).toBe(NOW + 60_000);
    // Opened an hour ago: collapsed until a day after that, then opened again.
    const seen = { ...state, autoOpened: { 'wayfair.com wayfair': new Date(NOW - 3_600_000).toISOString() } };
    const settings = { ...DEFAULT_SETTINGS, autoOpen: 'daily' as const };
    const wayfair = host(await buildFastCards(index, settings, seen), 'www.wayfair.com')!;
    expect(wayfair.open).toBe(false);
    expect(wayfair.until).toBe(Math.min(NOW + FAST_CARD_HOURS * 3_600_000, NOW - 3_600_000 + 86_400_000));
  });

  it('are written to extension storage, and what is no longer wanted is removed', async () => {
    await syncFastCards(async () => index);
    const written = await fakeBrowser.storage.local.get(null);
    expect((written[`${FAST_HOST}www.wayfair.com`] as FastHost).company).toBe('wayfair');
    expect(written[FAST_KEYS]).toContain(`${FAST_HOST}www.wayfair.com`);
    await dismissedItem.setValue([{ site: 'wayfair.com', company: 'wayfair' }]);
    await syncFastCards(async () => index);
    expect((await fakeBrowser.storage.local.get(`${FAST_HOST}www.wayfair.com`))[`${FAST_HOST}www.wayfair.com`]).toBeUndefined();
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, showAlerts: false });
    await syncFastCards(async () => index);
    const left = Object.keys(await fakeBrowser.storage.local.get(null)).filter((k) => k.startsWith('fast:h:') || k.startsWith('fast:c:'));
    expect(left).toEqual([]);
  });

  it('follow a panel opened by itself on a listed site, and are not rewritten for one opened for a company without a site', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, autoOpen: 'daily' });
    await syncFastCards(async () => index);
    const kept = async () => (await fakeBrowser.storage.local.get(`${FAST_HOST}www.wayfair.com`))[`${FAST_HOST}www.wayfair.com`] as FastHost;
    expect((await kept()).open).toBe(true);
    // A planted value shows whether a sync rewrote the answers.
    const planted = { ...(await kept()), why: { kind: 'planted' } };
    await fakeBrowser.storage.local.set({ [`${FAST_HOST}www.wayfair.com`]: planted });
    const noSite = dataset.companies.find((c) => c.hosts.length === 0)!;
    await autoOpenedItem.setValue({ [`linkedin.com ${noSite.id}`]: new Date().toISOString() });
    await syncFastCards(async () => index);
    expect(await kept()).toEqual(planted);
    // Wayfair's panel opened by itself on another site (a store naming it): not this site's record.
    await autoOpenedItem.setValue({ [`linkedin.com ${noSite.id}`]: new Date().toISOString(), 'amazon.com wayfair': new Date().toISOString() });
    await syncFastCards(async () => index);
    expect(await kept()).toEqual(planted);
    await autoOpenedItem.setValue({ [`linkedin.com ${noSite.id}`]: new Date().toISOString(), 'wayfair.com wayfair': new Date().toISOString() });
    await syncFastCards(async () => index);
    expect((await kept()).why.kind).toBe('host');
    expect((await kept()).open).toBe(false);
  });
});

// Issue 30, N7: the kept answer is read by the page's content script while the worker may sleep, so
// the worker has not yet rewritten it after the user muted the company (or its parent, or the site).
describe('the kept answer as the page reads it', () => {
  beforeEach(() => fakeBrowser.reset());

  it('is not shown for a company, a parent or a site muted since it was written', async () => {
    await fakeBrowser.storage.local.set(await buildFastCards(index, DEFAULT_SETTINGS, { ...state, now: Date.now() }));
    expect((await readFastCard('www.github.com'))?.match.company.id).toBe('github');
    for (const [kind, value] of [['company', 'github'], ['company', 'microsoft'], ['site', 'github.com']] as const) {
      await fakeBrowser.storage.local.set({ settings: addMute(DEFAULT_SETTINGS, kind, value, 'always', Date.now()) });
      expect(await readFastCard('www.github.com'), `${kind} ${value}`).toBeNull();
    }
    // A mute that has ended, or one of another company or site, leaves it.
    const ended = { ...DEFAULT_SETTINGS, mutes: [{ kind: 'company' as const, value: 'github', until: new Date(Date.now() - 1000).toISOString() }] };
    await fakeBrowser.storage.local.set({ settings: addMute(ended, 'site', 'wayfair.com', 'always', Date.now()) });
    expect((await readFastCard('www.github.com'))?.match.company.id).toBe('github');
  });
});
