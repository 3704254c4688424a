/**
 * Settings export and import as a JSON file. An imported file is untrusted: it must be small, be
 * JSON, say it is a ContractLens settings file, and carry settings of a known version, which are
 * migrated to the current version and validated; anything else is refused with a message naming the
 * problem, and nothing changes. What it would change is then shown to the user before it is applied
 * (`describeChanges`), and the text it brings (mute labels and values, shown in lists) is stripped
 * of control and bidirectional-override characters that could disguise one name as another.
 */
import * as z from 'zod/mini';
import { formatPath } from './issue-path';
import './zod-messages';
import { Settings, SETTINGS_MIGRATIONS } from './settings';

export const SETTINGS_FILE_FORMAT = 'contractlens-settings';
export const SETTINGS_VERSION = 6;

const SettingsFile = z.object({
  format: z.literal(SETTINGS_FILE_FORMAT),
  version: z.int().check(z.gte(1), z.lte(SETTINGS_VERSION)),
  settings: z.record(z.string(), z.unknown()),
});

export function exportSettings(settings: Settings, exportedAt: string): string {
  return JSON.stringify({ format: SETTINGS_FILE_FORMAT, version: SETTINGS_VERSION, exportedAt, settings }, null, 2) + '\n';
}

/** A settings file is a few kB; the page checks `file.size` against this before reading it. */
export const MAX_SETTINGS_FILE_BYTES = 1_000_000;
/** More mutes than anyone sets by hand. */
export const MAX_IMPORTED_MUTES = 1000;

// C0 and C1 controls, zero-width characters, bidirectional marks, embeddings, overrides and isolates.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE_TEXT = /[\u0000-\u001F\u007F-\u009F\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/g;

/** Text from a file, fit to show in a list: no control or bidi characters, spaces trimmed. */
export function cleanText(text: string): string {
  return text.replace(UNSAFE_TEXT, '').trim();
}

export type ImportResult = { ok: true; settings: Settings } | { ok: false; error: string };

export const TOO_LARGE: ImportResult = { ok: false, error: 'This file is too large to be a ContractLens settings file.' };

export function importSettings(text: string): ImportResult {
  if (text.length > MAX_SETTINGS_FILE_BYTES) return TOO_LARGE;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, error: 'This file is not valid JSON.' };
  }
  const file = SettingsFile.safeParse(json);
  if (!file.success) {
    const formatIssue = file.error.issues.find((i) => i.path[0] === 'format');
    if (formatIssue || typeof json !== 'object' || json === null || Array.isArray(json)) return { ok: false, error: 'This is not a ContractLens settings file.' };
    const issue = file.error.issues[0]!;
    return { ok: false, error: `The settings file is invalid at “${formatPath(issue.path)}”: ${issue.message}` };
  }
  let value: Record<string, unknown> = file.data.settings;
  for (let version = file.data.version + 1; version <= SETTINGS_VERSION; version++) {
    value = SETTINGS_MIGRATIONS[version as keyof typeof SETTINGS_MIGRATIONS](value);
  }
  const parsed = Settings.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { ok: false, error: `The settings file is invalid at “settings.${formatPath(issue.path)}”: ${issue.message}` };
  }
  if (parsed.data.mutes.length > MAX_IMPORTED_MUTES) {
    return { ok: false, error: `The settings file has ${parsed.data.mutes.length} mutes; at most ${MAX_IMPORTED_MUTES} can be imported.` };
  }
  const mutes = parsed.data.mutes.flatMap(({ label, ...mute }) => {
    const value = cleanText(mute.value);
    const shown = label === undefined ? '' : cleanText(label);
    return value ? [{ ...mute, value, ...(shown ? { label: shown } : {}) }] : [];
  });
  return { ok: true, settings: { ...parsed.data, mutes } };
}

export interface SettingsChanges {
  /** Settings other than mutes whose value would change. */
  changed: Array<Exclude<keyof Settings, 'mutes'>>;
  mutesAdded: Settings['mutes'];
  mutesRemoved: Settings['mutes'];
}

/** What applying `next` over `current` would change: shown to the user before an import is applied. */
export function describeChanges(current: Settings, next: Settings): SettingsChanges {
  const keys = Object.keys(next).filter((key): key is Exclude<keyof Settings, 'mutes'> => key !== 'mutes');
  const id = (m: Settings['mutes'][number]) => `${m.kind}:${m.value}`;
  const before = new Set(current.mutes.map(id));
  const after = new Set(next.mutes.map(id));
  return {
    changed: keys.filter((key) => JSON.stringify(current[key]) !== JSON.stringify(next[key])),
    mutesAdded: next.mutes.filter((m) => !before.has(id(m))),
    mutesRemoved: current.mutes.filter((m) => !after.has(id(m))),
  };
}
