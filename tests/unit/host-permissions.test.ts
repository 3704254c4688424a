import { describe, expect, it } from 'vitest';
import { partitionByGrant, patternCovers } from '@/lib/host-permissions';

describe('host permissions', () => {
  it('a granted pattern covers the same pattern, its subdomains and narrower schemes, and nothing else', () => {
    expect(patternCovers('*://*/*', '*://*.newco.com/*')).toBe(true);
    expect(patternCovers('<all_urls>', '*://*.newco.com/*')).toBe(true);
    expect(patternCovers('*://*.newco.com/*', '*://*.newco.com/*')).toBe(true);
    expect(patternCovers('*://*.newco.com/*', '*://jobs.newco.com/*')).toBe(true);
    expect(patternCovers('*://*.newco.com/*', '*://*.eu.newco.com/*')).toBe(true);
    expect(patternCovers('*://newco.com/*', '*://*.newco.com/*')).toBe(false);
    expect(patternCovers('*://*.newco.com/*', '*://*.notnewco.com/*')).toBe(false);
    expect(patternCovers('*://*.newco.com/*', '*://*/*')).toBe(false);
    expect(patternCovers('https://*.newco.com/*', '*://*.newco.com/*')).toBe(false);
    expect(patternCovers('*://*.newco.com/*', 'https://*.newco.com/*')).toBe(true);
    expect(patternCovers('*://*.newco.com/jobs/*', '*://*.newco.com/*')).toBe(false);
  });

  it('splits the panel patterns into granted and waiting for permission', () => {
    expect(partitionByGrant(['*://*.a.com/*', '*://*.b.com/*', '*://x.c.com/*'], ['*://*.a.com/*', '*://*.c.com/*'])).toEqual({
      granted: ['*://*.a.com/*', '*://x.c.com/*'],
      missing: ['*://*.b.com/*'],
    });
  });
});
