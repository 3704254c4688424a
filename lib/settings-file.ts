/**
 * Settings export and import as a JSON file. An imported file is untrusted: it must be JSON, say it
 * is a ContractLens settings file, and carry settings of a known version, which are migrated to the
 * current version and validated; anything else is refused with a message naming the problem, and
 * nothing changes.
 */
import * as z from 'zod/mini';
import { formatPath } from './issue-path';
import './zod-messages';
import { Settings, SETTINGS_MIGRATIONS } from './settings';

export const SETTINGS_FILE_FORMAT = 'contractlens-settings';
export const SETTINGS_VERSION = 5;

const SettingsFile = z.object({
  format: z.literal(SETTINGS_FILE_FORMAT),
  version: z.int().check(z.gte(1), z.lte(SETTINGS_VERSION)),
  settings: z.record(z.string(), z.unknown()),
});

export function exportSettings(settings: Settings, exportedAt: string): string {
  return JSON.stringify({ format: SETTINGS_FILE_FORMAT, version: SETTINGS_VERSION, exportedAt, settings }, null, 2) + '\n';
}

export type ImportResult = { ok: true; settings: Settings } | { ok: false; error: string };

export function importSettings(text: string): ImportResult {
  if (text.length > 1_000_000) return { ok: false, error: 'This file is too large to be a ContractLens settings file.' };
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
  return { ok: true, settings: parsed.data };
}
