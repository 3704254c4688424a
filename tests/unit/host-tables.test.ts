import { describe, expect, it } from 'vitest';
import { candidateHosts, HostIndex } from '@/lib/hosts';
import { KeyTable, findLongestSuffix } from '@/lib/key-table';
import { hasSuffixRulesBelow } from '@/lib/psl-below';
import { buildDataset } from '@/scripts/build-dataset';

const bundledHosts = buildDataset().companies.flatMap((c) => c.hosts.map((h) => h.host));
// Listed-looking hosts with Public Suffix List entries below them, and ones without.
const rules = [...bundledHosts, 'amazonaws.com', 'salesforce.com', 'appspot.com', 'azurewebsites.net', 'windows.net', 'herokuapp.com', 'cloudfront.net', 'example.com'];
const labels = ['www', 's3', 'my', 'x.s3', 'b.my', 'compute-1', 'x.compute-1', 'us-east-1', 'x.s3.us-east-1', 'x.execute-api.us-east-1', 'elb', 'sandbox', 'blob', 'x.blob', 'cloudapp', 'a.b.c', 'octocat'];

describe('Public Suffix List rules below a listed host', () => {
  it('knows amazonaws.com and salesforce.com have some and wayfair.com none', () => {
    expect(hasSuffixRulesBelow('amazonaws.com')).toBe(true);
    expect(hasSuffixRulesBelow('salesforce.com')).toBe(true);
    expect(hasSuffixRulesBelow('wayfair.com')).toBe(false);
    expect(hasSuffixRulesBelow('aws.amazon.com')).toBe(false);
  });

  it('matches exactly like a walk that asks the PSL for every host (the fast path changes no answer)', () => {
    const lazy = new HostIndex();
    rules.forEach((rule, i) => lazy.add(rule, i));
    // Decided ahead (as a compacted dataset stores it), then stored and read back.
    const ahead = new HostIndex();
    rules.forEach((rule, i) => ahead.add(rule, i));
    const stored = HostIndex.fromTable(KeyTable.from(structuredClone(ahead.markPslStates().toStored()), rules.length)!, true);
    const listed = new Set(rules);
    const disagreements: string[] = [];
    for (const rule of rules) {
      for (const label of ['', ...labels]) {
        const host = label ? `${label}.${rule}` : rule;
        const expected = candidateHosts(host).find((candidate) => listed.has(candidate)) ?? null;
        for (const [name, index] of [['lazy', lazy], ['stored', stored]] as const) {
          const got = index.lookup(host)?.rule ?? null;
          if (got !== expected) disagreements.push(`${name}: ${host}: expected ${expected}, got ${got}`);
        }
      }
    }
    expect(disagreements).toEqual([]);
  });
});

describe('KeyTable', () => {
  it('finds every key, the most specific label suffix first, and nothing that is only a substring', () => {
    const keys = Array.from({ length: 5000 }, (_, i) => `host${i}.example${i % 7}.com`);
    const table = KeyTable.build([...keys, 'example3.com', keys[0]!]);
    const payload = (slot: number) => (slot === -1 ? -1 : table.payload(slot));
    keys.forEach((key, i) => expect(payload(table.find(key))).toBe(i));
    expect(payload(table.find('example3.com'))).toBe(5000);
    expect(table.key(findLongestSuffix(table, `www.${keys[42]}`))).toBe(keys[42]);
    expect(payload(findLongestSuffix(table, 'nothost3.example3.com'))).toBe(5000);
    expect(findLongestSuffix(table, 'ost3.example3.co')).toBe(-1);
    expect(table.find('xample3.com')).toBe(-1);
    expect(table.find('')).toBe(-1);
  });

  it('comes back from its stored form, and a stored table that points outside itself is refused', () => {
    const table = KeyTable.build(['amazon.com', 'wayfair.com'], [3, 9]);
    const stored = structuredClone(table.toStored());
    const back = KeyTable.from(stored, 10)!;
    expect(back.payload(back.find('wayfair.com'))).toBe(9);
    expect(back.find('example.com')).toBe(-1);
    expect(KeyTable.from(structuredClone(table.toStored()), 5)).toBeNull();
    expect(KeyTable.from({ ...structuredClone(table.toStored()), text: 'amazon.com' }, 10)).toBeNull();
    expect(KeyTable.from({ ...structuredClone(table.toStored()), slots: new Int32Array(12) }, 10)).toBeNull();
  });
});
