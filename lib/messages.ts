/**
 * Messages between the extension's own contexts. Each side validates what it receives with these
 * schemas; the background additionally checks the sender (see entrypoints/background/messaging.ts).
 */
import * as z from 'zod/mini';
import { Company, Confidence, Source } from '../data/schema';
import { VerdictMessage } from './verdict-schema';
import { UpdateStatus } from './settings';
import { DirectoryRows } from './directory/rows';
import type { PageSignal as PageSignalT } from './extract/types';
import { LIST_BATCH } from './extract/lists/types';

/** A name read off a page (see lib/extract/types.ts); untrusted, so bounded. */
export const PageSignal = z.strictObject({
  name: z.string().check(z.minLength(1), z.maxLength(200)),
  role: z.enum(['employer', 'brand']),
  source: z.enum(['structured-data', 'page']),
  product: z.optional(z.string().check(z.maxLength(300))),
}) satisfies z.ZodMiniType<PageSignalT>;

const Signals = z.array(PageSignal).check(z.maxLength(12));
/** A random id per page load (per content script run), made by the content script. */
const DocId = z.string().check(z.regex(/^[a-z0-9]{8,32}$/));

/**
 * The id the worker gave a panel's answer (entrypoints/background/tab-pages.ts): the panel's actions
 * name it, and apply to the company that answer showed.
 */
export const AnswerId = z.string().check(z.regex(/^[0-9a-f]{32}$/));

/**
 * From the content script: the page's current URL (pages change it with pushState; the background
 * accepts it only on the sender's own origin) and the names the page gives for its employer or brand.
 */
export const PageLookup = z.strictObject({
  type: z.literal('page-lookup'),
  /** The page load: the rate limit counts per page load. */
  doc: DocId,
  url: z.string().check(z.maxLength(8192)),
  signals: Signals,
  /** "Show details" from the popup: show the panel even if muted, dismissed or discreet. */
  force: z.optional(z.boolean()),
});
/**
 * The page is going away (navigation, tab closing): its badge goes too, unless the tab's next page
 * (another `doc`) already reported, since the two messages may arrive in either order.
 */
export const PageLeave = z.strictObject({ type: z.literal('page-leave'), doc: DocId });
/** The panel opened by itself was on screen in a visible tab: the auto-open guard counts its company. */
export const PanelSeen = z.strictObject({ type: z.literal('panel-seen'), answer: AnswerId });
/**
 * The panel was dismissed (×, Escape, "Hide"), or the dismissal undone: for the company of the
 * panel's answer, on the sender's site, until the browser restarts.
 */
export const Dismiss = z.strictObject({ type: z.enum(['dismiss', 'undismiss']), answer: AnswerId });
/**
 * "The full record in the directory", from the panel: the background opens the directory on the
 * company of the panel's answer (the message names no company).
 */
/** The panel's company in the directory: its record, or (`section: 'report'`) the problem report there. */
export const OpenRecord = z.strictObject({ type: z.literal('open-record'), answer: AnswerId, section: z.optional(z.literal('report')) });
/**
 * A store or job-board page, as its script starts: the worker (asleep after 30 s idle) wakes and
 * reads its index while the page is being read, so the lookup that follows does not wait for both.
 * Carries nothing of the page.
 */
export const WarmUp = z.strictObject({ type: z.literal('warm-up') });
/**
 * A mute from the panel. No company id: a company mute applies to the company of the panel's answer
 * (entrypoints/background/tab-pages.ts); a site mute to the sender's site.
 */
export const MuteRequest = z.strictObject({
  type: z.literal('mute'),
  kind: z.enum(['site', 'company']),
  duration: z.enum(['day', 'week', 'always']),
  answer: AnswerId,
});
/** The popup asks about a tab: the background answers from the tab's URL and what its page last reported. */
export const TabStatusRequest = z.strictObject({ type: z.literal('tab-status'), tabId: z.int().check(z.nonnegative()) });
export const DatasetStatusRequest = z.strictObject({ type: z.literal('dataset-status') });
export const CheckNowRequest = z.strictObject({ type: z.literal('check-now') });

const ListName = z.string().check(z.minLength(1), z.maxLength(200));
const ListHost = z.string().check(z.minLength(1), z.maxLength(253), z.regex(/^[a-z0-9.-]+$/));
/**
 * A result list on the page (job search results: employers; web search results: hosts): which of
 * them are listed companies, for markers beside them. Nothing of the page goes anywhere else.
 */
export const ListLookup = z.strictObject({
  type: z.literal('list-lookup'),
  doc: DocId,
  names: z.array(ListName).check(z.maxLength(LIST_BATCH)),
  hosts: z.array(ListHost).check(z.maxLength(LIST_BATCH)),
});
/** A marker was clicked: the panel for that result's company (one of the two). */
export const ListOpen = z.strictObject({ type: z.literal('list-open'), doc: DocId, name: z.optional(ListName), host: z.optional(ListHost) });
export const ListMarker = z.strictObject({
  /** The name or host as the lookup sent it. */
  key: z.string(),
  company: z.strictObject({ id: z.string(), name: z.string() }),
  /** What the company did, for the marker's words and its preview. */
  verdict: VerdictMessage,
});
/** 'busy': over the page load's rate limit, ask again later; 'spent': over its list budget (lib/list-budget.ts), stop. */
export const ListLookupResponse = z.union([z.strictObject({ status: z.enum(['busy', 'spent']) }), z.strictObject({ markers: z.array(ListMarker) })]);
export type ListMarker = z.infer<typeof ListMarker>;
export type ListLookupResponse = z.infer<typeof ListLookupResponse>;

