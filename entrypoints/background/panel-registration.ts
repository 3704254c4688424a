/**
 * The panel content script is registered at run time with the current dataset's hosts as its match
 * patterns, so hosts added by an update get panels without a new release, removed hosts stop getting
 * them, and a page on any other host runs no extension code. Only patterns the user has granted host
 * access for are registered (lib/host-permissions.ts): sites an update adds beyond the permissions
 * of the install wait until the user allows them in the popup or options page. Registration is
 * re-checked at every worker start, because unpacked and some restarted browsers drop it, and
 * whenever host permissions are granted or withdrawn.
 */
import { browser } from 'wxt/browser';
import type { CompanyIndex } from '@/lib/company-index';
import { toMatchPatterns } from '@/lib/hosts';
import { ALL_SITE_PATTERNS } from '@/lib/sites';
import { partitionByGrant } from '@/lib/host-permissions';

export const PANEL_SCRIPT_ID = 'contractlens-panel';

// Only the benchmark's comparison build sets this (see wxt.config.ts): the panel script on every
// page, asking the worker on every load (no answers kept in storage), the way comparable extensions work.
declare const __CONTRACTLENS_ALWAYS_ON__: boolean | undefined;
export const ALWAYS_ON = typeof __CONTRACTLENS_ALWAYS_ON__ !== 'undefined' && __CONTRACTLENS_ALWAYS_ON__;
const PANEL_JS = 'content-scripts/panel.js';

/** The dataset's hosts, plus the job boards and stores where the page names an employer or brand. */
export function getPanelPatterns(index: Pick<CompanyIndex, 'hosts'>): string[] {
  if (ALWAYS_ON) return ['*://*/*'];
  const hosts = toMatchPatterns(index.hosts());
  return [...new Set([...hosts, ...ALL_SITE_PATTERNS])].sort();
}

/** The panel's patterns, split into those with host access and those waiting for the user's permission. */
export async function getPanelAccess(index: Pick<CompanyIndex, 'hosts'>): Promise<{ granted: string[]; missing: string[] }> {
  const { origins = [] } = await browser.permissions.getAll();
  return partitionByGrant(getPanelPatterns(index), origins);
}

export async function syncPanelRegistration(index: Pick<CompanyIndex, 'hosts'>): Promise<void> {
  const { granted: matches } = await getPanelAccess(index);
  const [existing] = await browser.scripting.getRegisteredContentScripts({ ids: [PANEL_SCRIPT_ID] });
  if (matches.length === 0) {
    if (existing) await browser.scripting.unregisterContentScripts({ ids: [PANEL_SCRIPT_ID] });
    return;
  }
  const script = { id: PANEL_SCRIPT_ID, js: [PANEL_JS], matches, runAt: 'document_idle' as const, allFrames: false, persistAcrossSessions: true };
  if (!existing) await browser.scripting.registerContentScripts([script]);
  else if (JSON.stringify([...(existing.matches ?? [])].sort()) !== JSON.stringify(matches)) {
    await browser.scripting.updateContentScripts([script]);
  }
}
