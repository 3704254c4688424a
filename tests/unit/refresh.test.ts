import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { IDBFactory } from 'fake-indexeddb';
import { createDatasetService } from '@/entrypoints/background/dataset-service';
import { readStoredCompany, readStoredDataset, resetDatasetStoreConnection, writeStoredDataset } from '@/entrypoints/background/dataset-store';
import { keyFingerprint } from '@/lib/updates/dataset-update';
import { compactDataset } from '@/lib/compact-dataset';
import { createRefresher, FIRST_CHECK_DELAY_MS, REFRESH_ALARM, scheduleRefresh } from '@/entrypoints/background/refresh';
import { getPanelPatterns, syncPanelRegistration } from '@/entrypoints/background/panel-registration';
import { handleMessage } from '@/entrypoints/background/messaging';
import { buildCompanyIndex } from '@/lib/company-index';
import { DEFAULT_SETTINGS, getSettings, getUpdateStatus, SETTINGS_MIGRATIONS, Settings, updateSettings, updateStatusItem } from '@/lib/settings';
import { generateSigningKeys, signBytes } from '@/lib/updates/signing';
import { buildDataset } from '@/scripts/build-dataset';

const bundled = buildDataset();
const keys = generateSigningKeys();
const config = { url: 'https://updates.example.org/dataset.json', publicKeys: [keys.publicKey] };

function serve(dataset: unknown) {
  const body = JSON.stringify(dataset);
  return vi.fn(async (input: string | URL | Request) =>
    String(input).endsWith('.sig') ? new Response(signBytes(keys.privateKey, Buffer.from(body))) : new Response(body, { headers: { etag: '"e1"' } }),
  );
}

beforeEach(() => {
  fakeBrowser.reset();
  globalThis.indexedDB = new IDBFactory();
  resetDatasetStoreConnection();
  vi.unstubAllGlobals();
  // scripting is not in the fake browser: record what would be registered.
  (fakeBrowser as any).scripting = {
    registered: [] as unknown[],
    async getRegisteredContentScripts() {
      return this.registered;
    },
    async registerContentScripts(scripts: unknown[]) {
      this.registered = scripts;
    },
    async updateContentScripts(scripts: unknown[]) {
      this.registered = scripts;
    },
    async unregisterContentScripts() {
      this.registered = [];
    },
  };
  // An install of a build with an update source: host access to the bundled sites and the job
  // boards and stores (required), nothing else granted yet.
  (fakeBrowser as any).permissions = {
    origins: getPanelPatterns(buildCompanyIndex(bundled)),
    async getAll() {
      return { origins: [...this.origins], permissions: [] };
    },
  };
});

