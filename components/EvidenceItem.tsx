import type { Contract, NetDeobligation, Protest, Response } from '@/data/schema';
import { formatAmount, formatContractPeriod, formatPartialDate, formatProtestKind, formatReportingPeriod, formatUsd, getContractStatusLabel, getRelationLabel } from '@/lib/format';
import { t } from '@/lib/i18n';
import { SourceList } from './SourceLink';
import { getReportUrl } from '@/lib/report';

export type Entry = Contract | Protest | Response | NetDeobligation;

function describe(entry: Entry, today: string): string[] {
  const parts: string[] = [];
  if (entry.kind === 'contract') {
    parts.push(entry.agency);
    if (entry.amount) parts.push(formatAmount(entry.amount));
    const period = formatContractPeriod(entry);
    if (period) parts.push(period);
    else if (entry.date) parts.push(formatPartialDate(entry.date));
    if (entry.via) parts.push(t('via', entry.via));
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

export function EvidenceItem({ entry, today, companyId }: { entry: Entry; today: string; companyId: string }) {
  const reportedOnly = entry.sources.every((s) => s.confidence === 'reported');
  return (
    <li class="entry" data-entry={entry.id}>
      <p class="claim">
        {reportedOnly ? <span class="badge reported">{t('panelReported')}</span> : null}
        {entry.claim}
      </p>
      <p class="meta">{describe(entry, today).join(' · ')}</p>
      {entry.note ? <p class="note">{entry.note}</p> : null}
      <SourceList sources={entry.sources} />
      <a class="report" href={getReportUrl(companyId, entry.id, entry.claim)} target="_blank" rel="noopener noreferrer">
        {t('panelReport')}
      </a>
    </li>
  );
}
