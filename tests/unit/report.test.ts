import { describe, expect, it } from 'vitest';
import { MAX_PROBLEM, readReportEmail, reportIssueUrl, reportMailUrl, reportText, type ReportDraft } from '@/lib/report';

const draft = (over: Partial<ReportDraft> = {}): ReportDraft => ({
  companyId: 'wayfair',
  companyName: 'Wayfair',
  problem: '  The 2019 sale was to BCFS, not to a shelter?  ',
  source: 'https://example.org/story & more',
  dataDate: '2026-12-01',
  dataVersion: 42,
  ...over,
});

describe('problem reports', () => {
  it('holds the company, the data the user saw and what they wrote, trimmed; nothing written says so', () => {
    const text = reportText(draft());
    expect(text).toContain('Company: Wayfair (wayfair)');
    expect(text).toContain('Data: version 42 of 2026-12-01');
    expect(text).toContain('\nThe 2019 sale was to BCFS, not to a shelter?\n');
    expect(text).toContain('https://example.org/story & more');
    const empty = reportText(draft({ problem: '   ', source: '' }));
    expect(empty).toContain('(not filled in)');
    expect(empty).toContain('(none given)');
    expect(reportText(draft({ problem: 'x'.repeat(MAX_PROBLEM + 500) }))).not.toContain('x'.repeat(MAX_PROBLEM + 1));
  });

  it('e-mails it with spaces as %20 (a mail program shows "+" as written) and every character kept', () => {
    const url = reportMailUrl('reports@example.org', draft({ problem: 'a+b & c? d=e\nnext line' }));
    expect(url.startsWith('mailto:reports@example.org?subject=Data%20problem%3A%20wayfair&body=')).toBe(true);
    expect(url).not.toMatch(/\+/);
    const body = decodeURIComponent(url.slice(url.indexOf('&body=') + 6));
    expect(body).toBe(reportText(draft({ problem: 'a+b & c? d=e\nnext line' })));
    expect(url.split('&')).toHaveLength(2);
  });

  it('opens a GitHub issue with the same report', () => {
    const url = new URL(reportIssueUrl(draft()));
    expect(url.protocol).toBe('https:');
    expect(url.pathname).toMatch(/\/issues\/new$/);
    expect(url.searchParams.get('title')).toBe('Data problem: wayfair');
    expect(url.searchParams.get('body')).toBe(reportText(draft()));
  });

  it('takes a build\'s address only when it is one plain address', () => {
    expect(readReportEmail('reports@example.org')).toBe('reports@example.org');
    expect(readReportEmail('')).toBeNull();
    expect(readReportEmail(undefined)).toBeNull();
    for (const bad of ['reports@example.org?cc=x@evil.test', 'a@example.org,b@evil.test', 'not an address', 'javascript:alert(1)//@x.org']) {
      expect(readReportEmail(bad), bad).toBeNull();
    }
  });
});
