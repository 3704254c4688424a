/**
 * Size budgets, run by `npm test` after the Chrome build (sizes are deterministic, so these are
 * tests, not benchmarks): what every listed page loads (the panel's content script and its CSS), what
 * opening the popup loads (popup.html and every script and stylesheet it pulls in, followed through
 * the chunks' static imports), and the Chrome store zip with the bundled dataset. Prints every size,
 * writes test-results/sizes.json ({ passed, failed }) and exits non-zero when a budget is exceeded.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { BUNDLED_DATASET_FILE } from '../lib/bundled-dataset-file';

const OUT = '.output/chrome-mv3';
const KB = 1024;

export interface Budget {
  name: string;
  files: string[];
  /** Bytes, measured gzipped (level 9) unless `raw`. */
  limit: number;
  raw?: boolean;
}

/** The files an HTML page loads, following `import … from "./chunk.js"` in the scripts it names. */
export function pageFiles(root: string, html: string): string[] {
  const files = new Set<string>([html]);
  const queue = [...readFileSync(path.join(root, html), 'utf8').matchAll(/(?:src|href)="\/?([^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
  while (queue.length) {
    const file = queue.shift()!;
    if (files.has(file)) continue;
    files.add(file);
    if (!file.endsWith('.js')) continue;
    const text = readFileSync(path.join(root, file), 'utf8');
    for (const m of text.matchAll(/(?:from|import)\s*["']\.\/([^"']+\.js)["']/g)) queue.push(path.posix.join(path.posix.dirname(file), m[1]!));
  }
  return [...files];
}

function size(root: string, budget: Budget): number {
  return budget.files.reduce((sum, file) => {
    const data = readFileSync(path.join(root, file));
    return sum + (budget.raw ? data.length : gzipSync(data, { level: 9 }).length);
  }, 0);
}

if (!existsSync(path.join(OUT, 'manifest.json'))) {
  console.error(`${OUT}/manifest.json not found: run the Chrome build first`);
  process.exit(1);
}

// The store zip, built exactly as `npm run zip` builds it, in a folder of its own.
const zipDir = '.output-size';
rmSync(zipDir, { recursive: true, force: true });
execFileSync('npx', ['wxt', 'zip'], { env: { ...process.env, CONTRACTLENS_OUT_DIR: zipDir }, stdio: ['ignore', 'ignore', 'inherit'] });
const zip = readdirSync(zipDir).find((f) => f.endsWith('-chrome.zip'));

const budgets: Array<Budget & { root: string }> = [
  // 25 kB until issue 28 gave the panel its verdict, its placement clear of buy buttons and bars, the
  // undo note and the confirmations (22.7 → 28.2 kB).
  { root: OUT, name: 'content script (panel.js + panel.css), gzipped', files: ['content-scripts/panel.js', 'content-scripts/panel.css'], limit: 31 * KB },
  { root: OUT, name: 'popup (popup.html and everything it loads), gzipped', files: pageFiles(OUT, 'popup.html'), limit: 40 * KB },
  // Six fiscal years of award records ship in the bundle (about 3,500 facts for about 680 companies,
  // with their award links, since 97 % of each year's dollars are covered): the zip grows with the
  // data, so this guards against code bloat and runaway data, not against history.
  { root: zipDir, name: 'Chrome store zip with the bundled dataset', files: zip ? [zip] : [], limit: 1000 * KB, raw: true },
];

let passed = 0;
let failed = 0;
for (const budget of budgets) {
  if (!budget.files.length) {
    console.log(`✗ ${budget.name}: nothing was built`);
    failed++;
    continue;
  }
  const bytes = size(budget.root, budget);
  const ok = bytes <= budget.limit;
  if (ok) passed++;
  else failed++;
  console.log(`${ok ? '✓' : '✗'} ${budget.name}: ${(bytes / KB).toFixed(1)} kB of ${budget.limit / KB} kB (${budget.files.join(', ')})`);
}
// For the record, not budgeted: the worker, the bundled dataset it reads, and the options page.
for (const [name, files] of [['background.js', ['background.js']], ['options page', pageFiles(OUT, 'options.html')]] as const) {
  const bytes = files.reduce((sum, f) => sum + gzipSync(readFileSync(path.join(OUT, f)), { level: 9 }).length, 0);
  console.log(`  ${name}: ${(bytes / KB).toFixed(1)} kB gzipped (${files.reduce((s, f) => s + statSync(path.join(OUT, f)).size, 0) / KB | 0} kB raw)`);
}
// The bundled dataset ships gzipped already (wxt.config.ts): its size as shipped, and of its JSON.
console.log(`  bundled dataset: ${(statSync(path.join(OUT, BUNDLED_DATASET_FILE)).size / KB).toFixed(1)} kB gzipped as shipped (${statSync('data/generated/dataset.json').size / KB | 0} kB of JSON)`);
rmSync(zipDir, { recursive: true, force: true });
mkdirSync('test-results', { recursive: true });
writeFileSync('test-results/sizes.json', JSON.stringify({ passed, failed }));
process.exit(failed ? 1 : 0);
