import type { Mute } from '@/lib/settings';
import { describeRemaining } from '@/lib/time';

/** Mutes in force with what each mutes, how long it still lasts, and an undo. */
export function MuteList({ mutes, now, onUndo }: { mutes: Mute[]; now: number; onUndo: (mute: Mute) => void }) {
  if (mutes.length === 0) return <p class="muted">Nothing is muted.</p>;
  return (
    <ul class="muted-sites" data-testid="mutes">
      {mutes.map((mute) => {
        const what = mute.kind === 'site' ? `the site ${mute.value}` : `${mute.label ?? mute.value}, everywhere`;
        return (
          <li key={`${mute.kind}:${mute.value}`} data-mute={`${mute.kind}:${mute.value}`}>
            <span>
              {mute.kind === 'site' ? 'Site' : 'Company'}: {mute.kind === 'site' ? mute.value : (mute.label ?? mute.value)}{' '}
              <span class="muted">({describeRemaining(mute.until, now)})</span>
            </span>
            <button type="button" aria-label={`Undo the mute of ${what}`} onClick={() => onUndo(mute)}>
              Undo
            </button>
          </li>
        );
      })}
    </ul>
  );
}
