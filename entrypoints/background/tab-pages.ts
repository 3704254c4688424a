/**
 * What the background last read for each tab: the page's URL, the names its content script read off
 * it at its last real navigation, and the company the background matched then. Kept in session
 * storage (the worker sleeps; a browser restart clears it), so that
 * - the popup describes a tab from here and from the tab's own URL, not by asking the page's content
 *   script, which a page can shut down: a page cannot unsay a match;
 * - a company mute or an auto-open asked for from a page applies to the company the background
 *   matched for that tab and URL, never to an id the page could have chosen;
 * - lookups are rate-limited per tab, so a page that cycles names or URLs to learn the user's mutes
 *   learns little and costs little.
 */
import * as z from 'zod/mini';
import { storage } from 'wxt/utils/storage';
import { PageSignal } from '@/lib/messages';

/**
 * At most this many lookups per page load in any window of RATE_WINDOW_MS: a person navigating a
 * single-page app goes slower; a new page load starts afresh.
 */
export const RATE_LIMIT = 12;
export const RATE_WINDOW_MS = 10_000;

const TabPage = z.strictObject({
  /** The page load (content script run) the recent lookups came from. */
  doc: z.string(),
  url: z.string(),
  signals: z.array(PageSignal),
  companyId: z.nullable(z.string()),
  /** Times of the recent lookups (for the rate limit) and how many this tab was answered in all. */
  recent: z.array(z.number()),
  lookups: z.number(),
});
export type TabPage = z.infer<typeof TabPage>;

const TabPages = z.record(z.string(), TabPage);
const tabPagesItem = storage.defineItem<Record<string, TabPage>>('session:tabPages', { fallback: {} });

async function readAll(): Promise<Record<string, TabPage>> {
  const parsed = TabPages.safeParse(await tabPagesItem.getValue());
  return parsed.success ? parsed.data : {};
}

// Writes are chained so that two quick lookups from one tab do not lose each other's update.
let queue: Promise<unknown> = Promise.resolve();
function change<T>(fn: (pages: Record<string, TabPage>) => T): Promise<T> {
  const next = queue.then(async () => {
    const pages = await readAll();
    const result = fn(pages);
    await tabPagesItem.setValue(pages);
    return result;
  });
  queue = next.catch(() => undefined);
  return next;
}

/** The URL without its fragment: a `#section` link is the same page. */
export function samePage(a: string, b: string): boolean {
  return a.split('#')[0] === b.split('#')[0];
}

export const tabPages = {
  async get(tabId: number): Promise<TabPage | undefined> {
    return (await readAll())[tabId];
  },

  /** The company the background matched for the tab, if its record is of the page at `url`. */
  async companyAt(tabId: number, url: string): Promise<string | null> {
    const page = await this.get(tabId);
    return page && samePage(page.url, url) ? page.companyId : null;
  },

  /** Counts a lookup from a page load; false when it is over its rate limit (the lookup is not made). */
  admit(tabId: number, doc: string, now: number): Promise<boolean> {
    return change((pages) => {
      const page = pages[tabId] ?? { doc, url: '', signals: [], companyId: null, recent: [], lookups: 0 };
      const recent = page.doc === doc ? page.recent.filter((at) => at > now - RATE_WINDOW_MS && at <= now) : [];
      const admitted = recent.length < RATE_LIMIT;
      pages[tabId] = { ...page, doc, recent: admitted ? [...recent, now] : recent, lookups: page.lookups + (admitted ? 1 : 0) };
      return admitted;
    });
  },

  /** What a lookup read and matched for the tab. */
  record(tabId: number, page: Pick<TabPage, 'url' | 'signals' | 'companyId'>): Promise<void> {
    return change((pages) => {
      const previous = pages[tabId] ?? { doc: '', recent: [], lookups: 0 };
      pages[tabId] = { ...previous, ...page };
    });
  },

  /**
   * The page `doc` went away: nothing is known about the tab until its next page reports. False when
   * the tab's record is already another page's (the next page reported first): it stays.
   */
  forget(tabId: number, doc: string): Promise<boolean> {
    return change((pages) => {
      const previous = pages[tabId];
      if (previous && previous.doc !== doc) return false;
      if (previous) pages[tabId] = { ...previous, url: '', signals: [], companyId: null };
      return true;
    });
  },

  remove(tabId: number): Promise<void> {
    return change((pages) => {
      delete pages[tabId];
    });
  },
};
