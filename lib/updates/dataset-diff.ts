/**
 * What a new dataset changes, for a reviewer (`npm run data:diff`, the data workflow's job summary):
 * the companies added, removed and changed, exactly as the popup's "What changed" lists them
 * (lib/updates/dataset-update.ts diffDatasets), and for each changed company its hosts, brands, facts and
 * amounts that came or went. Pure: datasets in, text out.
 */
import type { Company, Contract, Dataset } from '../../data/schema';
import { buildCompanyIndex } from '../company-index';
import { compactDataset } from '../compact-dataset';
import { diffDatasets, type DatasetChange } from './dataset-update';

export interface CompanyDiff {
  name: string;
  hosts: { added: string[]; removed: string[] };
  brands: { added: string[]; removed: string[] };
  entries: { added: string[]; removed: string[] };
  /** Entries kept whose amount changed: "id: $1,000 → $2,000". */
  amounts: string[];
}

export interface DatasetDiff extends DatasetChange {
  from: { version: number; expiresAt: string; companies: number };
  to: { version: number; expiresAt: string; companies: number };
  details: CompanyDiff[];
}

const usd = (n: number) => `$${n.toLocaleString('en-US', { maximumFractionDigits: 0 })}`;

function setDiff(before: readonly string[], after: readonly string[]) {
  const old = new Set(before);
  const next = new Set(after);
  return { added: after.filter((x) => !old.has(x)), removed: before.filter((x) => !next.has(x)) };
}

function entriesOf(c: Company) {
  return [...c.contracts, ...c.protests, ...c.responses, ...(c.context ?? [])];
}

function companyDiff(before: Company, after: Company): CompanyDiff {
  const oldContracts = new Map(before.contracts.map((e) => [e.id, e] as const));
  const amounts = after.contracts.flatMap((e: Contract) => {
    const was = oldContracts.get(e.id)?.amount?.usd;
    const now = e.amount?.usd;
    return oldContracts.has(e.id) && was !== now ? [`${e.id}: ${was === undefined ? 'none' : usd(was)} → ${now === undefined ? 'none' : usd(now)}`] : [];
  });
  return {
    name: after.name,
    hosts: setDiff(before.hosts.map((h) => h.host), after.hosts.map((h) => h.host)),
    brands: setDiff((before.brands ?? []).map((b) => b.name), (after.brands ?? []).map((b) => b.name)),
    entries: setDiff(entriesOf(before).map((e) => e.id), entriesOf(after).map((e) => e.id)),
    amounts,
  };
}

export async function diffDatasetFiles(before: Dataset, after: Dataset): Promise<DatasetDiff> {
  const change = await diffDatasets(buildCompanyIndex(before), compactDataset(after));
  const old = new Map(before.companies.map((c) => [c.id, c] as const));
  const changedNames = new Set(change.changed);
  const details = after.companies.filter((c) => old.has(c.id) && changedNames.has(c.name)).map((c) => companyDiff(old.get(c.id)!, c));
  const summary = (d: Dataset) => ({ version: d.version, expiresAt: d.expiresAt, companies: d.companies.length });
  return { ...change, from: summary(before), to: summary(after), details };
}

/** The diff as Markdown, for a terminal or a GitHub job summary. */
export function formatDatasetDiff(diff: DatasetDiff): string {
  const lines = [
    `## Dataset ${diff.from.version} → ${diff.to.version}`,
    '',
    `${diff.to.companies} companies (${diff.from.companies} before); valid until ${diff.to.expiresAt.slice(0, 10)} (was ${diff.from.expiresAt.slice(0, 10)}).`,
    '',
  ];
  if (!diff.added.length && !diff.removed.length && !diff.changed.length) {
    lines.push('No company changed: this publication renews the expiry only.');
    return lines.join('\n') + '\n';
  }
  if (diff.added.length) lines.push(`- **Added:** ${diff.added.join(', ')}`);
  if (diff.removed.length) lines.push(`- **Removed:** ${diff.removed.join(', ')}`);
  if (diff.changed.length) lines.push(`- **Changed:** ${diff.changed.join(', ')}`);
  for (const d of diff.details) {
    const parts = [
      ...(d.hosts.added.length ? [`sites added: ${d.hosts.added.join(', ')}`] : []),
      ...(d.hosts.removed.length ? [`sites removed: ${d.hosts.removed.join(', ')}`] : []),
      ...(d.brands.added.length ? [`brands added: ${d.brands.added.join(', ')}`] : []),
      ...(d.brands.removed.length ? [`brands removed: ${d.brands.removed.join(', ')}`] : []),
      ...(d.entries.added.length ? [`${d.entries.added.length} fact(s) added (${d.entries.added.join(', ')})`] : []),
      ...(d.entries.removed.length ? [`${d.entries.removed.length} fact(s) removed (${d.entries.removed.join(', ')})`] : []),
      ...(d.amounts.length ? [`amounts: ${d.amounts.join('; ')}`] : []),
    ];
    lines.push(`  - ${d.name}: ${parts.length ? parts.join('; ') : 'wording, sources or dates'}`);
  }
  return lines.join('\n') + '\n';
}
