import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { auditRuntime, classifyAudit } from '@/scripts/audit-runtime';

const report = (high: number, critical: number, low = 0) =>
  JSON.stringify({ auditReportVersion: 2, vulnerabilities: {}, metadata: { vulnerabilities: { info: 0, low, moderate: 0, high, critical, total: low + high + critical } } });

describe('npm audit of the runtime dependencies', () => {
  it('the libraries that ship are runtime dependencies, so that --omit=dev audits them', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies?: Record<string, string>; devDependencies: Record<string, string> };
    for (const name of ['preact', 'idb', 'tldts', 'zod', 'webextension-polyfill', '@wxt-dev/webextension-polyfill']) {
      expect(pkg.dependencies?.[name], name).toBeDefined();
      expect(pkg.devDependencies[name], name).toBeUndefined();
    }
    const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as { packages: Record<string, { dev?: boolean; dependencies?: Record<string, string> }> };
    expect(lock.packages['']!.dependencies).toEqual(pkg.dependencies);
    expect(lock.packages['node_modules/preact']!.dev).toBeUndefined();
  });

  it('passes on a report without high or critical findings, fails on one with', () => {
    expect(classifyAudit(report(0, 0, 3), 0)).toMatchObject({ result: 'passed' });
    expect(classifyAudit(report(1, 0), 1)).toMatchObject({ result: 'failed', line: expect.stringContaining('1 high') });
    expect(classifyAudit(report(0, 2), 1)).toMatchObject({ result: 'failed', line: expect.stringContaining('2 critical') });
    expect(classifyAudit('npm ERR! something', 1)).toMatchObject({ result: 'failed' });
  });

  it('is skipped, with the reason, when the registry does not answer audits (HTTP 405 from a GET-only mirror)', () => {
    const answer = JSON.stringify({ message: '405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk', statusCode: 405, error: { summary: '', detail: '' } });
    expect(classifyAudit(answer, 1)).toEqual({ result: 'skipped', line: expect.stringMatching(/SKIPPED.*HTTP 405/) });
  });

  it('is skipped, not failed, when the registry cannot be reached (real npm, a closed port as registry)', () => {
    const outcome = auditRuntime({ ...process.env, npm_config_registry: 'http://127.0.0.1:9/' });
    expect(outcome).toEqual({ result: 'skipped', line: expect.stringMatching(/SKIPPED.*ECONNREFUSED 127\.0\.0\.1:9/) });
  }, 60_000);
});
