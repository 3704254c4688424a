/**
 * Messages between the extension's own contexts. Each side validates what it receives with these
 * schemas; the background additionally checks the sender (see entrypoints/background/messaging.ts).
 */
import { z } from 'zod';
import { Company } from '../data/schema';
import { UpdateStatus } from './settings';

export const PageLookup = z.strictObject({ type: z.literal('page-lookup') });
export const DismissSite = z.strictObject({ type: z.literal('dismiss-site') });
export const MuteSite = z.strictObject({ type: z.literal('mute-site') });
/** The popup asks about the URL of the tab it was opened on (readable only on listed hosts). */
export const UrlStatusRequest = z.strictObject({ type: z.literal('url-status'), url: z.string().max(8192) });
export const DatasetStatusRequest = z.strictObject({ type: z.literal('dataset-status') });
export const CheckNowRequest = z.strictObject({ type: z.literal('check-now') });

/** From content scripts: the sender's tab URL, not anything in the message, says which page it is. */
export const ContentMessage = z.discriminatedUnion('type', [PageLookup, DismissSite, MuteSite]);
/** From the popup and options pages. */
export const PageMessage = z.discriminatedUnion('type', [UrlStatusRequest, DatasetStatusRequest, CheckNowRequest]);

export const MatchInfo = z.strictObject({
  company: Company,
  parents: z.array(z.strictObject({ id: z.string(), name: z.string() })),
  why: z.strictObject({
    pageHost: z.string(),
    rule: z.string(),
    ruleNote: z.string().optional(),
    evidence: z.string(),
  }),
  site: z.string(),
});

export const LookupResponse = z.discriminatedUnion('status', [
  z.strictObject({ status: z.literal('none') }),
  z.strictObject({
    status: z.literal('hidden'),
    reason: z.enum(['alerts-off', 'muted', 'dismissed']),
    match: MatchInfo,
  }),
  z.strictObject({ status: z.literal('show'), match: MatchInfo }),
]);

export const UrlStatus = z.strictObject({
  match: MatchInfo.nullable(),
  muted: z.boolean(),
  dismissed: z.boolean(),
});

export const DatasetStatus = z.strictObject({
  version: z.number(),
  generatedAt: z.string(),
  companies: z.number(),
  source: z.enum(['bundled', 'update']),
  /** False in a build without an update URL and key: such a build never touches the network. */
  updatesConfigured: z.boolean(),
  updates: z.object({ enabled: z.boolean(), periodHours: z.number() }),
  status: UpdateStatus,
});

export type DatasetStatus = z.infer<typeof DatasetStatus>;
export type ContentMessage = z.infer<typeof ContentMessage>;
export type PageMessage = z.infer<typeof PageMessage>;
export type MatchInfo = z.infer<typeof MatchInfo>;
export type LookupResponse = z.infer<typeof LookupResponse>;
export type UrlStatus = z.infer<typeof UrlStatus>;
