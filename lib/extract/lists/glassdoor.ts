/** Glassdoor job searches: each job card's employer (its class name carries a build hash). */
import { namedEntries, type ListReader } from './types';

export const glassdoorList: ListReader = {
  domains: ['glassdoor.com'],
  path: /^\/(?:Job|Jobs)\//,
  read: (doc, limit) => namedEntries(doc, '[class*="EmployerProfile_compactEmployerName"]', limit),
};
