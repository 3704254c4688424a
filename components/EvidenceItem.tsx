import type { Contract, NetDeobligation, Protest, Response } from '@/data/schema';
import { formatAmount, formatContractPeriod, formatPartialDate, formatProtestKind, formatReportingPeriod, formatUsd, getContractStatusLabel, getRelationLabel } from '@/lib/format';
import { t } from '@/lib/i18n';
import { isAgencyRecordCopy } from '@/lib/agency-copy';
import { SourceList } from './SourceLink';
import { InEnglish, WithEnglish } from './InEnglish';
import type { ComponentChild } from 'preact';

export type Entry = Contract | Protest | Response | NetDeobligation;

function describe(entry: Entry, today: string): ComponentChild[] {
  const parts: ComponentChild[] = [];
  if (entry.kind === 'contract') {
    parts.push(entry.agency);
    if (entry.amount) parts.push(formatAmount(entry.amount));
    const period = formatContractPeriod(entry);
    if (period) parts.push(period);
    else if (entry.date) parts.push(formatPartialDate(entry.date));
    if (entry.via) parts.push(<WithEnglish message={(name) => t('via', name)} text={entry.via} />);
    // A seat's minimum order is never read as the size of any work.
    if (entry.minimumOrder) parts.push(t('minimumOrderLabel'));
    const relation = getRelationLabel(entry.relation);
    if (relation) parts.push(relation);
    const status = getContractStatusLabel(entry, today);
    if (status) parts.push(status);
  } else if (entry.kind === 'net-deobligation') {
    // Money taken back: the figure says so, never "obligated".
    parts.push(entry.agency, `−${formatUsd(entry.amount.usd)} (${t('kindDeobligated')})`, formatReportingPeriod(entry.period));
  } else if (entry.kind === 'protest') {
    parts.push(formatProtestKind(entry));
    if (entry.date) parts.push(formatPartialDate(entry.date));
  } else {
    if (entry.amount) parts.push(formatAmount(entry.amount));
    if (entry.date) parts.push(formatPartialDate(entry.date));
  }
  return parts;
}

/** A source cited by several parts of one event is listed once. */
const uniqueSources = (entries: readonly Entry[]) => [...new Map(entries.flatMap((e) => e.sources).map((s) => [s.url, s])).values()];

/**
 * One fact, or one event told in several entries (`more`: its details, such as a letter's wording and
 * its signatures): the event's claim and line, each detail's claim under it, and every source once.
 */
export function EvidenceItem({ entry, today, more = [] }: { entry: Entry; today: string; more?: readonly Entry[] }) {
  const sources = [entry, ...more].flatMap((e) => e.sources);
  const reportedOnly = sources.every((s) => s.confidence === 'reported');
  // An agency's own document read in a copy is second-hand for a reason the badge says.
  const agencyCopy = reportedOnly && sources.every(isAgencyRecordCopy);
  return (
    <li class="entry" data-entry={entry.id}>
      <p class="claim">
        {agencyCopy ? (
          <span class="badge reported" title={t('sourceAgencyCopyTitle')}>
            {t('panelAgencyCopy')}
          </span>
        ) : reportedOnly ? (
          <span class="badge reported">{t('panelReported')}</span>
        ) : null}
        <InEnglish text={entry.claim} />
      </p>
      <p class="meta">{describe(entry, today).flatMap((part, i) => (i ? [' · ', part] : [part]))}</p>
      {entry.note ? (
        <p class="note">
          <InEnglish text={entry.note} />
        </p>
      ) : null}
      {more.length ? (
        <ul class="event-details" data-testid="event-details">
          {more.map((detail) => (
            <li key={detail.id} data-entry={detail.id}>
              <InEnglish text={detail.claim} />
              {detail.note ? (
                <span class="note">
                  {' '}
                  <InEnglish text={detail.note} />
                </span>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      <SourceList sources={more.length ? uniqueSources([entry, ...more]) : entry.sources} />
    </li>
  );
}
