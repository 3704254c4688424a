/**
 * `npm run data:coverage [-- --missing]` — per fiscal year, over the files of
 * data/usaspending-inputs.json (FY2021–FY2026, read from shared/): recipients of at least $10M (net
 * obligations in the year's records) in the dataset / all of them, and the share of the year's
 * positive obligations held by recipients in the dataset (positive: some slices lack their
 * de-obligations, so only that measure means the same in every year). `--missing` lists each year's recipients above the threshold that no company covers.
 *
 * `npm run data:coverage -- FILE… [--preset NAME] [--threshold USD] [--agencies 7012,7014]` — one
 * report over the given files, on net obligations (scripts/usaspending/coverage.ts).
 *
 * Then, per year, the companies people meet (scripts/usaspending/well-known.ts) found among the
 * recipients at any amount, mapped or not, and the vendors found behind resellers
 * (scripts/usaspending/resold-vendors.ts).
 *
 * The yearly report ends with the companies above the line (or met anyway) that have no sourced public name yet
 * (scripts/usaspending/public-names.ts).
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { buildDataset } from './build-dataset';
import { coverage, formatCoverage, formatPeopleMeet, formatYearTable, type YearCoverage } from './usaspending/coverage';
import { importFiles, importInputs, readInputs, RecipientMap, runCommand } from './usaspending/import';
import { aboveTheLine, formatPublicNameGaps, publicNameGaps } from './usaspending/public-names';
import { isResearchCompany } from './usaspending/summary-files';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    preset: { type: 'string' },
    threshold: { type: 'string', default: '10000000' },
    agencies: { type: 'string', default: '7012,7014' },
    inputs: { type: 'string', default: 'data/usaspending-inputs.json' },
    missing: { type: 'boolean', default: false },
  },
});
const threshold = Number(values.threshold);
if (!Number.isFinite(threshold) || threshold < 0) {
  console.error('usage: npm run data:coverage [-- --missing]  (per year, the files of data/usaspending-inputs.json)\n   or: npm run data:coverage -- FILE… [--preset cbp-ice-dashboard] [--threshold 10000000] [--agencies 7012,7014]');
  process.exit(2);
}
await runCommand(async () => {
  const recipients = RecipientMap.parse(JSON.parse(readFileSync('data/recipients.json', 'utf8')));
  const dataset = buildDataset();
  const companies = new Set(dataset.companies.map((c) => c.id));
  if (positionals.length) {
    const result = await importFiles(positionals, { recipients, preset: values.preset, agencies: values.agencies!.split(',') });
    console.log(formatCoverage(coverage(result, companies, threshold)));
    return;
  }
  const inputs = readInputs(values.inputs!);
  const years: YearCoverage[] = [];
  // One file, one fiscal year: each is imported on its own so its unmapped recipients stay its own.
  for (const input of inputs.inputs) {
    const { result } = await importInputs({ ...inputs, inputs: [input] }, recipients, values.inputs);
    years.push({ fiscalYear: input.fiscalYear, report: coverage(result, companies, threshold) });
  }
  console.log('ICE and CBP per fiscal year: recipients of at least the threshold (net, before de-obligations where a slice lacks them) and positive obligations the dataset covers:\n');
  console.log(formatYearTable(years));
  if (values.missing) {
    for (const { fiscalYear, report } of years) {
      const missing = report.large.filter((l) => !l.company);
      console.log(`\nFY${fiscalYear}: ${missing.length ? `not in the dataset (${missing.length}):` : 'every recipient above the threshold is in the dataset.'}`);
      for (const l of missing) console.log(`  ${`$${(l.usd / 1e6).toFixed(1)}M`.padStart(12)}  ${l.name}`);
    }
  } else {
    console.log('\n(`npm run data:coverage -- --missing` lists the recipients not in the dataset.)');
  }
  console.log(`\n${formatPeopleMeet(years)}`);
  // The names job pages print: which companies above the line still have only their records' names.
  const above = dataset.companies.filter((c) => aboveTheLine(c, threshold, isResearchCompany)).length;
  console.log(`\n${formatPublicNameGaps(publicNameGaps(dataset.companies, threshold, isResearchCompany), above)}`);
});
