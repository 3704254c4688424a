import type { Source } from '@/data/schema';
import { formatPartialDate, toSafeHttpUrl } from '@/lib/format';
import { t } from '@/lib/i18n';
import { isAgencyRecordCopy } from '@/lib/agency-copy';

/** One source: publisher (linked), date, and a "reported" label for second-hand sources. */
export function SourceLink({ source }: { source: Source }) {
  const href = toSafeHttpUrl(source.url);
  const copy = source.archivedUrl ? toSafeHttpUrl(source.archivedUrl) : null;
  // A title is the source's own words: in quotation marks, marked as English.
  const label = source.title ? (
    <>
      {source.publisher}: “<span lang="en">{source.title}</span>”
    </>
  ) : (
    source.publisher
  );
  return (
    <li class="source">
      {href ? (
        <a href={href} target="_blank" rel="noopener noreferrer" title={source.quote ? t('sourceQuote', source.quote) : undefined}>
          {label}
        </a>
      ) : (
        <span>{label}</span>
      )}
      {source.date ? <span class="muted"> · {formatPartialDate(source.date)}</span> : null}
      {copy ? (
        <>
          {' · '}
          <a class="muted" href={copy} target="_blank" rel="noopener noreferrer" title={t('sourceReadInCopyTitle')}>
            {t('sourceReadInCopy')}
          </a>
        </>
      ) : null}
      {source.primary ? <span class="badge primary">{t('sourcePrimary')}</span> : null}
      {isAgencyRecordCopy(source) ? (
        <span class="badge reported" title={t('sourceAgencyCopyTitle')}>
          {t('sourceAgencyCopy')}
        </span>
      ) : source.confidence === 'reported' ? (
        <span class="badge reported" title={t('sourceReportedTitle')}>
          {t('sourceReported')}
        </span>
      ) : null}
    </li>
  );
}

/** An entry's or a tie's sources, as a labelled list. */
export function SourceList({ sources }: { sources: readonly Source[] }) {
  return (
    <ul class="sources" aria-label={t('panelSources')}>
      {sources.map((source) => (
        <SourceLink key={source.url} source={source} />
      ))}
    </ul>
  );
}
