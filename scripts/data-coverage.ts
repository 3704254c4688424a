/**
 * `npm run data:coverage -- FILE… [--preset NAME] [--threshold USD] [--agencies 7012,7014]`
 *
 * Which recipients of an award file the bundled dataset covers, and the share of dollars covered
 * (scripts/usaspending/coverage.ts). The README quotes its output for the FY2026 CBP/ICE file.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { buildDataset } from './build-dataset';
import { coverage, formatCoverage } from './usaspending/coverage';
import { importFiles, RecipientMap, runCommand } from './usaspending/import';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { preset: { type: 'string' }, threshold: { type: 'string', default: '10000000' }, agencies: { type: 'string', default: '7012,7014' } },
});
const threshold = Number(values.threshold);
if (!positionals.length || !Number.isFinite(threshold) || threshold < 0) {
  console.error('usage: npm run data:coverage -- FILE… [--preset cbp-ice-dashboard] [--threshold 10000000] [--agencies 7012,7014]');
  process.exit(2);
}
await runCommand(async () => {
  const recipients = RecipientMap.parse(JSON.parse(readFileSync('data/recipients.json', 'utf8')));
  const result = await importFiles(positionals, { recipients, preset: values.preset, agencies: values.agencies!.split(',') });
  const companies = new Set(buildDataset().companies.map((c) => c.id));
  console.log(formatCoverage(coverage(result, companies, threshold)));
});
