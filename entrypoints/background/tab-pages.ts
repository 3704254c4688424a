/**
 * What the background last read for each tab: the page's URL, the names its content script read off
 * it at its last real navigation, and the company the background matched then. Kept in session
 * storage (the worker sleeps; a browser restart clears it), so that
 * - the popup describes a tab from here and from the tab's own URL, not by asking the page's content
 *   script, which a page can shut down: a page cannot unsay a match;
 * - lookups are rate-limited per tab, so a page that cycles names or URLs to learn the user's mutes
 *   learns little and costs little;
 * - every panel the worker answers with carries an answer id (random, known only to the content
 *   script that asked, never to the page): a dismissal, a mute, "seen" or "full record" from that
 *   panel names its answer id, and applies to the company of that answer, never to an id the page
 *   could have chosen, nor to whatever the tab's latest lookup matched since. A page that changes
 *   its names and address under an open panel cannot move the user's click onto another company.
 * - result lists are looked up within a budget per page load and per site and day
 *   (lib/list-budget.ts), so markers cannot be used to read the user's mutes and settings in bulk.
 */
import * as z from 'zod/mini';
import { storage } from 'wxt/utils/storage';
import { PageSignal } from '@/lib/messages';
import { grantListKeys, ListBudget, listBudgetSpent } from '@/lib/list-budget';

/**
 * At most this many lookups per page load in any window of RATE_WINDOW_MS: a person navigating a
 * single-page app goes slower; a new page load starts afresh.
 */
export const RATE_LIMIT = 12;
export const RATE_WINDOW_MS = 10_000;
/** How many answered panels of a tab stay actionable: the one shown, and a few a page raced past it. */
export const ANSWERS_KEPT = 8;

/** A fresh answer id: 128 random bits, hex. */
function newAnswerId(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}

const TabPage = z.strictObject({
  /** The page load (content script run) the recent lookups came from. */
  doc: z.string(),
  url: z.string(),
  signals: z.array(PageSignal),
  companyId: z.nullable(z.string()),
  /** Times of the recent lookups (for the rate limit) and how many this tab was answered in all. */
  recent: z.array(z.number()),
  lookups: z.number(),
  /** The latest panels answered in this tab: each answer id and the company its panel shows. */
  answers: z.optional(z.array(z.strictObject({ id: z.string(), companyId: z.string() }))),
  /** Result-list names and hosts this page load has had looked up (lib/list-budget.ts). */
  listKeys: z.optional(z.number()),
});
export type TabPage = z.infer<typeof TabPage>;

const TabPages = z.record(z.string(), TabPage);

/** A tab's record before any lookup of the page load `doc`. */
const blankPage = (doc: string): TabPage => ({ doc, url: '', signals: [], companyId: null, recent: [], lookups: 0 });
const tabPagesItem = storage.defineItem<Record<string, TabPage>>('session:tabPages', { fallback: {} });
/** The sites' result-list budget for the day, written in the same queue as the tabs' records. */
const listBudgetItem = storage.defineItem<ListBudget | null>('session:listBudget', { fallback: null });

async function readBudget(): Promise<ListBudget | undefined> {
  const parsed = ListBudget.safeParse(await listBudgetItem.getValue());
  return parsed.success ? parsed.data : undefined;
}

async function readAll(): Promise<Record<string, TabPage>> {
  const parsed = TabPages.safeParse(await tabPagesItem.getValue());
  return parsed.success ? parsed.data : {};
}

// Writes are chained so that two quick lookups from one tab do not lose each other's update.
let queue: Promise<unknown> = Promise.resolve();
function change<T>(fn: (pages: Record<string, TabPage>) => T | Promise<T>): Promise<T> {
  const next = queue.then(async () => {
    const pages = await readAll();
    const result = await fn(pages);
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

  /** Counts a lookup from a page load; false when it is over its rate limit (the lookup is not made). */
  admit(tabId: number, doc: string, now: number): Promise<boolean> {
    return change((pages) => {
      const page = pages[tabId] ?? blankPage(doc);
      const recent = page.doc === doc ? page.recent.filter((at) => at > now - RATE_WINDOW_MS && at <= now) : [];
      const admitted = recent.length < RATE_LIMIT;
      const listKeys = page.doc === doc ? page.listKeys : 0;
      pages[tabId] = { ...page, doc, recent: admitted ? [...recent, now] : recent, lookups: page.lookups + (admitted ? 1 : 0), listKeys };
      return admitted;
    });
  },

  /**
   * How many of `wanted` result-list keys the page load `doc` (on `site`) may have looked up now: its
   * own share and its site's for the day (lib/list-budget.ts). Counted when granted.
   */
  takeListKeys(tabId: number, doc: string, site: string, now: number, wanted: number): Promise<number> {
    return change(async (pages) => {
      const page = pages[tabId]?.doc === doc ? pages[tabId] : blankPage(doc);
      const pageUsed = page.listKeys ?? 0;
      const { granted, budget } = grantListKeys(await readBudget(), site, now, wanted, pageUsed);
      await listBudgetItem.setValue(budget);
      pages[tabId] = { ...page, listKeys: pageUsed + granted };
      return granted;
    });
  },

  /** Whether `site` has used its result-list budget for the day. */
  async listsSpent(site: string, now: number): Promise<boolean> {
    return listBudgetSpent(await readBudget(), site, now);
  },

  /** A panel is answered in the tab: its answer id, kept with the company it shows. */
  answer(tabId: number, companyId: string): Promise<string> {
    return change((pages) => {
      const id = newAnswerId();
      const page = pages[tabId] ?? blankPage('');
      pages[tabId] = { ...page, answers: [...(page.answers ?? []), { id, companyId }].slice(-ANSWERS_KEPT) };
      return id;
    });
  },

  /** The company of the panel answered in this tab under `answer`, or null (unknown, or too old). */
  async answered(tabId: number, answer: string): Promise<string | null> {
    return (await this.get(tabId))?.answers?.find((a) => a.id === answer)?.companyId ?? null;
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
      // Its panels went with it: their answers can no longer be acted on.
      if (previous) pages[tabId] = { ...previous, url: '', signals: [], companyId: null, answers: [] };
      return true;
    });
  },

  remove(tabId: number): Promise<void> {
    return change((pages) => {
      delete pages[tabId];
    });
  },
};
