/**
 * LinkedIn: the employer of a job view (guest and logged-in, alone or as the selected job of a search,
 * read from that job's own card or the details pane)
 * and the company of a company page. Class names change with each redesign, so the reader falls back
 * on what LinkedIn keeps stable: the company link's accessible name ("Company, Flow Traders.") and the
 * page title ("Graduate Data Engineer | Flow Traders | LinkedIn"; a company page: "Audiense | LinkedIn").
 */
import { named, textOf, titleOf, type SiteExtractor } from '../types';

/** The company link's accessible name under `root`: "Company, Flow Traders." → "Flow Traders". */
function companyLabel(root: ParentNode | null | undefined): string | undefined {
  return root?.querySelector('[aria-label^="Company, "]')?.getAttribute('aria-label')?.slice('Company, '.length).replace(/\.$/, '');
}

export const linkedin: SiteExtractor = {
  domains: ['linkedin.com'],
  extract(doc, url) {
    const path = url.pathname;
    if (/^\/company\/[^/]+/.test(path)) {
      const name = textOf(doc, ['.top-card-layout__title', 'h1']) ?? /^(.+?) \| LinkedIn$/.exec(titleOf(doc))?.[1];
      return named(name, 'employer');
    }
    const card = textOf(doc, [
      '.job-details-jobs-unified-top-card__company-name a',
      '.job-details-jobs-unified-top-card__company-name',
      '.jobs-unified-top-card__company-name a',
      '.topcard__org-name-link',
      '[data-tracking-control-name="public_jobs_topcard-org-name"]',
    ]);
    if (card) return named(card, 'employer');
    // A search's selected job (?currentJobId=…): its own card in the list, or the label inside the
    // details pane; never the first card of the list, which is some other job.
    const selected = url.searchParams.get('currentJobId');
    if (selected && /^\d{1,20}$/.test(selected)) {
      const inList = doc.querySelector(`[data-job-id="${selected}"], [data-occludable-job-id="${selected}"]`);
      const own = inList && textOf(inList, ['.artdeco-entity-lockup__subtitle', '.job-card-container__primary-description', '.base-search-card__subtitle']);
      if (own) return named(own, 'employer');
      const pane = doc.querySelector('.jobs-search__job-details, .jobs-details, .scaffold-layout__detail');
      return named(companyLabel(pane), 'employer');
    }
    // Only on a job's own page: a search page labels every card in its list the same way.
    if (!/^\/jobs\/view\//.test(path)) return [];
    const label = companyLabel(doc);
    if (label) return named(label, 'employer');
    // "<job> | <company> | LinkedIn".
    return named(/^[^|]+\| ([^|]+?) \| LinkedIn$/.exec(titleOf(doc))?.[1], 'employer');
  },
};