describe('dataset service', () => {
  it('gives the directory the rows of the dataset in use: kept with a stored update, or made from its companies when none were stored', async () => {
    const next = compactDataset({ ...bundled, version: bundled.version + 1, companies: bundled.companies.slice(0, 40) });
    await writeStoredDataset(next, await keyFingerprint(keys.publicKey), 'now');
    const served = await createDatasetService(bundled, [keys.publicKey]).get();
    expect(served.source).toBe('update');
    expect((await served.rows()).map((row) => row.id)).toEqual(next.index.ids);

    // A dataset stored before rows were kept: the rows are made from its companies, the same ones.
    const { IDBFactory: Fresh } = await import('fake-indexeddb');
    globalThis.indexedDB = new Fresh();
    resetDatasetStoreConnection();
    await writeStoredDataset({ ...next, rows: [] }, await keyFingerprint(keys.publicKey), 'now');
    const db = await new Promise<IDBDatabase>((resolve) => {
      const request = indexedDB.open('contractlens');
      request.onsuccess = () => resolve(request.result);
    });
    await new Promise((resolve) => {
      const tx = db.transaction('datasets', 'readwrite');
      tx.objectStore('datasets').delete('directory');
      tx.oncomplete = resolve;
    });
    db.close();
    resetDatasetStoreConnection();
    const rebuilt = await createDatasetService(bundled, [keys.publicKey]).get();
    expect(await rebuilt.rows()).toEqual(next.rows);
    // The bundled dataset, compacted in memory: its own rows.
    globalThis.indexedDB = new Fresh();
    resetDatasetStoreConnection();
    expect((await (await createDatasetService(bundled).get()).rows()).length).toBe(bundled.companies.length);
  });

  it('serves the bundled dataset when nothing is stored, and a newer stored one when there is', async () => {
    expect((await createDatasetService(bundled, [keys.publicKey]).get()).source).toBe('bundled');
    await writeStoredDataset(compactDataset({ ...bundled, version: bundled.version + 1 }), await keyFingerprint(keys.publicKey), 'now');
    const active = await createDatasetService(bundled, [keys.publicKey]).get();
    expect(active).toMatchObject({ source: 'update' });
    expect(active.index.version).toBe(bundled.version + 1);
    expect((await active.index.matchUrl('https://www.wayfair.com/'))?.company.id).toBe('wayfair');
  });

  it('prefers the bundled dataset when it is newer than the stored one (after an extension update)', async () => {
    await writeStoredDataset(compactDataset({ ...bundled, version: 0 }), await keyFingerprint(keys.publicKey), 'now');
    expect((await createDatasetService(bundled, [keys.publicKey]).get()).source).toBe('bundled');
  });

  it('falls back to the bundled dataset when the stored record is unreadable', async () => {
    // A record of an older layout, and one whose arrays disagree with each other.
    const broken = compactDataset({ ...bundled, version: 99 });
    await writeStoredDataset({ ...broken, index: { ...broken.index, format: 1 } } as never, await keyFingerprint(keys.publicKey), 'now');
    expect(await readStoredDataset()).toBeNull();
    await writeStoredDataset({ ...broken, index: { ...broken.index, digests: new Uint32Array(1) } }, await keyFingerprint(keys.publicKey), 'now');
    expect(await readStoredDataset()).toBeNull();
    expect((await createDatasetService(bundled, [keys.publicKey]).get()).source).toBe('bundled');
  });

  it('never shows a stored company whose text no longer validates, and still matches the others', async () => {
    const compact = compactDataset({ ...bundled, version: bundled.version + 1 });
    const wayfair = compact.index.ids.indexOf('wayfair');
    compact.companies[wayfair] = JSON.stringify({ ...JSON.parse(compact.companies[wayfair]!), contracts: [] });
    await writeStoredDataset(compact, await keyFingerprint(keys.publicKey), 'now');
    const active = await createDatasetService(bundled, [keys.publicKey]).get();
    expect(active.source).toBe('update');
    expect((await active.index.matchUrl('https://www.wayfair.com/'))).toBeNull();
    expect((await active.index.matchUrl('https://aws.amazon.com/'))?.company.id).toBe('amazon');
  });
  it('drops stored data verified with a key the build no longer pins, whatever its version (key rotation)', async () => {
    // Signed with the old key at the highest version there is: it must not outrank the bundled data
    // of a release with a new key, nor block that release's updates as "not newer".
    await writeStoredDataset(compactDataset({ ...bundled, version: Number.MAX_SAFE_INTEGER }), await keyFingerprint(keys.publicKey), 'now');
    const rotated = generateSigningKeys();
    const service = createDatasetService(bundled, [rotated.publicKey]);
    expect((await service.get()).source).toBe('bundled');
    expect(await readStoredDataset()).toBeNull();

    const next = { ...structuredClone(bundled), version: bundled.version + 1 };
    const body = JSON.stringify(next);
    vi.stubGlobal('fetch', vi.fn(async (input: string | URL | Request) => new Response(String(input).endsWith('.sig') ? signBytes(rotated.privateKey, Buffer.from(body)) : body)));
    const status = await createRefresher({ ...config, publicKeys: [rotated.publicKey] }, service).run();
    expect(status.lastError).toBeUndefined();
    expect((await service.get()).index.version).toBe(bundled.version + 1);
    expect((await readStoredDataset())?.keyFingerprint).toBe(await keyFingerprint(rotated.publicKey));
  });

  it('a rotation in two releases: one that pins the current and the next key keeps data of either; the next release, pinning only the new key, drops the old key\'s data and takes the new key\'s', async () => {
    const next = generateSigningKeys();
    const serve = (dataset: object, privateKey: string) => {
      const body = JSON.stringify(dataset);
      vi.stubGlobal('fetch', vi.fn(async (input: string | URL | Request) => new Response(String(input).endsWith('.sig') ? signBytes(privateKey, Buffer.from(body)) : body)));
    };
    // Release 1 pins [current, next]: data signed with the current key is taken, and kept at restart.
    const release1 = () => createDatasetService(bundled, [keys.publicKey, next.publicKey]);
    serve({ ...structuredClone(bundled), version: bundled.version + 1 }, keys.privateKey);
    expect((await createRefresher({ ...config, publicKeys: [keys.publicKey, next.publicKey] }, release1()).run()).lastError).toBeUndefined();
    expect((await release1().get()).index.version).toBe(bundled.version + 1);
    // The publisher switches to the next key: release 1 takes that too.
    const service1 = release1();
    serve({ ...structuredClone(bundled), version: bundled.version + 2 }, next.privateKey);
    expect((await createRefresher({ ...config, publicKeys: [keys.publicKey, next.publicKey] }, service1).run()).lastError).toBeUndefined();
    expect((await readStoredDataset())?.keyFingerprint).toBe(await keyFingerprint(next.publicKey));
    // Release 2 pins only the new key: what the old key signed is dropped, what the new one signed stays.
    expect((await createDatasetService(bundled, [next.publicKey]).get()).index.version).toBe(bundled.version + 2);
    await writeStoredDataset(compactDataset({ ...bundled, version: bundled.version + 3 }), await keyFingerprint(keys.publicKey), 'now');
    const release2 = createDatasetService(bundled, [next.publicKey]);
    expect((await release2.get()).source).toBe('bundled');
    expect(await readStoredDataset()).toBeNull();
    // And data signed with the old key is refused from then on.
    serve({ ...structuredClone(bundled), version: bundled.version + 4 }, keys.privateKey);
    expect((await createRefresher({ ...config, publicKeys: [next.publicKey] }, release2).run()).lastError?.code).toBe('bad-signature');
  });

  it('keeps a compact copy of the bundled dataset, so a waking worker serves without reading the bundled file again', async () => {
    const meta = { version: bundled.version, contentHash: bundled.contentHash };
    const read = vi.fn(async () => JSON.parse(JSON.stringify(bundled)) as unknown);
    const first = await createDatasetService(read, [], meta).get();
    expect(first.source).toBe('bundled');
    expect(read).toHaveBeenCalledTimes(1);
    await vi.waitFor(async () => expect((await readStoredDataset())?.source).toBe('bundled'));

    // The next worker start: the stored copy serves, companies read from the store, the file unread.
    const next = await createDatasetService(read, [], meta).get();
    expect(read).toHaveBeenCalledTimes(1);
    expect(next.source).toBe('bundled');
    const [someone] = bundled.companies.filter((c) => c.hosts.length);
    expect((await next.index.matchUrl(`https://www.${someone!.hosts[0]!.host}/`))?.company.id).toBe(someone!.id);

    // An extension update shipping other data: the file is read again and the copy replaced.
    const other = { ...meta, contentHash: '0'.repeat(64) };
    await createDatasetService(read, [], other).get();
    expect(read).toHaveBeenCalledTimes(2);
  });

  it('a stored copy of the bundled dataset never outranks a newer verified update, nor is it taken for one', async () => {
    const meta = { version: bundled.version, contentHash: bundled.contentHash };
    const fingerprint = await keyFingerprint(keys.publicKey);
    await writeStoredDataset(compactDataset({ ...bundled, version: bundled.version + 1 }), fingerprint, 'now');
    const read = vi.fn(async () => bundled as unknown);
    const active = await createDatasetService(read, [keys.publicKey], meta).get();
    expect(active.source).toBe('update');
    expect(active.index.version).toBe(bundled.version + 1);
    expect(read).not.toHaveBeenCalled();
    // A bundled copy claiming a higher version is still only the bundled dataset: with another
    // build's identity it is replaced by this build's file, never served as an update.
    await writeStoredDataset(compactDataset({ ...bundled, version: bundled.version + 5 }), '', 'now', 'bundled');
    const again = await createDatasetService(read, [keys.publicKey], meta).get();
    expect(again.source).toBe('bundled');
    expect(again.index.version).toBe(bundled.version);
    expect(read).toHaveBeenCalledTimes(1);
  });

  it('serves no stored data in a build without an update key', async () => {
    await writeStoredDataset(compactDataset({ ...bundled, version: bundled.version + 1 }), await keyFingerprint(keys.publicKey), 'now');
    expect((await createDatasetService(bundled).get()).source).toBe('bundled');
  });

  it('a throw in the middle of the write leaves the previous dataset whole, or nothing (never part of the new one)', async () => {
    const v2 = compactDataset({ ...bundled, version: bundled.version + 1 });
    const fingerprint = await keyFingerprint(keys.publicKey);
    // Nothing stored before: a value that cannot be cloned makes put() throw synchronously.
    const broken = compactDataset({ ...bundled, version: bundled.version + 2 });
    broken.companies[19] = (() => 'not cloneable') as never;
    await expect(writeStoredDataset(broken, fingerprint, 'now')).rejects.toThrow();
    resetDatasetStoreConnection();
    expect(await readStoredDataset()).toBeNull();
    expect(await readStoredCompany(0, broken.index.ids[0]!)).toBeUndefined();
    expect((await createDatasetService(bundled, [keys.publicKey]).get()).source).toBe('bundled');

    // A dataset stored before: it stays, every company of it.
    await writeStoredDataset(v2, fingerprint, 'now');
    await expect(writeStoredDataset(broken, fingerprint, 'now')).rejects.toThrow();
    resetDatasetStoreConnection();
    expect((await readStoredDataset())?.index.version).toBe(bundled.version + 1);
    const texts = await Promise.all(v2.index.ids.map((id, position) => readStoredCompany(position, id)));
    expect(texts).toEqual(v2.companies);
  });

  it('falls back to the bundled data when the stored companies do not match the index (count or ids)', async () => {
    const v2 = compactDataset({ ...bundled, version: bundled.version + 1 });
    const fingerprint = await keyFingerprint(keys.publicKey);
    // Changes the companies store behind the module's back, as a partial write would have.
    const tamper = async (change: (store: IDBObjectStore) => void) => {
      const request = indexedDB.open('contractlens');
      const database = await new Promise<IDBDatabase>((resolve) => (request.onsuccess = () => resolve(request.result)));
      const tx = database.transaction('companies', 'readwrite');
      change(tx.objectStore('companies'));
      await new Promise((resolve) => (tx.oncomplete = resolve));
      database.close();
    };
    await writeStoredDataset(v2, fingerprint, 'now');
    await tamper((store) => store.delete([v2.companies.length - 1, v2.index.ids.at(-1)!]));
    expect(await readStoredDataset()).toBeNull();
    expect((await createDatasetService(bundled, [keys.publicKey]).get()).source).toBe('bundled');

    await writeStoredDataset(v2, fingerprint, 'now');
    await tamper((store) => {
      store.delete([5, v2.index.ids[5]!]);
      store.put(v2.companies[5]!, [5, 'someone-else']);
    });
    expect(await readStoredDataset()).toBeNull();
  });
});

