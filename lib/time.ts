/** "for 23 more hours", "for 6 more days", "until you undo it": how long a mute still lasts. */
export function describeRemaining(until: string | null, now: number): string {
  if (until === null) return 'until you undo it';
  const ms = Date.parse(until) - now;
  if (!(ms > 0)) return 'ended';
  const hours = Math.ceil(ms / 3_600_000);
  if (hours < 48) return `for ${hours} more hour${hours === 1 ? '' : 's'}`;
  const days = Math.ceil(ms / 86_400_000);
  return `for ${days} more days`;
}
