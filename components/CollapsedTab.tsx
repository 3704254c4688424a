import { t } from '@/lib/i18n';
import type { verdictLevel } from '@/lib/verdict';

/** The small tab the panel folds into (minimised, or not opened by itself): the verdict's colour and the name. */
export function CollapsedTab({ companyName, level, onOpen }: { companyName: string; level: ReturnType<typeof verdictLevel>; onOpen: (event: Event) => void }) {
  return (
    <button type="button" class="collapsed-tab" data-level={level} data-testid="contractlens-tab" aria-expanded="false" onClick={(event) => onOpen(event)}>
      <span class="mark" aria-hidden="true" /> <span class="brand">{t('brand')}</span> {companyName}
    </button>
  );
}
