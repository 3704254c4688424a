import { describe, expect, it } from 'vitest';
import { exportSettings, importSettings } from '@/lib/settings-file';
import { addMute, DEFAULT_SETTINGS } from '@/lib/settings';

describe('settings export and import', () => {
  const settings = addMute({ ...DEFAULT_SETTINGS, autoOpen: 'weekly', discreet: true }, 'company', 'palantir', 'always', Date.parse('2026-11-22T00:00:00Z'), 'Palantir Technologies');

  it('round-trips every setting', () => {
    expect(importSettings(exportSettings(settings, '2026-11-22T00:00:00.000Z'))).toEqual({ ok: true, settings });
  });

  it('migrates a file from an earlier version', () => {
    const v1 = JSON.stringify({ format: 'contractlens-settings', version: 1, settings: { showAlerts: false, mutedSites: ['wayfair.com'] } });
    const result = importSettings(v1);
    expect(result).toMatchObject({ ok: true, settings: { showAlerts: false, mutes: [{ kind: 'site', value: 'wayfair.com', until: null }], autoOpen: 'daily' } });
  });

  it.each([
    ['not JSON', 'hello', 'This file is not valid JSON.'],
    ['a foreign JSON file', JSON.stringify({ name: 'my-app', version: '1.0.0' }), 'This is not a ContractLens settings file.'],
    ['a JSON array', '[1,2]', 'This is not a ContractLens settings file.'],
    ['a future version', JSON.stringify({ format: 'contractlens-settings', version: 99, settings: {} }), 'The settings file is invalid at “version”'],
    ['a bad value', JSON.stringify({ format: 'contractlens-settings', version: 4, settings: { ...DEFAULT_SETTINGS, autoOpen: 'hourly' } }), 'The settings file is invalid at “settings.autoOpen”'],
    ['a bad mute', JSON.stringify({ format: 'contractlens-settings', version: 4, settings: { ...DEFAULT_SETTINGS, mutes: [{ kind: 'site', value: 'x.com', until: 'soon' }] } }), 'The settings file is invalid at “settings.mutes[0].until”'],
  ])('refuses %s with a clear message', (_name, text, message) => {
    const result = importSettings(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain(message);
  });
});
