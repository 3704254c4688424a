/** LinkedIn job views (search results pane and /jobs/view/…): the company name in the top card. */
import { textOf, type SiteExtractor } from '../types';

export const linkedin: SiteExtractor = {
  domains: ['linkedin.com'],
  extract(doc) {
    const name = textOf(doc, [
      '.job-details-jobs-unified-top-card__company-name a',
      '.job-details-jobs-unified-top-card__company-name',
      '.jobs-unified-top-card__company-name a',
      '.topcard__org-name-link',
      '[data-tracking-control-name="public_jobs_topcard-org-name"]',
    ]);
    return name ? [{ name, role: 'employer', source: 'page' }] : [];
  },
};
