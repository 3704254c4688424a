/**
 * The background's message handlers. Only the extension's own contexts can reach runtime.onMessage
 * (no externally_connectable), and each message is still checked twice: the sender must be this
 * extension (a content script in a web page's top frame, or one of our pages), and the message must
 * parse with its zod schema. Anything else gets no answer.
 */
import { browser, type Browser } from 'wxt/browser';
import type { CompanyIndex } from '@/lib/company-index';
import { ContentMessage, PageMessage, type CompanyRecord, type DatasetStatus, type DirectoryResponse, type ListLookupResponse, type LookupResponse, type UrlStatus } from '@/lib/messages';
import { addMute, autoOpenKey, autoOpenedItem, dismissedItem, getDismissed, getNow, getSettings, getUpdateStatus, updateSettings } from '@/lib/settings';
import { setTabBadge } from './badge';
import type { DatasetService } from './dataset-service';
import type { Refresher } from './refresh';
import { getSiteKey } from '@/lib/site';
import { normalizeHost } from '@/lib/hosts';
import { AUTO_OPEN_PERIOD_MS, findMatch, getUrlStatus, lookupPage, toRecord } from './lookup';
import { listMarkers } from './list-markers';
import { samePage, tabPages } from './tab-pages';
import { getPanelAccess } from './panel-registration';
import { directoryPath } from '@/lib/directory/address';

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

