import { describe, expect, it } from 'vitest';
import { buildCompanyIndex } from '@/lib/company-index';
import { buildDataset } from '@/scripts/build-dataset';
import { getUrlStatus, lookupPage } from '@/entrypoints/background/lookup';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import { getSiteKey, isSiteCovered } from '@/lib/site';

const index = buildCompanyIndex(buildDataset());

describe('lookupPage', () => {
  it('shows the panel on a listed host with default settings', () => {
    const result = lookupPage(index, 'https://www.wayfair.com/sofas', [], DEFAULT_SETTINGS, []);
    expect(result.status).toBe('show');
    if (result.status === 'show') {
      expect(result.match.company.id).toBe('wayfair');
      expect(result.match.site).toBe('wayfair.com');
    }
  });

  it('answers none for unlisted hosts', () => {
    expect(lookupPage(index, 'https://www.example.com/', [], DEFAULT_SETTINGS, [])).toEqual({ status: 'none' });
  });

  it('hides when alerts are off, the site is muted, or dismissed for the session', () => {
    expect(lookupPage(index, 'https://aws.amazon.com/', [], { ...DEFAULT_SETTINGS, showAlerts: false }, [])).toMatchObject({ status: 'hidden', reason: 'alerts-off' });
    expect(lookupPage(index, 'https://aws.amazon.com/', [], { ...DEFAULT_SETTINGS, mutedSites: ['aws.amazon.com'] }, [])).toMatchObject({ status: 'hidden', reason: 'muted' });
    expect(lookupPage(index, 'https://aws.amazon.com/', [], DEFAULT_SETTINGS, ['aws.amazon.com'])).toMatchObject({ status: 'hidden', reason: 'dismissed' });
  });

  it('a mute of one site does not hide another site of the same company', () => {
    const settings = { ...DEFAULT_SETTINGS, mutedSites: ['aws.amazon.com'] };
    expect(lookupPage(index, 'https://www.amazon.com/', [], settings, []).status).toBe('show');
    expect(lookupPage(index, 'https://wholefoodsmarket.com/', [], settings, []).status).toBe('show');
  });
});

describe('getUrlStatus', () => {
  it('reports the match and whether the site is muted or dismissed', () => {
    const status = getUrlStatus(index, 'https://github.com/', [], { ...DEFAULT_SETTINGS, mutedSites: ['github.com'] }, []);
    expect(status.match?.company.id).toBe('github');
    expect(status.match?.parents).toEqual([{ id: 'microsoft', name: 'Microsoft' }]);
    expect(status).toMatchObject({ muted: true, dismissed: false });
    expect(getUrlStatus(index, 'https://www.hp.com/', [], DEFAULT_SETTINGS, [])).toEqual({ match: null, muted: false, dismissed: false });
  });
});

describe('sites', () => {
  it('drops a leading www. and covers subdomains, not lookalikes', () => {
    expect(getSiteKey('www.wayfair.com')).toBe('wayfair.com');
    expect(getSiteKey('aws.amazon.com')).toBe('aws.amazon.com');
    expect(isSiteCovered('www.wayfair.com', ['wayfair.com'])).toBe(true);
    expect(isSiteCovered('notwayfair.com', ['wayfair.com'])).toBe(false);
    expect(isSiteCovered('amazon.com', ['aws.amazon.com'])).toBe(false);
  });
});
