/**
 * The "Data" section of the popup and the options page: which dataset is in use and until when it is
 * valid (stale or expired data is said so), sites of the data waiting for the user's permission (with
 * the button that asks for it), where updates come from, when they were last checked (and, after a
 * week without a successful check, that no update is getting through), the last problem in plain words,
 * "Check now", the update schedule, and what the last update changed.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { DatasetStatus, type DatasetStatus as DatasetStatusT } from '@/lib/messages';
import { formatPartialDate } from '@/lib/format';
import { UPDATE_PERIODS_HOURS, updateSettings } from '@/lib/settings';
import { getUiLanguage, t, type MessageKey } from '@/lib/i18n';

const UPDATE_ERRORS: Record<string, MessageKey> = {
  timeout: 'updateErrorTimeout',
  network: 'updateErrorNetwork',
  redirect: 'updateErrorRedirect',
  'http-status': 'updateErrorHttpStatus',
  'too-large': 'updateErrorTooLarge',
  'bad-signature': 'updateErrorBadSignature',
  'invalid-json': 'updateErrorInvalidJson',
  'invalid-data': 'updateErrorInvalidData',
  'not-newer': 'updateErrorNotNewer',
  'version-jump': 'updateErrorVersionJump',
  expired: 'updateErrorExpired',
  internal: 'updateErrorInternal',
};

/** The last failure in the popup's language; the English message when the code is unknown. */
function describeFailure(error: { code: string; message: string; detail?: string }): string {
  const key = UPDATE_ERRORS[error.code];
  return key ? t(key, error.detail ?? '') : error.message;
}

async function ask(type: 'dataset-status' | 'check-now'): Promise<DatasetStatusT | null> {
  const parsed = DatasetStatus.safeParse(await browser.runtime.sendMessage({ type }).catch(() => null));
  return parsed.success ? parsed.data : null;
}

function formatTime(iso: string | undefined): string {
  if (!iso) return t('dataNeverChecked');
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '?' : date.toLocaleString(getUiLanguage(), { dateStyle: 'medium', timeStyle: 'short' });
}

