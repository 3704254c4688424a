import type { ComponentChild } from 'preact';
import type { MatchInfo, MatchReason } from '@/lib/messages';
import type { Source } from '@/data/schema';
import { formatNameList, formatOwnerChain, formatPartialDate, formatProtestKind, getMatchedBrand, toSafeHttpUrl } from '@/lib/format';
import { getAwardHistory } from '@/lib/award-history';
import { splitMessage, t, type MessageKey } from '@/lib/i18n';
import { SourceList } from './SourceLink';
import { groupEvents, LazyDetails, RecordBody } from './CompanyRecord';
import { useEffect, useRef, useState } from 'preact/hooks';
import { getVerdict, verdictLevel } from '@/lib/verdict';
import { VerdictLine } from './VerdictLine';
import { WithEnglish } from './InEnglish';
import { verdictAgencies } from '@/lib/verdict-text';

export interface PanelProps {
  match: MatchInfo;
  /** ISO date: labels ended periods as past, and dates the verdict. */
  today: string;
  /**
   * Hide this company on this site until the browser restarts (the × button and Escape), with an undo.
   * Every action passes on the event that caused it: the content script acts only on the user's own
   * (trusted) ones.
   */
  onDismiss: (event: Event) => void;
  /** Fold the panel into the small tab. */
  onMinimise: (event: Event) => void;
  /** Dock the panel in the next corner (remembered for this site); `place` says where it is now. */
  onMove: (event: Event) => void;
  place: string;
  /** Move keyboard focus into the panel when it appears (opened from the collapsed tab or a marker). */
  autoFocus?: boolean;
  /** Mute this company (and what it owns) everywhere, for a day, a week or until undone. */
  onMute: (kind: 'company', duration: 'day' | 'week' | 'always', event: Event) => void;
  /** Silence the whole site, every company on it: only after a confirmation that names it. */
  onMuteSite: (duration: 'day' | 'always', event: Event) => void;
  /** The site shows many companies (a job board, a store, a search engine). */
  manyCompanies: boolean;
  /** Open the company's full record in the directory (a tab of the extension's own). */
  /** Opens the company's record in the directory; with 'report', at its problem report. */
  onOpenRecord: (event: Event, section?: 'report') => void;
}

const SOURCES: Record<Exclude<MatchReason, { kind: 'host' }>['source'], MessageKey> = {
  'job-board-url': 'panelSourceJobBoard',
  'structured-data': 'panelSourceStructured',
  page: 'panelSourcePage',
};

/**
 * A message with a name read off the page in it, the name isolated (`<bdi>`): whatever direction its
 * characters take cannot spill over the words around it.
 */
function WithPageName({ message, name }: { message: (placeholder: string) => string; name: string }) {
  const [before, after] = splitMessage(message);
  return (
    <>
      {before}
      <bdi>{name}</bdi>
      {after}
    </>
  );
}

/** One line on what was matched, shown above the summary. */
function contextLine(match: MatchInfo): ComponentChild {
  const { why } = match;
  if (why.kind === 'host') return why.ruleNote ? <WithEnglish message={(note) => `${note}.`} text={why.ruleNote} /> : undefined;
  const brand = getMatchedBrand(match);
  if (brand) return t(why.kind === 'employer' ? 'panelContextEmployerOf' : 'panelContextBrandOf', brand.name, match.company.name);
  if (why.source === 'job-board-url') return t(why.kind === 'employer' ? 'panelContextEmployer' : 'panelContextBrand', match.company.name);
  return <WithPageName message={(name) => t(why.kind === 'employer' ? 'panelContextEmployer' : 'panelContextBrand', name)} name={why.pageName} />;
}

/** A venture's members may cite the same source: list each address once. */
function uniqueByUrl(sources: readonly Source[]): Source[] {
  return [...new Map(sources.map((source) => [source.url, source])).values()];
}

/** How the page matched, in one plain line (and the company's own page for the address, where one was read). */
function WhyText({ match }: { match: MatchInfo }) {
  const { why, company } = match;
  if (why.kind === 'host') {
    const href = why.source ? toSafeHttpUrl(why.source.url) : null;
    return (
      <>
        <p>{why.ruleNote ? <WithEnglish message={(note) => t('panelMatchHost', why.pageHost, company.name, ` (${note})`)} text={why.ruleNote} /> : t('panelMatchHost', why.pageHost, company.name, '')}</p>
        {why.confidence === 'seen' && why.source ? (
          <p data-testid="host-source">
            {t('panelMatchHostSource')}{' '}
            {href ? (
              <a href={href} target="_blank" rel="noopener noreferrer">
                {why.source.publisher}
              </a>
            ) : (
              <span>{why.source.publisher}</span>
            )}
          </p>
        ) : null}
      </>
    );
  }
  const named = why.source === 'job-board-url' ? why.pageName : `“${why.pageName}”`;
  return (
    <p>
      <WithPageName message={(name) => t('panelWhyNamed', why.pageHost, t(why.kind === 'employer' ? 'panelRoleEmployer' : 'panelRoleBrand'), name, t(SOURCES[why.source]))} name={named} />
      {why.matchedName !== company.name ? ` ${t('panelWhyNamedAs', why.matchedName, company.name)}` : ''}
      {why.corroborated ? ` ${t('panelWhyCorroborated')}` : ''}
    </p>
  );
}

