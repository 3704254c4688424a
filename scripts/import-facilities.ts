/**
 * `npm run import:facilities` — ICE's detention facility lists (2015, 2017; read from shared/, beside
 * the project) → data/imported/facilities.json: an "operates <facility> for ICE" fact for every
 * facility whose operator is a dataset company (scripts/facilities/facilities.ts, OPERATORS), which
 * the dataset build merges like the award records. Prints, per list, the facts written and the rows
 * left out by kind of operator (public, blank, private but not in the dataset, ambiguous).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { readCompanyFiles } from './build-dataset';
import { formatListReport, importFacilityList, LISTS } from './facilities/facilities';
import { runCommand } from './usaspending/import';
import type { Contract } from '../data/schema';

const OUT = 'data/imported/facilities.json';

await runCommand(async () => {
  const companies = new Map(readCompanyFiles().map((f) => {
    const c = JSON.parse(f.text) as { id: string; name: string };
    return [c.id, c.name] as const;
  }));
  const facts: Record<string, Contract[]> = {};
  const reports = [];
  for (const list of LISTS) {
    const { facts: listFacts, report } = await importFacilityList(list, companies);
    for (const [company, entries] of Object.entries(listFacts)) (facts[company] ??= []).push(...entries);
    reports.push(report);
  }
  const sorted = Object.fromEntries(Object.entries(facts).sort((a, b) => a[0].localeCompare(b[0])));
  mkdirSync(path.dirname(OUT), { recursive: true });
  writeFileSync(OUT, JSON.stringify({ source: 'ICE detention facility lists (FOIA)', lists: reports, facts: sorted }, null, 2) + '\n');
  for (const report of reports) console.log(formatListReport(report));
  console.log(`\n${Object.values(sorted).flat().length} facts for ${Object.keys(sorted).length} companies → ${OUT}`);
});
