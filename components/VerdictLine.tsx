import { useState } from 'preact/hooks';
import type { Verdict } from '@/lib/verdict';
import { verdictLevel } from '@/lib/verdict';
import { verdictAmount, verdictBadge, verdictHeadline } from '@/lib/verdict-text';
import { t } from '@/lib/i18n';

/**
 * The verdict in one look: a coloured badge (direct and recent is the strongest) with the headline,
 * then the rounded amount and, behind an info control, what the figure means.
 */
export function VerdictLine({ verdict }: { verdict: Verdict }) {
  const [info, setInfo] = useState(false);
  const amount = verdictAmount(verdict);
  return (
    <div class="verdict" data-level={verdictLevel(verdict)} data-testid="verdict">
      <p class="verdict-headline">
        <span class="verdict-badge">{verdictBadge(verdict)}</span> {verdictHeadline(verdict)}
      </p>
      {amount ? (
        <p class="verdict-amount">
          <span data-testid="verdict-amount">{amount}</span>
          {verdict.amount && verdict.amount.basis !== 'source' ? (
            <button type="button" class="info-button" aria-expanded={info} aria-label={t('verdictInfoLabel')} title={t('verdictInfoLabel')} onClick={() => setInfo(!info)}>
              i
            </button>
          ) : null}
        </p>
      ) : null}
      {info ? (
        <p class="verdict-info" data-testid="verdict-info">
          {t('verdictObligatedInfo')}
          {verdict.amount?.basis === 'resold' ? ` ${t('verdictResoldInfo')}` : verdict.seat ? ` ${t('verdictSeatInfo')}` : ''}
          {verdict.amount?.beforeDeobligations ? ` ${t('verdictObligatedInfoNet')}` : ''}
        </p>
      ) : null}
    </div>
  );
}
