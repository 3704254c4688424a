import type { MatchInfo, MatchReason } from '@/lib/messages';
import type { Protest } from '@/data/schema';
import { formatPartialDate } from '@/lib/format';
import { EvidenceItem } from './EvidenceItem';
import type { ComponentChildren } from 'preact';

export interface PanelProps {
  match: MatchInfo;
  /** ISO date used to label ended periods as past. */
  today: string;
  /** Hide on this site until the browser restarts (the × button, "Dismiss" and Escape). */
  onDismiss: () => void;
  /** Mute this site or this company, for a day, a week or until undone. */
  onMute: (kind: 'site' | 'company', duration: 'day' | 'week' | 'always') => void;
}

const SOURCES: Record<Exclude<MatchReason, { kind: 'host' }>['source'], string> = {
  'job-board-url': 'the job board’s address for this employer',
  'structured-data': 'the page’s structured data (schema.org)',
  page: 'the page itself',
};

/** One line on what was matched, shown above the summary. */
function contextLine(match: MatchInfo): string | undefined {
  const { why } = match;
  if (why.kind === 'host') return why.ruleNote ? `${why.ruleNote}.` : undefined;
  const named = why.source === 'job-board-url' ? match.company.name : why.pageName;
  return why.kind === 'employer' ? `Employer named in this job posting: ${named}` : `Brand of this product: ${named}`;
}

function WhyText({ match }: { match: MatchInfo }) {
  const { why, company } = match;
  if (why.kind === 'host') {
    return (
      <p>
        You are on <strong>{why.pageHost}</strong>. ContractLens lists <strong>{why.rule}</strong> as a site of {company.name}
        {why.ruleNote ? ` (${why.ruleNote})` : ''}. Basis for that: {why.evidence}.
      </p>
    );
  }
  return (
    <p>
      This page on <strong>{why.pageHost}</strong> names {why.kind === 'employer' ? 'the employer' : 'the brand'}{' '}
      <strong>{why.source === 'job-board-url' ? why.pageName : `“${why.pageName}”`}</strong> (read from {SOURCES[why.source]}), which
      ContractLens knows as “{why.matchedName}”, a name of {company.name}
      {why.corroborated ? '; a second signal on the page named the company too' : ''}.
    </p>
  );
}

function Section({ title, count, open, children }: { title: string; count: number; open?: boolean; children: ComponentChildren }) {
  if (count === 0) return null;
  return (
    <details class="section" open={open}>
      <summary class="section-title">
        {title} <span class="count">({count})</span>
      </summary>
      {children}
    </details>
  );
}

export function Panel({ match, today, onDismiss, onMute }: PanelProps) {
  const { company, parents } = match;
  const byEmployees = company.protests.filter((p: Protest) => p.by === 'employees');
  const byOthers = company.protests.filter((p: Protest) => p.by !== 'employees');
  const titleId = `contractlens-title-${company.id}`;

  return (
    <section
      class="panel"
      role="region"
      aria-labelledby={titleId}
      data-testid="contractlens-panel"
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          onDismiss();
        }
      }}
    >
      <header class="header">
        <div>
          <p class="brand">ContractLens</p>
          <h2 id={titleId} class="company">
            {company.name}
          </h2>
          {parents.length > 0 ? (
            <p class="parent" data-testid="parent">
              Owned by {parents.map((p) => p.name).join(', owned by ')}
            </p>
          ) : null}
        </div>
        <button type="button" class="icon-button" aria-label="Dismiss: hide on this site until the browser restarts" onClick={onDismiss}>
          ×
        </button>
      </header>

      <div class="body">
        {contextLine(match) ? (
          <p class="rule-note" data-testid="context">
            {contextLine(match)}
          </p>
        ) : null}
        <p class="summary">{company.summary}</p>

        <Section title="Contracts and sales" count={company.contracts.length} open>
          <ul class="entries">
            {company.contracts.map((entry) => (
              <EvidenceItem key={entry.id} entry={entry} today={today} companyId={company.id} />
            ))}
          </ul>
        </Section>
        <Section title="Employee protests" count={byEmployees.length} open>
          <ul class="entries">
            {byEmployees.map((entry) => (
              <EvidenceItem key={entry.id} entry={entry} today={today} companyId={company.id} />
            ))}
          </ul>
        </Section>
        <Section title="Other protests" count={byOthers.length}>
          <ul class="entries">
            {byOthers.map((entry) => (
              <EvidenceItem key={entry.id} entry={entry} today={today} companyId={company.id} />
            ))}
          </ul>
        </Section>
        <Section title="Company responses" count={company.responses.length}>
          <ul class="entries">
            {company.responses.map((entry) => (
              <EvidenceItem key={entry.id} entry={entry} today={today} companyId={company.id} />
            ))}
          </ul>
        </Section>

        <details class="why">
          <summary>Why am I seeing this?</summary>
          <WhyText match={match} />
          {match.siteCompany ? <p>The site itself belongs to {match.siteCompany.name}, which is also in ContractLens’s data.</p> : null}
          {parents.length > 0 ? <p>{company.name} is owned by {parents.map((p) => p.name).join(', owned by ')}.</p> : null}
          <p>The match was made on your device; nothing about this visit left your browser.</p>
        </details>
        <p class="reviewed muted">Entry last reviewed {formatPartialDate(company.lastReviewed)}.</p>
      </div>

      <footer class="footer">
        <button type="button" onClick={onDismiss}>
          Dismiss
        </button>
        <button type="button" onClick={() => onMute('site', 'always')}>
          Don’t show on this site
        </button>
        <details class="mute-menu">
          <summary>More mutes…</summary>
          <div class="mute-options">
            <button type="button" onClick={() => onMute('site', 'day')}>
              This site for 1 day
            </button>
            <button type="button" onClick={() => onMute('site', 'week')}>
              This site for 1 week
            </button>
            <button type="button" onClick={() => onMute('company', 'day')}>
              {company.name} everywhere for 1 day
            </button>
            <button type="button" onClick={() => onMute('company', 'week')}>
              {company.name} everywhere for 1 week
            </button>
            <button type="button" onClick={() => onMute('company', 'always')}>
              {company.name} everywhere, always
            </button>
          </div>
        </details>
      </footer>
    </section>
  );
}
