import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { handleMessage } from '@/entrypoints/background/messaging';
import { buildDataset } from '@/scripts/build-dataset';
import { autoOpenedItem, getDismissed, getSettings, nowOverrideItem, updateSettings } from '@/lib/settings';
import { ANSWERS_KEPT, RATE_LIMIT } from '@/entrypoints/background/tab-pages';
import { LIST_KEYS_PER_PAGE, LIST_KEYS_PER_SITE_DAY } from '@/lib/list-budget';
import { createDatasetService } from '@/entrypoints/background/dataset-service';

const bundled = buildDataset();
const deps = { service: createDatasetService(bundled) };

function fromPage(url: string, extra: Record<string, unknown> = {}) {
  return { id: browser.runtime.id, url, frameId: 0, tab: { id: 7, index: 0 } as never, ...extra };
}
const fromPopup = () => ({ id: browser.runtime.id, url: browser.runtime.getURL('/popup.html') });

beforeEach(() => fakeBrowser.reset());

/** The answer id the worker gave a panel to show. */
const answerOf = (response: unknown) => (response as { answer: string }).answer;
/** An id the worker never gave. */
const UNKNOWN = '0123456789abcdef0123456789abcdef';

describe('background messaging', () => {
  const lookup = (url: string, signals: unknown[] = [], doc = 'doc00001') => ({ type: 'page-lookup', doc, url, signals });

  it('answers a page lookup for the sender page; a URL on another origin in the message is ignored', async () => {
    const answer = await handleMessage(deps, lookup('https://www.wayfair.com/x'), fromPage('https://www.wayfair.com/x'));
    expect(answer).toMatchObject({ status: 'show', match: { company: { id: 'wayfair' } } });
    const smuggled = await handleMessage(deps, lookup('https://github.com/'), fromPage('https://www.wayfair.com/'));
    expect(smuggled).toMatchObject({ status: 'show', match: { company: { id: 'wayfair' } } });
    // Extra fields make the message invalid: no answer.
    expect(handleMessage(deps, { ...lookup('https://www.wayfair.com/'), extra: 1 }, fromPage('https://www.wayfair.com/'))).toBeUndefined();
  });

  it('matches the employer a job page names, using the page URL after a same-origin navigation', async () => {
    const signals = [{ name: 'Palantir Technologies', role: 'employer', source: 'structured-data' }];
    const answer = await handleMessage(deps, lookup('https://www.linkedin.com/jobs/view/2', signals), fromPage('https://www.linkedin.com/jobs/view/1'));
    expect(answer).toMatchObject({ status: 'show', match: { company: { id: 'palantir' }, why: { kind: 'employer' } } });
    const tooMany = Array.from({ length: 13 }, () => signals[0]);
    expect(handleMessage(deps, lookup('https://www.linkedin.com/jobs/view/2', tooMany), fromPage('https://www.linkedin.com/'))).toBeUndefined();
  });

  it('a warm-up from a page loads the data and answers nothing about the page; from elsewhere, or with a payload, no answer', async () => {
    let loads = 0;
    const counting = { service: { get: () => (loads++, deps.service.get()) } };
    expect(await handleMessage(counting, { type: 'warm-up' }, fromPage('https://www.amazon.com/dp/1'))).toEqual({ ok: true });
    expect(loads).toBe(1);
    expect(handleMessage(counting, { type: 'warm-up', url: 'https://www.amazon.com/' }, fromPage('https://www.amazon.com/dp/1'))).toBeUndefined();
    expect(handleMessage(counting, { type: 'warm-up' }, fromPopup())).toBeUndefined();
    expect(handleMessage(counting, { type: 'warm-up' }, fromPage('https://www.amazon.com/', { frameId: 2 }))).toBeUndefined();
    expect(loads).toBe(1);
  });

  it('gives our own pages the directory and a company\'s record; never a web page', async () => {
    const directory = (await handleMessage(deps, { type: 'directory' }, fromPopup())) as { version: number; rows: Array<{ id: string }> };
    expect(directory.version).toBe(bundled.version);
    expect(directory.rows.map((row) => row.id)).toEqual(bundled.companies.map((c) => c.id));
    const record = await handleMessage(deps, { type: 'company-record', id: 'bi-incorporated' }, fromPopup());
    expect(record).toMatchObject({ company: { id: 'bi-incorporated' }, parents: [{ id: 'geo-group', name: 'The GEO Group' }] });
    expect(record).not.toHaveProperty('why');
    expect(await handleMessage(deps, { type: 'company-record', id: 'no-such-company' }, fromPopup())).toBeNull();
    expect(handleMessage(deps, { type: 'directory' }, fromPage('https://www.wayfair.com/'))).toBeUndefined();
    expect(handleMessage(deps, { type: 'company-record', id: 'geo-group' }, fromPage('https://www.wayfair.com/'))).toBeUndefined();
  });

  it('ignores other extensions, sub-frames, non-web pages and malformed messages', () => {
    expect(handleMessage(deps, lookup('https://www.wayfair.com/'), fromPage('https://www.wayfair.com/', { id: 'someone-else' }))).toBeUndefined();
    expect(handleMessage(deps, lookup('https://www.wayfair.com/'), fromPage('https://www.wayfair.com/', { frameId: 3 }))).toBeUndefined();
    expect(handleMessage(deps, lookup('https://www.wayfair.com/'), fromPage('file:///tmp/wayfair.com'))).toBeUndefined();
    expect(handleMessage(deps, { type: 'nope' }, fromPage('https://www.wayfair.com/'))).toBeUndefined();
    expect(handleMessage(deps, null, fromPage('https://www.wayfair.com/'))).toBeUndefined();
    // A web page may not ask what the popup asks, and the popup may not pose as a page.
    expect(handleMessage(deps, { type: 'tab-status', tabId: 7 }, fromPage('https://www.wayfair.com/'))).toBeUndefined();
    expect(handleMessage(deps, lookup('https://www.wayfair.com/'), fromPopup())).toBeUndefined();
  });

  it('dismiss hides one company on one site for the session, and can be undone; mute is a remembered setting', async () => {
    // No panel answered with this id: nothing to dismiss.
    expect(await handleMessage(deps, { type: 'dismiss', answer: UNKNOWN }, fromPage('https://www.wayfair.com/'))).toEqual({ ok: false });
    const wayfair = answerOf(await handleMessage(deps, lookup('https://www.wayfair.com/'), fromPage('https://www.wayfair.com/')));
    await handleMessage(deps, { type: 'dismiss', answer: wayfair }, fromPage('https://www.wayfair.com/'));
    expect(await getDismissed()).toEqual([{ site: 'wayfair.com', company: 'wayfair' }]);
    expect(await handleMessage(deps, lookup('https://wayfair.com/'), fromPage('https://wayfair.com/'))).toMatchObject({ status: 'hidden', reason: 'dismissed' });

    // On a job board, dismissing Booz Allen's posting leaves Palantir's next posting alone.
    const booz = [{ name: 'Booz Allen Hamilton', role: 'employer', source: 'structured-data' }];
    const palantir = [{ name: 'Palantir Technologies', role: 'employer', source: 'structured-data' }];
    const boozAnswer = answerOf(await handleMessage(deps, lookup('https://www.linkedin.com/jobs/view/1', booz, 'doc00002'), fromPage('https://www.linkedin.com/jobs/view/1')));
    await handleMessage(deps, { type: 'dismiss', answer: boozAnswer }, fromPage('https://www.linkedin.com/jobs/view/1'));
    expect(await handleMessage(deps, lookup('https://www.linkedin.com/jobs/view/2', palantir, 'doc00003'), fromPage('https://www.linkedin.com/jobs/view/2'))).toMatchObject({ status: 'show' });
    expect(await handleMessage(deps, lookup('https://www.linkedin.com/jobs/view/3', booz, 'doc00004'), fromPage('https://www.linkedin.com/jobs/view/3'))).toMatchObject({ status: 'hidden', reason: 'dismissed' });
    // Undo, from the panel that was dismissed: shown again.
    await handleMessage(deps, { type: 'undismiss', answer: boozAnswer }, fromPage('https://www.linkedin.com/jobs/view/3'));
    expect(await getDismissed()).toEqual([{ site: 'wayfair.com', company: 'wayfair' }]);
    // A message that names a company is not a dismissal: no answer.
    expect(handleMessage(deps, { type: 'dismiss', answer: wayfair, company: 'geo-group' }, fromPage('https://www.wayfair.com/'))).toBeUndefined();
    // Nor is one without the panel's answer id.
    expect(handleMessage(deps, { type: 'dismiss' }, fromPage('https://www.wayfair.com/'))).toBeUndefined();

    const aws = answerOf(await handleMessage(deps, lookup('https://aws.amazon.com/', [], 'doc00005'), fromPage('https://aws.amazon.com/')));
    await handleMessage(deps, { type: 'mute', kind: 'site', duration: 'always', answer: aws }, fromPage('https://aws.amazon.com/'));
    expect((await getSettings()).mutes).toEqual([{ kind: 'site', value: 'aws.amazon.com', until: null }]);
    const lever = answerOf(await handleMessage(deps, lookup('https://jobs.lever.co/palantir/1', [], 'doc00006'), fromPage('https://jobs.lever.co/palantir/1')));
    await handleMessage(deps, { type: 'mute', kind: 'company', duration: 'week', answer: lever }, fromPage('https://jobs.lever.co/palantir/1'));
    expect((await getSettings()).mutes[1]).toMatchObject({ kind: 'company', value: 'palantir', label: 'Palantir Technologies' });
  });

  it('"the full record" opens the directory on the company of the panel\'s answer, never on one the page names', async () => {
    expect(await handleMessage(deps, { type: 'open-record', answer: UNKNOWN }, fromPage('https://www.wayfair.com/'))).toEqual({ ok: false });
    expect(handleMessage(deps, { type: 'open-record', answer: UNKNOWN, company: 'geo-group' }, fromPage('https://www.wayfair.com/'))).toBeUndefined();
    const wayfair = answerOf(await handleMessage(deps, lookup('https://www.wayfair.com/'), fromPage('https://www.wayfair.com/')));
    expect(await handleMessage(deps, { type: 'open-record', answer: wayfair }, fromPage('https://www.wayfair.com/'))).toEqual({ ok: true });
    const tabs = await browser.tabs.query({});
    expect(tabs.map((tab) => tab.url)).toContain(browser.runtime.getURL('/directory.html?company=wayfair'));
    // "Report a problem": the same record, at its report; any other section is refused.
    expect(await handleMessage(deps, { type: 'open-record', answer: wayfair, section: 'report' }, fromPage('https://www.wayfair.com/'))).toEqual({ ok: true });
    expect((await browser.tabs.query({})).map((tab) => tab.url)).toContain(browser.runtime.getURL('/directory.html?company=wayfair#report'));
    expect(handleMessage(deps, { type: 'open-record', answer: wayfair, section: 'javascript:alert(1)' }, fromPage('https://www.wayfair.com/'))).toBeUndefined();
  });

  it('tells the popup which data is in use; a build without an update channel never checks', async () => {
    const status = await handleMessage(deps, { type: 'check-now' }, fromPopup());
    expect(status).toMatchObject({ version: bundled.version, companies: bundled.companies.length, source: 'bundled', updatesConfigured: false, status: {} });
    expect(bundled.companies.length).toBeGreaterThan(100);
  });

  it('check-now obeys "updates off": no check, and the answer says updates are off', async () => {
    const run = vi.fn(async () => ({}));
    const withUpdates = { service: deps.service, refresher: { run } };
    await handleMessage(withUpdates, { type: 'check-now' }, fromPopup());
    expect(run).toHaveBeenCalledTimes(1);
    await updateSettings((s) => ({ ...s, updates: { ...s.updates, enabled: false } }));
    const status = await handleMessage(withUpdates, { type: 'check-now' }, fromPopup());
    expect(run).toHaveBeenCalledTimes(1);
    expect(status).toMatchObject({ updatesConfigured: true, updates: { enabled: false } });
  });

  it('a company mute from a page applies to the company of the panel the user saw, never to one the page names', async () => {
    // No panel answered with this id: nothing to mute.
    expect(await handleMessage(deps, { type: 'mute', kind: 'company', duration: 'always', answer: UNKNOWN }, fromPage('https://www.wayfair.com/'))).toEqual({ ok: false });
    // An id in the message is not part of the message: no answer, nothing stored.
    expect(handleMessage(deps, { type: 'mute', kind: 'company', companyId: 'geo-group', duration: 'always', answer: UNKNOWN }, fromPage('https://www.wayfair.com/'))).toBeUndefined();
    const wayfair = answerOf(await handleMessage(deps, lookup('https://www.wayfair.com/'), fromPage('https://www.wayfair.com/')));
    // Another tab cannot use this tab's answer.
    expect(await handleMessage(deps, { type: 'mute', kind: 'company', duration: 'always', answer: wayfair }, fromPage('https://www.wayfair.com/', { tab: { id: 8, index: 1 } }))).toEqual({ ok: false });
    expect((await getSettings()).mutes).toEqual([]);
    expect(await handleMessage(deps, { type: 'mute', kind: 'company', duration: 'always', answer: wayfair }, fromPage('https://www.wayfair.com/#reviews'))).toEqual({ ok: true });
    expect((await getSettings()).mutes).toEqual([{ kind: 'company', value: 'wayfair', label: 'Wayfair', until: null }]);
  });

  it('a page that changes its brand and address under an open panel cannot move the user\'s mute onto another company (issue 30, N1)', async () => {
    const url = 'https://www.amazon.com/Dell-Latitude-5440/dp/B0C1234567';
    const dell = [{ name: 'Dell', role: 'brand', source: 'structured-data', product: 'Dell Latitude 5440 Laptop' }];
    const palantir = [{ name: 'Palantir Technologies', role: 'brand', source: 'structured-data', product: 'Dell Latitude 5440 Laptop' }];
    const shown = await handleMessage(deps, lookup(url, dell), fromPage(url));
    expect(shown).toMatchObject({ status: 'show', match: { company: { id: 'dell' } } });
    // The page swaps its brand and moves to #v1, #v2 … right after each read: the worker answers
    // lookups the panel then drops (a newer navigation came first). The panel still shows Dell.
    for (let i = 1; i <= 3; i++) {
      const raced = await handleMessage(deps, lookup(`${url}#v${i}`, palantir), fromPage(`${url}#v${i}`));
      expect(raced).toMatchObject({ status: 'show', match: { company: { id: 'palantir' } } });
    }
    // The user's click on "Dell everywhere, always" in the panel they see mutes Dell.
    expect(await handleMessage(deps, { type: 'mute', kind: 'company', duration: 'always', answer: answerOf(shown) }, fromPage(`${url}#v3`))).toEqual({ ok: true });
    expect((await getSettings()).mutes).toEqual([{ kind: 'company', value: 'dell', label: 'Dell Technologies', until: null }]);
    // The ids are the worker's own, random, and many: a page cannot guess one, and a panel's answer
    // stays usable while a page races newer lookups past it, up to a bound.
    const again = answerOf(await handleMessage(deps, lookup(url, palantir, 'doc00002'), fromPage(url)));
    expect(again).toMatch(/^[0-9a-f]{32}$/);
    expect(again).not.toBe(answerOf(shown));
    for (let i = 0; i < ANSWERS_KEPT; i++) await handleMessage(deps, lookup(`${url}#w${i}`, palantir, 'doc00003'), fromPage(url));
    expect(await handleMessage(deps, { type: 'dismiss', answer: again }, fromPage(url))).toEqual({ ok: false });
  });

  it('the panel opens by itself once a day per company, counted when it was seen, then the page gets the collapsed tab', async () => {
    expect(await handleMessage(deps, lookup('https://www.wayfair.com/'), fromPage('https://www.wayfair.com/'))).toMatchObject({ status: 'show', open: true });
    // Not seen (a background tab): it still opens by itself next time.
    expect(await handleMessage(deps, lookup('https://www.wayfair.com/x'), fromPage('https://www.wayfair.com/x'))).toMatchObject({ status: 'show', open: true });
    expect(await handleMessage(deps, { type: 'panel-seen', answer: answerOf(await handleMessage(deps, lookup('https://www.wayfair.com/x', [], 'doc00002'), fromPage('https://www.wayfair.com/x'))) }, fromPage('https://www.wayfair.com/x'))).toEqual({ ok: true });
    expect(await handleMessage(deps, lookup('https://www.wayfair.com/y'), fromPage('https://www.wayfair.com/y'))).toMatchObject({ status: 'show', open: false });
    await nowOverrideItem.setValue(Date.now() + 86_400_000 + 1000);
    expect(await handleMessage(deps, lookup('https://www.wayfair.com/'), fromPage('https://www.wayfair.com/'))).toMatchObject({ status: 'show', open: true });
  });

  it('"seen" counts for the company of the panel seen, not for one a page could choose', async () => {
    const signals = [{ name: 'Palantir Technologies', role: 'employer', source: 'structured-data' }];
    const palantir = answerOf(await handleMessage(deps, lookup('https://www.linkedin.com/jobs/view/1', signals), fromPage('https://www.linkedin.com/jobs/view/1')));
    // A "seen" without a panel's answer is refused.
    expect(await handleMessage(deps, { type: 'panel-seen', answer: UNKNOWN }, fromPage('https://www.linkedin.com/jobs/view/2'))).toEqual({ ok: false });
    expect(await autoOpenedItem.getValue()).toEqual({});
    // The page moved on and now names Booz Allen: the panel seen was Palantir's.
    await handleMessage(deps, lookup('https://www.linkedin.com/jobs/view/2', [{ name: 'Booz Allen Hamilton', role: 'employer', source: 'structured-data' }]), fromPage('https://www.linkedin.com/jobs/view/2'));
    expect(await handleMessage(deps, { type: 'panel-seen', answer: palantir }, fromPage('https://www.linkedin.com/jobs/view/2'))).toEqual({ ok: true });
    expect(Object.keys(await autoOpenedItem.getValue())).toEqual(['linkedin.com palantir']);
  });

  it('limits lookups per page load: a page cycling names or URLs gets "busy"; a new page load starts afresh', async () => {
    const answers = [];
    for (let i = 0; i < RATE_LIMIT + 5; i++) answers.push(await handleMessage(deps, lookup(`https://www.wayfair.com/${i}`), fromPage('https://www.wayfair.com/')));
    expect(answers.filter((a) => (a as { status: string }).status === 'busy')).toHaveLength(5);
    expect(await handleMessage(deps, lookup('https://www.wayfair.com/', [], 'doc00002'), fromPage('https://www.wayfair.com/'))).toMatchObject({ status: 'show' });
    // Another tab has its own budget.
    expect(await handleMessage(deps, lookup('https://www.wayfair.com/'), fromPage('https://www.wayfair.com/', { tab: { id: 8, index: 1 } }))).toMatchObject({ status: 'show' });
  });

  it('result lists: a page naming every listed employer learns about at most a day\'s budget of them, over any number of page loads (issue 30, N2)', async () => {
    // Every employer name the data has, in the order a page would list them to find which get no marker.
    const names = [...new Set(bundled.companies.flatMap((c) => [c.name, ...(c.publicNames ?? []).map((p) => p.name)]))].filter((n) => n.length <= 200);
    expect(names.length).toBeGreaterThan(LIST_KEYS_PER_SITE_DAY);
    await updateSettings((s) => ({ ...s, mutes: [{ kind: 'company', value: 'palantir', label: 'Palantir Technologies', until: null }] }));
    const page = 'https://www.linkedin.com/jobs/search/?keywords=x';
    let lookedUp = 0;
    let spent = 0;
    let load = 0;
    for (let at = 0; at < names.length; at += 100) {
      // A new page load (reload, another tab) for every batch: it buys nothing.
      const doc = `doc${String(load++).padStart(5, '0')}`;
      const answer = (await handleMessage(deps, { type: 'list-lookup', doc, names: names.slice(at, at + 100), hosts: [] }, fromPage(page, { tab: { id: 10 + load, index: 0 } }))) as { status?: string; markers?: unknown[] };
      if (answer.status === 'spent') spent++;
      else lookedUp += Math.min(100, names.length - at);
    }
    expect(lookedUp).toBe(LIST_KEYS_PER_SITE_DAY);
    expect(spent).toBe(Math.ceil(names.length / 100) - LIST_KEYS_PER_SITE_DAY / 100);
    // One page load gets its own share at most, even on a fresh site.
    const oneLoad = [];
    for (let i = 0; i < 4; i++) oneLoad.push(await handleMessage(deps, { type: 'list-lookup', doc: 'docone01', names: names.slice(i * 100, i * 100 + 100), hosts: [] }, fromPage('https://www.indeed.com/jobs?q=x')));
    expect(oneLoad.map((a) => (a as { status?: string }).status ?? 'answered')).toEqual(['answered', 'answered', 'spent', 'spent']);
    expect(LIST_KEYS_PER_PAGE).toBe(200);
    // Another site, and the next day, still get markers.
    const marked = (answer: unknown) => ((answer as { markers?: Array<{ company: { id: string } }> }).markers ?? []).map((m) => m.company.id);
    expect(marked(await handleMessage(deps, { type: 'list-lookup', doc: 'docglass1', names: ['Booz Allen Hamilton'], hosts: [] }, fromPage('https://www.glassdoor.com/Job/jobs.htm')))).toEqual(['booz-allen']);
    await nowOverrideItem.setValue(Date.now() + 24 * 3600_000);
    expect(marked(await handleMessage(deps, { type: 'list-lookup', doc: 'docnext01', names: ['Booz Allen Hamilton', 'Palantir Technologies'], hosts: [] }, fromPage(page)))).toEqual(['booz-allen']);
  });

  it('the popup describes a tab from its URL and what its page last reported, not from the page', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://www.linkedin.com/jobs/view/1' });
    const signals = [{ name: 'Palantir Technologies', role: 'employer', source: 'structured-data' }];
    await handleMessage(deps, lookup('https://www.linkedin.com/jobs/view/1', signals), fromPage('https://www.linkedin.com/jobs/view/1', { tab: { id: tab.id, index: 0 } }));
    expect(await handleMessage(deps, { type: 'tab-status', tabId: tab.id }, fromPopup())).toMatchObject({ match: { company: { id: 'palantir' } } });
    // A fake "page is leaving" cannot be sent by a page (the content script checks isTrusted); a
    // real one forgets the names, but a listed host still answers from the tab's own URL.
    // The leave of an earlier page that arrives late changes nothing.
    expect(await handleMessage(deps, { type: 'page-leave', doc: 'doc00099' }, fromPage('https://www.linkedin.com/jobs/view/1', { tab: { id: tab.id, index: 0 } }))).toEqual({ ok: false });
    expect(await handleMessage(deps, { type: 'tab-status', tabId: tab.id }, fromPopup())).toMatchObject({ match: { company: { id: 'palantir' } } });
    await handleMessage(deps, { type: 'page-leave', doc: 'doc00001' }, fromPage('https://www.linkedin.com/jobs/view/1', { tab: { id: tab.id, index: 0 } }));
    expect(await handleMessage(deps, { type: 'tab-status', tabId: tab.id }, fromPopup())).toMatchObject({ match: null });
    await fakeBrowser.tabs.update(tab.id, { url: 'https://aws.amazon.com/' });
    expect(await handleMessage(deps, { type: 'tab-status', tabId: tab.id }, fromPopup())).toMatchObject({ match: { company: { id: 'amazon' } } });
    // A tab whose URL the extension may not read (no host access) is described as nothing.
    expect(await handleMessage(deps, { type: 'tab-status', tabId: 999 }, fromPopup())).toMatchObject({ match: null });
  });
});
