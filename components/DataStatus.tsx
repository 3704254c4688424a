/**
 * The "Data" section of the popup and the options page: which dataset is in use, when updates were last checked, the last
 * problem in plain words, "Check now", the update schedule, and what the last update changed.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { DatasetStatus, type DatasetStatus as DatasetStatusT } from '@/lib/messages';
import { formatPartialDate } from '@/lib/format';
import { UPDATE_PERIODS_HOURS, updateSettings } from '@/lib/settings';

async function ask(type: 'dataset-status' | 'check-now'): Promise<DatasetStatusT | null> {
  const parsed = DatasetStatus.safeParse(await browser.runtime.sendMessage({ type }).catch(() => null));
  return parsed.success ? parsed.data : null;
}

function formatTime(iso: string | undefined): string {
  if (!iso) return 'never';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? 'unknown' : date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

function periodLabel(hours: number): string {
  if (hours < 24) return `every ${hours} hours`;
  if (hours === 24) return 'daily';
  if (hours === 168) return 'weekly';
  return `every ${hours / 24} days`;
}

function ChangeList({ label, names }: { label: string; names: string[] }) {
  if (!names.length) return null;
  return (
    <li>
      {label}: {names.join(', ')}
    </li>
  );
}

export function DataStatus() {
  const [status, setStatus] = useState<DatasetStatusT | null>(null);
  const [checking, setChecking] = useState(false);

  useEffect(() => {
    void ask('dataset-status').then(setStatus);
  }, []);

  if (!status) return null;
  const { status: checks, updates } = status;
  const change = checks.lastChange;

  return (
    <section aria-labelledby="data-title" data-testid="data-status">
      <h2 id="data-title">Data</h2>
      <p data-testid="data-version">
        Version {status.version} of {formatPartialDate(status.generatedAt.slice(0, 10))}, {status.companies} companies
        {status.source === 'update' ? ' (updated)' : ' (built in)'}.
      </p>
      {!status.updatesConfigured ? (
        <p class="muted">This build has no update source: it never connects to the network.</p>
      ) : (
        <>
          <label class="row">
            Check for updates
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
              <option value="off">never (no network requests)</option>
              {UPDATE_PERIODS_HOURS.map((h) => (
                <option key={h} value={String(h)}>
                  {periodLabel(h)}
                </option>
              ))}
            </select>
          </label>
          <p class="muted" data-testid="last-check">
            Last checked: {formatTime(checks.lastCheckAt)}. Last successful check: {formatTime(checks.lastSuccessAt)}.
          </p>
          {checks.lastError && (!checks.lastSuccessAt || checks.lastError.at >= checks.lastSuccessAt) ? (
            <p class="problem" role="status" data-testid="last-error">
              Last update failed ({formatTime(checks.lastError.at)}): {checks.lastError.message} The data in use is unchanged.
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
            {checking ? 'Checking…' : 'Check now'}
          </button>
          {change ? (
            <div data-testid="what-changed">
              <p>
                What changed in version {change.version} ({formatTime(change.at)}):
              </p>
              <ul>
                <ChangeList label="Added" names={change.added} />
                <ChangeList label="Removed" names={change.removed} />
                <ChangeList label="Updated" names={change.changed} />
                {!change.added.length && !change.removed.length && !change.changed.length ? <li>No company changed.</li> : null}
              </ul>
            </div>
          ) : null}
        </>
      )}
    </section>
  );
}
