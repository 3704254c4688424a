/**
 * The background's message handlers. Only the extension's own contexts can reach runtime.onMessage
 * (no externally_connectable), and each message is still checked twice: the sender must be this
 * extension (a content script in a web page's top frame, or one of our pages), and the message must
 * parse with its zod schema. Anything else gets no answer.
 */
import { browser, type Browser } from 'wxt/browser';
import type { CompanyIndex } from '@/lib/company-index';
import { ContentMessage, PageMessage, type DatasetStatus, type LookupResponse, type UrlStatus } from '@/lib/messages';
import { getDismissedSites, getSettings, getUpdateStatus, updateSettings, dismissedSitesItem } from '@/lib/settings';
import type { DatasetService } from './dataset-service';
import type { Refresher } from './refresh';
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

/** The page's own URL (pushState changes it) when it is on the sender's origin, else the sender's. */
function pageUrl(claimed: string, senderUrl: string): string {
  try {
    return new URL(claimed).origin === new URL(senderUrl).origin ? claimed : senderUrl;
  } catch {
    return senderUrl;
  }
}

async function handleContentMessage(index: CompanyIndex, message: ContentMessage, url: string): Promise<LookupResponse | { ok: boolean }> {
  switch (message.type) {
    case 'page-lookup':
      return lookupPage(index, pageUrl(message.url, url), message.signals, await getSettings(), await getDismissedSites());
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

export interface MessagingDeps {
  service: Pick<DatasetService, 'get'>;
  /** Absent in a build without an update channel. */
  refresher?: Pick<Refresher, 'run'>;
}

async function getDatasetStatus(deps: MessagingDeps): Promise<DatasetStatus> {
  const [{ dataset, source }, settings, status] = await Promise.all([deps.service.get(), getSettings(), getUpdateStatus()]);
  return {
    version: dataset.version,
    generatedAt: dataset.generatedAt,
    companies: dataset.companies.length,
    source,
    updatesConfigured: deps.refresher !== undefined,
    updates: settings.updates,
    status,
  };
}

async function handlePageMessage(deps: MessagingDeps, message: PageMessage): Promise<UrlStatus | DatasetStatus> {
  switch (message.type) {
    case 'url-status':
      return getUrlStatus((await deps.service.get()).index, message.url, message.signals, await getSettings(), await getDismissedSites());
    case 'dataset-status':
      return getDatasetStatus(deps);
    case 'check-now':
      await deps.refresher?.run();
      return getDatasetStatus(deps);
  }
}

/** The answer to one message, or undefined (no answer) for anything not from our own contexts. */
export function handleMessage(deps: MessagingDeps, raw: unknown, sender: Sender): Promise<unknown> | undefined {
  if (isWebPageSender(sender)) {
    const parsed = ContentMessage.safeParse(raw);
    if (parsed.success) return deps.service.get().then(({ index }) => handleContentMessage(index, parsed.data, sender.url));
  } else if (isExtensionPageSender(sender)) {
    const parsed = PageMessage.safeParse(raw);
    if (parsed.success) return handlePageMessage(deps, parsed.data);
  }
  return undefined;
}

export function registerMessaging(deps: MessagingDeps): void {
  browser.runtime.onMessage.addListener((raw: unknown, sender: Sender) => handleMessage(deps, raw, sender));
}
