import type { MatchInfo, MatchReason } from '@/lib/messages';
import type { Source } from '@/data/schema';
import { formatNameList, formatOwnerChain, formatPartialDate, getMatchedBrand, toSafeHttpUrl } from '@/lib/format';
import { t, type MessageKey } from '@/lib/i18n';
import { SourceList } from './SourceLink';
import { LazyDetails, RecordBody } from './CompanyRecord';
import { useEffect, useRef } from 'preact/hooks';

export interface PanelProps {
  match: MatchInfo;
  /** ISO date used to label ended periods as past. */
  today: string;
  /**
   * Hide on this site until the browser restarts (the × button, "Dismiss" and Escape). Every action
   * passes on the event that caused it: the content script acts only on the user's own (trusted) ones.
   */
  onDismiss: (event: Event) => void;
  /** Move keyboard focus into the panel when it appears (opened from the collapsed tab). */
  autoFocus?: boolean;
  /** Mute this site or this company, for a day, a week or until undone. */
  onMute: (kind: 'site' | 'company', duration: 'day' | 'week' | 'always', event: Event) => void;
}

const SOURCES: Record<Exclude<MatchReason, { kind: 'host' }>['source'], MessageKey> = {
  'job-board-url': 'panelSourceJobBoard',
  'structured-data': 'panelSourceStructured',
  page: 'panelSourcePage',
};

/** One line on what was matched, shown above the summary. */
function contextLine(match: MatchInfo): string | undefined {
  const { why } = match;
  if (why.kind === 'host') return why.ruleNote ? `${why.ruleNote}.` : undefined;
  const brand = getMatchedBrand(match);
  if (brand) return t(why.kind === 'employer' ? 'panelContextEmployerOf' : 'panelContextBrandOf', brand.name, match.company.name);
  const named = why.source === 'job-board-url' ? match.company.name : why.pageName;
  return t(why.kind === 'employer' ? 'panelContextEmployer' : 'panelContextBrand', named);
}

/** A venture's members may cite the same source: list each address once. */
function uniqueByUrl(sources: readonly Source[]): Source[] {
  return [...new Map(sources.map((source) => [source.url, source])).values()];
}

function WhyText({ match }: { match: MatchInfo }) {
  const { why, company } = match;
  if (why.kind === 'host') {
    const href = why.source ? toSafeHttpUrl(why.source.url) : null;
    return (
      <>
        <p>{t('panelWhyHost', why.pageHost, why.rule, company.name, why.ruleNote ? ` (${why.ruleNote})` : '', why.evidence)}</p>
        <p data-testid="host-confidence">
          {t(why.confidence === 'seen' ? 'panelHostSeen' : 'panelHostReported')}
          {why.source ? (
            <>
              {' '}
              {href ? (
                <a href={href} target="_blank" rel="noopener noreferrer">
                  {why.source.publisher}
                </a>
              ) : (
                <span>{why.source.publisher}</span>
              )}
            </>
          ) : null}
        </p>
      </>
    );
  }
  return (
    <p>
      {t('panelWhyNamed', why.pageHost, t(why.kind === 'employer' ? 'panelRoleEmployer' : 'panelRoleBrand'), why.source === 'job-board-url' ? why.pageName : `“${why.pageName}”`, t(SOURCES[why.source]), why.matchedName, company.name)}
      {why.corroborated ? ` ${t('panelWhyCorroborated')}` : ''}
    </p>
  );
}

export function Panel({ match, today, onDismiss, onMute, autoFocus }: PanelProps) {
  const closeButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (autoFocus) closeButton.current?.focus();
  }, [autoFocus]);
  const { company, parents, members } = match;
  const memberNames = formatNameList(members.map((m) => m.name));
  const titleId = `contractlens-title-${company.id}`;
  const brand = getMatchedBrand(match);
  const context = contextLine(match);

  return (
    <section
      class="panel"
      role="region"
      aria-labelledby={titleId}
      data-testid="contractlens-panel"
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          onDismiss(event);
        }
      }}
    >
      <header class="header">
        <div>
          <p class="brand">{t('brand')}</p>
          <h2 id={titleId} class="company">
            {company.name}
          </h2>
          {parents.length > 0 ? (
            <p class="parent" data-testid="parent">
              {t('panelOwnedBy', formatOwnerChain(parents))}
            </p>
          ) : null}
          {members.length > 0 ? (
            <p class="parent" data-testid="members">
              {t('panelMembers', memberNames)}
            </p>
          ) : null}
        </div>
        <button type="button" ref={closeButton} class="icon-button" aria-label={t('panelDismissLabel')} onClick={(event) => onDismiss(event)}>
          ×
        </button>
      </header>

      <div class="body">
        {context ? (
          <p class="rule-note" data-testid="context">
            {context}
          </p>
        ) : null}
        <RecordBody record={match} today={today} />

        <LazyDetails class="why" summary={<summary>{t('panelWhy')}</summary>}>
          {() => (
            <>
              <WhyText match={match} />
              {brand ? (
                <>
                  <p data-testid="brand-owner">{t('panelBrandOwner', brand.name, company.name, brand.note ? ` (${brand.note})` : '')}</p>
                  <SourceList sources={brand.sources} />
                </>
              ) : null}
              {match.siteCompany ? <p>{t('panelSiteCompany', match.siteCompany.name)}</p> : null}
              {parents.length > 0 ? <p data-testid="ownership">{t('panelOwnedSentence', company.name, formatOwnerChain(parents))}</p> : null}
              {company.parent ? <SourceList sources={company.parent.sources} /> : null}
              {members.length > 0 ? <p>{t('panelMembersSentence', company.name, memberNames)}</p> : null}
              {company.members ? <SourceList sources={uniqueByUrl(company.members.flatMap((m) => m.sources))} /> : null}
              <p>{t('panelOnDevice')}</p>
            </>
          )}
        </LazyDetails>
        <p class="reviewed muted">{t('panelReviewed', formatPartialDate(company.lastReviewed))}</p>
      </div>

      <footer class="footer">
        <button type="button" onClick={(event) => onDismiss(event)}>
          {t('panelDismiss')}
        </button>
        <button type="button" onClick={(event) => onMute('site', 'always', event)}>
          {t('panelMuteSite')}
        </button>
        <details class="mute-menu">
          <summary>{t('panelMoreMutes')}</summary>
          <div class="mute-options">
            <button type="button" onClick={(event) => onMute('site', 'day', event)}>
              {t('panelMuteSiteDay')}
            </button>
            <button type="button" onClick={(event) => onMute('site', 'week', event)}>
              {t('panelMuteSiteWeek')}
            </button>
            <button type="button" onClick={(event) => onMute('company', 'day', event)}>
              {t('panelMuteCompanyDay', company.name)}
            </button>
            <button type="button" onClick={(event) => onMute('company', 'week', event)}>
              {t('panelMuteCompanyWeek', company.name)}
            </button>
            <button type="button" onClick={(event) => onMute('company', 'always', event)}>
              {t('panelMuteCompanyAlways', company.name)}
            </button>
          </div>
        </details>
      </footer>
    </section>
  );
}
