/**
 * The toolbar badge and tooltip per tab: shown on every flagged tab whatever the panel does (also
 * when the page removes the panel from its DOM), cleared when the page goes away. Discreet mode uses
 * a neutral icon and a grey badge.
 */
import { browser } from 'wxt/browser';
import type { MatchInfo } from '@/lib/messages';
import { t } from '@/lib/i18n';

const ACCENT = '#6b1fa0';
const NEUTRAL = '#6e6e73';

function action() {
  // MV3 has `action`; Firefox's MV2 build has `browserAction`.
  return (browser as unknown as { action?: typeof browser.action; browserAction?: typeof browser.action }).action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
}

export function describeMatch(match: MatchInfo): string {
  const what = t(match.why.kind === 'employer' ? 'badgeWhatEmployer' : match.why.kind === 'brand' ? 'badgeWhatBrand' : 'badgeWhatSite');
  return t('badgeTitle', match.company.name, what);
}

export async function setTabBadge(tabId: number, match: MatchInfo | null, discreet: boolean): Promise<void> {
  const api = action();
  if (!api) return;
  try {
    if (!match) {
      await Promise.all([api.setBadgeText?.({ tabId, text: '' }), api.setTitle?.({ tabId, title: 'ContractLens' })]);
      return;
    }
    // Firefox for Android has no badge: the title (and the popup) still say it.
    await Promise.all([
      api.setBadgeText?.({ tabId, text: '!' }),
      api.setBadgeBackgroundColor?.({ tabId, color: discreet ? NEUTRAL : ACCENT }),
      api.setTitle?.({ tabId, title: discreet ? 'ContractLens' : describeMatch(match) }),
    ]);
  } catch {
    // The tab closed in the meantime.
  }
}

/** The toolbar icon for everyone: the purple lens, or a grey one in discreet mode. */
export async function setToolbarIcon(discreet: boolean): Promise<void> {
  const dir = discreet ? 'icon-neutral' : 'icon';
  // Firefox for Android has no setIcon (nor a badge): there the icon stays the extension's own.
  await action()
    ?.setIcon?.({ path: { 16: `/${dir}/16.png`, 32: `/${dir}/32.png`, 48: `/${dir}/48.png`, 128: `/${dir}/128.png` } })
    .catch(() => undefined);
}
