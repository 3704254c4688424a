/**
 * Dataset validation: each company file against the schema, then the rules that span files (ids
 * match file names, no host claimed twice, parents and joint-venture members exist and parents form
 * no cycle, no public suffix listed, "do not confuse" hosts never matched). Errors name the file and the field, and every error is
 * reported, not just the first, so one run shows a curator everything to fix.
 */
import type * as z from 'zod/mini';
import './zod-messages';
import { Company, Dataset, type Company as CompanyT, type Dataset as DatasetT } from '../data/schema';
import { HostIndex, isPublicSuffix } from './hosts';
import { formatPath } from './issue-path';
import { collectNames, findNameClashes, getWrittenName, NameIndex, normalizeName } from './names';

export interface CompanyFile {
  /** Path shown in errors, e.g. `data/companies/amazon.json`. */
  path: string;
  /** Raw file text. */
  text: string;
}

export class DatasetError extends Error {
  constructor(readonly problems: string[]) {
    super(`Dataset is invalid (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n  ${problems.join('\n  ')}`);
    this.name = 'DatasetError';
  }
}


export function formatIssues(prefix: string, error: z.core.$ZodError): string[] {
  return error.issues.map((issue) => `${prefix}: ${formatPath(issue.path)}: ${issue.message}`);
}

