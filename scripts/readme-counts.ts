/**
 * `npm run docs:counts`: the README's numbers, from the data. Rewrites the block between
 * `<!-- counts -->` and `<!-- /counts -->` (companies, sites, how many at each verdict level as of
 * the data's own date, and how many do each kind of work); `--check` only says whether it is current
 * (tests/unit/readme.test.ts runs it, so a data change that changes a number fails until the README
 * follows). English labels from public/_locales/en, so the README says what the panel says.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Involvement, type Dataset } from '../data/schema';
import { INVOLVEMENT_LABELS } from '../lib/format';
import { getVerdict, verdictLevel } from '../lib/verdict';
import { buildDataset } from './build-dataset';

const en = JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8')) as Record<string, { message: string }>;
const LEVELS = [
  ['direct', 'Direct', 'contracts or award money of their own, the latest in the last three years'],
  ['direct-past', 'Direct, past', 'contracts or award money of their own, all before that'],
  ['indirect', 'Indirect', 'through others (a sale through a reseller or to a contractor, or hosting another\'s system), the latest in the last three years'],
  ['indirect-past', 'Indirect, past', 'through others, all before that'],
] as const;

export function renderCounts(dataset: Dataset): string {
  const today = dataset.generatedAt.slice(0, 10);
  const levels = new Map<string, number>();
  for (const company of dataset.companies) {
    const level = verdictLevel(getVerdict(company, today));
    levels.set(level, (levels.get(level) ?? 0) + 1);
  }
  const hosts = dataset.companies.reduce((n, c) => n + c.hosts.length, 0);
  // "Running and guarding detention" → "running and guarding detention"; "IT and cloud" stays.
  const lower = (label: string) => (/^[A-Z][a-z]/.test(label) ? label[0]!.toLowerCase() + label.slice(1) : label);
  const kinds = Involvement.options.map((kind) => `${lower(en[INVOLVEMENT_LABELS[kind]]!.message)} (${dataset.companies.filter((c) => c.involvement.includes(kind)).length})`);
  return [
    '<!-- counts -->',
    `In the data of ${today}: **${dataset.companies.length} companies**, ${hosts} of their own sites.`,
    '',
    ...LEVELS.map(([level, badge, meaning]) => `- **${badge}**: ${levels.get(level) ?? 0}: ${meaning}`),
    '',
    `By kind of work (a company can do several): ${kinds.join(', ')}.`,
    '<!-- /counts -->',
  ].join('\n');
}

/** The README with its counts block replaced; throws when the block is missing. */
export function withCounts(readme: string, counts: string): string {
  const start = readme.indexOf('<!-- counts -->');
  const end = readme.indexOf('<!-- /counts -->');
  if (start < 0 || end < start) throw new Error('README.md: no <!-- counts --> … <!-- /counts --> block');
  return readme.slice(0, start) + counts + readme.slice(end + '<!-- /counts -->'.length);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const readme = readFileSync('README.md', 'utf8');
  const next = withCounts(readme, renderCounts(buildDataset()));
  if (process.argv.includes('--check')) {
    console.log(next === readme ? 'README counts: current' : 'README counts: out of date, run npm run docs:counts');
    process.exit(next === readme ? 0 : 1);
  }
  writeFileSync('README.md', next);
  console.log('README counts written');
}
