/** Dice job pages: the company link (or name) beside the job title. */
import { named, textOf, type SiteExtractor } from '../types';

export const dice: SiteExtractor = {
  domains: ['dice.com'],
  extract(doc) {
    return named(textOf(doc, ['a[data-cy="companyNameLink"]', '[data-cy="companyNameNoLink"]', '#hiringOrganizationName']), 'employer');
  },
};