function parseCompanyFile(file: CompanyFile, problems: string[]): CompanyT | null {
  let json: unknown;
  try {
    json = JSON.parse(file.text);
  } catch (error) {
    problems.push(`${file.path}: not valid JSON: ${(error as Error).message}`);
    return null;
  }
  const result = Company.safeParse(json);
  if (!result.success) {
    problems.push(...formatIssues(file.path, result.error));
    return null;
  }
  const expectedId = file.path.replace(/^.*\//, '').replace(/\.json$/, '');
  if (result.data.id !== expectedId) {
    problems.push(`${file.path}: id: "${result.data.id}" must match the file name ("${expectedId}")`);
  }
  return result.data;
}

/** Checks that span companies; `where(i)` names the file of companies[i]. */
export function checkCompanies(companies: CompanyT[], where: (index: number) => string = (i) => `companies[${i}]`): string[] {
  const problems: string[] = [];
  const ids = new Map<string, number>();
  companies.forEach((company, i) => {
    const seen = ids.get(company.id);
    if (seen !== undefined) problems.push(`${where(i)}: id: "${company.id}" is also used by ${where(seen)}`);
    else ids.set(company.id, i);
  });

  const hosts = new HostIndex();
  companies.forEach((company, i) => {
    company.hosts.forEach((rule, h) => {
      const field = `${where(i)}: hosts[${h}].host`;
      if (isPublicSuffix(rule.host)) problems.push(`${field}: "${rule.host}" is a public suffix, which no company owns`);
      const owner = hosts.add(rule.host, i);
      if (owner !== undefined) {
        problems.push(`${field}: "${rule.host}" is claimed by both ${where(owner)} and ${where(i)}`);
      }
    });
  });

  const indexOf = new Map(companies.map((c, i) => [c.id, i] as const));
  for (const clash of findNameClashes(companies)) {
    problems.push(`the name "${clash.key}" (normalised) is used by ${clash.ids.map((id) => where(indexOf.get(id)!)).join(' and ')}`);
  }
  const collected = collectNames(companies);
  const names = new NameIndex(collected.names);

  companies.forEach((company, i) => {
    company.ambiguousNames?.forEach((name, a) => {
      if (!normalizeName(name)) problems.push(`${where(i)}: ambiguousNames[${a}]: "${name}" is empty once normalised`);
    });
    const ownNames = new Set([company.name, ...company.legalNames, ...company.aliases].map(normalizeName));
    const vague = new Set((company.ambiguousNames ?? []).map(normalizeName));
    company.brands?.forEach((brand, b) => {
      const key = normalizeName(brand.name);
      const field = `${where(i)}: brands[${b}].name`;
      if (!key) problems.push(`${field}: "${brand.name}" is empty once normalised`);
      // The panel says "<brand>, the brand of this product, belongs to <company>": not of its own name.
      else if (ownNames.has(key)) problems.push(`${field}: "${brand.name}" is a name of the company itself, not a brand: keep it in name, legalNames or aliases`);
      else if (brand.productWords && vague.has(key)) {
        problems.push(`${field}: "${brand.name}" has productWords and is in ambiguousNames: a brand counts either on its products or beside a second signal, not both`);
      }
    });
    if (company.parent !== undefined) {
      const parentId = company.parent.company;
      if (!ids.has(parentId)) problems.push(`${where(i)}: parent.company: no company has the id "${parentId}"`);
      const chain = new Set([company.id]);
      let next: string | undefined = parentId;
      while (next !== undefined) {
        if (chain.has(next)) {
          problems.push(`${where(i)}: parent.company: the parent chain loops back to "${next}"`);
          break;
        }
        chain.add(next);
        const parentIndex = ids.get(next);
        next = parentIndex === undefined ? undefined : companies[parentIndex]!.parent?.company;
      }
    }
    const memberIds = new Set<string>();
    company.members?.forEach((member, m) => {
      const field = `${where(i)}: members[${m}].company`;
      if (member.company === company.id) problems.push(`${field}: a joint venture is not its own member`);
      else if (!ids.has(member.company)) problems.push(`${field}: no company has the id "${member.company}"`);
      else if (companies[ids.get(member.company)!]!.members) problems.push(`${field}: "${member.company}" is itself a joint venture; list its members instead`);
      if (memberIds.has(member.company)) problems.push(`${field}: "${member.company}" is listed twice`);
      memberIds.add(member.company);
    });
    company.doNotConfuse?.forEach((lookalike, d) => {
      lookalike.names?.forEach((name, n) => {
        const found = names.find(name);
        if (found !== -1) {
          const owner = collected.owners[found]!;
          problems.push(
            `${where(i)}: doNotConfuse[${d}].names[${n}]: "${name}" (${lookalike.name}) would match the name "${getWrittenName(companies[owner]!, collected.names[found]!)}" of ${where(owner)}`,
          );
        }
      });
      lookalike.hosts.forEach((host, h) => {
        const hit = hosts.lookup(host);
        if (hit) {
          problems.push(
            `${where(i)}: doNotConfuse[${d}].hosts[${h}]: "${host}" (${lookalike.name}) would be flagged through the rule "${hit.rule}" of ${where(hit.value)}`,
          );
        }
      });
    });
    const entryIds = new Set<string>();
    for (const entry of [...company.contracts, ...company.protests, ...company.responses, ...(company.context ?? [])]) {
      if (entryIds.has(entry.id)) problems.push(`${where(i)}: entry id "${entry.id}" is used twice`);
      entryIds.add(entry.id);
    }
  });
  return problems;
}

/**
 * How long bundled data counts as current after its newest review date: a build made long after
 * that is still reproducible (the expiry comes from the data, not the build's clock), and an
 * install that never gets updates says its data has expired half a year on.
 */
export const BUNDLED_VALID_DAYS = 180;

/** Validates company files and assembles a dataset; throws DatasetError listing every problem. */
export function compileDataset(
  files: CompanyFile[],
  meta: { version: number; generatedAt: string; expiresAt?: string; contentHash?: string },
): DatasetT {
  const problems: string[] = [];
  const parsed = files.map((file) => ({ file, company: parseCompanyFile(file, problems) }));
  const good = parsed.filter((p): p is { file: CompanyFile; company: CompanyT } => p.company !== null);
  problems.push(...checkCompanies(good.map((p) => p.company), (i) => good[i]!.file.path));
  if (problems.length) throw new DatasetError(problems);
  // A reviewed category list (involvementReview) is the company's involvement.
  const companies = good
    .map(({ company }) => (company.involvementReview ? { ...company, involvement: company.involvementReview.involvement } : company))
    .sort((a, b) => a.id.localeCompare(b.id));
  const expiresAt = meta.expiresAt ?? new Date(Date.parse(meta.generatedAt) + BUNDLED_VALID_DAYS * 86_400_000).toISOString();
  return Dataset.parse({ ...meta, expiresAt, companies });
}