async function handleContentMessage(
  deps: Pick<MessagingDeps, 'onStateChange'>,
  index: CompanyIndex,
  message: ContentMessage,
  senderUrl: string,
  tabId: number,
): Promise<LookupResponse | ListLookupResponse | { ok: boolean }> {
  const settings = await getSettings();
  const now = await getNow();
  switch (message.type) {
    case 'page-lookup': {
      if (!(await tabPages.admit(tabId, message.doc, Date.now()))) return { status: 'busy' };
      const url = pageUrl(message.url, senderUrl);
      const [dismissed, autoOpened] = await Promise.all([getDismissed(), autoOpenedItem.getValue()]);
      const response = await lookupPage(index, url, message.signals, settings, { now, dismissed, autoOpened }, message.force);
      const match = response.status === 'show' || response.status === 'hidden' ? response.match : null;
      // "Show details" from the popup shows what the page already reported: it changes no record.
      if (!message.force) await tabPages.record(tabId, { url, signals: message.signals, companyId: match?.company.id ?? null });
      // The badge marks every flagged tab the user has not switched off (alerts off, muted).
      const badged = response.status === 'show' || (response.status === 'hidden' && (response.reason === 'dismissed' || response.reason === 'discreet' || response.reason === 'no-tab'));
      await setTabBadge(tabId, badged ? match : null, settings.discreet);
      // A panel to show gets its answer id: its actions name it, and apply to this company.
      return response.status === 'show' ? { ...response, answer: await tabPages.answer(tabId, response.match.company.id) } : response;
    }
    case 'list-lookup': {
      if (!(await tabPages.admit(tabId, message.doc, Date.now()))) return { status: 'busy' };
      const host = normalizeHost(senderUrl);
      if (!host) return { markers: [] };
      // Within the page load's and the site's budget for the day; what is over it is not looked up.
      const granted = await tabPages.takeListKeys(tabId, message.doc, getSiteKey(host), now, message.names.length + message.hosts.length);
      if (granted === 0) return { status: 'spent' };
      const names = message.names.slice(0, granted);
      const hosts = message.hosts.slice(0, granted - names.length);
      return { markers: await listMarkers(index, senderUrl, { names, hosts }, settings, { now, dismissed: await getDismissed() }) };
    }
    case 'list-open': {
      // A marker the user clicked: the panel for that result's company, shown whatever the page's own
      // match (the marker was only there if the settings allow it). Mutes from that panel apply to it.
      if (!(await tabPages.admit(tabId, message.doc, Date.now()))) return { status: 'busy' };
      const signals = message.name ? [{ name: message.name, role: 'employer' as const, source: 'page' as const }] : [];
      const match = message.name
        ? await findMatch(index, senderUrl, signals)
        : message.host
          ? await findMatch(index, `https://${message.host}/`)
          : null;
      if (!match) return { status: 'none' };
      await tabPages.record(tabId, { url: senderUrl, signals, companyId: match.company.id });
      return { status: 'show', match, open: true, answer: await tabPages.answer(tabId, match.company.id) };
    }
    case 'open-record': {
      const companyId = await tabPages.answered(tabId, message.answer);
      if (!companyId || !(await index.getCompany(companyId))) return { ok: false };
      const path = directoryPath({ company: companyId }) + (message.section === 'report' ? '#report' : '');
      await browser.tabs.create({ url: (browser.runtime.getURL as (path: string) => string)(path) });
      return { ok: true };
    }
    case 'warm-up':
      // The index is loaded by now (handleMessage waited for it): nothing else to do.
      return { ok: true };
    case 'page-leave':
      if (!(await tabPages.forget(tabId, message.doc))) return { ok: false };
      await setTabBadge(tabId, null, settings.discreet);
      return { ok: true };
    case 'panel-seen': {
      // Counted for the company of the panel that was seen, whatever the page may claim, on this
      // site only; records older than the longest guard period are dropped as it is written.
      const companyId = await tabPages.answered(tabId, message.answer);
      const host = normalizeHost(senderUrl);
      if (!companyId || !host) return { ok: false };
      const kept = Object.entries(await autoOpenedItem.getValue()).filter(([, at]) => now - Date.parse(at) < AUTO_OPEN_PERIOD_MS.weekly);
      await autoOpenedItem.setValue({ ...Object.fromEntries(kept), [autoOpenKey(getSiteKey(host), companyId)]: new Date(now).toISOString() });
      await deps.onStateChange?.();
      return { ok: true };
    }
    case 'dismiss':
    case 'undismiss':
    case 'mute': {
      const host = normalizeHost(senderUrl);
      // Always the company of the panel the user acted on (its answer id), never the tab's latest
      // lookup: a page can change its names and address under an open panel, not the panel's answer.
      const companyId = await tabPages.answered(tabId, message.answer);
      if (!host || !companyId) return { ok: false };
      const site = getSiteKey(host);
      if (message.type === 'mute' && message.kind === 'site') {
        await updateSettings((s) => addMute(s, 'site', site, message.duration, now));
      } else {
        const company = await index.getCompany(companyId);
        if (!company) return { ok: false };
        if (message.type === 'mute') {
          await updateSettings((s) => addMute(s, 'company', company.id, message.duration, now, company.name));
        } else {
          const others = (await getDismissed()).filter((d) => !(d.site === site && d.company === company.id));
          await dismissedItem.setValue(message.type === 'dismiss' ? [...others, { site, company: company.id }] : others);
        }
      }
      await deps.onStateChange?.();
      return { ok: true };
    }
  }
}

export interface MessagingDeps {
  service: Pick<DatasetService, 'get'>;
  /** Absent in a build without an update channel. */
  refresher?: Pick<Refresher, 'run'>;
  /** Where updates come from (the published dataset's address), in a build with an update channel. */
  updateUrl?: string;
  /**
   * Called, and awaited, after a dismissal, a mute or an auto-opened panel was recorded: the
   * answers kept for pages (fast-cards.ts) must follow before the next page asks.
   */
  onStateChange?: () => Promise<void>;
}

/** How long before its expiry the popup starts saying that no newer data has arrived. */
export const STALE_BEFORE_EXPIRY_MS = 14 * 86_400_000;
/** With updates on, how long without a successful check before the popup says so. */
export const CHECK_OVERDUE_MS = 7 * 86_400_000;