/**
 * "What can I do?": what the company's own employees did, in their words (their letters and
 * campaigns, linked); the full record in the directory; how to read the award records; and one place
 * to report a problem with the entry.
 */
function NextSteps({ match, onOpenRecord }: Pick<PanelProps, 'match' | 'onOpenRecord'>) {
  const { company } = match;
  const byEmployees = groupEvents(company.protests.filter((p) => p.by === 'employees'))
    .map(({ entry }) => entry)
    .sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''))
    .slice(0, 3);
  return (
    <LazyDetails class="next-steps" summary={<summary>{t('panelNextSteps')}</summary>}>
      {() => (
        <>
          {byEmployees.length ? (
            <>
              <p>{t('panelNextEmployees', company.name)}</p>
              <ul class="sources" data-testid="employee-actions">
                {byEmployees.map((protest) => {
                  const source = protest.sources[0]!;
                  const href = toSafeHttpUrl(source.url);
                  const label = [formatProtestKind(protest), protest.date ? formatPartialDate(protest.date) : ''].filter(Boolean).join(' · ');
                  return (
                    <li key={protest.id} class="source">
                      {label}:{' '}
                      {href ? (
                        <a href={href} target="_blank" rel="noopener noreferrer">
                          {source.publisher}
                        </a>
                      ) : (
                        source.publisher
                      )}
                    </li>
                  );
                })}
              </ul>
            </>
          ) : null}
          {getAwardHistory(company) ? <p>{t('panelNextRecords')}</p> : null}
          <p>
            <button type="button" data-testid="open-record" onClick={(event) => onOpenRecord(event)}>
              {t('panelNextDirectory')}
            </button>
          </p>
          <p>
            <button type="button" data-testid="report" onClick={(event) => onOpenRecord(event, 'report')}>
              {t('panelReport')}
            </button>
          </p>
        </>
      )}
    </LazyDetails>
  );
}

/** How long a confirming button stays disabled after it appears (CONFIRM_DELAY_MS). */
export const CONFIRM_DELAY_MS = 1000;

/**
 * A button that confirms a permanent choice: enabled only a moment after it appears, so that a
 * second click meant for whatever was there before (a page's own button, drawn over the panel, or
 * a double click) cannot land on it.
 */
function ConfirmButton({ onClick, children }: { onClick: (event: Event) => void; children: string }) {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setReady(true), CONFIRM_DELAY_MS);
    return () => clearTimeout(timer);
  }, []);
  return (
    <button type="button" disabled={!ready} onClick={onClick}>
      {children}
    </button>
  );
}

/**
 * A confirmation in place of the button that asked for it. Focus moves to its "Cancel" (the button
 * that asked is gone, and the safe answer is the one under a keyboard user's Enter).
 */
function ConfirmGroup({ testId, text, onCancel, children }: { testId: string; text: string; onCancel: () => void; children: ComponentChild }) {
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => cancel.current?.focus(), []);
  return (
    <div class="confirm" role="group" aria-labelledby="contractlens-confirm" data-testid={testId}>
      <p id="contractlens-confirm">{text}</p>
      {children}
      <button type="button" ref={cancel} onClick={onCancel}>
        {t('panelCancel')}
      </button>
    </div>
  );
}

/**
 * "Mute…": this company for a day or a week at once; for good, or every company on this site, only
 * once confirmed (the confirming buttons wait a moment before they work).
 */
