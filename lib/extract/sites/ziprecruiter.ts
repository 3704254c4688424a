/**
 * ZipRecruiter job pages: the employer the address names (/c/Motorola-Solutions/Job/…), where the
 * page has no JSON-LD.
 */
import { named, type SiteExtractor } from '../types';

export const ziprecruiter: SiteExtractor = {
  domains: ['ziprecruiter.com'],
  extract(_doc, url) {
    const slug = /^\/c\/([^/]+)\/Job\//.exec(url.pathname)?.[1];
    let name: string | undefined;
    try {
      name = slug ? decodeURIComponent(slug).replace(/-/g, ' ') : undefined;
    } catch {
      name = undefined;
    }
    return named(name, 'employer');
  },
};
