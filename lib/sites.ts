/**
 * Sites where the host belongs to a job board or a store rather than to the company the page is
 * about. The panel's content script also runs here, to read the employer or brand off the page.
 * Each site is one registrable domain (its subdomains included: careers-<tenant>.icims.com,
 * <tenant>.wd5.myworkdayjobs.com, fr.linkedin.com), except the boards whose other subdomains are
 * not job boards (Lever, Greenhouse, Ashby, SmartRecruiters), which are listed host by host.
 */
import { isSiteCovered } from './site';

export type SiteCategory = 'jobs' | 'shopping';

/** Job boards and hosted career sites: whole domains. */
const JOB_DOMAINS = [
  'myworkdayjobs.com', 'linkedin.com', 'indeed.com', 'glassdoor.com',
  // Where federal contractors post (issue 17): each reads schema.org JobPosting first.
  'clearancejobs.com', 'icims.com', 'taleo.net', 'successfactors.com', 'successfactors.eu', 'sapsf.com', 'sapsf.eu',
  'jobs2web.com', 'dice.com', 'ziprecruiter.com', 'builtin.com', 'wellfound.com',
];
/** Job boards on a few hosts of a domain that also serves other things. */
const JOB_HOSTS = /^(?:jobs(?:\.eu)?\.lever\.co|(?:job-)?boards(?:\.eu)?\.greenhouse\.io|jobs\.ashbyhq\.com|(?:jobs|careers)\.smartrecruiters\.com)$/;
const JOB_HOST_PATTERNS = [
  '*://jobs.lever.co/*', '*://jobs.eu.lever.co/*', '*://boards.greenhouse.io/*', '*://job-boards.greenhouse.io/*',
  '*://boards.eu.greenhouse.io/*', '*://job-boards.eu.greenhouse.io/*', '*://jobs.ashbyhq.com/*',
  '*://jobs.smartrecruiters.com/*', '*://careers.smartrecruiters.com/*',
];
/** Stores: amazon.com and its stores abroad, and the big US and Canadian retailers. */
export const STORE_DOMAINS = [
  'amazon.com', 'amazon.co.uk', 'amazon.ca', 'amazon.de', 'amazon.fr', 'amazon.es', 'amazon.it', 'amazon.com.mx',
  'amazon.co.jp', 'amazon.com.br', 'amazon.nl', 'amazon.se', 'amazon.pl', 'amazon.sg', 'amazon.ae', 'amazon.sa',
  'amazon.com.tr', 'amazon.in', 'amazon.com.au',
  'walmart.com', 'target.com', 'bestbuy.com', 'bestbuy.ca', 'ebay.com', 'homedepot.com', 'lowes.com', 'newegg.com',
  'costco.com',
];

// "*.example.com" also matches example.com itself.
/**
 * Web search engines: not a site category (a search page names no employer or brand of its own);
 * the script runs there only to mark results that link to a listed company's site.
 */
const SEARCH_DOMAINS = ['google.com', 'bing.com', 'duckduckgo.com'];

const patternsOf = (domains: readonly string[]) => domains.map((d) => `*://*.${d}/*`);

export const SITE_PATTERNS: Record<SiteCategory, string[]> = {
  jobs: [...JOB_HOST_PATTERNS, ...patternsOf(JOB_DOMAINS)],
  shopping: patternsOf(STORE_DOMAINS),
};

export const ALL_SITE_PATTERNS = [...new Set([...SITE_PATTERNS.jobs, ...SITE_PATTERNS.shopping, ...patternsOf(SEARCH_DOMAINS)])];

/**
 * Sites that show many companies (job boards, stores, search engines): there a dismissal or a mute
 * from a panel means that company, and silencing the site itself is a separate, confirmed choice.
 */
export function showsManyCompanies(host: string): boolean {
  const h = host.toLowerCase();
  return getSiteCategory(h) !== null || isSiteCovered(h, SEARCH_DOMAINS);
}

/** Which category a page host belongs to, if any (amazon.com is both a store and a listed host). */
export function getSiteCategory(host: string): SiteCategory | null {
  const h = host.toLowerCase();
  const under = (domain: string) => h === domain || h.endsWith(`.${domain}`);
  if (JOB_HOSTS.test(h) || JOB_DOMAINS.some(under)) return 'jobs';
  if (STORE_DOMAINS.some(under)) return 'shopping';
  return null;
}
