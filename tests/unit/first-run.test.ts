import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { LOOKUP_MENU, onLookupClicked, registerFirstRun } from '@/entrypoints/background/first-run';
import { directoryPath, MAX_QUERY } from '@/lib/directory/address';

beforeEach(() => fakeBrowser.reset());

describe('directory addresses', () => {
  it('puts a company or a search into the directory page address, the search trimmed and cut short', () => {
    expect(directoryPath()).toBe('/directory.html');
    expect(directoryPath({ company: 'geo-group' })).toBe('/directory.html?company=geo-group');
    expect(directoryPath({ q: '  The GEO\n Group, Inc. & Co  ' })).toBe('/directory.html?q=The+GEO+Group%2C+Inc.+%26+Co');
    const long = new URLSearchParams(directoryPath({ q: 'x'.repeat(5000) }).split('?')[1]).get('q')!;
    expect(long).toHaveLength(MAX_QUERY);
    expect(directoryPath({ q: '   ' })).toBe('/directory.html');
    expect(directoryPath({ q: 'geo', kind: 'detention-operations', agency: 'ICE' })).toBe('/directory.html?q=geo&kind=detention-operations&agency=ICE');
    // A record's address is the company alone.
    expect(directoryPath({ company: 'geo-group', q: 'geo', agency: 'ICE' })).toBe('/directory.html?company=geo-group');
  });
});

describe('"Look up in ContractLens"', () => {
  it('opens the directory search with the selected text, and nothing for another menu or an empty selection', async () => {
    const create = vi.spyOn(browser.tabs, 'create');
    await onLookupClicked({ menuItemId: LOOKUP_MENU, selectionText: 'Peraton' });
    expect(create).toHaveBeenCalledTimes(1);
    const url = new URL(create.mock.calls[0]![0].url!);
    expect(url.pathname).toBe('/directory.html');
    expect(url.searchParams.get('q')).toBe('Peraton');
    expect(onLookupClicked({ menuItemId: 'other', selectionText: 'Peraton' })).toBeUndefined();
    expect(onLookupClicked({ menuItemId: LOOKUP_MENU, selectionText: '  ' })).toBeUndefined();
    expect(create).toHaveBeenCalledTimes(1);
  });
});

describe('first run', () => {
  it('opens the welcome page on install only, and makes the menu on install, update and start', async () => {
    const menus = { removeAll: vi.fn(async () => undefined), create: vi.fn(), onClicked: { addListener: vi.fn() } };
    (fakeBrowser as unknown as { contextMenus: typeof menus }).contextMenus = menus;
    const create = vi.spyOn(browser.tabs, 'create');
    registerFirstRun();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.0.9' });
    expect(create).not.toHaveBeenCalled();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    expect(create).toHaveBeenCalledTimes(1);
    expect(new URL(create.mock.calls[0]![0].url!).pathname).toBe('/welcome.html');
    await fakeBrowser.runtime.onStartup.trigger();
    await vi.waitFor(() => expect(menus.create).toHaveBeenCalledTimes(3));
    expect(menus.create).toHaveBeenCalledWith({ id: LOOKUP_MENU, title: expect.any(String), contexts: ['selection'] });
  });
});

describe('Firefox for Android (no context menus, no badge, no setIcon)', () => {
  it('still opens the welcome page on install, and the badge and icon calls change nothing instead of failing', async () => {
    delete (fakeBrowser as unknown as { contextMenus?: unknown }).contextMenus;
    const create = vi.spyOn(browser.tabs, 'create');
    registerFirstRun();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    expect(create).toHaveBeenCalledTimes(1);
    const { setTabBadge, setToolbarIcon } = await import('@/entrypoints/background/badge');
    const setTitle = vi.fn(async () => undefined);
    (fakeBrowser as unknown as { browserAction?: unknown }).browserAction = { setTitle };
    (fakeBrowser as unknown as { action?: unknown }).action = undefined;
    const match = { company: { name: 'Wayfair' }, why: { kind: 'site' } } as unknown as Parameters<typeof setTabBadge>[1];
    await expect(setTabBadge(1, match, false)).resolves.toBeUndefined();
    expect(setTitle).toHaveBeenCalledWith({ tabId: 1, title: expect.stringContaining('Wayfair') });
    await expect(setToolbarIcon(true)).resolves.toBeUndefined();
  });
});
