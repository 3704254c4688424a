/** Indeed job views: the company name in the job header. */
import { textOf, type SiteExtractor } from '../types';

export const indeed: SiteExtractor = {
  domains: ['indeed.com'],
  extract(doc) {
    const name = textOf(doc, ['[data-testid="inlineHeader-companyName"] a', '[data-testid="inlineHeader-companyName"]', '[data-company-name="true"]']);
    return name ? [{ name, role: 'employer', source: 'page' }] : [];
  },
};
