/**
 * The two ways in that are not a page match: the welcome page, opened once when the extension is
 * installed (never on an update), and "Look up in ContractLens" on selected text, which opens the
 * directory's search with the selection. The selection goes into our own page's address, nowhere
 * else, and the menu needs no access to the page beyond it.
 */
import { browser, type Browser } from 'wxt/browser';
import { directoryPath } from '@/lib/directory/address';
import { t } from '@/lib/i18n';

export const LOOKUP_MENU = 'contractlens-lookup';

const url = (path: string) => (browser.runtime.getURL as (p: string) => string)(path);

/**
 * Context menus, where the browser has them: Firefox for Android has none (the popup's search is the
 * way to look a name up there).
 */
const menus = (): typeof browser.contextMenus | undefined => (browser as { contextMenus?: typeof browser.contextMenus }).contextMenus;

/** The menu item, made anew (menus of an event page do not outlive a browser restart in Firefox). */
async function createLookupMenu(): Promise<void> {
  if (!menus()) return;
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({ id: LOOKUP_MENU, title: t('ctxLookup'), contexts: ['selection'] });
}

export function onLookupClicked(info: Pick<Browser.contextMenus.OnClickData, 'menuItemId' | 'selectionText'>): Promise<unknown> | undefined {
  if (info.menuItemId !== LOOKUP_MENU || !info.selectionText?.trim()) return undefined;
  return browser.tabs.create({ url: url(directoryPath({ q: info.selectionText })) });
}

export function registerFirstRun(): void {
  browser.runtime.onInstalled.addListener((details) => {
    void createLookupMenu();
    if (details.reason === 'install') void browser.tabs.create({ url: url('/welcome.html') });
  });
  browser.runtime.onStartup.addListener(() => void createLookupMenu());
  menus()?.onClicked.addListener((info) => void onLookupClicked(info));
}
