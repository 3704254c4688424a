/**
 * The background's message handlers. Only the extension's own contexts can reach runtime.onMessage
 * (no externally_connectable), and each message is still checked twice: the sender must be this
 * extension (a content script in a web page's top frame, or one of our pages), and the message must
 * parse with its zod schema. Anything else gets no answer.
 */
import { browser, type Browser } from 'wxt/browser';
import type { CompanyIndex } from '@/lib/company-index';
import { ContentMessage, PageMessage, type LookupResponse, type UrlStatus } from '@/lib/messages';
import { getDismissedSites, getSettings, updateSettings, dismissedSitesItem } from '@/lib/settings';
import { getSiteKey } from '@/lib/site';
import { normalizeHost } from '@/lib/hosts';
import { getUrlStatus, lookupPage } from './lookup';

type Sender = Browser.runtime.MessageSender;

function isWebPageSender(sender: Sender): sender is Sender & { url: string; tab: Browser.tabs.Tab } {
  return (
    sender.id === browser.runtime.id &&
    sender.tab !== undefined &&
    sender.frameId === 0 &&
    typeof sender.url === 'string' &&
    /^https?:\/\//.test(sender.url)
  );
}

function isExtensionPageSender(sender: Sender): boolean {
  return sender.id === browser.runtime.id && typeof sender.url === 'string' && sender.url.startsWith(browser.runtime.getURL('/'));
}

async function handleContentMessage(index: CompanyIndex, message: ContentMessage, url: string): Promise<LookupResponse | { ok: boolean }> {
  switch (message.type) {
    case 'page-lookup':
      return lookupPage(index, url, await getSettings(), await getDismissedSites());
    case 'dismiss-site':
    case 'mute-site': {
      const host = normalizeHost(url);
      if (!host || !index.matchUrl(url)) return { ok: false };
      const site = getSiteKey(host);
      if (message.type === 'dismiss-site') {
        const sites = await getDismissedSites();
        if (!sites.includes(site)) await dismissedSitesItem.setValue([...sites, site]);
      } else {
        await updateSettings((s) => (s.mutedSites.includes(site) ? s : { ...s, mutedSites: [...s.mutedSites, site].sort() }));
      }
      return { ok: true };
    }
  }
}

async function handlePageMessage(index: CompanyIndex, message: PageMessage): Promise<UrlStatus> {
  switch (message.type) {
    case 'url-status':
      return getUrlStatus(index, message.url, await getSettings(), await getDismissedSites());
  }
}

/** The answer to one message, or undefined (no answer) for anything not from our own contexts. */
export function handleMessage(getIndex: () => CompanyIndex, raw: unknown, sender: Sender): Promise<unknown> | undefined {
  if (isWebPageSender(sender)) {
    const parsed = ContentMessage.safeParse(raw);
    if (parsed.success) return handleContentMessage(getIndex(), parsed.data, sender.url);
  } else if (isExtensionPageSender(sender)) {
    const parsed = PageMessage.safeParse(raw);
    if (parsed.success) return handlePageMessage(getIndex(), parsed.data);
  }
  return undefined;
}

export function registerMessaging(getIndex: () => CompanyIndex): void {
  browser.runtime.onMessage.addListener((raw: unknown, sender: Sender) => handleMessage(getIndex, raw, sender));
}
