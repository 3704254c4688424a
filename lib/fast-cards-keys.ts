/**
 * Where the worker leaves, in extension storage, what the panel needs on a listed company's own site
 * (entrypoints/background/fast-cards.ts writes it; the content script only reads it). Plain
 * constants and types, so the content script carries no zod.
 */
import type { CompanyRecord, MatchInfo } from './messages';

/** `fast:h:<page host>`: the answer for that host, as the worker would give it now. */
export const FAST_HOST = 'fast:h:';
/** `fast:c:<company id>`: the company's card (the same for all its hosts). */
export const FAST_COMPANY = 'fast:c:';
/** The keys written last, so the next write removes those no longer wanted. */
export const FAST_KEYS = 'fast:keys';

export interface FastHost {
  company: string;
  why: MatchInfo['why'];
  site: string;
  /** Whether the panel opens by itself (the auto-open guard), else the collapsed tab. */
  open: boolean;
  /** ms since the epoch after which the answer no longer holds (a mute ending, the guard's period). */
  until: number;
}

/** `fast:c:<company id>`'s value: the company as its panel shows it. */
export type FastCompany = CompanyRecord;
