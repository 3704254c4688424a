/** Glassdoor job and company pages: the employer name in the header. */
import { textOf, type SiteExtractor } from '../types';

export const glassdoor: SiteExtractor = {
  domains: ['glassdoor.com'],
  extract(doc) {
    const name = textOf(doc, ['[data-test="employer-name"]', '[data-test="employerName"]']);
    return name ? [{ name: name.replace(/\s*\d+(\.\d+)?\s*★?$/, ''), role: 'employer', source: 'page' }] : [];
  },
};
