import { t } from './i18n';

/** "for 23 more hours", "for 6 more days", "until you undo it": how long a mute still lasts. */
export function describeRemaining(until: string | null, now: number): string {
  if (until === null) return t('remainingForever');
  const ms = Date.parse(until) - now;
  if (!(ms > 0)) return t('remainingEnded');
  const hours = Math.ceil(ms / 3_600_000);
  if (hours === 1) return t('remainingHour');
  if (hours < 48) return t('remainingHours', hours);
  return t('remainingDays', Math.ceil(ms / 86_400_000));
}
