/**
 * Which of the panel's match patterns the user has granted host access for. In a build with an
 * update source, only the bundled hosts and the job boards and stores are required permissions; a
 * data update can name other sites, and those stay without a panel until the user allows them
 * (optional host permissions, asked in the popup or options page). A signed dataset alone can
 * therefore never put the panel's script on a site the user did not agree to.
 */

// scheme://host/path, as in the manifest and in permissions.getAll(): host `*`, `*.example.com`
// or `example.com`.
const PATTERN = /^(\*|https?):\/\/(\*|(?:\*\.)?[^/*]+)(\/.*)$/;

/** True when access granted for `granted` includes every page `wanted` matches. */
export function patternCovers(granted: string, wanted: string): boolean {
  if (granted === '<all_urls>') return true;
  const g = PATTERN.exec(granted);
  const w = PATTERN.exec(wanted);
  if (!g || !w) return granted === wanted;
  const [, gScheme, gHost, gPath] = g as unknown as [string, string, string, string];
  const [, wScheme, wHost, wPath] = w as unknown as [string, string, string, string];
  // `*` means http and https, so it covers either; `https` alone does not cover `*`.
  const scheme = gScheme === '*' || gScheme === wScheme;
  const host =
    gHost === '*' || gHost === wHost || (gHost.startsWith('*.') && wHost !== '*' && (wHost === gHost.slice(2) || wHost.endsWith(gHost.slice(1))));
  return scheme && host && (gPath === '/*' || gPath === wPath);
}

/** Splits patterns into those covered by the granted origins and those still needing permission. */
export function partitionByGrant(patterns: readonly string[], grantedOrigins: readonly string[]): { granted: string[]; missing: string[] } {
  const granted: string[] = [];
  const missing: string[] = [];
  for (const pattern of patterns) (grantedOrigins.some((g) => patternCovers(g, pattern)) ? granted : missing).push(pattern);
  return { granted, missing };
}
