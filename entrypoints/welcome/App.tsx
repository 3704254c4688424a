/**
 * The first-run page, opened once when the extension is installed (not on updates; the options page
 * links to it): what ContractLens shows and why, where its data comes from, the privacy promise, and
 * the choices people make first (which alerts, how often the panel opens by itself, discreet mode),
 * saved as they are made, then a way to try it: the directory. What the card, the tab and a marker
 * look like is drawn with the extension's own components and styles, for a real company of the data
 * (so it is in the reader's language and never out of date), with the inclusion rule and how many
 * companies the data holds at each verdict level.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { getSettings, settingsItem, type Settings } from '@/lib/settings';
import { SettingsControls } from '@/components/SettingsControls';
import { CollapsedTab } from '@/components/CollapsedTab';
import { VerdictLine } from '@/components/VerdictLine';
import { DirectoryResponse, type DirectoryResponse as DirectoryResponseT } from '@/lib/messages';
import { rowVerdict, type DirectoryRow } from '@/lib/directory/rows';
import { totalObligations } from '@/lib/directory/table';
import { directoryPath } from '@/lib/directory/address';
import { verdictLevel } from '@/lib/verdict';
import { verdictMarker } from '@/lib/verdict-text';
import { formatUsdRounded, INVOLVEMENT_LABELS } from '@/lib/format';
import { t, type MessageKey } from '@/lib/i18n';
import { Involvement } from '@/data/schema';

const LEVELS: Array<[ReturnType<typeof verdictLevel>, MessageKey, MessageKey]> = [
  ['direct', 'verdictBadgeDirect', 'welcomeLevelDirect'],
  ['direct-past', 'verdictBadgeDirectPast', 'welcomeLevelDirectPast'],
  ['indirect', 'verdictBadgeIndirect', 'welcomeLevelIndirect'],
  ['indirect-past', 'verdictBadgeIndirectPast', 'welcomeLevelIndirectPast'],
];

// Preact's types lack `inert`; the attribute is what the browser reads.
const INERT = { inert: true } as Record<string, unknown>;

/** The example: the company that received the most of ICE's and CBP's money, with a current verdict. */
function exampleOf(rows: readonly DirectoryRow[], today: string): DirectoryRow | undefined {
  return [...rows].filter((row) => verdictLevel(rowVerdict(row, today)) === 'direct').sort((a, b) => totalObligations(b) - totalObligations(a))[0];
}

/** The card, the tab and a marker, as they look on a page, for one company of the data. */
function WhatYouSee({ data }: { data: DirectoryResponseT }) {
  const today = data.generatedAt.slice(0, 10);
  const example = exampleOf(data.rows, today);
  if (!example) return null;
  const verdict = rowVerdict(example, today);
  const level = verdictLevel(verdict);
  return (
    <section aria-labelledby="see-title" data-testid="welcome-see">
      <h2 id="see-title">{t('welcomeSeeTitle')}</h2>
      <div class="samples">
        <figure class="sample">
          {/* Pictures, not controls: inert keeps their buttons out of the tab order and of screen readers. */}
          <div class="panel sample-card" aria-hidden="true" {...INERT}>
            <p class="sample-name">{example.name}</p>
            <VerdictLine verdict={verdict} />
          </div>
          <figcaption>{t('welcomeSeeCard')}</figcaption>
        </figure>
        <figure class="sample">
          <div class="sample-tab" aria-hidden="true" {...INERT}>
            <CollapsedTab companyName={example.name} level={level} onOpen={() => undefined} />
          </div>
          <figcaption>{t('welcomeSeeTab')}</figcaption>
        </figure>
        <figure class="sample">
          <p class="sample-result" aria-hidden="true">
            <span>{t('welcomeSampleJob', example.name)}</span>{' '}
            <span class="hit-verdict sample-marker" data-level={level}>
              <span class="mark" />
              {verdictMarker(verdict)}
            </span>
          </p>
          <figcaption>{t('welcomeSeeMarker')}</figcaption>
        </figure>
      </div>
      <p>
        <a href={directoryPath({ company: example.id })} data-testid="welcome-example">
          {t('welcomeExample', example.name)}
        </a>
      </p>
    </section>
  );
}

