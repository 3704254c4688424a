/**
 * The toolbar popup, short: what the current tab's company did (the verdict, as the panel's first
 * view says it) and its mutes, the search, and the master switch; the other settings and the data's
 * status fold under one line each, and mutes in force are listed with an undo. Settings are read and
 * written through the same storage item the background reads, so a change applies from the next page
 * load.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { UrlStatus, type MatchInfo, type UrlStatus as UrlStatusT } from '@/lib/messages';
import { activeMutes, addMute, getNow, getSettings, removeMute, setTabOnSite, settingsItem, updateSettings, type MuteDuration, type Settings } from '@/lib/settings';
import { MuteList } from '@/components/MuteList';
import { DataStatus } from '@/components/DataStatus';
import { t } from '@/lib/i18n';
import { formatOwnerChain, getMatchedBrand } from '@/lib/format';
import { SettingsControls } from '@/components/SettingsControls';
import { getVerdict, verdictLevel } from '@/lib/verdict';
import { verdictAmount, verdictBadge, verdictHeadline } from '@/lib/verdict-text';
import { showsManyCompanies } from '@/lib/sites';
import { LIST_KEYS_PER_SITE_DAY } from '@/lib/list-budget';
import type { MessageKey } from '@/lib/i18n';

const DURATION_WORDS: Record<MuteDuration, MessageKey> = { day: 'duration1Day', week: 'duration1Week', always: 'durationAlways' };
import { Search } from './Search';

/** The tab the popup is about: `?tabId=` when opened as a page, else the active tab. */
async function getCurrentTabId(): Promise<number | undefined> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tabId'));
  return Number.isInteger(fromQuery) && fromQuery > 0 ? fromQuery : (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
}

/**
 * What the background knows about the tab (its URL and what its page last reported): the page's own
 * content script is not asked, so a page that shuts it down cannot make the popup say "nothing here".
 */
async function getStatus(): Promise<UrlStatusT | null> {
  const tabId = await getCurrentTabId();
  if (tabId === undefined) return null;
  const parsed = UrlStatus.safeParse(await browser.runtime.sendMessage({ type: 'tab-status', tabId }));
  return parsed.success ? parsed.data : null;
}

/**
 * What the tab's company did, in one look: the verdict's mark, badge and headline, then its one
 * figure, as the panel's first view says it (the panel's "Show details" has the rest).
 */
function TabVerdict({ company }: { company: MatchInfo['company'] }) {
  const verdict = getVerdict(company, new Date().toISOString().slice(0, 10));
  const amount = verdictAmount(verdict);
  return (
    <>
      <p class="tab-verdict" data-level={verdictLevel(verdict)} data-testid="tab-verdict">
        <span class="mark" aria-hidden="true" />
        <strong>{verdictBadge(verdict)}</strong> · {verdictHeadline(verdict)}
      </p>
      {amount ? (
        <p class="muted" data-testid="tab-amount">
          {amount}
        </p>
      ) : null}
    </>
  );
}

interface CurrentTabProps {
  status: UrlStatusT | null | undefined;
  onMute: (kind: 'site' | 'company', duration: MuteDuration) => void;
  /** Whether the collapsed tab shows on the page's site, and the switch for it. */
  tabOnSite: (site: string) => boolean;
  onTabOnSite: (site: string, on: boolean) => void;
}

