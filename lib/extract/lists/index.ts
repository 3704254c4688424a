/** The result-list reader for a page, if it is a result list of a site the extension reads. */
import type { ListReader } from './types';
import { linkedinList } from './linkedin';
import { indeedList } from './indeed';
import { glassdoorList } from './glassdoor';
import { ziprecruiterList } from './ziprecruiter';
import { bingResults, duckduckgoResults, googleResults } from './web-search';

export const LIST_READERS: ListReader[] = [linkedinList, indeedList, glassdoorList, ziprecruiterList, googleResults, bingResults, duckduckgoResults];

export function getListReader(url: URL): ListReader | undefined {
  const host = url.hostname.toLowerCase();
  return LIST_READERS.find((r) => r.domains.some((d) => host === d || host.endsWith(`.${d}`)) && r.path.test(url.pathname));
}
