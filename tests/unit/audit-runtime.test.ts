import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { auditRuntime, classifyAudit } from '@/scripts/audit-runtime';
import { packagesInSourceMaps } from '@/scripts/shipped-packages';

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
    const outcome = auditRuntime(['preact'], { ...process.env, npm_config_registry: 'http://127.0.0.1:9/' });
    expect(outcome).toEqual({ result: 'skipped', line: expect.stringMatching(/SKIPPED.*ECONNREFUSED 127\.0\.0\.1:9/) });
  }, 60_000);

  // Issue 30, N11: WXT's runtime and @wxt-dev/storage ship in the bundles but are devDependencies,
  // outside `--omit=dev`. What ships is read from a build's source maps, and only those count.
  it('what ships is read from the source maps: WXT\'s runtime and @wxt-dev/storage too', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'contractlens-maps-'));
    mkdirSync(path.join(dir, 'content-scripts'));
    writeFileSync(path.join(dir, 'background.js.map'), JSON.stringify({ sources: ['../../node_modules/wxt/dist/browser/index.mjs', '../../node_modules/@wxt-dev/storage/dist/index.mjs', '../../lib/settings.ts'] }));
    writeFileSync(path.join(dir, 'content-scripts', 'panel.js.map'), JSON.stringify({ sources: ['../../../node_modules/preact/dist/preact.module.js', '../../../node_modules/@wxt-dev/storage/node_modules/superlock/dist/index.js'] }));
    expect(packagesInSourceMaps(dir)).toEqual(['@wxt-dev/storage', 'preact', 'superlock', 'wxt']);
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { devDependencies: Record<string, string> };
    expect(pkg.devDependencies.wxt).toBeDefined();
  });

  it('counts advisories against shipped packages, not a build tool\'s (vite) nor a package flagged only through one', () => {
    const audit = (vulnerabilities: object) => JSON.stringify({ auditReportVersion: 2, vulnerabilities, metadata: { vulnerabilities: { high: 1, critical: 0, total: 1 } } });
    const shipped = ['wxt', '@wxt-dev/storage', 'preact'];
    expect(classifyAudit(audit({ '@wxt-dev/storage': { via: [{ severity: 'high', title: 'x' }] } }), 1, shipped)).toEqual({ result: 'failed', line: 'npm audit of the 3 packages that ship: 0 critical and 1 high advisories' });
    expect(classifyAudit(audit({ vite: { via: [{ severity: 'high' }] }, wxt: { via: ['vite'] } }), 1, shipped)).toEqual({ result: 'passed', line: 'npm audit of the 3 packages that ship: no high or critical advisory (0 lower)' });
    expect(classifyAudit(audit({ preact: { via: [{ severity: 'moderate' }] } }), 1, shipped)).toMatchObject({ result: 'passed', line: expect.stringContaining('(1 lower)') });
  });
});