function CurrentTab({ status, onMute, tabOnSite, onTabOnSite }: CurrentTabProps) {
  // The smallest silence first; a site that shows many companies is silenced only once confirmed.
  const [duration, setDuration] = useState<MuteDuration>('day');
  const [confirming, setConfirming] = useState(false);
  if (status === undefined) return <p class="muted">{t('popupChecking')}</p>;
  const match = status?.match;
  // Said wherever it applies: a job board's search page usually matches no company itself.
  const paused = status?.listsPaused ? (
    <p class="muted" data-testid="lists-paused">
      {t('popupListsPaused', String(LIST_KEYS_PER_SITE_DAY))}
    </p>
  ) : null;
  if (!match) {
    return (
      <>
        <p data-testid="tab-status" class="muted">
          {t('popupNothing')}
        </p>
        {paused}
      </>
    );
  }
  const many = showsManyCompanies(match.why.pageHost);
  // "The brand on this page, Ring, belongs to Amazon", where the page named one of the company's brands.
  const brand = getMatchedBrand(match);
  const lead = brand
    ? t(match.why.kind === 'employer' ? 'popupEmployerOf' : 'popupBrandOf', brand.name)
    : t(match.why.kind === 'employer' ? 'popupEmployerIs' : match.why.kind === 'brand' ? 'popupBrandIs' : 'popupSiteIs');
  return (
    <div data-testid="tab-status" class="current">
      <p>
        {lead}
        <strong data-testid="tab-company">{match.company.name}</strong>
        {match.parents.length ? `${t('panelOwnedByJoin')}${formatOwnerChain(match.parents)}` : ''}.
      </p>
      <TabVerdict company={match.company} />
      {status.mutes.length ? <p class="muted">{t('popupMutedHere')}</p> : status.dismissed ? <p class="muted">{t('popupDismissedHere', match.company.name, match.site)}</p> : null}
      {paused}
      <button
        type="button"
        data-testid="show-details"
        onClick={() => void getCurrentTabId().then((tabId) => tabId !== undefined && browser.tabs.sendMessage(tabId, { type: 'show-panel' }).catch(() => undefined))}
      >
        {t('popupShowDetails')}
      </button>
      <label class="switch small-switch" title={t('popupTabOnSiteTitle')}>
        <input type="checkbox" data-testid="tab-on-site" checked={tabOnSite(match.site)} onChange={(event) => onTabOnSite(match.site, event.currentTarget.checked)} />
        {t('popupTabOnSite', match.site)}
      </label>
      {/* Folded, as the panel's "Mute…": one line until the user wants it. */}
      <details class="popup-mute" data-testid="popup-mute">
        <summary>{t('panelMuteMenu')}</summary>
        <div class="row mute-row">
          <label>
            {t('popupMuteFor')}{' '}
            <select data-testid="mute-duration" value={duration} onChange={(e) => setDuration((e.currentTarget as HTMLSelectElement).value as MuteDuration)}>
              <option value="day">{t('duration1Day')}</option>
              <option value="week">{t('duration1Week')}</option>
              <option value="always">{t('durationAlways')}</option>
            </select>
          </label>
          <button type="button" data-testid="mute-company" onClick={() => onMute('company', duration)}>
            {t('popupMuteCompany', match.company.name)}
          </button>
          <button type="button" data-testid="mute-site" onClick={() => (many ? setConfirming(true) : onMute('site', duration))}>
            {many ? t('popupMuteEveryCompany', match.site) : t('popupMuteThisSite', match.site)}
          </button>
        </div>
        {confirming ? (
          <div class="confirm" role="group" aria-labelledby="site-confirm-text" data-testid="popup-site-confirm">
            <p id="site-confirm-text">{t('popupSiteConfirm', match.site, t(DURATION_WORDS[duration]))}</p>
            <button
              type="button"
              onClick={() => {
                setConfirming(false);
                onMute('site', duration);
              }}
            >
              {t('panelSilenceConfirmButton', match.site)}
            </button>{' '}
            <button type="button" onClick={() => setConfirming(false)}>
              {t('panelCancel')}
            </button>
          </div>
        ) : null}
      </details>
    </div>
  );
}

export function App() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [status, setStatus] = useState<UrlStatusT | null | undefined>(undefined);
  const [now, setNow] = useState(Date.now());

  useEffect(() => {
    void getNow().then(setNow);
    void getSettings().then(setSettings);
    void getStatus().then(setStatus, () => setStatus(null));
    return settingsItem.watch(() => void getSettings().then(setSettings));
  }, []);

  if (!settings) return <main class="popup" />;

  const mute = (kind: 'site' | 'company', duration: MuteDuration) => {
    const match = status?.match;
    if (!match) return;
    const value = kind === 'site' ? match.site : match.company.id;
    void updateSettings((s) => addMute(s, kind, value, duration, now, kind === 'company' ? match.company.name : undefined))
      .then(setSettings)
      .then(() => getStatus().then(setStatus));
  };

  // Only mutes in force: with none, the popup says nothing about them (the options page lists them).
  const mutes = activeMutes(settings, now);
  return (
    <main class="popup">
      <h1>{t('brand')}</h1>
      <CurrentTab
        status={status}
        onMute={mute}
        tabOnSite={(site) => !settings.noTabSites.includes(site)}
        onTabOnSite={(site, on) => void updateSettings((s) => setTabOnSite(s, site, on)).then(setSettings)}
      />
      <Search />

      <SettingsControls settings={settings} onChange={setSettings} folded />
      {mutes.length ? (
        <section aria-labelledby="muted-title">
          <h2 id="muted-title">{t('popupMuted')}</h2>
          <MuteList
            mutes={mutes}
            now={now}
            onUndo={(m) => void updateSettings((s) => removeMute(s, m.kind, m.value)).then(setSettings).then(() => getStatus().then(setStatus))}
          />
        </section>
      ) : null}
      <DataStatus folded />
      <p class="muted small">{t('popupPrivacy')}</p>
      <p class="small">
        <a href={browser.runtime.getURL('/options.html')} target="_blank" rel="noopener noreferrer">
          {t('popupSettings')}
        </a>
      </p>
    </main>
  );
}
