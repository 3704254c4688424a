/** LinkedIn job searches: each result card's company line (guest and logged-in layouts). */
import { namedEntries, type ListReader } from './types';

export const linkedinList: ListReader = {
  domains: ['linkedin.com'],
  path: /^\/jobs(?:\/search|\/collections|-guest)?\/?/,
  read: (doc, limit) =>
    namedEntries(doc, '.base-search-card__subtitle, .job-card-container__primary-description, .artdeco-entity-lockup__subtitle', limit),
};
