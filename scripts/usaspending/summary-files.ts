/**
 * Which company files `npm run data:summaries` rewrites, with what, and the rewrite itself: the
 * `summary` line and the `involvement` array of a file formatted as the data scripts write it
 * (JSON.stringify with two spaces), changed in place so that every other byte stays as it is.
 */
import { existsSync } from 'node:fs';
import { Involvement } from '../../data/schema';
import { ImportError, type ImportResult, type RecipientMap } from './import';
import { categoryTotals, involvementFrom } from './involvement';
import { summaryFor } from './summaries';
import { RESOLD_REF } from '../../lib/verdict';

export interface SummaryPlan {
  company: string;
  file: string;
  summary?: string;
  involvement?: Involvement[];
  /** The phrase came from the reviewed table (scripts/usaspending/summaries.ts REVIEWED). */
  reviewedPhrase?: boolean;
  /** Why the file is left alone. */
  skipped?: string;
}

interface CompanyFileShape {
  involvementReview?: { involvement: Involvement[] };
  contracts?: Array<{ ref?: string }>;
  protests?: Array<{ ref?: string }>;
  responses?: Array<{ ref?: string }>;
  context?: Array<{ ref?: string }>;
}

/** A company from the team's research: one of its entries comes from shared/research/facts.json. */
export function isResearchCompany(company: CompanyFileShape): boolean {
  return [...(company.contracts ?? []), ...(company.protests ?? []), ...(company.responses ?? []), ...(company.context ?? [])].some((e) =>
    e.ref?.startsWith('facts.json#'),
  );
}

/**
 * A company tied only through resellers (scripts/usaspending/resold-facts.ts): not a contractor, so
 * its curated summary says what was bought through resellers, never "contractor for".
 */
export function isResoldOnlyCompany(company: CompanyFileShape): boolean {
  const contracts = company.contracts ?? [];
  return !isResearchCompany(company) && contracts.length > 0 && contracts.every((c) => c.ref?.startsWith(RESOLD_REF));
}

/** What `data:summaries` would write for each company of the recipient map that has a file. */
export function companySummaries(result: ImportResult, recipients: RecipientMap, read: (file: string) => string): SummaryPlan[] {
  const plans: SummaryPlan[] = [];
  for (const id of [...new Set(recipients.map((r) => r.company))].sort()) {
    const file = `data/companies/${id}.json`;
    if (!existsSync(file)) continue;
    let company: CompanyFileShape;
    try {
      company = JSON.parse(read(file)) as CompanyFileShape;
    } catch (error) {
      throw new ImportError(`${file}: not valid JSON (${(error as Error).message})`);
    }
    if (isResearchCompany(company)) {
      plans.push({ company: id, file, skipped: 'curated (research) company: summary and involvement left as they are' });
      continue;
    }
    const buckets = result.buckets.filter((b) => b.company === id);
    const summary = summaryFor(id, buckets);
    if (!summary) {
      plans.push({ company: id, file, skipped: 'no award in these files says what it buys: summary left as it is (add a reviewed phrase to scripts/usaspending/summaries.ts)' });
      continue;
    }
    const categories = categoryTotals(buckets);
    const reviewed = company.involvementReview?.involvement;
    if (reviewed !== undefined) {
      if (!Array.isArray(reviewed) || !reviewed.length) throw new ImportError(`${file}: involvementReview.involvement: expected a non-empty list of categories`);
      reviewed.forEach((category, i) => {
        if (!Involvement.options.includes(category)) {
          throw new ImportError(`${file}: involvementReview.involvement[${i}]: ${JSON.stringify(category)} is not a category (${Involvement.options.join(', ')})`);
        }
      });
    }
    const involvement = reviewed ?? involvementFrom(categories);
    plans.push({ company: id, file, summary: summary.summary, involvement, reviewedPhrase: summary.reviewed });
  }
  return plans;
}

/**
 * The file's text with its top-level `summary` and `involvement` replaced, nothing else touched.
 * Throws, naming the file and the field, when a field is not where the data scripts write it.
 */
export function rewriteFields(file: string, text: string, fields: { summary: string; involvement: Involvement[] }): string {
  const summaryLine = /^( {2}"summary": )("(?:[^"\\]|\\.)*")(,?)$/m;
  const involvementBlock = /^( {2}"involvement": )(\[[^\]]*\])(,?)$/m;
  for (const [field, pattern] of [['summary', summaryLine], ['involvement', involvementBlock]] as const) {
    const matches = text.match(new RegExp(pattern.source, 'gm'));
    if (matches?.length !== 1) {
      throw new ImportError(`${file}: ${field}: expected one top-level "${field}" written as the data scripts write it (two-space JSON), found ${matches?.length ?? 0}`);
    }
  }
  const multiLine = /^ {2}"involvement": \[\n/m.test(text);
  const list = fields.involvement.length === 0 ? '[]' : multiLine ? `[\n${fields.involvement.map((c) => `    ${JSON.stringify(c)}`).join(',\n')}\n  ]` : JSON.stringify(fields.involvement);
  return text
    .replace(summaryLine, (_whole, key: string, _old: string, comma: string) => `${key}${JSON.stringify(fields.summary)}${comma}`)
    .replace(involvementBlock, (_whole, key: string, _old: string, comma: string) => `${key}${list}${comma}`);
}
