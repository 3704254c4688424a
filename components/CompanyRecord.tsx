/**
 * What a company's panel shows of it, wherever it is shown (the in-page panel, the directory): its
 * summary and kinds of work, the award-records history, and every section (contracts, award records,
 * joint ventures, protests, responses) with its sources. Closed sections render only when opened.
 */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { Protest } from '@/data/schema';
import type { CompanyRecord } from '@/lib/messages';
import { formatInvolvement } from '@/lib/format';
import { t } from '@/lib/i18n';
import { fiscalYearOf, getAwardHistory } from '@/lib/award-history';
import { EvidenceItem, type Entry } from './EvidenceItem';
import { AwardHistoryChart } from './AwardHistoryChart';
import { SourceList } from './SourceLink';

/**
 * A `<details>` whose content is rendered only once it is opened: a closed section (a company's
 * award records, the "why" text) costs the page nothing until someone asks for it. It stays rendered
 * after being closed again.
 */
export function LazyDetails({ class: className, open, summary, children }: { class: string; open?: boolean; summary: ComponentChildren; children: () => ComponentChildren }) {
  const [opened, setOpened] = useState(Boolean(open));
  return (
    <details class={className} open={open} onToggle={(event) => (event.currentTarget as HTMLDetailsElement).open && setOpened(true)}>
      {summary}
      {opened ? children() : null}
    </details>
  );
}

function Section({ title, count, open, children }: { title: string; count: number; open?: boolean; children: () => ComponentChildren }) {
  if (count === 0) return null;
  return (
    <LazyDetails
      class="section"
      open={open}
      summary={
        <summary class="section-title">
          {title} <span class="count">({count})</span>
        </summary>
      }
    >
      {children}
    </LazyDetails>
  );
}

export function RecordBody({ record, today }: { record: CompanyRecord; today: string }) {
  const { company, ventures } = record;
  // Fiscal-year totals from the award records get their own section (newest first) and the history
  // line; news reports and single contracts stay under "Contracts and sales".
  const history = getAwardHistory(company);
  const contracts = company.contracts.filter((c) => fiscalYearOf(c) === undefined);
  const byEmployees = company.protests.filter((p: Protest) => p.by === 'employees');
  const byOthers = company.protests.filter((p: Protest) => p.by !== 'employees');
  // A section's entries, rendered when the section is first opened.
  const entries = (list: readonly Entry[], testId?: string) => () => (
    <ul class="entries" data-testid={testId}>
      {list.map((entry) => (
        <EvidenceItem key={entry.id} entry={entry} today={today} companyId={company.id} />
      ))}
    </ul>
  );
  return (
    <>
      <p class="summary">{company.summary}</p>
      <p class="involvement" data-testid="involvement">
        {t('panelInvolvement', formatInvolvement(company.involvement))}
      </p>
      {history ? <AwardHistoryChart history={history} latestFiscalYear={record.recordsLatestFiscalYear} /> : null}

      <Section title={t('panelSectionContracts')} count={contracts.length} open>
        {entries(contracts)}
      </Section>
      <Section title={t('panelSectionAwardRecords')} count={history?.facts.length ?? 0} open={contracts.length === 0}>
        {entries(history?.facts ?? [], 'award-records')}
      </Section>
      <Section title={t('panelSectionVentures')} count={ventures.length} open>
        {() => (
          <ul class="entries">
            {ventures.map((venture) => (
              <li key={venture.id} class="entry" data-testid="venture">
                <p class="claim">
                  <strong>{venture.name}</strong>: {venture.summary}
                </p>
                <p class="meta">{t('panelVentureMember', company.name, venture.name)}</p>
                <SourceList sources={venture.sources} />
              </li>
            ))}
          </ul>
        )}
      </Section>
      <Section title={t('panelSectionEmployeeProtests')} count={byEmployees.length} open>
        {entries(byEmployees)}
      </Section>
      <Section title={t('panelSectionOtherProtests')} count={byOthers.length}>
        {entries(byOthers)}
      </Section>
      <Section title={t('panelSectionResponses')} count={company.responses.length}>
        {entries(company.responses)}
      </Section>
    </>
  );
}
