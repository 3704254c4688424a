/** What "this site" means for Dismiss and "Don't show on this site": the host without a leading `www.`. */
export function getSiteKey(host: string): string {
  return host.replace(/^www\./, '');
}

/** A muted or dismissed site covers its own host and every subdomain of it. */
export function isSiteCovered(host: string, sites: readonly string[]): boolean {
  return sites.some((site) => host === site || host.endsWith(`.${site}`));
}