/** The inclusion rule, and how many companies the data holds at each level and of each kind. */
function WhyListed({ data }: { data: DirectoryResponseT }) {
  const today = data.generatedAt.slice(0, 10);
  const levels = new Map<string, number>();
  for (const row of data.rows) {
    const level = verdictLevel(rowVerdict(row, today));
    levels.set(level, (levels.get(level) ?? 0) + 1);
  }
  const kinds = Involvement.options
    .map((kind) => [kind, data.rows.filter((row) => row.involvement.includes(kind)).length] as const)
    .sort((a, b) => b[1] - a[1]);
  return (
    <section aria-labelledby="rule-title" data-testid="welcome-rule">
      <h2 id="rule-title">{t('welcomeRuleTitle')}</h2>
      <p>{t('welcomeRule', formatUsdRounded(10_000_000))}</p>
      <p>{t('welcomeCounts', data.rows.length)}</p>
      <ul class="levels">
        {LEVELS.map(([level, badge, meaning]) => (
          <li key={level} data-level={level}>
            <span class="hit-verdict sample-marker" data-level={level}>
              <span class="mark" aria-hidden="true" />
              <strong>{t(badge)}</strong>
            </span>{' '}
            {t(meaning, levels.get(level) ?? 0)}
          </li>
        ))}
      </ul>
      <p>
        {t(
          'welcomeKinds',
          kinds
            .slice(0, 3)
            .map(([kind, count]) => t('welcomeKindCount', t(INVOLVEMENT_LABELS[kind]), count))
            .join(', '),
        )}
      </p>
    </section>
  );
}

export function App() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [data, setData] = useState<DirectoryResponseT | null>(null);
  useEffect(() => {
    void browser.runtime.sendMessage({ type: 'directory' }).then(
      (answer) => setData(DirectoryResponse.safeParse(answer).data ?? null),
      () => setData(null),
    );
    document.documentElement.lang = t('locale');
    document.title = t('welcomeTitle');
    void getSettings().then(setSettings);
    return settingsItem.watch(() => void getSettings().then(setSettings));
  }, []);
  return (
    <main class="options welcome">
      <h1>{t('welcomeTitle')}</h1>
      <p>{t('optAboutText')}</p>
      <p>{t('welcomeHow')}</p>
      {data ? <WhatYouSee data={data} /> : null}
      {data ? <WhyListed data={data} /> : null}

      <section aria-labelledby="sources-title">
        <h2 id="sources-title">{t('welcomeSourcesTitle')}</h2>
        <p>{t('welcomeSources')}</p>
      </section>

      <section aria-labelledby="privacy-title">
        <h2 id="privacy-title">{t('optPrivacyTitle')}</h2>
        <ul data-testid="privacy-promise">
          <li>{t('welcomePrivacy1')}</li>
          <li>{t('welcomePrivacy2')}</li>
          <li>{t('welcomePrivacy3')}</li>
        </ul>
      </section>

      <section aria-labelledby="choices-title">
        <h2 id="choices-title">{t('welcomeChoicesTitle')}</h2>
        <p class="muted">{t('welcomeChoicesText')}</p>
        {settings ? <SettingsControls settings={settings} onChange={setSettings} /> : null}
      </section>

      <section aria-labelledby="try-title">
        <h2 id="try-title">{t('welcomeTryTitle')}</h2>
        <p>
          <a href="/directory.html" data-testid="welcome-directory">
            {t('welcomeTry')}
          </a>
        </p>
        <p class="muted">{t('welcomeTryText')}</p>
      </section>
    </main>
  );
}
