/**
 * `npm run import:usaspending` — the bundled data: every file listed in data/usaspending-inputs.json
 * (FY2021–FY2026 CBP/ICE transactions, read from shared/ beside the project), each fiscal year with
 * its file's retrieval date, the slices the producer cut short marked "before de-obligations".
 *
 * `npm run import:usaspending -- FILE… --retrieved YYYY-MM-DD [--preset NAME] [--agencies 7012,7014]`
 * — any other files (native bulk CSVs, search API JSON pages, or a preset column map).
 *
 * Writes the primary-source contract facts for dataset companies, and each one's largest awards, to
 * data/imported/usaspending.json (which the dataset build merges after each company's curated facts;
 * a re-import replaces it, never a curated fact), and prints a report: rows per file, exact duplicates skipped, malformed rows with
 * line numbers, truncated slices, and the unmapped recipients sorted by obligations. A missing
 * required column stops the run.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import {
  AGENCY_LABELS,
  checkTruncatedSlices,
  formatReport,
  ImportError,
  importFiles,
  importInputs,
  readInputs,
  RecipientMap,
  runCommand,
  toLargestAwards,
} from './usaspending/import';
import { readCompanyFiles } from './build-dataset';
import { bundledFacts, resoldByVendor } from './usaspending/resold-facts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    preset: { type: 'string' },
    agencies: { type: 'string', default: '7012,7014' },
    retrieved: { type: 'string' },
    inputs: { type: 'string', default: 'data/usaspending-inputs.json' },
    out: { type: 'string', default: 'data/imported/usaspending.json' },
  },
});

if (positionals.length && (!values.retrieved || !/^\d{4}-\d{2}-\d{2}$/.test(values.retrieved))) {
  console.error('usage: npm run import:usaspending  (the files of data/usaspending-inputs.json)\n   or: npm run import:usaspending -- FILE… --retrieved YYYY-MM-DD [--preset cbp-ice-dashboard] [--agencies 7012,7014]');
  process.exit(2);
}

await runCommand(async () => {
  const recipients = RecipientMap.parse(JSON.parse(readFileSync('data/recipients.json', 'utf8')));
  const inputs = readInputs(values.inputs!);
  let imported;
  if (positionals.length) {
    const result = await importFiles(positionals, { recipients, agencies: values.agencies!.split(','), preset: values.preset });
    // The list of truncated slices applies to any run that reads one of those files.
    imported = { result, warnings: checkTruncatedSlices(result, inputs.truncated, values.inputs), retrievedFor: () => values.retrieved!, copyFor: () => undefined };
  } else {
    imported = await importInputs(inputs, recipients, values.inputs);
  }
  const { result, warnings, retrievedFor, copyFor } = imported;
  const names = new Map(readCompanyFiles().map((f) => {
    const c = JSON.parse(f.text) as { id: string; name: string };
    return [c.id, c.name] as const;
  }));
  const unknown = [...new Set(result.buckets.map((b) => b.company))].filter((id) => !names.has(id));
  if (unknown.length) throw new ImportError(`data/recipients.json maps to companies that do not exist: ${unknown.join(', ')}`);
  // Each company's own award facts, then the resales of its products (scripts/usaspending/resold-vendors.ts).
  const facts = bundledFacts(result, names, retrievedFor, copyFor);
  const years = (file: string) => [...new Set(result.slices.filter((s) => s.file === file).flatMap((s) => s.fiscalYears))].sort();
  const truncatedSlices = [...result.truncated]
    .map((key) => {
      const [agency, fy] = key.split('|') as [string, string];
      return { agency: AGENCY_LABELS[agency] ?? agency, fiscalYear: Number(fy), basis: 'before-deobligations' };
    })
    .sort((a, b) => a.fiscalYear - b.fiscalYear || a.agency.localeCompare(b.agency));
  const output = {
    source: 'USAspending.gov federal award records',
    files: result.files.map((f) => {
      const fiscalYears = years(f.file);
      return {
        file: path.basename(f.file),
        fiscalYears,
        retrieved: fiscalYears.length ? retrievedFor(fiscalYears[0]!) : values.retrieved,
        rows: f.rows,
        duplicateRows: f.duplicates,
        malformedRows: f.errorCount,
      };
    }),
    agencies: positionals.length ? values.agencies!.split(',') : inputs.agencies,
    truncatedSlices,
    facts,
    // Each company's largest awards, with their records' words for a curator's plain description.
    largestAwards: toLargestAwards(result),
  };
  mkdirSync(path.dirname(values.out!), { recursive: true });
  writeFileSync(values.out!, JSON.stringify(output, null, 2) + '\n');
  console.log(formatReport(result));
  const unflagged = resoldByVendor(result, new Set(names.keys())).filter((line) => !line.company);
  if (unflagged.length) {
    console.log(`\nVendors bought through resellers, not in the dataset (a curator decides; npm run data:coverage lists them per year): ${unflagged.map((l) => `${l.vendor} $${(l.usd / 1e6).toFixed(1)}M`).join(', ')}`);
  }
  if (truncatedSlices.length) {
    console.log(`\nCut short by their producer, facts say "before de-obligations": ${truncatedSlices.map((t) => `FY${t.fiscalYear} ${t.agency}`).join(', ')}`);
  }
  for (const warning of warnings) console.log(warning);
  console.log(`\n${Object.values(facts).flat().length} facts for ${Object.keys(facts).length} companies → ${values.out}`);
});
