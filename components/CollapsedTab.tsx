import { t } from '@/lib/i18n';

/** The small tab in the corner when the panel does not open by itself (the auto-open guard). */
export function CollapsedTab({ companyName, onOpen }: { companyName: string; onOpen: (event: Event) => void }) {
  return (
    <button type="button" class="collapsed-tab" data-testid="contractlens-tab" aria-expanded="false" onClick={(event) => onOpen(event)}>
      <span class="brand">{t('brand')}</span> {companyName}
    </button>
  );
}
