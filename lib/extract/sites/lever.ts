/** Lever postings whose slug is not a known company's: the board's logo names it ("Lightcast logo"). */
import { named, type SiteExtractor } from '../types';

export const lever: SiteExtractor = {
  domains: ['lever.co'],
  extract(doc) {
    const alt = doc.querySelector('.main-header-logo img[alt]')?.getAttribute('alt');
    return named(alt?.replace(/ logo$/i, ''), 'employer');
  },
};
