import type { Mute } from '@/lib/settings';
import { describeRemaining } from '@/lib/time';
import { t } from '@/lib/i18n';

/** Mutes in force with what each mutes, how long it still lasts, and an undo. */
export function MuteList({ mutes, now, onUndo }: { mutes: Mute[]; now: number; onUndo: (mute: Mute) => void }) {
  if (mutes.length === 0) return <p class="muted">{t('muteNothing')}</p>;
  return (
    <ul class="muted-sites" data-testid="mutes">
      {mutes.map((mute) => {
        const name = mute.kind === 'site' ? mute.value : (mute.label ?? mute.value);
        return (
          <li key={`${mute.kind}:${mute.value}`} data-mute={`${mute.kind}:${mute.value}`}>
            <span>
              {t(mute.kind === 'site' ? 'muteSite' : 'muteCompany', name)}{' '}
              <span class="muted">({describeRemaining(mute.until, now)})</span>
            </span>
            <button type="button" aria-label={t(mute.kind === 'site' ? 'muteUndoSiteLabel' : 'muteUndoCompanyLabel', name)} onClick={() => onUndo(mute)}>
              {t('muteUndo')}
            </button>
          </li>
        );
      })}
    </ul>
  );
}