/** From content scripts: the sender's tab URL, not anything in the message, says which page it is. */
export const ContentMessage = z.discriminatedUnion('type', [PageLookup, PageLeave, PanelSeen, Dismiss, MuteRequest, ListLookup, ListOpen, WarmUp, OpenRecord]);
/** The directory and the search: every company's row in the data in use (lib/directory/rows.ts). */
export const DirectoryRequest = z.strictObject({ type: z.literal('directory') });
/** The directory: one company's record, as its panel shows it. */
export const CompanyRecordRequest = z.strictObject({ type: z.literal('company-record'), id: z.string().check(z.minLength(1), z.maxLength(200)) });

/** From the popup and options pages. */
export const PageMessage = z.discriminatedUnion('type', [TabStatusRequest, DatasetStatusRequest, CheckNowRequest, DirectoryRequest, CompanyRecordRequest]);

const CompanyRef = z.strictObject({ id: z.string(), name: z.string() });

export const MatchReason = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('host'),
    pageHost: z.string(),
    rule: z.string(),
    ruleNote: z.optional(z.string()),
    evidence: z.string(),
    confidence: Confidence,
    /** The page that shows the address as the company's own, where one was read. */
    source: z.optional(z.strictObject({ url: z.string(), publisher: z.string() })),
  }),
  z.strictObject({
    kind: z.enum(['employer', 'brand']),
    pageHost: z.string(),
    pageName: z.string(),
    matchedName: z.string(),
    source: z.enum(['job-board-url', 'structured-data', 'page']),
    corroborated: z.optional(z.boolean()),
  }),
]);

/** A company as its panel shows it, wherever it is shown. */
const recordShape = {
  company: Company,
  parents: z.array(CompanyRef),
  /** Joint ventures the company is a member of: what they are, and the sources for the membership. */
  ventures: z.array(z.strictObject({ id: z.string(), name: z.string(), summary: z.string(), sources: z.array(Source) })),
  /** For a joint venture: its members in the dataset. */
  members: z.array(CompanyRef),
  /** The newest fiscal year the dataset's award records cover (see lib/award-history.ts). */
  recordsLatestFiscalYear: z.optional(z.number()),
};

/** A company's record in the directory (no page, so no reason it matched). */
export const CompanyRecord = z.strictObject(recordShape);

export const MatchInfo = z.strictObject({
  ...recordShape,
  why: MatchReason,
  /** What "this site" means for Dismiss and mutes: the page host without `www.`. */
  site: z.string(),
  /** On a store or job board that is itself listed (amazon.com): the site's own company. */
  siteCompany: z.optional(CompanyRef),
});

export const DirectoryResponse = z.strictObject({ version: z.number(), generatedAt: z.string(), rows: DirectoryRows });
export const CompanyRecordResponse = z.nullable(CompanyRecord);

const NoPanel = [
  z.strictObject({ status: z.literal('none') }),
  /** Over the tab's rate limit: not looked up; whatever the page shows stays as it is. */
  z.strictObject({ status: z.literal('busy') }),
  z.strictObject({
    status: z.literal('hidden'),
    reason: z.enum(['alerts-off', 'muted', 'dismissed', 'discreet', 'no-tab']),
    match: MatchInfo,
  }),
] as const;
/** `open`: the full panel; otherwise the collapsed tab (the auto-open guard said not again yet). */
const showShape = { status: z.literal('show'), match: MatchInfo, open: z.boolean() };
/** What the lookup decides for a page (entrypoints/background/lookup.ts). */
export const PageAnswer = z.discriminatedUnion('status', [...NoPanel, z.strictObject(showShape)]);
/** What the content script is told: a panel to show comes with the id its actions name (AnswerId). */
export const LookupResponse = z.discriminatedUnion('status', [...NoPanel, z.strictObject({ ...showShape, answer: AnswerId })]);

export const UrlStatus = z.strictObject({
  match: z.nullable(MatchInfo),
  /** Mutes in force for this page (its site, its company), with their end (null: until undone). */
  mutes: z.array(z.strictObject({ kind: z.enum(['site', 'company']), value: z.string(), until: z.nullable(z.string()) })),
  dismissed: z.boolean(),
  /** The site's result lists used their marker budget for the day (lib/list-budget.ts). */
  listsPaused: z.optional(z.boolean()),
});

export const DatasetStatus = z.strictObject({
  version: z.number(),
  generatedAt: z.string(),
  /** The data's signed expiry, and where the time stands against it (stale: it is near). */
  expiresAt: z.string(),
  freshness: z.enum(['fresh', 'stale', 'expired']),
  companies: z.number(),
  source: z.enum(['bundled', 'update']),
  /** False in a build without an update URL and key: such a build never touches the network. */
  updatesConfigured: z.boolean(),
  /** The published dataset's address the build takes updates from. */
  updateSource: z.optional(z.string()),
  /** Updates are on and none has succeeded for over a week (messaging.ts CHECK_OVERDUE_MS). */
  checkOverdue: z.boolean(),
  updates: z.object({ enabled: z.boolean(), periodHours: z.number() }),
  status: UpdateStatus,
  /** Match patterns of sites in the data that get no panel until the user grants host access. */
  hostsNeedingPermission: z.array(z.string()),
});

export type DatasetStatus = z.infer<typeof DatasetStatus>;
export type CompanyRecord = z.infer<typeof CompanyRecord>;
export type DirectoryResponse = z.infer<typeof DirectoryResponse>;
export type ContentMessage = z.infer<typeof ContentMessage>;
export type PageMessage = z.infer<typeof PageMessage>;
export type MatchInfo = z.infer<typeof MatchInfo>;
export type MatchReason = z.infer<typeof MatchReason>;
export type LookupResponse = z.infer<typeof LookupResponse>;
export type PageAnswer = z.infer<typeof PageAnswer>;
export type UrlStatus = z.infer<typeof UrlStatus>;
