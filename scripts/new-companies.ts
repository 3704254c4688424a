/**
 * `npm run data:new-companies -- FILE… [--preset NAME] [--reviewed YYYY-MM-DD]`
 *
 * Creates data/companies/<id>.json for every company of data/recipients.json that has no file yet,
 * from what the award records say about it: its display name (the recipients entry's `name`), the
 * recipient names as the records spell them (legal names; a name that is one ordinary word or only
 * generic business words once normalised becomes an ambiguous name, matched only with a second signal:
 * scripts/usaspending/name-ambiguity.ts), a one-sentence summary of what its largest awards buy
 * (scripts/usaspending/summaries.ts; `npm run data:summaries` rewrites it later), and its involvement
 * categories (scripts/usaspending/involvement.ts).
 * No host is added: a host needs evidence that the company owns it, which award records do not give.
 * The contract facts themselves come from `npm run import:usaspending`. Existing files are never
 * touched. Prints what it wrote; run `npm run import:usaspending` and `npm run data:build` after.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { categoryTotals, involvementFrom } from './usaspending/involvement';
import { summaryFor } from './usaspending/summaries';
import { AGENCY_LABELS, importFiles, RecipientMap, runCommand } from './usaspending/import';
import { isAmbiguousName } from './usaspending/name-ambiguity';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { preset: { type: 'string' }, reviewed: { type: 'string', default: new Date().toISOString().slice(0, 10) } },
});
if (!positionals.length) {
  console.error('usage: npm run data:new-companies -- FILE… [--preset cbp-ice-dashboard] [--reviewed YYYY-MM-DD]');
  process.exit(2);
}

const recipients = RecipientMap.parse(JSON.parse(readFileSync('data/recipients.json', 'utf8')));
const result = await runCommand(() => importFiles(positionals, { recipients, preset: values.preset }));

for (const entry of recipients) {
  const file = `data/companies/${entry.company}.json`;
  if (existsSync(file)) continue;
  if (!entry.name) {
    console.error(`${entry.company}: no file and no display name in data/recipients.json; skipped`);
    continue;
  }
  const buckets = result.buckets.filter((b) => b.company === entry.company && b.total > 0);
  if (!buckets.length) {
    console.error(`${entry.company}: no obligations in these files; skipped (a company needs a contract fact)`);
    continue;
  }
  const categories = categoryTotals(buckets);
  const agencies = [...new Set(buckets.map((b) => AGENCY_LABELS[b.agency] ?? b.agency))].sort().join(' and ');
  const years = [...new Set(buckets.map((b) => b.fiscalYear))].sort();
  // What the largest awards buy, from their descriptions; when none says, only who paid and when.
  const described = await runCommand(async () => summaryFor(entry.company, buckets));
  // A name that is one ordinary word ("Constellation", "Emergent") or only generic business words
  // ("Acquisition Logistics") also means other things: it is kept as an ambiguous name, which needs a
  // second signal on the page.
  const vague = (name: string) => isAmbiguousName(name);
  const names = [...new Set(entry.names)];
  // Validated with everything else by the dataset build, once the import has added its facts.
  const company = {
    id: entry.company,
    name: entry.name,
    legalNames: names.filter((name) => !vague(name)),
    aliases: [],
    ...(names.some(vague) || vague(entry.name) ? { ambiguousNames: [...names.filter(vague), ...(vague(entry.name) ? [entry.name] : [])] } : {}),
    summary: described?.summary ?? `Federal award records show ${agencies} obligations to ${entry.name} in fiscal year ${years.join(' and ')}.`,
    involvement: involvementFrom(categories),
    lastReviewed: values.reviewed,
    hosts: [],
    // Filled by `npm run import:usaspending` (data/imported/usaspending.json), which the build merges.
    contracts: [],
    protests: [],
    responses: [],
  };
  writeFileSync(file, JSON.stringify(company, null, 2) + '\n');
  console.log(`${file}: ${entry.name} (${company.involvement.join(', ')})${company.ambiguousNames ? `, ambiguous: ${company.ambiguousNames.join(', ')}` : ''}`);
}
