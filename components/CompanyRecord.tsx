/**
 * What a company's panel shows of it, wherever it is shown (the in-page panel, the directory): its
 * summary and kinds of work, the award-records history, and every section (contracts, award records,
 * joint ventures, protests, responses) with its sources. Closed sections render only when opened.
 */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { Contract, Protest } from '@/data/schema';
import type { CompanyRecord } from '@/lib/messages';
import { formatInvolvement, getContractStatusLabel } from '@/lib/format';
import { isDirectTie, isRecentYear, tieDate, tieYear } from '@/lib/verdict';
import { t } from '@/lib/i18n';
import { fiscalYearOf, getAwardHistory } from '@/lib/award-history';
import { EvidenceItem, type Entry } from './EvidenceItem';
import { AwardHistoryChart } from './AwardHistoryChart';
import { LargestAwards } from './LargestAwards';
import { SourceList } from './SourceLink';
import { InEnglish } from './InEnglish';

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

/**
 * The company's own ties first: direct and current, then indirect (resold, hosted, sold to a
 * contractor) and plans, then whatever has ended; newest first within each, undated last.
 */
export function orderTies(contracts: readonly Contract[], today: string): Contract[] {
  const rank = (c: Contract) => {
    const year = tieYear(c);
    const past = getContractStatusLabel(c, today) !== undefined || (year !== undefined && !isRecentYear(year, today));
    return past ? 2 : isDirectTie(c) ? 0 : 1;
  };
  return contracts
    .map((c, i) => ({ c, i, rank: rank(c), date: tieDate(c) }))
    .sort((a, b) => a.rank - b.rank || b.date.localeCompare(a.date) || a.i - b.i)
    .map(({ c }) => c);
}

/** One event's entries (they share an `event` id) as one: the first states it, the rest add details. */
export function groupEvents<T extends { id: string; event?: string }>(list: readonly T[]): Array<{ entry: T; more: T[] }> {
  const out: Array<{ entry: T; more: T[] }> = [];
  const byEvent = new Map<string, { entry: T; more: T[] }>();
  for (const entry of list) {
    const group = entry.event ? byEvent.get(entry.event) : undefined;
    if (group) group.more.push(entry);
    else {
      const item = { entry, more: [] as T[] };
      if (entry.event) byEvent.set(entry.event, item);
      out.push(item);
    }
  }
  return out;
}

/** The rows of one list (ICE's facility lists) are one fact, however many facilities it names. */
const LIST_ROW = /^ice-facility-list-(\d{4}):/;

type Item = { kind: 'entry'; entry: Contract } | { kind: 'list'; year: string; entries: Contract[] };

/** Contracts as the panel lists them: each list's rows folded into one line, where its first row was. */
export function groupLists(contracts: readonly Contract[]): Item[] {
  const items: Item[] = [];
  const lists = new Map<string, Extract<Item, { kind: 'list' }>>();
  for (const entry of contracts) {
    const year = LIST_ROW.exec(entry.ref ?? '')?.[1];
    if (!year) {
      items.push({ kind: 'entry', entry });
      continue;
    }
    let list = lists.get(year);
    if (!list) {
      list = { kind: 'list', year, entries: [] };
      lists.set(year, list);
      items.push(list);
    }
    list.entries.push(entry);
  }
  return items;
}

export function RecordBody({ record, today }: { record: CompanyRecord; today: string }) {
  const { company, ventures } = record;
  // Fiscal-year totals from the award records get their own section (newest first) and the history
  // line; news reports and single contracts stay under "Contracts and sales".
  const history = getAwardHistory(company);
  // An event told in several entries is one entry; a facility list's rows are one fact. Each is
  // counted once; the list's rows open on demand.
  const contractEvents = groupEvents(company.contracts.filter((c) => fiscalYearOf(c) === undefined));
  const moreOf = new Map(contractEvents.map(({ entry, more }) => [entry.id, more]));
  const contracts = orderTies(
    contractEvents.map(({ entry }) => entry),
    today,
  );
  const contractItems = groupLists(contracts);
  const byEmployees = groupEvents(company.protests.filter((p: Protest) => p.by === 'employees'));
  const byOthers = groupEvents(company.protests.filter((p: Protest) => p.by !== 'employees'));
  const responses = groupEvents(company.responses);
  const records = (history?.facts ?? []).map((entry) => ({ entry, more: [] as Entry[] }));
  // A section's entries, rendered when the section is first opened.
  const entries = (list: ReadonlyArray<{ entry: Entry; more: Entry[] }>, testId?: string) => () => (
    <ul class="entries" data-testid={testId}>
      {list.map(({ entry, more }) => (
        <EvidenceItem key={entry.id} entry={entry} more={more} today={today} />
      ))}
    </ul>
  );
  return (
    <>
      <p class="summary">
        <InEnglish text={company.summary} />
      </p>
      <p class="involvement" data-testid="involvement">
        {t('panelInvolvement', formatInvolvement(company.involvement))}
      </p>
      {history ? <AwardHistoryChart history={history} latestFiscalYear={record.recordsLatestFiscalYear} /> : null}

      <Section title={t('panelSectionContracts')} count={contractItems.length} open>
        {() => (
          <ul class="entries">
            {contractItems.map((item) =>
              item.kind === 'entry' ? (
                <EvidenceItem key={item.entry.id} entry={item.entry} more={moreOf.get(item.entry.id)} today={today} />
              ) : (
                <li key={item.year} class="entry list-group" data-testid="facility-list">
                  <details>
                    <summary class="claim">{t('panelFacilityList', item.year, item.entries.length)}</summary>
                    <ul class="entries">
                      {item.entries.map((entry) => (
                        <EvidenceItem key={entry.id} entry={entry} today={today} />
                      ))}
                    </ul>
                  </details>
                </li>
              ),
            )}
          </ul>
        )}
      </Section>
      <Section title={t('panelSectionAwardRecords')} count={history?.facts.length ?? 0} open={contracts.length === 0}>
        {() => (
          <>
            {company.largestAwards?.length ? <LargestAwards awards={company.largestAwards} /> : null}
            {/* Each year's total and the pages of its largest awards: the sources of the figures. A
                plain <details>, so its entries are in the page (and found by a search) when closed. */}
            <details class="year-records">
              <summary>{t('panelYearRecords', records.length)}</summary>
              {entries(records, 'award-records')()}
            </details>
          </>
        )}
      </Section>
      <Section title={t('panelSectionVentures')} count={ventures.length} open>
        {() => (
          <ul class="entries">
            {ventures.map((venture) => (
              <li key={venture.id} class="entry" data-testid="venture">
                <p class="claim">
                  <strong>{venture.name}</strong>: <InEnglish text={venture.summary} />
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
      <Section title={t('panelSectionResponses')} count={responses.length}>
        {entries(responses)}
      </Section>
    </>
  );
}
