/**
 * When a mute is in force, in one place: the worker's settings (lib/settings.ts) and the content
 * script's read of a kept answer (entrypoints/panel.content/fast-card.ts, which reads the stored
 * settings without their schema, to stay small) must agree on it.
 */

/** A mute ending at `until` (ISO time; null: until undone) is in force at `now` (ms). */
export function isMuteInForce(until: string | null, now: number): boolean {
  return until === null || Date.parse(until) > now;
}