function MuteMenu({ match, onMute, onMuteSite, manyCompanies }: Pick<PanelProps, 'match' | 'onMute' | 'onMuteSite' | 'manyCompanies'>) {
  const [confirming, setConfirming] = useState<'company' | 'site' | null>(null);
  const { company, site } = match;
  const cancel = () => setConfirming(null);
  return (
    <details class="mute-menu" onToggle={(event) => !(event.currentTarget as HTMLDetailsElement).open && setConfirming(null)}>
      <summary>{t('panelMuteMenu')}</summary>
      <div class="mute-options">
        <button type="button" onClick={(event) => onMute('company', 'day', event)}>
          {t('panelMuteCompanyDay', company.name)}
        </button>
        <button type="button" onClick={(event) => onMute('company', 'week', event)}>
          {t('panelMuteCompanyWeek', company.name)}
        </button>
        {confirming === 'company' ? (
          <ConfirmGroup testId="company-confirm" text={t('panelMuteAlwaysConfirm', company.name)} onCancel={cancel}>
            <ConfirmButton onClick={(event) => onMute('company', 'always', event)}>{t('panelMuteAlwaysConfirmButton', company.name)}</ConfirmButton>
          </ConfirmGroup>
        ) : (
          <button type="button" onClick={() => setConfirming('company')}>
            {t('panelMuteCompanyAlways', company.name)}
          </button>
        )}
        {confirming === 'site' ? (
          <ConfirmGroup testId="site-confirm" text={t(manyCompanies ? 'panelSilenceConfirmMany' : 'panelSilenceConfirm', site)} onCancel={cancel}>
            <ConfirmButton onClick={(event) => onMuteSite('day', event)}>{t('panelSilenceDay', site)}</ConfirmButton>
            <ConfirmButton onClick={(event) => onMuteSite('always', event)}>{t('panelSilenceAlways', site)}</ConfirmButton>
          </ConfirmGroup>
        ) : (
          <button type="button" onClick={() => setConfirming('site')}>
            {t(manyCompanies ? 'panelSilenceSiteMany' : 'panelSilenceSite', site)}
          </button>
        )}
      </div>
    </details>
  );
}

/**
 * The panel opens as a compact card (name, verdict, one figure, "Details"); "Details" shows the
 * record, why it is listed and how it matched. Its buttons: move, minimise, dismiss.
 */
export function Panel({ match, today, onDismiss, onMinimise, onMove, place, onMute, onMuteSite, manyCompanies, onOpenRecord, autoFocus }: PanelProps) {
  const closeButton = useRef<HTMLButtonElement>(null);
  const [expanded, setExpanded] = useState(false);
  useEffect(() => {
    if (autoFocus) closeButton.current?.focus();
  }, [autoFocus]);
  const { company, parents, members } = match;
  const memberNames = formatNameList(members.map((m) => m.name));
  const titleId = `contractlens-title-${company.id}`;
  const brand = getMatchedBrand(match);
  const context = contextLine(match);
  const verdict = getVerdict(company, today);

  return (
    <section
      class={expanded ? 'panel expanded' : 'panel'}
      role="region"
      aria-labelledby={titleId}
      data-testid="contractlens-panel"
      data-level={verdictLevel(verdict)}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          onDismiss(event);
        }
      }}
    >
      <header class="header">
        <div class="title">
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
        <div class="window-buttons">
          <button type="button" class="icon-button" data-testid="move" aria-label={t('panelMove', place)} title={t('panelMove', place)} onClick={(event) => onMove(event)}>
            ⤢
          </button>
          <button type="button" class="icon-button" data-testid="minimise" aria-label={t('panelMinimise')} title={t('panelMinimise')} onClick={(event) => onMinimise(event)}>
            –
          </button>
          <button
            type="button"
            ref={closeButton}
            class="icon-button"
            aria-label={t('panelDismissLabel', company.name, match.site)}
            title={t('panelDismissLabel', company.name, match.site)}
            onClick={(event) => onDismiss(event)}
          >
            ×
          </button>
        </div>
      </header>

      <div class="first-view">
        {context ? (
          <p class="rule-note" data-testid="context">
            {context}
          </p>
        ) : null}
        <VerdictLine verdict={verdict} />
      </div>

      {expanded ? (
        <div class="body" data-testid="details">
          <RecordBody record={match} today={today} />

          <LazyDetails class="why" summary={<summary>{t('panelWhy')}</summary>}>
            {() => (
              <>
                <p data-testid="verdict-rule">
                  {verdict.tier === 'direct' ? t('panelVerdictRuleDirect', company.name, verdictAgencies(verdict)) : t('panelVerdictRuleIndirect', company.name)}{' '}
                  {verdict.lastYear !== undefined ? t('panelVerdictLatest', verdict.lastYear) : t('panelVerdictUndated')}
                </p>
                <WhyText match={match} />
                {brand ? (
                  <>
                    <p data-testid="brand-owner">{brand.note ? <WithEnglish message={(note) => t('panelBrandOwner', brand.name, company.name, ` (${note})`)} text={brand.note} /> : t('panelBrandOwner', brand.name, company.name, '')}</p>
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
          <NextSteps match={match} onOpenRecord={onOpenRecord} />
          <p class="reviewed muted">{t('panelReviewed', formatPartialDate(company.lastReviewed))}</p>
        </div>
      ) : null}

      <footer class="footer">
        <button type="button" class="details-button" aria-expanded={expanded} data-testid="details-button" onClick={() => setExpanded(!expanded)}>
          {t(expanded ? 'panelLess' : 'panelDetails')}
        </button>
        <button type="button" onClick={(event) => onDismiss(event)}>
          {t('panelDismiss')}
        </button>
        <MuteMenu match={match} onMute={onMute} onMuteSite={onMuteSite} manyCompanies={manyCompanies} />
      </footer>
    </section>
  );
}