async function getDatasetStatus(deps: MessagingDeps): Promise<DatasetStatus> {
  const [{ index, source }, settings, status, now] = await Promise.all([deps.service.get(), getSettings(), getUpdateStatus(), getNow()]);
  // Sites of the data without host access: no panel there until the user allows them.
  const { missing } = await getPanelAccess(index).catch(() => ({ missing: [] as string[] }));
  const expiresAt = index.match.expiresAt;
  const expires = Date.parse(expiresAt);
  return {
    version: index.version,
    generatedAt: index.generatedAt,
    expiresAt,
    // The signed expiry, not the last check: a server that answers "not modified" forever keeps
    // the last check recent, but cannot make old data look current.
    freshness: now >= expires ? 'expired' : now >= expires - STALE_BEFORE_EXPIRY_MS ? 'stale' : 'fresh',
    companies: index.size,
    source,
    updatesConfigured: deps.refresher !== undefined,
    ...(deps.refresher && deps.updateUrl ? { updateSource: deps.updateUrl } : {}),
    // Checks that keep failing (a source gone, a network that blocks it) leave the data to age:
    // said plainly after a week, before the expiry says it.
    checkOverdue:
      deps.refresher !== undefined && settings.updates.enabled && status.lastSuccessAt !== undefined && now - Date.parse(status.lastSuccessAt) > CHECK_OVERDUE_MS,
    updates: settings.updates,
    status,
    hostsNeedingPermission: missing,
  };
}

const NOTHING: UrlStatus = { match: null, mutes: [], dismissed: false };

/**
 * What the popup says about a tab: from the tab's own URL (readable only where the extension has host
 * access, which is everywhere the panel can run) and the names its page last reported, so neither a
 * page that shut its content script down nor a stale record from an earlier page can change it.
 */
async function getTabStatus(deps: MessagingDeps, tabId: number): Promise<UrlStatus> {
  const tab = await browser.tabs.get(tabId).catch(() => undefined);
  const url = tab?.url;
  if (!url || !/^https?:\/\//.test(url)) return NOTHING;
  const page = await tabPages.get(tabId);
  const signals = page && samePage(page.url, url) ? page.signals : [];
  const now = await getNow();
  const status = await getUrlStatus((await deps.service.get()).index, url, signals, await getSettings(), { now, dismissed: await getDismissed() });
  const host = normalizeHost(url);
  return host && (await tabPages.listsSpent(getSiteKey(host), now)) ? { ...status, listsPaused: true } : status;
}

async function handlePageMessage(deps: MessagingDeps, message: PageMessage): Promise<UrlStatus | DatasetStatus | DirectoryResponse | CompanyRecord | null> {
  switch (message.type) {
    case 'directory': {
      const { index, rows } = await deps.service.get();
      return { version: index.version, generatedAt: index.generatedAt, rows: await rows() };
    }
    case 'company-record': {
      // A company's record for the directory, as its panel shows it (no page: no match reason).
      const { index } = await deps.service.get();
      const record = await index.getRecord(message.id);
      return record ? toRecord(record, index.match.latestFiscalYear) : null;
    }
    case 'tab-status':
      return getTabStatus(deps, message.tabId);
    case 'dataset-status':
      return getDatasetStatus(deps);
    case 'check-now':
      // "Check for updates: never" means no request at all, whoever asks: the button is disabled
      // then, but an options page opened before the change can still send this. The answer's
      // `updates.enabled: false` says why nothing was checked.
      if ((await getSettings()).updates.enabled) await deps.refresher?.run();
      return getDatasetStatus(deps);
  }
}

/** The answer to one message, or undefined (no answer) for anything not from our own contexts. */
export function handleMessage(deps: MessagingDeps, raw: unknown, sender: Sender): Promise<unknown> | undefined {
  if (isWebPageSender(sender)) {
    const parsed = ContentMessage.safeParse(raw);
    if (parsed.success) return deps.service.get().then(({ index }) => handleContentMessage(deps, index, parsed.data, sender.url, sender.tab.id ?? -1));
  } else if (isExtensionPageSender(sender)) {
    const parsed = PageMessage.safeParse(raw);
    if (parsed.success) return handlePageMessage(deps, parsed.data);
  }
  return undefined;
}

export function registerMessaging(deps: MessagingDeps): void {
  browser.runtime.onMessage.addListener((raw: unknown, sender: Sender) => handleMessage(deps, raw, sender));
  browser.tabs.onRemoved.addListener((tabId) => void tabPages.remove(tabId));
}
