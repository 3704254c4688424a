/**
 * Greenhouse job boards whose slug is not a known company's: the company the page shows, from the
 * title ("Job Application for Software Engineer II at Alma"), the classic board's header ("at Alma")
 * or the board's logo ("Alma Logo"). JSON-LD, where a board has it, is read first with the rest of
 * the structured data.
 */
import { named, textOf, titleOf, type SiteExtractor } from '../types';

export const greenhouse: SiteExtractor = {
  domains: ['greenhouse.io'],
  extract(doc) {
    const fromTitle = /^Job Application for .+ at (.+)$/.exec(titleOf(doc))?.[1];
    if (fromTitle) return named(fromTitle, 'employer');
    const header = textOf(doc, ['.company-name'])?.replace(/^at\s+/i, '');
    if (header) return named(header, 'employer');
    const logo = doc.querySelector('img[alt$=" Logo"], img[alt$=" logo"]')?.getAttribute('alt');
    return named(logo?.replace(/ logo$/i, ''), 'employer');
  },
};
