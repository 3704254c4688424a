/** Ashby postings whose slug is not a known company's: the title, "Backend Engineer @ Loora". */
import { named, titleOf, type SiteExtractor } from '../types';

export const ashby: SiteExtractor = {
  domains: ['ashbyhq.com'],
  extract(doc) {
    return named(/^.+? @ ([^@]+)$/.exec(titleOf(doc))?.[1], 'employer');
  },
};
