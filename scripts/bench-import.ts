/**
 * `npm run bench:import`: how the USAspending importer scales. Generates native
 * Contracts_PrimeTransactions CSVs of 250k, 500k and 1,000,000 rows (60 columns, quoted fields,
 * CRLF, a realistic spread of recipients and awards), imports each in a fresh process, and prints
 * rows per second and peak RSS. Goal on a 2-core machine: 1M rows in ≤ 60 s and ≤ 256 MB, growing
 * linearly with rows. Not a test: a table to read.
 */
import { execFileSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { once } from 'node:events';

const EXTRA = Array.from({ length: 46 }, (_, i) => `extra_column_${i + 1}`);
const HEADER = [
  'contract_transaction_unique_key', 'contract_award_unique_key', 'award_id_piid', 'modification_number', 'federal_action_obligation',
  'total_dollars_obligated', 'action_date', 'awarding_sub_agency_code', 'recipient_uei', 'recipient_name', 'recipient_parent_uei',
  'recipient_parent_name', 'transaction_description', 'product_or_service_code_description', ...EXTRA,
];
const NAMES = ['THE GEO GROUP, INC.', 'CORECIVIC, INC.', 'PALANTIR TECHNOLOGIES INC.', 'CSI AVIATION, INC', 'DELOITTE CONSULTING LLP'];

async function generate(file: string, rows: number): Promise<void> {
  const out = createWriteStream(file);
  out.write(HEADER.join(',') + '\r\n');
  const filler = EXTRA.map((_, i) => (i % 5 === 0 ? '"quoted, value"' : 'value')).join(',');
  for (let i = 0; i < rows; i++) {
    const award = `CONT_AWD_70CDCR${String(i % 50_000).padStart(8, '0')}_7012_-NONE-_-NONE-`;
    const recipient = i % 3 === 0 ? NAMES[i % NAMES.length] : `RECIPIENT NUMBER ${i % 20_000}, LLC`;
    const line = `k${i},${award},P${i % 50_000},${i % 7},${(i % 1000) + 0.25},999.00,2026-${String((i % 12) + 1).padStart(2, '0')}-15,${i % 4 === 0 ? '7014' : '7012'},UEI${String(i % 20_000).padStart(9, '0')},"${recipient}",,,"DESCRIPTION ${i % 97}, SERVICES",SERVICES,${filler}\r\n`;
    if (!out.write(line)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

const dir = mkdtempSync(path.join(os.tmpdir(), 'contractlens-bench-'));
const results: Array<{ rows: number; mb: number; seconds: number; rss: number }> = [];
try {
  for (const rows of [250_000, 500_000, 1_000_000]) {
    const file = path.join(dir, `Contracts_PrimeTransactions_${rows}.csv`);
    await generate(file, rows);
    // A fresh process per run, so peak RSS is the importer's own.
    const probe = `
      import { importFiles, RecipientMap } from './scripts/usaspending/import.ts';
      import { readFileSync } from 'node:fs';
      const recipients = RecipientMap.parse(JSON.parse(readFileSync('data/recipients.json', 'utf8')));
      const started = performance.now();
      const result = await importFiles([${JSON.stringify(file)}], { recipients });
      const seconds = (performance.now() - started) / 1000;
      if (result.files[0].kept !== ${rows}) throw new Error('kept ' + result.files[0].kept);
      console.log(JSON.stringify({ seconds, rss: process.resourceUsage().maxRSS / 1024 }));`;
    const script = path.join(process.cwd(), `.bench-import-probe.mts`);
    (await import('node:fs')).writeFileSync(script, probe);
    try {
      const out = execFileSync('npx', ['tsx', script], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'inherit'],
        // A small old-generation cap: the run only passes if memory really stays bounded.
        env: { ...process.env, NODE_OPTIONS: '--max-old-space-size=96' },
      });
      const { seconds, rss } = JSON.parse(out.trim().split('\n').at(-1)!) as { seconds: number; rss: number };
      results.push({ rows, mb: statSync(file).size / 1e6, seconds, rss });
    } finally {
      rmSync(script, { force: true });
      rmSync(file, { force: true });
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

console.log('\n| rows | file size | time | rows/s | peak RSS |');
console.log('|---:|---:|---:|---:|---:|');
for (const r of results) {
  console.log(`| ${r.rows.toLocaleString('en-US')} | ${r.mb.toFixed(0)} MB | ${r.seconds.toFixed(1)} s | ${Math.round(r.rows / r.seconds).toLocaleString('en-US')} | ${r.rss.toFixed(0)} MB |`);
}
