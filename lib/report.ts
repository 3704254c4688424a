/**
 * A problem report about a company's entry, written by the user on the directory's record and sent
 * the way they choose: by e-mail (no account needed; only when the build names an address), as a new
 * issue in the project's tracker (a GitHub account), or copied to paste anywhere. Nothing is sent by
 * ContractLens itself: each way opens the user's own mail program or browser tab with the report
 * filled in, and the report never carries the page the user was on, only what they wrote.
 */
import * as z from 'zod/mini';

declare const __CONTRACTLENS_ISSUES_URL__: string | undefined;
declare const __CONTRACTLENS_REPORT_EMAIL__: string | undefined;

const ISSUES_URL = typeof __CONTRACTLENS_ISSUES_URL__ === 'string' ? __CONTRACTLENS_ISSUES_URL__ : 'https://github.com/contractlens/contractlens/issues';

/** The maintainers' address for reports, set at build time (docs/releasing.md); null when none is. */
export const REPORT_EMAIL: string | null = readReportEmail(typeof __CONTRACTLENS_REPORT_EMAIL__ === 'string' ? __CONTRACTLENS_REPORT_EMAIL__ : undefined);

export function readReportEmail(value: string | undefined): string | null {
  if (!value) return null;
  // A plain address only: anything with a query or a second recipient would change what is sent where.
  return z.email().safeParse(value).success && !/[?&,;\s]/.test(value) ? value : null;
}

/** The most a user's own text may add to a report (a mail program's address line has limits). */
export const MAX_PROBLEM = 1500;
export const MAX_SOURCE = 500;

export interface ReportDraft {
  companyId: string;
  companyName: string;
  /** What is wrong, in the user's words. */
  problem: string;
  /** A page that shows it, if the user gave one. */
  source: string;
  /** The data the user saw: its date (YYYY-MM-DD) and version. */
  dataDate: string;
  dataVersion: number;
}

const clip = (text: string, max: number) => text.trim().slice(0, max);

export function reportTitle(draft: Pick<ReportDraft, 'companyId'>): string {
  return `Data problem: ${draft.companyId}`;
}

/** The report's own words, in the user's language (the page passes its catalog's; tests, these). */
export interface ReportWords {
  company: (name: string, id: string) => string;
  data: (version: number, date: string) => string;
  problem: string;
  source: string;
  notFilled: string;
  noneGiven: string;
}

export const ENGLISH_REPORT_WORDS: ReportWords = {
  company: (name, id) => `Company: ${name} (${id})`,
  data: (version, date) => `Data: version ${version} of ${date}`,
  problem: 'What is wrong:',
  source: 'A page that shows it:',
  notFilled: '(not filled in)',
  noneGiven: '(none given)',
};

/** The report as plain text: the same in the e-mail, the issue and the copy. */
export function reportText(draft: ReportDraft, words: ReportWords = ENGLISH_REPORT_WORDS): string {
  return [
    words.company(draft.companyName, draft.companyId),
    words.data(draft.dataVersion, draft.dataDate),
    '',
    words.problem,
    clip(draft.problem, MAX_PROBLEM) || words.notFilled,
    '',
    words.source,
    clip(draft.source, MAX_SOURCE) || words.noneGiven,
  ].join('\n');
}

/** A new issue in the project's tracker with the report filled in (needs a GitHub account). */
export function reportIssueUrl(draft: ReportDraft, words?: ReportWords): string {
  const url = new URL(`${ISSUES_URL.replace(/\/+$/, '')}/new`);
  url.searchParams.set('title', reportTitle(draft));
  url.searchParams.set('body', reportText(draft, words));
  return url.href;
}

/**
 * A mailto: address with the report as subject and body. Encoded with encodeURIComponent, not
 * URLSearchParams: mail programs read "+" literally, so a form-encoded space would arrive as "+".
 */
export function reportMailUrl(address: string, draft: ReportDraft, words?: ReportWords): string {
  return `mailto:${address}?subject=${encodeURIComponent(reportTitle(draft))}&body=${encodeURIComponent(reportText(draft, words))}`;
}
