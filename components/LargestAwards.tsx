/**
 * A company's largest awards in the federal award records, as plain sentences: what the award buys
 * (a curator's reviewed description, or else its kind of work), the money rounded for reading, the
 * agency and the fiscal years, and a link to the award's page on USAspending.gov, where its every
 * record can be read. Never the records' own capitals or a modification's wording.
 */
import type { LargestAward } from '@/data/schema';
import { awardPage } from '@/lib/award-history';
import { formatUsdRounded, INVOLVEMENT_LABELS, toSafeHttpUrl } from '@/lib/format';
import { t } from '@/lib/i18n';
import { formatYears } from './AwardHistoryChart';
import { WithEnglish } from './InEnglish';

/** "Data analytics for ICE HSI's RAVEN program: $69 million from ICE, FY2022–FY2026". */
export function largestAwardLine(award: LargestAward): string {
  const amount = formatUsdRounded(award.usd) + (award.basis === 'before-deobligations' ? ` (${t('basisBeforeDeobligationsShort')})` : '');
  return t('panelLargestAward', award.description ?? t(INVOLVEMENT_LABELS[award.kind]), amount, award.agency, formatYears(award.first, award.last));
}

export function LargestAwards({ awards }: { awards: readonly LargestAward[] }) {
  return (
    <>
      <p class="largest-title">{t('panelLargestAwards')}</p>
      <ul class="entries" data-testid="largest-awards">
        {awards.map((award) => {
          const href = toSafeHttpUrl(awardPage(award.id));
          return (
            <li key={award.id} class="entry" data-award={award.id}>
              <p class="claim">
                {award.description ? <WithEnglish message={(what) => largestAwardLine({ ...award, description: what })} text={award.description} /> : largestAwardLine(award)}
              </p>
              <p class="meta">
                {href ? (
                  <a href={href} target="_blank" rel="noopener noreferrer">
                    {t('panelAwardPage', award.piid)}
                  </a>
                ) : null}
              </p>
            </li>
          );
        })}
      </ul>
    </>
  );
}
