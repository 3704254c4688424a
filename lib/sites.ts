/**
 * Sites where the host belongs to a job board or a store rather than to the company the page is
 * about. The panel's content script also runs here, to read the employer or brand off the page.
 */
export type SiteCategory = 'jobs' | 'shopping';

export const SITE_PATTERNS: Record<SiteCategory, string[]> = {
  jobs: [
    '*://jobs.lever.co/*',
    '*://jobs.eu.lever.co/*',
    '*://boards.greenhouse.io/*',
    '*://job-boards.greenhouse.io/*',
    '*://boards.eu.greenhouse.io/*',
    '*://job-boards.eu.greenhouse.io/*',
    '*://*.myworkdayjobs.com/*',
    '*://jobs.ashbyhq.com/*',
    '*://jobs.smartrecruiters.com/*',
    '*://careers.smartrecruiters.com/*',
    '*://*.linkedin.com/*',
    '*://*.indeed.com/*',
    '*://*.glassdoor.com/*',
  ],
  shopping: ['*://*.amazon.com/*', '*://*.walmart.com/*', '*://*.target.com/*', '*://*.bestbuy.com/*', '*://*.ebay.com/*'],
};

export const ALL_SITE_PATTERNS = [...new Set([...SITE_PATTERNS.jobs, ...SITE_PATTERNS.shopping])];

/** Which category a page host belongs to, if any (amazon.com is both a store and a listed host). */
export function getSiteCategory(host: string): SiteCategory | null {
  const h = host.toLowerCase();
  const under = (domain: string) => h === domain || h.endsWith(`.${domain}`);
  if (
    /^jobs(\.eu)?\.lever\.co$/.test(h) ||
    /^(job-)?boards(\.eu)?\.greenhouse\.io$/.test(h) ||
    under('myworkdayjobs.com') ||
    h === 'jobs.ashbyhq.com' ||
    /^(jobs|careers)\.smartrecruiters\.com$/.test(h) ||
    under('linkedin.com') ||
    under('indeed.com') ||
    under('glassdoor.com')
  ) {
    return 'jobs';
  }
  if (['amazon.com', 'walmart.com', 'target.com', 'bestbuy.com', 'ebay.com'].some(under)) return 'shopping';
  return null;
}
