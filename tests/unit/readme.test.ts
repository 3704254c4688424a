/**
 * The README for people (issue 31): its numbers come from the data (`npm run docs:counts`), and every
 * link in it and in docs/ leads to a file that exists.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderCounts, withCounts } from '@/scripts/readme-counts';
import { buildDataset } from '@/scripts/build-dataset';

const readme = readFileSync('README.md', 'utf8');

describe('README', () => {
  it('its counts are the data\'s (run npm run docs:counts after a data change)', () => {
    const dataset = buildDataset();
    expect(withCounts(readme, renderCounts(dataset))).toBe(readme);
    expect(readme).toContain(`**${dataset.companies.length} companies**`);
  });

  it('a changed number shows: the check is not a copy of itself', () => {
    const dataset = buildDataset();
    const fewer = { ...dataset, companies: dataset.companies.slice(1) };
    expect(withCounts(readme, renderCounts(fewer))).not.toBe(readme);
  });

  it('every relative link in the README and docs/ leads to a file that exists', () => {
    const files = ['README.md', 'PRIVACY.md', ...readdirSync('docs').filter((f) => f.endsWith('.md')).map((f) => path.join('docs', f))];
    const broken: string[] = [];
    for (const file of files) {
      for (const [, target] of readFileSync(file, 'utf8').matchAll(/\]\(([^)\s]+)\)/g)) {
        if (/^[a-z]+:/.test(target!) || target!.startsWith('#')) continue;
        const where = path.join(path.dirname(file), target!.split('#')[0]!);
        if (!existsSync(where)) broken.push(`${file}: ${target}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('is for people first: what it shows, why a company is listed and how to install come before the two commands', () => {
    const at = (heading: string) => readme.indexOf(`\n## ${heading}`);
    expect(at('Why a company is listed')).toBeGreaterThan(0);
    expect(at('Install')).toBeGreaterThan(at('Why a company is listed'));
    expect(at('Two commands')).toBeGreaterThan(at('Install'));
    expect(readme.split('\n').length).toBeLessThan(200);
  });
});