describe('refresh', () => {
  it('an update naming sites beyond the granted host access: no panel there until allowed, and the popup is told which', async () => {
    const next = { ...structuredClone(bundled), version: bundled.version + 1 };
    next.companies.find((c) => c.id === 'acentra-health')!.hosts.push({ host: 'acentrahealth.com', evidence: 'test', confidence: 'reported' });
    vi.stubGlobal('fetch', serve(next));
    const service = createDatasetService(bundled, [keys.publicKey]);
    const refresher = createRefresher(config, service);
    expect((await refresher.run()).lastError).toBeUndefined();
    const registered = () => (fakeBrowser as any).scripting.registered[0].matches as string[];
    expect(registered()).not.toContain('*://*.acentrahealth.com/*');
    expect(registered()).toContain('*://*.amazon.com/*');

    const popup = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') };
    const status = await handleMessage({ service, refresher }, { type: 'dataset-status' }, popup);
    expect(status).toMatchObject({ hostsNeedingPermission: ['*://*.acentrahealth.com/*'] });

    // The user allows it (the popup's button): the panel follows.
    (fakeBrowser as any).permissions.origins.push('*://*.acentrahealth.com/*');
    await syncPanelRegistration((await service.get()).index);
    expect(registered()).toContain('*://*.acentrahealth.com/*');
    expect(await handleMessage({ service, refresher }, { type: 'dataset-status' }, popup)).toMatchObject({ hostsNeedingPermission: [] });
  });


  it('the popup is told where updates come from, and that none has got through for over a week', async () => {
    const service = createDatasetService(bundled, [keys.publicKey]);
    const refresher = createRefresher(config, service);
    const popup = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') };
    const ask = () => handleMessage({ service, refresher, updateUrl: config.url }, { type: 'dataset-status' }, popup);
    await updateStatusItem.setValue({ lastCheckAt: new Date().toISOString(), lastSuccessAt: new Date(Date.now() - 6 * 86_400_000).toISOString() });
    expect(await ask()).toMatchObject({ updateSource: config.url, checkOverdue: false });
    await updateStatusItem.setValue({ lastCheckAt: new Date().toISOString(), lastSuccessAt: new Date(Date.now() - 8 * 86_400_000).toISOString() });
    expect(await ask()).toMatchObject({ checkOverdue: true });
    // Updates switched off by the user: nothing is overdue. A build without updates has no source.
    await updateSettings((s) => ({ ...s, updates: { ...s.updates, enabled: false } }));
    expect(await ask()).toMatchObject({ checkOverdue: false });
    const offline = await handleMessage({ service }, { type: 'dataset-status' }, popup);
    expect(offline).toMatchObject({ updatesConfigured: false, checkOverdue: false });
    expect(offline).not.toHaveProperty('updateSource');
  });

  it('accepts an update, stores it, re-registers the panel and records what changed', async () => {
    const next = { ...structuredClone(bundled), version: bundled.version + 1 };
    next.companies = next.companies.filter((c) => c.id !== 'wayfair');
    vi.stubGlobal('fetch', serve(next));
    const service = createDatasetService(bundled, [keys.publicKey]);
    const status = await createRefresher(config, service).run();
    expect(status.lastError).toBeUndefined();
    expect(status.lastChange).toMatchObject({ version: bundled.version + 1, removed: ['Wayfair'] });
    expect((await readStoredDataset())?.index.version).toBe(bundled.version + 1);
    expect((await (await service.get()).index.matchUrl('https://www.wayfair.com/'))).toBeNull();
    const [script] = (fakeBrowser as any).scripting.registered;
    expect(script.matches).not.toContain('*://*.wayfair.com/*');
    expect(script.matches).toContain('*://*.amazon.com/*');
  });

  it('keeps the data in use and records the reason when an update is refused', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response('no', { status: 503 })));
    const service = createDatasetService(bundled, [keys.publicKey]);
    const status = await createRefresher(config, service).run();
    expect(status.lastError).toMatchObject({ code: 'http-status', message: expect.stringContaining('503') });
    expect((await service.get()).source).toBe('bundled');
    expect(await readStoredDataset()).toBeNull();
  });

  it('checks at start-up only when the last attempt is older than the period, never with updates off', async () => {
    const fetchSpy = vi.fn(async () => new Response(null, { status: 304 }));
    vi.stubGlobal('fetch', fetchSpy);
    const refresher = createRefresher(config, createDatasetService(bundled, [keys.publicKey]));
    const now = Date.parse('2026-11-22T12:00:00Z');
    await updateStatusItem.setValue({ lastCheckAt: '2026-11-22T01:00:00Z' });
    await refresher.runIfDue(now);
    expect(fetchSpy).not.toHaveBeenCalled();
    await refresher.runIfDue(now + 24 * 3_600_000);
    expect(fetchSpy).toHaveBeenCalledTimes(1);
    await updateSettings((s) => ({ ...s, updates: { ...s.updates, enabled: false } }));
    await refresher.runIfDue(now + 100 * 3_600_000);
    expect(fetchSpy).toHaveBeenCalledTimes(1);
    expect((await getUpdateStatus()).lastSuccessAt).toBeDefined();
  });

  it('makes no request in the first hour after install, so the welcome page\'s "never" comes first; "Check now" is not held back', async () => {
    const fetchSpy = vi.fn(async () => new Response(null, { status: 304 }));
    vi.stubGlobal('fetch', fetchSpy);
    const refresher = createRefresher(config, createDatasetService(bundled, [keys.publicKey]));
    const installed = Date.parse('2026-11-22T12:00:00Z');
    await refresher.runIfDue(installed);
    await refresher.runIfDue(installed + FIRST_CHECK_DELAY_MS - 60_000);
    expect(fetchSpy).not.toHaveBeenCalled();
    expect((await getUpdateStatus()).firstSeenAt).toBe('2026-11-22T12:00:00.000Z');
    await refresher.runIfDue(installed + FIRST_CHECK_DELAY_MS);
    expect(fetchSpy).toHaveBeenCalledTimes(1);
    // A user who chose "never" on the welcome page within that hour: no request, ever.
    fakeBrowser.reset();
    fetchSpy.mockClear();
    const quiet = createRefresher(config, createDatasetService(bundled, [keys.publicKey]));
    await quiet.runIfDue(installed);
    await updateSettings((s) => ({ ...s, updates: { ...s.updates, enabled: false } }));
    await quiet.runIfDue(installed + 10 * FIRST_CHECK_DELAY_MS);
    expect(fetchSpy).not.toHaveBeenCalled();
    // "Check now" at once, on a fresh install with updates on.
    fakeBrowser.reset();
    await createRefresher(config, createDatasetService(bundled, [keys.publicKey])).run();
    expect(fetchSpy).toHaveBeenCalledTimes(1);
  });

  it('makes no request with updates off, whatever asks for the check (a late alarm, a message)', async () => {
    const fetchSpy = vi.fn(async () => new Response(null, { status: 304 }));
    vi.stubGlobal('fetch', fetchSpy);
    await updateSettings((s) => ({ ...s, updates: { ...s.updates, enabled: false } }));
    const status = await createRefresher(config, createDatasetService(bundled, [keys.publicKey])).run();
    expect(fetchSpy).not.toHaveBeenCalled();
    expect(status.lastCheckAt).toBeUndefined();
  });

  it('runs one check at a time', async () => {
    const fetchSpy = vi.fn(async () => new Response(null, { status: 304 }));
    vi.stubGlobal('fetch', fetchSpy);
    const refresher = createRefresher(config, createDatasetService(bundled, [keys.publicKey]));
    await Promise.all([refresher.run(), refresher.run(), refresher.run()]);
    expect(fetchSpy).toHaveBeenCalledTimes(1);
  });

  it('keeps the alarm in step with the settings, and clears it when updates are off or not configured', async () => {
    await scheduleRefresh(config, DEFAULT_SETTINGS);
    expect((await fakeBrowser.alarms.get(REFRESH_ALARM))?.periodInMinutes).toBe(24 * 60);
    await scheduleRefresh(config, { ...DEFAULT_SETTINGS, updates: { enabled: true, periodHours: 168 } });
    expect((await fakeBrowser.alarms.get(REFRESH_ALARM))?.periodInMinutes).toBe(168 * 60);
    await scheduleRefresh(config, { ...DEFAULT_SETTINGS, updates: { enabled: false, periodHours: 168 } });
    expect(await fakeBrowser.alarms.get(REFRESH_ALARM)).toBeUndefined();
    await scheduleRefresh(null, DEFAULT_SETTINGS);
    expect(await fakeBrowser.alarms.get(REFRESH_ALARM)).toBeUndefined();
  });
});

