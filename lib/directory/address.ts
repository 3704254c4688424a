/**
 * Addresses of the directory page (entrypoints/directory): a company's record, or a search. The
 * popup's results, the context menu's "Look up" and the welcome page link here; the text goes into
 * the extension's own page address and nowhere else. No browser API: callers resolve the path with
 * runtime.getURL.
 */
export const MAX_QUERY = 200;

export function directoryPath(place: { company?: string; q?: string } = {}): string {
  const params = new URLSearchParams();
  if (place.company) params.set('company', place.company);
  // A selection can be a whole page: the search reads at most this much of it.
  const query = place.q?.replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY);
  if (query) params.set('q', query);
  const text = params.toString();
  return text ? `/directory.html?${text}` : '/directory.html';
}
