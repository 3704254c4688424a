/** Indeed job searches: each result card's company name. */
import { namedEntries, type ListReader } from './types';

export const indeedList: ListReader = {
  domains: ['indeed.com'],
  path: /^\/(?:jobs|q-|m\/jobs)/,
  read: (doc, limit) => namedEntries(doc, '[data-testid="company-name"], .companyName', limit),
};