describe('settings migrations', () => {
  it('v6: the kinds carved out of old ones start as the user left what they came from', () => {
    const v5 = { ...DEFAULT_SETTINGS, involvement: { ...DEFAULT_SETTINGS.involvement } } as Record<string, unknown> & { involvement: Record<string, boolean> };
    delete v5.involvement['detention-services'];
    delete v5.involvement['construction-facilities'];
    const migrate = (involvement: Record<string, boolean> | undefined) => Settings.parse(SETTINGS_MIGRATIONS[6]({ ...v5, involvement })).involvement;
    // Someone who hid detention operations keeps hiding the medical and food contractors that were in it.
    expect(migrate({ ...v5.involvement, 'detention-operations': false })).toMatchObject({ 'detention-operations': false, 'detention-services': false, 'construction-facilities': true });
    // Construction firms used to be goods or services: hidden if either was.
    expect(migrate({ ...v5.involvement, 'equipment-supplies': false })).toMatchObject({ 'equipment-supplies': false, 'construction-facilities': false, 'detention-services': true });
    expect(migrate({ ...v5.involvement, 'professional-services': false })).toMatchObject({ 'construction-facilities': false });
    expect(migrate(v5.involvement)).toEqual(DEFAULT_SETTINGS.involvement);
    expect(migrate(undefined)).toEqual(DEFAULT_SETTINGS.involvement);
  });

  it('a version-1 settings object keeps every setting and gains the later defaults', async () => {
    const v1 = { showAlerts: false, mutedSites: ['wayfair.com'] };
    const current = {
      showAlerts: false,
      mutes: [{ kind: 'site', value: 'wayfair.com', until: null }],
      updates: { enabled: true, periodHours: 24 },
      categories: { sites: true, jobs: true, shopping: true },
      autoOpen: 'daily',
      discreet: false,
      involvement: DEFAULT_SETTINGS.involvement,
      // Added without a new version: a missing list is an empty one.
      noTabSites: [],
    };
    const migrate = (from: number, value: Record<string, unknown>) => {
      let out = value;
      for (let v = from + 1; v <= 6; v++) out = SETTINGS_MIGRATIONS[v as 2 | 3 | 4 | 5 | 6](out);
      return Settings.parse(out);
    };
    expect(migrate(1, v1)).toEqual(current);
    const v2 = { showAlerts: true, mutedSites: [], updates: { enabled: false, periodHours: 72 } };
    expect(migrate(2, v2)).toMatchObject({ updates: { enabled: false, periodHours: 72 }, categories: current.categories, mutes: [] });
    const v3 = { showAlerts: true, mutedSites: ['github.com'], updates: { enabled: true, periodHours: 24 }, categories: { sites: true, jobs: false, shopping: true } };
    expect(migrate(3, v3)).toMatchObject({ categories: { jobs: false }, mutes: [{ kind: 'site', value: 'github.com', until: null }] });
    const v4 = { ...current, involvement: undefined, autoOpen: 'weekly' };
    expect(migrate(4, v4)).toEqual({ ...current, autoOpen: 'weekly' });
    expect(Object.values(migrate(4, v4).involvement).every(Boolean)).toBe(true);
    // Through storage, as an upgrade from 0.1.0 finds it.
    await fakeBrowser.storage.local.set({ settings: v1, settings$: { v: 1 } });
    vi.resetModules();
    const { settingsItem } = await import('@/lib/settings');
    expect(Settings.parse(await settingsItem.getValue())).toEqual(current);
    expect(await getSettings()).toMatchObject({ showAlerts: false, mutes: [{ value: 'wayfair.com' }] });
  });
});
