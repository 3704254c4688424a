/**
 * `npm run import:usaspending -- FILE… --retrieved YYYY-MM-DD [--preset NAME] [--agencies 7012,7014]`
 *
 * Reads USAspending files (native bulk CSVs, search API JSON pages, or a preset column map), writes
 * the primary-source contract facts for dataset companies to data/imported/usaspending.json (which
 * the dataset build merges after each company's curated facts; a re-import replaces it, never a
 * curated fact), and prints a report: rows per file, malformed rows with line numbers, and the
 * unmapped recipients sorted by obligations. A missing required column stops the run.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { formatReport, ImportError, importFiles, RecipientMap, runCommand, toContractFacts } from './usaspending/import';
import { readCompanyFiles } from './build-dataset';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    preset: { type: 'string' },
    agencies: { type: 'string', default: '7012,7014' },
    retrieved: { type: 'string' },
    out: { type: 'string', default: 'data/imported/usaspending.json' },
  },
});

if (!positionals.length || !values.retrieved || !/^\d{4}-\d{2}-\d{2}$/.test(values.retrieved)) {
  console.error('usage: npm run import:usaspending -- FILE… --retrieved YYYY-MM-DD [--preset cbp-ice-dashboard] [--agencies 7012,7014]');
  process.exit(2);
}
const retrieved = values.retrieved;

await runCommand(async () => {
  const recipients = RecipientMap.parse(JSON.parse(readFileSync('data/recipients.json', 'utf8')));
  const result = await importFiles(positionals, { recipients, agencies: values.agencies!.split(','), preset: values.preset });
  const names = new Map(readCompanyFiles().map((f) => {
    const c = JSON.parse(f.text) as { id: string; name: string };
    return [c.id, c.name] as const;
  }));
  const unknown = [...new Set(result.buckets.map((b) => b.company))].filter((id) => !names.has(id));
  if (unknown.length) throw new ImportError(`data/recipients.json maps to companies that do not exist: ${unknown.join(', ')}`);
  const facts = toContractFacts(result, names, retrieved);
  const output = {
    source: 'USAspending.gov federal award records',
    files: positionals.map((f) => path.basename(f)),
    retrieved,
    agencies: values.agencies!.split(','),
    facts,
  };
  mkdirSync(path.dirname(values.out!), { recursive: true });
  writeFileSync(values.out!, JSON.stringify(output, null, 2) + '\n');
  console.log(formatReport(result));
  console.log(`\n${Object.values(facts).flat().length} facts for ${Object.keys(facts).length} companies → ${values.out}`);
});
