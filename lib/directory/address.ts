/**
 * Addresses of the directory page (entrypoints/directory): a company's record, or a search with its
 * filters. The directory keeps its own state in them; the popup's results and the context menu's
 * "Look up" link here. The text goes into
 * the extension's own page address and nowhere else. No browser API: callers resolve the path with
 * runtime.getURL.
 */
export const MAX_QUERY = 200;

export interface DirectoryPlace {
  company?: string;
  q?: string;
  /** Filters: a kind of work (an Involvement) and an agency tag. */
  kind?: string;
  agency?: string;
}

export function directoryPath(place: DirectoryPlace = {}): string {
  const params = new URLSearchParams();
  if (place.company) params.set('company', place.company);
  else {
    // A selection can be a whole page: the search reads at most this much of it.
    const query = place.q?.replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY);
    if (query) params.set('q', query);
    if (place.kind) params.set('kind', place.kind);
    if (place.agency) params.set('agency', place.agency);
  }
  const text = params.toString();
  return text ? `/directory.html?${text}` : '/directory.html';
}
