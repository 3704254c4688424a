/**
 * The toolbar popup: what the current tab matched, the master switch, and the sites muted with
 * "Don't show on this site" (each with an undo). Settings are read and written through the same
 * storage item the background reads, so a change applies from the next page load.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { PageInfo, UrlStatus, type PageInfo as PageInfoT, type UrlStatus as UrlStatusT } from '@/lib/messages';
import { getSettings, settingsItem, updateSettings, type Settings } from '@/lib/settings';
import { DataStatus } from './DataStatus';

/**
 * The URL and page names of the tab the popup is about (`?tabId=` when opened as a page, else the
 * active tab). Without the `tabs` permission the URL is not readable from here, so the page's content
 * script is asked; it runs only on listed hosts, job boards and stores, so no answer means nothing.
 */
async function getCurrentPage(): Promise<PageInfoT | null> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tabId'));
  const tabId = Number.isInteger(fromQuery) && fromQuery > 0 ? fromQuery : (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (tabId === undefined) return null;
  const parsed = PageInfo.safeParse(await browser.tabs.sendMessage(tabId, { type: 'page-info' }).catch(() => undefined));
  return parsed.success ? parsed.data : null;
}

async function getStatus(): Promise<UrlStatusT | null> {
  const page = await getCurrentPage();
  if (!page) return null;
  const parsed = UrlStatus.safeParse(await browser.runtime.sendMessage({ type: 'url-status', url: page.url, signals: page.signals }));
  return parsed.success ? parsed.data : null;
}

const CATEGORY_LABELS: Array<[keyof Settings['categories'], string]> = [
  ['sites', 'Company sites'],
  ['jobs', 'Job pages (employers)'],
  ['shopping', 'Shopping (brands)'],
];

function CurrentTab({ status }: { status: UrlStatusT | null | undefined }) {
  if (status === undefined) return <p class="muted">Checking this page…</p>;
  const match = status?.match;
  if (!match) {
    return (
      <p data-testid="tab-status" class="muted">
        Nothing on this page is in ContractLens's data.
      </p>
    );
  }
  return (
    <div data-testid="tab-status" class="current">
      <p>
        {match.why.kind === 'employer' ? 'The employer on this page is ' : match.why.kind === 'brand' ? 'The brand on this page is ' : 'This site belongs to '}
        <strong data-testid="tab-company">{match.company.name}</strong>
        {match.parents.length ? `, owned by ${match.parents.map((p) => p.name).join(', owned by ')}` : ''}.
      </p>
      <p class="muted">{match.company.summary}</p>
      {status.muted ? <p class="muted">Muted on {match.site}.</p> : status.dismissed ? <p class="muted">Dismissed on {match.site} until the browser restarts.</p> : null}
    </div>
  );
}

export function App() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [status, setStatus] = useState<UrlStatusT | null | undefined>(undefined);

  useEffect(() => {
    void getSettings().then(setSettings);
    void getStatus().then(setStatus, () => setStatus(null));
    return settingsItem.watch(() => void getSettings().then(setSettings));
  }, []);

  if (!settings) return <main class="popup" />;

  return (
    <main class="popup">
      <h1>ContractLens</h1>
      <CurrentTab status={status} />

      <label class="switch">
        <input
          type="checkbox"
          data-testid="show-alerts"
          checked={settings.showAlerts}
          onChange={(event) => {
            const showAlerts = (event.currentTarget as HTMLInputElement).checked;
            void updateSettings((s) => ({ ...s, showAlerts })).then(setSettings);
          }}
        />
        Show alerts
      </label>
      <fieldset class="categories" disabled={!settings.showAlerts}>
        <legend>Show alerts on</legend>
        {CATEGORY_LABELS.map(([key, label]) => (
          <label key={key} class="switch small-switch">
            <input
              type="checkbox"
              data-testid={`category-${key}`}
              checked={settings.categories[key]}
              onChange={(event) => {
                const on = (event.currentTarget as HTMLInputElement).checked;
                void updateSettings((s) => ({ ...s, categories: { ...s.categories, [key]: on } })).then(setSettings);
              }}
            />
            {label}
          </label>
        ))}
      </fieldset>

      <section aria-labelledby="muted-title">
        <h2 id="muted-title">Sites you muted</h2>
        {settings.mutedSites.length === 0 ? (
          <p class="muted">None. Use “Don’t show on this site” on a panel to mute a site.</p>
        ) : (
          <ul class="muted-sites" data-testid="muted-sites">
            {settings.mutedSites.map((site) => (
              <li key={site}>
                <span>{site}</span>
                <button
                  type="button"
                  aria-label={`Show alerts on ${site} again`}
                  onClick={() =>
                    void updateSettings((s) => ({ ...s, mutedSites: s.mutedSites.filter((m) => m !== site) })).then(setSettings)
                  }
                >
                  Undo
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
      <DataStatus />
      <p class="muted small">Matching happens on your device. ContractLens sends nothing about the pages you visit.</p>
    </main>
  );
}