/** The host the updates come from ("contractlens.github.io"), or the address as given. */
function sourceHost(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

function periodLabel(hours: number): string {
  if (hours < 24) return t('periodEveryHours', hours);
  if (hours === 24) return t('periodDaily');
  if (hours === 168) return t('periodWeekly');
  return t('periodEveryDays', hours / 24);
}

/**
 * Only data past its expiry is flagged as a problem (red); data nearing it, a failed or overdue check
 * are said plainly, in a neutral note: the data in use is still good, and an offline laptop is no
 * emergency.
 */
const tone = (status: DatasetStatusT) => (status.freshness === 'expired' ? 'problem' : 'note');

function Expiry({ status }: { status: DatasetStatusT }) {
  const date = formatPartialDate(status.expiresAt.slice(0, 10));
  if (status.freshness === 'fresh') return <p class="muted" data-testid="data-expiry">{t('dataExpires', date)}</p>;
  const key = status.freshness === 'stale' ? 'dataStale' : status.updatesConfigured ? 'dataExpired' : 'dataExpiredNoSource';
  return (
    <p class={tone(status)} role="status" data-testid="data-expiry" data-freshness={status.freshness}>
      {t(key, date)}
    </p>
  );
}

/**
 * Sites an update added beyond the host access the user gave: they get no panel until allowed. The
 * request must come from the click itself (browsers ask only on a user gesture); the background
 * registers the panel for them as soon as the permission is granted.
 */
function HostPermission({ origins, onDone }: { origins: string[]; onDone: () => void }) {
  if (!origins.length) return null;
  return (
    <div class="problem" role="status" data-testid="host-permission">
      <p>{origins.length === 1 ? t('dataHostNeedsPermission') : t('dataHostsNeedPermission', origins.length)}</p>
      <button
        type="button"
        data-testid="allow-hosts"
        onClick={(event) => {
          if (!event.isTrusted) return;
          void browser.permissions
            .request({ origins })
            .catch(() => false)
            .finally(onDone);
        }}
      >
        {t('dataAllowHosts')}
      </button>
    </div>
  );
}

function ChangeList({ label, names }: { label: 'dataAdded' | 'dataRemoved' | 'dataChanged'; names: string[] }) {
  if (!names.length) return null;
  return (
    <li>
      {t(label, names.join(', '))}
    </li>
  );
}

/**
 * `folded` (the popup): one line saying which data is in use, the rest a click away; it opens by
 * itself only when something needs the user (the data has expired, or sites wait for permission).
 */
export function DataStatus({ folded = false }: { folded?: boolean }) {
  const [status, setStatus] = useState<DatasetStatusT | null>(null);
  const [checking, setChecking] = useState(false);

  useEffect(() => {
    void ask('dataset-status').then(setStatus);
  }, []);

  if (!status) return null;
  const { status: checks, updates } = status;
  const change = checks.lastChange;

  const body = (
    <>
      <p data-testid="data-version">
        {t('dataVersion', status.version, formatPartialDate(status.generatedAt.slice(0, 10)), status.companies)}
        {t(status.source === 'update' ? 'dataUpdated' : 'dataBuiltIn')}
      </p>
      <Expiry status={status} />
      <HostPermission origins={status.hostsNeedingPermission} onDone={() => void ask('dataset-status').then(setStatus)} />
      {!status.updatesConfigured ? (
        <p class="muted">{t('dataNoSource')}</p>
      ) : (
        <>
          {status.updateSource ? (
            <p class="muted" data-testid="update-source">
              {t('dataSource', sourceHost(status.updateSource))}
            </p>
          ) : null}
          <label class="row">
            {t('dataCheckFor')}
            <select
              data-testid="update-period"
              value={updates.enabled ? String(updates.periodHours) : 'off'}
              onChange={(event) => {
                const value = (event.currentTarget as HTMLSelectElement).value;
                void updateSettings((s) => ({
                  ...s,
                  updates: value === 'off' ? { ...s.updates, enabled: false } : { enabled: true, periodHours: Number(value) },
                })).then(() => ask('dataset-status').then(setStatus));
              }}
            >
              <option value="off">{t('dataNever')}</option>
              {UPDATE_PERIODS_HOURS.map((h) => (
                <option key={h} value={String(h)}>
                  {periodLabel(h)}
                </option>
              ))}
            </select>
          </label>
          <p class="muted" data-testid="last-check">
            {t('dataLastChecked', formatTime(checks.lastCheckAt), formatTime(checks.lastSuccessAt))}
          </p>
          {status.checkOverdue ? (
            <p class={tone(status)} role="status" data-testid="check-overdue">
              {t('dataCheckOverdue', formatTime(checks.lastSuccessAt))}
            </p>
          ) : null}
          {checks.lastError && (!checks.lastSuccessAt || checks.lastError.at >= checks.lastSuccessAt) ? (
            <p class={tone(status)} role="status" data-testid="last-error">
              {t('dataLastFailed', formatTime(checks.lastError.at), describeFailure(checks.lastError))}
            </p>
          ) : null}
          <button
            type="button"
            data-testid="check-now"
            disabled={checking || !updates.enabled}
            onClick={() => {
              setChecking(true);
              void ask('check-now')
                .then((next) => next && setStatus(next))
                .finally(() => setChecking(false));
            }}
          >
            {checking ? t('dataChecking') : t('dataCheckNow')}
          </button>
          {change ? (
            <div data-testid="what-changed">
              <p>
                {t('dataWhatChanged', change.version, formatTime(change.at))}
              </p>
              <ul>
                <ChangeList label="dataAdded" names={change.added} />
                <ChangeList label="dataRemoved" names={change.removed} />
                <ChangeList label="dataChanged" names={change.changed} />
                {!change.added.length && !change.removed.length && !change.changed.length ? <li>{t('dataNoChange')}</li> : null}
              </ul>
            </div>
          ) : null}
        </>
      )}
    </>
  );
  if (folded) {
    const needsUser = status.freshness === 'expired' || status.hostsNeedingPermission.length > 0;
    return (
      <details class="data-details" data-testid="data-status" open={needsUser}>
        <summary>{t('dataSummary', formatPartialDate(status.generatedAt.slice(0, 10)))}</summary>
        {body}
      </details>
    );
  }
  return (
    <section aria-labelledby="data-title" data-testid="data-status">
      <h2 id="data-title">{t('dataTitle')}</h2>
      {body}
    </section>
  );
}
