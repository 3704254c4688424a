/**
 * Glassdoor job and employer pages (overview, reviews, jobs, salaries, interviews, benefits): the
 * employer in the header, else the page heading ("Tata Consultancy Services reviews"), else the
 * employer the address names (/Reviews/Tata-Consultancy-Services-Reviews-E13461.htm). Employer
 * ratings in JSON-LD are read with the rest of the structured data.
 */
import { named, textOf, type SiteExtractor } from '../types';

const SECTION = /\s+(?:reviews|salaries|jobs|interview questions|interviews|benefits|photos|overview)$/i;

export const glassdoor: SiteExtractor = {
  domains: ['glassdoor.com'],
  extract(doc, url) {
    const header = textOf(doc, ['[data-test="employer-name"]', '[data-test="employerName"]']);
    if (header) return named(header.replace(/\s*\d+(\.\d+)?\s*★?$/, ''), 'employer');
    // An employer page's address: /<Section>/<Employer-Name>-<Section words>-E<id>.htm
    const page = /^\/(?:Overview|Reviews|Jobs|Salary|Salaries|Interview|Benefits|Photos)\/(?:Working-at-)?([A-Za-z0-9-]+?)-(?:Reviews|Jobs|Salaries|Interview-Questions|Benefits|Photos|EI_IE)?-?E(?:I_IE)?\d+/.exec(url.pathname);
    if (!page) return [];
    // The heading keeps what the address cannot ("&", accents) when it names the same employer.
    const fromUrl = page[1]!.replace(/-/g, ' ');
    const heading = textOf(doc, ['h1'])?.replace(SECTION, '');
    const bare = (text: string) => text.toLowerCase().replace(/&/g, 'and').replace(/[^a-z0-9]+/g, '');
    return named(heading && bare(heading) === bare(fromUrl) ? heading : fromUrl, 'employer');
  },
};
