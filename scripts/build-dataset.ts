/**
 * Validates every data/companies/*.json and writes the bundled dataset and the content script's match
 * patterns to data/generated/. Run by `npm run data:build`, by wxt.config.ts on every build, and by
 * the tests. Exits non-zero with one line per problem (file and field) when anything is invalid.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { existsSync } from 'node:fs';
import { compileDataset, DatasetError, formatIssues, type CompanyFile } from '../lib/dataset';
import { toMatchPatterns } from '../lib/hosts';
import { Dataset } from '../data/schema';
import { AwardDescriptions, describeLargestAwards } from './usaspending/award-descriptions';
import type { LargestAwardRecord } from './usaspending/import';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export function readCompanyFiles(dir = path.join(ROOT, 'data/companies')): CompanyFile[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => ({ path: path.relative(ROOT, path.join(dir, name)), text: readFileSync(path.join(dir, name), 'utf8') }));
}

export function readDatasetMeta(): { version: number } {
  return JSON.parse(readFileSync(path.join(ROOT, 'data/dataset-meta.json'), 'utf8')) as { version: number };
}

/**
 * Facts written by importers (data/imported/*.json, `{ facts: { <company id>: [contract, …] } }`):
 * appended after each company's curated contracts, so a re-import replaces them and never touches a
 * curated fact; entries of kind `net-deobligation` (years that net to money taken back) go to the
 * company's `netDeobligations` instead, and each company's largest awards (`largestAwards`) to its
 * `largestAwards`, with the curator's plain descriptions. The merged files are validated like any other.
 */
export function mergeImported(
  files: CompanyFile[],
  dir = path.join(ROOT, 'data/imported'),
  descriptionsFile = path.join(ROOT, 'data/award-descriptions.json'),
): CompanyFile[] {
  if (!existsSync(dir)) return files;
  const extra = new Map<string, unknown[]>();
  const largest: Record<string, LargestAwardRecord[]> = {};
  const problems: string[] = [];
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.json')).sort()) {
    const where = path.relative(ROOT, path.join(dir, name));
    const json = JSON.parse(readFileSync(path.join(dir, name), 'utf8')) as { facts?: Record<string, unknown[]>; largestAwards?: Record<string, LargestAwardRecord[]> };
    if (!json.facts || typeof json.facts !== 'object') {
      problems.push(`${where}: facts: expected an object of company id → contract entries`);
      continue;
    }
    for (const [id, facts] of Object.entries(json.facts)) {
      if (!files.some((f) => f.path.endsWith(`/${id}.json`))) problems.push(`${where}: facts.${id}: no company file data/companies/${id}.json`);
      extra.set(id, [...(extra.get(id) ?? []), ...facts]);
    }
    Object.assign(largest, json.largestAwards ?? {});
  }
  // Reviewed plain descriptions of the largest awards (scripts/usaspending/award-descriptions.ts).
  const whereDescriptions = path.relative(ROOT, descriptionsFile);
  const reviewed = existsSync(descriptionsFile) ? AwardDescriptions.safeParse(JSON.parse(readFileSync(descriptionsFile, 'utf8'))) : { success: true as const, data: {} };
  if (!reviewed.success) problems.push(...formatIssues(whereDescriptions, reviewed.error));
  const described = describeLargestAwards(largest, reviewed.success ? reviewed.data : {}, whereDescriptions);
  problems.push(...described.problems);
  if (problems.length) throw new DatasetError(problems);
  return files.map((file) => {
    const id = file.path.replace(/^.*\//, '').replace(/\.json$/, '');
    const facts = extra.get(id);
    if (!facts) return file;
    const company = JSON.parse(file.text) as { contracts?: unknown[]; netDeobligations?: unknown[] };
    const awards = described.awards[id];
    // Years that net to money taken back are kept apart from the contracts: they never flag.
    const taken = facts.filter((f) => (f as { kind?: string }).kind === 'net-deobligation');
    const contracts = facts.filter((f) => !taken.includes(f));
    return {
      ...file,
      text: JSON.stringify({
        ...company,
        contracts: [...(company.contracts ?? []), ...contracts],
        ...(taken.length ? { netDeobligations: [...(company.netDeobligations ?? []), ...taken] } : {}),
        ...(awards?.length ? { largestAwards: awards } : {}),
      }),
    };
  });
}

/** SHA-256 (hex) of the companies as published: the same data has the same hash in every build. */
/**
 * A dataset file (a published `dataset.json`, or data/generated/dataset.json), read and validated
 * against the schema; throws a DatasetError whose problems name the file and the field.
 */
export function readDatasetFile(file: string): Dataset {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new DatasetError([`${file}: ${(error as Error).message}`]);
  }
  const parsed = Dataset.safeParse(json);
  if (!parsed.success) throw new DatasetError(formatIssues(file, parsed.error));
  return parsed.data;
}

export function contentHashOf(companies: Dataset['companies']): string {
  return createHash('sha256').update(JSON.stringify(companies)).digest('hex');
}

/**
 * The bundled dataset; generatedAt is the newest review date and expiresAt follows from it
 * (lib/dataset.ts), so the same data builds the same file. The content hash lets the first update
 * check ask "changed since this data?" (If-None-Match) like every later one.
 */
export function buildDataset(files = mergeImported(readCompanyFiles())): Dataset {
  const newest = files
    .map((f) => /"lastReviewed"\s*:\s*"(\d{4}-\d{2}-\d{2})"/.exec(f.text)?.[1] ?? '1970-01-01')
    .sort()
    .at(-1)!;
  const { companies, ...meta } = compileDataset(files, { version: readDatasetMeta().version, generatedAt: `${newest}T00:00:00.000Z` });
  return { ...meta, contentHash: contentHashOf(companies), companies };
}

export function writeGenerated(dataset: Dataset): { datasetPath: string; patterns: string[] } {
  const outDir = path.join(ROOT, 'data/generated');
  mkdirSync(outDir, { recursive: true });
  const datasetPath = path.join(outDir, 'dataset.json');
  const patterns = toMatchPatterns(dataset.companies.flatMap((c) => c.hosts.map((h) => h.host)));
  const json = JSON.stringify(dataset);
  writeFileSync(datasetPath, json);
  // What the extension ships (lib/bundled-dataset-file.ts): the same bytes, gzipped. gzip writes no
  // time or name here, so the file, and the store zips, are the same on every build.
  writeFileSync(`${datasetPath}.gz`, gzipSync(json, { level: 9 }));
  writeFileSync(path.join(outDir, 'match-patterns.json'), JSON.stringify(patterns, null, 2) + '\n');
  return { datasetPath, patterns };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const dataset = buildDataset();
    const { patterns } = writeGenerated(dataset);
    const hosts = dataset.companies.reduce((n, c) => n + c.hosts.length, 0);
    console.log(
      `dataset v${dataset.version}: ${dataset.companies.length} companies, ${hosts} hosts, ${patterns.length} match patterns → data/generated/`,
    );
  } catch (error) {
    console.error(error instanceof DatasetError ? error.message : error);
    process.exit(1);
  }
}
