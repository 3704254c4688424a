/**
 * `npm run bench`: how matching scales with the dataset. Synthetic datasets of 1k, 10k and 100k
 * companies (3 hosts and 5 names each) are built from the bundled companies' shape; for each it
 * measures the index build (what a cold service worker pays before its first answer), the median
 * time of a host lookup and of a name lookup beside a linear scan over the same data, and the
 * dataset's size as JSON and gzipped. The bundled dataset is measured too. Prints a table; not a test.
 */
import { gzipSync } from 'node:zlib';
import { buildCompanyIndex } from '../lib/company-index';
import { normalizeHost } from '../lib/hosts';
import { normalizeName } from '../lib/names';
import type { Company, Dataset } from '../data/schema';
import { buildDataset } from './build-dataset';

const bundled = buildDataset();
const template = bundled.companies.find((c) => c.id === 'geo-group')!;

function synthetic(count: number): Dataset {
  const companies: Company[] = [];
  for (let i = 0; i < count; i++) {
    const id = `company-${i}`;
    companies.push({
      ...template,
      id,
      name: `Synthetic Company ${i}`,
      legalNames: [`Synthetic Company ${i} Inc.`],
      aliases: [`Synth ${i}`, `SC ${i} Holdings`],
      brands: [`Brand Number ${i}`],
      ambiguousNames: undefined,
      jobBoards: undefined,
      doNotConfuse: undefined,
      parent: undefined,
      hosts: [0, 1, 2].map((h) => ({ host: `company${i}-site${h}.com`, evidence: 'synthetic' })),
      // One sourced fact each: a dataset grown by award imports looks like this, not like GEO's file.
      contracts: template.contracts.slice(0, 1),
      protests: [],
      responses: [],
      context: undefined,
    });
  }
  return { ...bundled, companies };
}

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Median ns per call over batches, so the timer's resolution does not dominate. */
function timeNs(fn: (i: number) => unknown, batch = 2000, batches = 25): number {
  const samples: number[] = [];
  for (let b = 0; b < batches; b++) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < batch; i++) fn(b * batch + i);
    samples.push(Number(process.hrtime.bigint() - start) / batch);
  }
  return median(samples);
}

const rows: string[] = [];
for (const [label, dataset] of [
  [`bundled (${bundled.companies.length})`, bundled],
  ['1k', synthetic(1_000)],
  ['10k', synthetic(10_000)],
  ['100k', synthetic(100_000)],
] as const) {
  const json = JSON.stringify(dataset);
  const builds: number[] = [];
  let index = buildCompanyIndex(dataset);
  for (let i = 0; i < 5; i++) {
    const start = performance.now();
    index = buildCompanyIndex(JSON.parse(json) as Dataset);
    builds.push(performance.now() - start);
  }
  const hosts = dataset.companies.flatMap((c) => c.hosts.map((h) => h.host));
  const names = dataset.companies.flatMap((c) => [c.name, ...c.legalNames, ...c.aliases, ...(c.brands ?? [])]);
  const urls = hosts.map((h, i) => `https://www.${h}/page/${i}`);
  const hostNs = timeNs((i) => index.matchUrl(urls[(i * 7919) % urls.length]!));
  const nameNs = timeNs((i) => index.names.lookup(names[(i * 7919) % names.length]!));
  // The way comparable extensions match: a loop over every entry, per lookup.
  const scanHostNs = timeNs((i) => {
    const host = normalizeHost(urls[(i * 7919) % urls.length]!)!;
    return dataset.companies.find((c) => c.hosts.some((h) => host === h.host || host.endsWith(`.${h.host}`)));
  }, 20, 10);
  const scanNameNs = timeNs((i) => {
    const key = normalizeName(names[(i * 7919) % names.length]!);
    return dataset.companies.find((c) => [c.name, ...c.legalNames, ...c.aliases].some((x) => normalizeName(x) === key));
  }, 5, 5);
  rows.push(
    `| ${label} | ${median(builds).toFixed(1)} ms | ${hostNs.toFixed(0)} ns | ${(scanHostNs / hostNs).toFixed(0)}× | ${nameNs.toFixed(0)} ns | ${(scanNameNs / nameNs).toFixed(0)}× | ${(json.length / 1e6).toFixed(2)} MB | ${(gzipSync(json).length / 1e6).toFixed(2)} MB |`,
  );
}

console.log(`Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`);
console.log('| dataset | index build (median of 5) | host lookup (median) | vs. linear scan | name lookup (median) | vs. linear scan | JSON size | gzip |');
console.log('|---|---:|---:|---:|---:|---:|---:|---:|');
for (const row of rows) console.log(row);
