import type { MatchInfo } from '@/lib/messages';
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
  /** "Don't show on this site": remembered until undone from the popup. */
  onMute: () => void;
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
  const { company, parents, why } = match;
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
        {why.ruleNote ? <p class="rule-note">{why.ruleNote}.</p> : null}
        <p class="summary">{company.summary}</p>

        <Section title="Contracts and sales" count={company.contracts.length} open>
          <ul class="entries">
            {company.contracts.map((entry) => (
              <EvidenceItem key={entry.id} entry={entry} today={today} />
            ))}
          </ul>
        </Section>
        <Section title="Employee protests" count={byEmployees.length} open>
          <ul class="entries">
            {byEmployees.map((entry) => (
              <EvidenceItem key={entry.id} entry={entry} today={today} />
            ))}
          </ul>
        </Section>
        <Section title="Other protests" count={byOthers.length}>
          <ul class="entries">
            {byOthers.map((entry) => (
              <EvidenceItem key={entry.id} entry={entry} today={today} />
            ))}
          </ul>
        </Section>
        <Section title="Company responses" count={company.responses.length}>
          <ul class="entries">
            {company.responses.map((entry) => (
              <EvidenceItem key={entry.id} entry={entry} today={today} />
            ))}
          </ul>
        </Section>

        <details class="why">
          <summary>Why am I seeing this?</summary>
          <p>
            You are on <strong>{why.pageHost}</strong>. ContractLens lists <strong>{why.rule}</strong> as a site of{' '}
            {company.name}
            {why.ruleNote ? ` (${why.ruleNote})` : ''}. Basis for that: {why.evidence}.
          </p>
          {parents.length > 0 ? <p>{company.name} is owned by {parents.map((p) => p.name).join(', owned by ')}.</p> : null}
          <p>The match was made on your device; nothing about this visit left your browser.</p>
        </details>
        <p class="reviewed muted">Entry last reviewed {formatPartialDate(company.lastReviewed)}.</p>
      </div>

      <footer class="footer">
        <button type="button" onClick={onDismiss}>
          Dismiss
        </button>
        <button type="button" onClick={onMute}>
          Don’t show on this site
        </button>
      </footer>
    </section>
  );
}
