/**
 * What a data change does, as a reviewer reads it (lib/updates/dataset-diff.ts, `npm run data:diff`), and the
 * version a publication gets (every one newer than the last, a renewal included).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffDatasetFiles, formatDatasetDiff } from '@/lib/updates/dataset-diff';
import { nextPublishVersion } from '@/lib/updates/dataset-update';
import { buildDataset, contentHashOf } from '@/scripts/build-dataset';
import type { Dataset } from '@/data/schema';

const before = buildDataset();

function changed(): Dataset {
  const after = structuredClone(before);
  after.version = before.version + 1;
  after.expiresAt = '2027-09-01T00:00:00.000Z';
  after.companies = after.companies.filter((c) => c.id !== 'wayfair');
  const geo = after.companies.find((c) => c.id === 'geo-group')!;
  geo.hosts.push({ host: 'geo-fixture.example', evidence: 'test', confidence: 'reported' });
  geo.contracts[0]!.amount = { usd: 123_456_789, kind: 'obligated' };
  after.contentHash = contentHashOf(after.companies);
  return after;
}

describe('data:diff', () => {
  it('lists companies removed and changed as the popup does, with the sites and amounts that changed', async () => {
    const diff = await diffDatasetFiles(before, changed());
    expect(diff).toMatchObject({ added: [], removed: ['Wayfair'], changed: ['The GEO Group'] });
    const text = formatDatasetDiff(diff);
    expect(text).toContain(`## Dataset ${before.version} → ${before.version + 1}`);
    expect(text).toContain('- **Removed:** Wayfair');
    expect(text).toMatch(/The GEO Group: sites added: geo-fixture\.example; amounts: geo-group-[a-z0-9-]+: .* → \$123,456,789/);
  });

  it('says when a publication only renews the expiry', async () => {
    const renewed = { ...structuredClone(before), version: before.version + 1, expiresAt: '2027-09-01T00:00:00.000Z' };
    expect(formatDatasetDiff(await diffDatasetFiles(before, renewed))).toContain('No company changed: this publication renews the expiry only.');
  });

  it('runs from the command line, and names a file that is not a dataset', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'contractlens-diff-'));
    const [a, b, bad] = ['a.json', 'b.json', 'bad.json'].map((f) => path.join(dir, f));
    writeFileSync(a!, JSON.stringify(before));
    writeFileSync(b!, JSON.stringify(changed()));
    writeFileSync(bad!, JSON.stringify({ version: 1 }));
    expect(execFileSync('npx', ['tsx', 'scripts/data-diff.ts', a!, b!], { encoding: 'utf8' })).toContain('- **Removed:** Wayfair');
    let message = '';
    try {
      execFileSync('npx', ['tsx', 'scripts/data-diff.ts', a!, bad!], { encoding: 'utf8', stdio: 'pipe' });
    } catch (error) {
      message = String((error as { stderr: string }).stderr);
    }
    expect(message).toContain(`${bad}: `);
  }, 30_000);
});

describe('publication versions', () => {
  it('one above the published dataset, never below data/dataset-meta.json', () => {
    expect(nextPublishVersion(4)).toBe(4);
    expect(nextPublishVersion(4, { version: 10 })).toBe(11);
    expect(nextPublishVersion(12, { version: 10 })).toBe(12);
  });
});
