/** ZipRecruiter job searches: each job card's company. */
import { namedEntries, type ListReader } from './types';

export const ziprecruiterList: ListReader = {
  domains: ['ziprecruiter.com'],
  path: /^\/(?:jobs-search|candidate\/search|jobs\/)/,
  read: (doc, limit) => namedEntries(doc, '[data-testid="job-card-company"]', limit),
};
