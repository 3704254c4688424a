import { describe, expect, it } from 'vitest';
import { cleanText, describeChanges, exportSettings, importSettings, MAX_IMPORTED_MUTES } from '@/lib/settings-file';
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

  it(`refuses a file with more than ${MAX_IMPORTED_MUTES} mutes`, () => {
    const mutes = Array.from({ length: MAX_IMPORTED_MUTES + 1 }, (_, i) => ({ kind: 'site', value: `site${i}.com`, until: null }));
    const result = importSettings(JSON.stringify({ format: 'contractlens-settings', version: 5, settings: { mutes } }));
    expect(result).toEqual({ ok: false, error: `The settings file has ${MAX_IMPORTED_MUTES + 1} mutes; at most ${MAX_IMPORTED_MUTES} can be imported.` });
  });

  it('strips control and bidi characters from what the lists show; a mute left empty is dropped', () => {
    const mutes = [
      { kind: 'company', value: 'geo-group', until: null, label: 'Acme\u202E puorG OEG\u0007' },
      { kind: 'site', value: '\u200Fwayfair.com\u2066', until: null },
      { kind: 'site', value: '\u202E\u202C', until: null },
      { kind: 'company', value: 'palantir', until: null, label: '\u2067\u2069' },
    ];
    const result = importSettings(JSON.stringify({ format: 'contractlens-settings', version: 5, settings: { mutes } }));
    expect(result).toMatchObject({ ok: true });
    if (result.ok) {
      expect(result.settings.mutes).toEqual([
        { kind: 'company', value: 'geo-group', until: null, label: 'Acme puorG OEG' },
        { kind: 'site', value: 'wayfair.com', until: null },
        { kind: 'company', value: 'palantir', until: null },
      ]);
    }
    expect(cleanText('a\u0000b\u009Fc\uFEFFd\u061Ce')).toBe('abcde');
  });

  it('describes what an import would change before it is applied', () => {
    const next = addMute({ ...settings, showAlerts: false }, 'site', 'wayfair.com', 'always', Date.parse('2026-11-22T00:00:00Z'));
    const changes = describeChanges(settings, { ...next, mutes: next.mutes.filter((m) => m.value !== 'palantir') });
    expect(changes.changed).toEqual(['showAlerts']);
    expect(changes.mutesAdded.map((m) => m.value)).toEqual(['wayfair.com']);
    expect(changes.mutesRemoved.map((m) => m.value)).toEqual(['palantir']);
    expect(describeChanges(settings, settings)).toEqual({ changed: [], mutesAdded: [], mutesRemoved: [] });
  });
});
